/**
 * The kiosk as a client of another sync server (#13.5): automerge-repo's own WebSocket client adapter, with the
 * three things a kiosk-to-kiosk link needs that it cannot do by itself: send the device token as an
 * `Authorization: Bearer` header (never in the URL), trust the other kiosk's own CA, and treat a refusal (401) or a
 * TLS error as "unreachable, retry later" instead of throwing from the socket's error handler and ending the process.
 * The protocol, the retries and the messages are the library's.
 */
import WebSocket from 'ws';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import type { PeerId, PeerMetadata } from '@automerge/automerge-repo';

export interface UpstreamOptions {
  /** ws:// or wss:// URL of the other sync server, e.g. wss://aid-station:8443/sync. */
  url: string;
  /** A device token the other server gave this kiosk. */
  token?: string | undefined;
  /** PEM of the CA that signed the other server's certificate (another kiosk's `tls/ca.crt`). */
  ca?: string | undefined;
  /** Milliseconds between reconnection attempts. */
  retryMs?: number | undefined;
  /** Told of each change of the link's state, with the reason when it failed. */
  onStatus?: ((status: UpstreamStatus) => void) | undefined;
}

export type UpstreamStatus = { state: 'connected' } | { state: 'unreachable'; reason: string };

export class UpstreamAdapter extends WebSocketClientAdapter {
  readonly #options: UpstreamOptions;
  #stopped = false;
  #ready = false;
  #readyResolve!: () => void;
  readonly #readyPromise = new Promise<void>((resolve) => (this.#readyResolve = resolve));
  #lastStatus = '';

  constructor(options: UpstreamOptions) {
    super(options.url, options.retryMs ?? 5000);
    this.#options = options;
  }

  override isReady(): boolean {
    return this.#ready;
  }

  override whenReady(): Promise<void> {
    return this.#readyPromise;
  }

  #markReady(): void {
    this.#ready = true;
    this.#readyResolve();
  }

  #report(status: UpstreamStatus): void {
    const key = JSON.stringify(status);
    if (key === this.#lastStatus) return;
    this.#lastStatus = key;
    this.#options.onStatus?.(status);
  }

  override connect(peerId: PeerId, peerMetadata?: PeerMetadata): void {
    if (this.#stopped) return;
    const old = this.socket;
    if (old) {
      old.removeEventListener('open', this.onOpen);
      old.removeEventListener('close', this.onClose);
      old.removeEventListener('message', this.onMessage);
      old.removeEventListener('error', this.onError);
    }
    this.peerId = peerId;
    this.peerMetadata = peerMetadata ?? {};
    const { token, ca } = this.#options;
    const socket = new WebSocket(this.url, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(ca ? { ca } : {}),
    });
    socket.binaryType = 'arraybuffer';
    this.socket = socket;
    socket.addEventListener('open', this.onOpen);
    socket.addEventListener('open', () => this.#report({ state: 'connected' }));
    socket.addEventListener('close', this.onClose);
    socket.addEventListener('message', this.onMessage);
    socket.addEventListener('error', this.onError);
    // As the library's adapter does: without an answer within a second, the repo must not wait on this link.
    setTimeout(() => this.#markReady(), 1000).unref();
  }

  override onError = (event: Event | WebSocket.ErrorEvent): void => {
    const reason = 'message' in event && typeof event.message === 'string' ? event.message : 'connection failed';
    this.#report({ state: 'unreachable', reason });
  };

  override peerCandidate(remotePeerId: PeerId, peerMetadata: PeerMetadata): void {
    this.#markReady();
    super.peerCandidate(remotePeerId, peerMetadata);
  }

  override disconnect(): void {
    // A reconnection the library scheduled after a close must not open a socket once the kiosk stops.
    this.#stopped = true;
    const socket = this.socket;
    if (socket) {
      socket.removeEventListener('open', this.onOpen);
      socket.removeEventListener('close', this.onClose);
      socket.removeEventListener('message', this.onMessage);
      socket.removeEventListener('error', this.onError);
      // Closing a socket still connecting raises an error event; with the handlers gone it would end the process.
      socket.on('error', () => undefined);
      if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      else socket.close();
    }
    if (this.remotePeerId) this.emit('peer-disconnected', { peerId: this.remotePeerId });
    this.socket = undefined;
  }
}
