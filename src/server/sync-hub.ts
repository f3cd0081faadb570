/**
 * The kiosk as the sync hub (#13.3): an automerge-repo Repo that keeps every casualty under `<data-dir>/records/`,
 * serves the library's WebSocket sync protocol at `/sync` on the kiosk's HTTP and HTTPS servers, and optionally
 * syncs upward to another server. Who gets in is decided at the WebSocket upgrade, before a byte of any record moves:
 * over HTTPS a paired, unrevoked device (token in the HttpOnly cookie a pairing set, or an `Authorization: Bearer`
 * header); over plain HTTP only the kiosk's own browser on loopback. Anyone else gets 401 with an empty body.
 */
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { Repo, type DocumentId, type PeerId, type PeerMetadata } from '@automerge/automerge-repo';
import { WebSocketServerAdapter } from '@automerge/automerge-repo-network-websocket';
import { WebSocketServer, type WebSocket } from 'ws';
import type { PairedDevice } from '../sync/paired-device.js';
import { DEVICE_COOKIE, DeviceRegistry } from './pairing.js';
import { PrivateFsStorage, ensurePrivateDir, recordsDirOf, storedDocumentIds } from './records-storage.js';
import { UpstreamAdapter, type UpstreamOptions } from './upstream-adapter.js';
import { sameOriginOrNone } from './http-policy.js';
import { hostOfHeader, isLoopbackAddress, isLoopbackHost } from './network.js';

const SYNC_PATH = '/sync';

export interface SyncHubOptions {
  dataDir: string;
  /** Another sync server this kiosk is a client of. */
  upstream?: UpstreamOptions | undefined;
  /** The hub's automerge peer id (tests and the bench name their peers). */
  peerId?: string | undefined;
}

/** A running hub: attach it to each server, close it before them. */
export interface SyncHub {
  repo: Repo;
  registry: DeviceRegistry;
  /**
   * Serves `/sync` on `server`. `plainHttp`: the server the kiosk's own browser uses, which lets in the kiosk itself
   * and nobody else (a token sent over plain HTTP could be read on the way); otherwise a device token is required.
   */
  /**
   * `relay: false` (the kiosk's --no-sync) still checks the device and notes it as seen, then closes the socket at
   * once ("try again later"): pairing and revoking work as always, and no casualty goes anywhere.
   */
  attach(server: Server, options: { plainHttp: boolean; relay?: boolean }): void;
  /**
   * Whether `/sync` would let in the device that made `request` (the same check as the upgrade's), so that an unpaired
   * page can ask first instead of failing a handshake.
   */
  isPaired(request: IncomingMessage, plainHttp: boolean): Promise<boolean>;
  /** Closes the open sockets of a device (after it was revoked). */
  disconnectDevice(id: string): void;
  /** How many devices are connected now. */
  connections(): number;
  close(): Promise<void>;
}

/** The value of one cookie from a Cookie header. */
function cookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(header ?? '');
  return match?.[1];
}

function refuse(socket: Duplex, status: 401 | 403 | 404): void {
  const text = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found' }[status];
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\nCache-Control: no-store\r\n\r\n`);
  socket.destroy();
}

/**
 * The library's server adapter, telling when the repo has connected it: it listens for sockets only from then on
 * (after the repo has read its storage id), and a socket handed over earlier would never become a peer.
 */
class HubServerAdapter extends WebSocketServerAdapter {
  #connectedResolve!: () => void;
  readonly connected = new Promise<void>((resolve) => (this.#connectedResolve = resolve));

  override connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    super.connect(peerId, peerMetadata);
    this.#connectedResolve();
  }
}

/** Opens the repo on `<data-dir>/records/`, loads every stored casualty so connecting devices receive them, and connects upstream. */
export async function startSyncHub(options: SyncHubOptions): Promise<SyncHub> {
  const recordsDir = recordsDirOf(options.dataDir);
  await ensurePrivateDir(options.dataDir);
  await ensurePrivateDir(recordsDir);
  const registry = new DeviceRegistry(options.dataDir);
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 * 1024 });
  const upstream = options.upstream ? new UpstreamAdapter(options.upstream) : undefined;
  const serverAdapter = new HubServerAdapter(wss as never);
  const repo = new Repo({
    storage: new PrivateFsStorage(recordsDir),
    network: [serverAdapter, ...(upstream ? [upstream] : [])],
    peerId: (options.peerId ?? `kiosk-${process.pid}`) as PeerId,
    sharePolicy: async () => true,
  });
  await serverAdapter.connected;
  // A restarted kiosk holds its casualties on disk only; the repo offers to peers the documents it has loaded.
  await Promise.all(
    (await storedDocumentIds(recordsDir)).map((id) => repo.find(id as DocumentId).catch(() => undefined)),
  );

  const deviceOf = new Map<WebSocket, PairedDevice | 'kiosk'>();
  const authorize = async (request: IncomingMessage, plainHttp: boolean) => {
    if (plainHttp) {
      const host = hostOfHeader(request.headers.host);
      const itself = isLoopbackAddress(request.socket.remoteAddress) && host !== '' && isLoopbackHost(host);
      return itself ? ('kiosk' as const) : undefined;
    }
    return registry.authenticate(
      bearer(request.headers.authorization) ?? cookie(request.headers.cookie, DEVICE_COOKIE),
    );
  };

  const attach: SyncHub['attach'] = (server, { plainHttp, relay = true }) => {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy());
      if ((request.url ?? '').split('?')[0] !== SYNC_PATH) return refuse(socket, 404);
      if (!sameOriginOrNone(request.headers.origin, request.headers.host)) return refuse(socket, 403);
      authorize(request, plainHttp).then(
        (device) => {
          if (!device) return refuse(socket, 401);
          wss.handleUpgrade(request, socket, head, (ws) => {
            deviceOf.set(ws, device);
            ws.on('close', () => {
              deviceOf.delete(ws);
              if (device !== 'kiosk') void registry.seen(device.id).catch(() => undefined);
            });
            if (relay) wss.emit('connection', ws, request);
            else ws.close(1013, 'sync is off on this kiosk');
          });
        },
        () => refuse(socket, 401),
      );
    });
  };

  return {
    repo,
    isPaired: async (request, plainHttp) => (await authorize(request, plainHttp).catch(() => undefined)) !== undefined,
    registry,
    attach,
    disconnectDevice(id) {
      for (const [ws, device] of deviceOf) if (device !== 'kiosk' && device.id === id) ws.terminate();
    },
    connections: () => deviceOf.size,
    async close() {
      for (const ws of deviceOf.keys()) ws.terminate();
      // A document a device asked for and nobody had is a handle that never became ready: nothing to flush.
      const ready = Object.values(repo.handles).filter((h) => h.isReady());
      // (Repo.shutdown would flush every handle and throw on such a one, so the adapters are stopped here.)
      for (const adapter of repo.networkSubsystem.adapters) adapter.disconnect();
      await repo.flush(ready.map((h) => h.documentId));
      wss.close();
    },
  };
}
