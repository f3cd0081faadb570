/** Sync clients for the sync tests and bench: automerge-repo repos in Node, connected to a kiosk over WebSocket. */
import { Repo, type DocHandle, type PeerId } from '@automerge/automerge-repo';
import WebSocket from 'ws';
import { UpstreamAdapter } from '../upstream-adapter.js';

/** A device: an in-memory repo syncing with the server at `url` (with a token and the kiosk's CA for wss). */
export function syncClient(url: string, options: { token?: string; ca?: string; peerId?: string } = {}): Repo {
  return new Repo({
    network: [new UpstreamAdapter({ url, token: options.token, ca: options.ca, retryMs: 200 })],
    peerId: (options.peerId ?? `device-${Math.random().toString(36).slice(2)}`) as PeerId,
    sharePolicy: async () => true,
  });
}

/** Resolves once `predicate` holds for the document, checked now and at each change; rejects after `timeoutMs`. */
export function until<T>(handle: DocHandle<T>, predicate: (doc: T) => boolean, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!predicate(handle.doc())) return;
      clearTimeout(timer);
      handle.off('change', check);
      resolve();
    };
    const timer = setTimeout(() => {
      handle.off('change', check);
      reject(new Error(`document ${handle.documentId} did not reach the expected state within ${timeoutMs} ms`));
    }, timeoutMs);
    handle.on('change', check);
    check();
  });
}

/** What a WebSocket upgrade got: the socket, or the refusal's status and body. */
export type UpgradeResult = { open: WebSocket } | { status: number; body: string };

/** Attempts a WebSocket upgrade and reports how the server answered. */
export function tryUpgrade(url: string, headers: Record<string, string> = {}, ca?: string): Promise<UpgradeResult> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers, ...(ca ? { ca } : {}) });
    socket.on('open', () => resolve({ open: socket }));
    socket.on('unexpected-response', (request, response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body });
        request.destroy();
      });
    });
    socket.on('error', (error) => reject(error));
  });
}
