/**
 * The casualty documents in the browser: automerge-repo on IndexedDB (strict durability), shared with the app's
 * other tabs over a BroadcastChannel and with the kiosk over its `/sync` WebSocket on the page's own origin (the
 * kiosk's own browser on loopback HTTP is paired by itself; a tablet sends its pairing cookie). Loaded with a dynamic
 * import after the first view (`src/main.ts`); it also moves the previous version's store in on first start.
 */
import { Repo, type PeerId, type PeerMetadata, type StorageId } from '@automerge/automerge-repo';
import { BroadcastChannelNetworkAdapter } from '@automerge/automerge-repo-network-broadcastchannel';
import { BrowserWebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { CasualtyRepo } from './casualty-repo.js';
import { deviceName } from './device-name.js';
import { migrateOldRecords } from './records-migration.js';
import { StrictIndexedDBStorage } from './strict-indexeddb-storage.js';
import type { SyncStatus } from './sync-status.js';

const DB_NAME = 'tccc-scribe-automerge';
const TABS_CHANNEL = 'tccc-scribe.casualty-sync';
/** The kiosk's storage id, kept so that changes waiting for it are counted after a reload while it is unreachable. */
const KIOSK_STORAGE_KEY = 'tccc-scribe.kiosk-storage-id';

/** The kiosk's sync endpoint on the page's origin: wss:// on HTTPS (tablets), ws:// on the kiosk's loopback HTTP. */
export function syncUrl(location: Pick<Location, 'protocol' | 'host'>): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** Where the app asks whether this device may sync (`src/server/device-routes.ts`). */
const PAIRED_PATH = '/api/paired';

/**
 * Whether the kiosk says this device is paired with it (the kiosk's own browser is, by itself); undefined when it could
 * not be asked (offline, kiosk down, a kiosk without the question), and then the socket tries as before.
 */
async function pairedWithKiosk(): Promise<boolean | undefined> {
  // Offline, the question would only fail (and say so in the console); the socket does not try while offline anyway.
  if (!navigator.onLine) return undefined;
  try {
    const answer = await fetch(PAIRED_PATH, { cache: 'no-store', credentials: 'same-origin' });
    if (!answer.ok) return undefined;
    const { paired } = (await answer.json()) as { paired?: unknown };
    return typeof paired === 'boolean' ? paired : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The library's WebSocket client, telling when a connection attempt ends without a kiosk, not trying while the
 * browser is offline (each try would only fail; `online` starts it again), and never trying when the kiosk said this
 * device is not paired (each try would be a refused handshake).
 */
class KioskSocket extends BrowserWebSocketClientAdapter {
  onLost: () => void = () => {};
  onUnpaired: () => void = () => {};
  private joinAs: [PeerId, PeerMetadata | undefined] | undefined;
  /** The kiosk said this device is not paired with it. */
  unpaired = false;

  override connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    this.joinAs = [peerId, peerMetadata];
    void this.paired.then((paired) => {
      if (paired === false) {
        this.unpaired = true;
        this.onUnpaired();
      } else if (navigator.onLine) super.connect(peerId, peerMetadata);
    });
  }

  /** Connects again after the browser was offline. */
  reconnect(): void {
    if (this.joinAs) this.connect(...this.joinAs);
  }

  // Offline, the repo must not wait for the kiosk before it serves what this device holds.
  override isReady(): boolean {
    return this.unpaired || !navigator.onLine || super.isReady();
  }

  override whenReady(): Promise<void> {
    return this.paired.then((paired) => (paired !== false && navigator.onLine ? super.whenReady() : undefined));
  }

  constructor(
    url: string,
    private readonly paired: Promise<boolean | undefined>,
  ) {
    super(url);
    const closed = this.onClose;
    this.onClose = () => {
      closed();
      this.onLost();
    };
  }
}

/** Opens the casualty documents for this page; `onStatus` hears where sync with the kiosk stands. */
export async function openBrowserRepo(onStatus: (status: SyncStatus) => void): Promise<CasualtyRepo> {
  const storage = new StrictIndexedDBStorage(DB_NAME);
  const kiosk = new KioskSocket(syncUrl(location), pairedWithKiosk());
  const repo = new Repo({
    storage: storage,
    network: [new BroadcastChannelNetworkAdapter({ channelName: TABS_CHANNEL }), kiosk],
    peerId: `${deviceName()}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(16)}` as PeerId,
  });
  const casualties = await CasualtyRepo.open(repo, storage, () => deviceName());
  await migrateOldRecords(casualties, { storage: localStorage });
  followKiosk(kiosk, casualties, onStatus);
  return casualties;
}

/**
 * Keeps `onStatus` told where sync with the kiosk stands. When the browser says it is offline the socket is closed
 * at once (a socket on a dropped Wi-Fi can take minutes to notice) and opened again when it is back online.
 */
function followKiosk(kiosk: KioskSocket, casualties: CasualtyRepo, onStatus: (status: SyncStatus) => void): void {
  let link: SyncStatus['link'] = kiosk.unpaired ? 'unpaired' : navigator.onLine ? 'connecting' : 'offline';
  let since: string | undefined = link === 'unpaired' ? undefined : new Date().toISOString();
  let kioskStorage = (localStorage.getItem(KIOSK_STORAGE_KEY) ?? undefined) as StorageId | undefined;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(pending);
    pending = undefined;
    const waiting = casualties.changesNotOn(kioskStorage);
    onStatus({ link, ...(link !== 'connected' && since ? { since } : {}), waiting });
  };
  // Counting is work on every document: once per burst of changes (typing) is enough.
  const soon = () => void (pending ??= setTimeout(report, 200));
  const lost = () => {
    if (link === 'offline' || link === 'unpaired') return;
    if (link === 'connected' || !since) since = new Date().toISOString();
    link = 'unreachable';
    report();
  };
  kiosk.on('peer-candidate', ({ peerMetadata }) => {
    link = 'connected';
    since = undefined;
    if (peerMetadata.storageId) {
      kioskStorage = peerMetadata.storageId;
      localStorage.setItem(KIOSK_STORAGE_KEY, kioskStorage);
    }
    report();
  });
  kiosk.on('peer-disconnected', lost);
  kiosk.onLost = lost;
  kiosk.onUnpaired = () => {
    link = 'unpaired';
    since = undefined;
    report();
  };
  addEventListener('offline', () => {
    if (link === 'unpaired') return;
    if (link === 'connected') since = new Date().toISOString();
    link = 'offline';
    since ??= new Date().toISOString();
    if (kiosk.socket) kiosk.disconnect();
    report();
  });
  addEventListener('online', () => {
    if (link === 'unpaired') return;
    link = 'connecting';
    kiosk.reconnect();
    report();
  });
  casualties.onAnyChange(soon);
  report();
}
