/**
 * How long the kiosk waits on a client and how many connections one address may hold: a slow or hostile client on
 * the LAN must not tie the server up, yet a tablet downloading three model shards at once while it loads the app
 * (a browser opens up to six connections per host, and the service worker its own) must never be refused.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

/** The limits one kiosk server applies. */
export interface ConnectionLimits {
  /** The request line and headers must arrive within this (Node's headersTimeout). */
  headersTimeoutMs: number;
  /** The whole request must arrive within this (the kiosk's requests have no body worth more). */
  requestTimeoutMs: number;
  /** A connection with no traffic either way for this long is closed (a client that stopped reading a shard). */
  idleTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often Node checks the header and request timeouts (its default, 30 s, would make them that much late). */
  checkIntervalMs: number;
  /** Open connections one remote address may hold; more are closed at once. */
  perAddress: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  idleTimeoutMs: 60_000,
  keepAliveTimeoutMs: 10_000,
  checkIntervalMs: 1_000,
  // Three shard downloads, six app requests, the service worker's own and a second tab, with room to spare.
  perAddress: 32,
};

/** Options for http(s).createServer that set the header and request timeouts. */
export function serverTimeoutOptions(limits: ConnectionLimits) {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    connectionsCheckingInterval: limits.checkIntervalMs,
  };
}

/** Closes each connection beyond `max` from one remote address as soon as it is accepted. */
export function capConnectionsPerAddress(server: Server, max: number): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '';
    const count = (open.get(address) ?? 0) + 1;
    if (count > max) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once('close', () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left > 0) open.set(address, left);
      else open.delete(address);
    });
  });
}
