/**
 * The casualty documents, opened in the casualty documents' worker (`casualty-docs.worker.ts`), off the page's main
 * thread: automerge-repo on IndexedDB (strict durability), shared with the app's other tabs over a BroadcastChannel
 * and with the kiosk over its `/sync` WebSocket on the page's own origin (the kiosk's own browser on loopback HTTP is
 * paired by itself; a tablet sends its pairing cookie). Whether the browser is online is the page's word
 * ({@link BrowserRepo.setOnline}): it is the page that the browser (and a test) tells.
 */
import { Repo, type PeerId, type PeerMetadata, type StorageId } from '@automerge/automerge-repo';
import { BroadcastChannelNetworkAdapter } from '@automerge/automerge-repo-network-broadcastchannel';
import { BrowserWebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { CasualtyRepo } from './casualty-repo.js';
import { StrictIndexedDBStorage } from './strict-indexeddb-storage.js';
import type { SyncStatus } from './sync-status.js';

const DB_NAME = 'tccc-scribe-automerge';
const TABS_CHANNEL = 'tccc-scribe.casualty-sync';

/** Whether the page says the browser is online; shared by the socket and the status it reports. */
interface Network {
  online: boolean;
}

/** The kiosk's sync endpoint on the page's origin: wss:// on HTTPS (tablets), ws:// on the kiosk's loopback HTTP. */
function syncUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/sync`;
}

/** Where the app asks whether this device may sync (`src/server/device-routes.ts`). */
const PAIRED_PATH = '/api/paired';

/**
 * Whether the kiosk says this device is paired with it (the kiosk's own browser is, by itself); undefined when it could
 * not be asked (offline, kiosk down, a kiosk without the question), and then the socket tries as before.
 */
async function pairedWithKiosk(network: Network): Promise<boolean | undefined> {
  // Offline, the question would only fail (and say so in the console); the socket does not try while offline anyway.
  if (!network.online) return undefined;
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
      } else if (this.network.online) super.connect(peerId, peerMetadata);
    });
  }

  /** Connects again after the browser was offline. */
  reconnect(): void {
    if (this.joinAs) this.connect(...this.joinAs);
  }

  // Offline, the repo must not wait for the kiosk before it serves what this device holds.
  override isReady(): boolean {
    return this.unpaired || !this.network.online || super.isReady();
  }

  override whenReady(): Promise<void> {
    return this.paired.then((paired) => (paired !== false && this.network.online ? super.whenReady() : undefined));
  }

  constructor(
    url: string,
    private readonly paired: Promise<boolean | undefined>,
    private readonly network: Network,
  ) {
    super(url);
    const closed = this.onClose;
    this.onClose = () => {
      closed();
      this.onLost();
    };
  }
}

/** What the worker holds open: the casualty documents, and the way to tell them the browser went on or offline. */
export interface BrowserRepo {
  casualties: CasualtyRepo;
  setOnline(online: boolean): void;
}

export interface BrowserRepoOptions {
  /** This browser's name as it is when a change is made. */
  device: () => string;
  /** The kiosk's storage id, as the page kept it: changes waiting for it are counted after a reload too. */
  kioskStorage: StorageId | undefined;
  online: boolean;
}

/**
 * Opens the casualty documents; `onStatus` hears where sync with the kiosk stands, with the kiosk's storage id once
 * the kiosk was reached (the page keeps it).
 */
export async function openBrowserRepo(
  onStatus: (status: SyncStatus, kioskStorage: StorageId | undefined) => void,
  { device, kioskStorage, online }: BrowserRepoOptions,
): Promise<BrowserRepo> {
  const network: Network = { online };
  const storage = new StrictIndexedDBStorage(DB_NAME);
  const kiosk = new KioskSocket(syncUrl(location), pairedWithKiosk(network), network);
  const repo = new Repo({
    storage: storage,
    network: [new BroadcastChannelNetworkAdapter({ channelName: TABS_CHANNEL }), kiosk],
    peerId: `${device()}-${crypto.getRandomValues(new Uint32Array(1))[0].toString(16)}` as PeerId,
  });
  const casualties = await CasualtyRepo.open(repo, storage, device);
  const setOnline = followKiosk(kiosk, casualties, network, kioskStorage, onStatus);
  return { casualties, setOnline };
}

/**
 * Keeps `onStatus` told where sync with the kiosk stands; returns what to call when the page goes on or offline.
 * When the browser says it is offline the socket is closed at once (a socket on a dropped Wi-Fi can take minutes to
 * notice) and opened again when it is back online.
 */
function followKiosk(
  kiosk: KioskSocket,
  casualties: CasualtyRepo,
  network: Network,
  storedKiosk: StorageId | undefined,
  onStatus: (status: SyncStatus, kioskStorage: StorageId | undefined) => void,
): (online: boolean) => void {
  let link: SyncStatus['link'] = kiosk.unpaired ? 'unpaired' : network.online ? 'connecting' : 'offline';
  let since: string | undefined = link === 'unpaired' ? undefined : new Date().toISOString();
  let kioskStorage = storedKiosk;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const report = () => {
    clearTimeout(pending);
    pending = undefined;
    const waiting = casualties.changesNotOn(kioskStorage);
    onStatus({ link, ...(link !== 'connected' && since ? { since } : {}), waiting }, kioskStorage);
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
    if (peerMetadata.storageId) kioskStorage = peerMetadata.storageId;
    report();
  });
  kiosk.on('peer-disconnected', lost);
  kiosk.onLost = lost;
  kiosk.onUnpaired = () => {
    link = 'unpaired';
    since = undefined;
    report();
  };
  casualties.onAnyChange(soon);
  report();
  return (online) => {
    if (online === network.online) return;
    network.online = online;
    if (link === 'unpaired') return;
    if (online) {
      link = 'connecting';
      kiosk.reconnect();
    } else {
      if (link === 'connected') since = new Date().toISOString();
      link = 'offline';
      since ??= new Date().toISOString();
      if (kiosk.socket) kiosk.disconnect();
    }
    report();
  };
}
