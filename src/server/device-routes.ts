/**
 * Pairing and the Devices API (#13.4).
 * - `GET /pair?code=…[&name=…]` (HTTPS) exchanges a one-time code for a device token, set as an HttpOnly, Secure,
 *   SameSite=Strict cookie, and redirects to `/`, so the code leaves the address bar and the token never enters it.
 * - `GET /api/devices` lists paired devices (name, paired, last seen, revoked); `POST /api/devices/<id>/revoke`
 *   revokes one and closes its open sync sockets; `POST /api/pairing-links` makes a fresh one-time pairing link for
 *   the Devices page. These answer only the kiosk's own browser (loopback, plain HTTP), and the POSTs only from a
 *   page of that same origin, so another site open in the kiosk's browser can neither revoke nor mint a link.
 * - `GET /api/paired` tells any page whether its device may sync (`{ paired }`, 200 either way), so that an unpaired
 *   tablet asks instead of failing `/sync` handshakes; it says nothing about records or other devices.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KioskApp } from './app.js';
import { sameOriginOrNone } from './http-policy.js';
import { deviceKind } from '../sync/device-kind.js';
import { hostOfHeader, isLoopbackAddress, isLoopbackHost } from './network.js';
import { DEVICE_COOKIE, PAIRING_CODE_TTL_MS } from './pairing.js';
import type { SyncHub } from './sync-hub.js';

export const PAIR_PATH = '/pair';
/** Whether this device is paired with the kiosk, `{ paired: boolean }`: the app asks before it opens `/sync`. */
const PAIRED_PATH = '/api/paired';
const TOKEN_MAX_AGE_S = 365 * 24 * 60 * 60;

/** The kiosk's own browser: a loopback peer that used a loopback name. */
function fromKioskItself(request: FastifyRequest): boolean {
  return isLoopbackAddress(request.socket.remoteAddress) && isLoopbackHost(hostOfHeader(request.headers.host));
}

const plain = (reply: FastifyReply, status: number, text: string) =>
  reply.code(status).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send(`${text}\n`);

/** A name for a device that gave none: the kind of device its browser says it runs on. */
function deviceNameFrom(userAgent: string | undefined): string {
  const kind = deviceKind(userAgent ?? '') ?? 'device';
  return `${kind} paired ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A POST the kiosk's own page made: loopback, plain HTTP, and no other site's Origin. */
function postFromKioskItself(request: FastifyRequest, overTls: boolean): boolean {
  return !overTls && fromKioskItself(request) && sameOriginOrNone(request.headers.origin, request.headers.host);
}

/**
 * Registers the pairing endpoint and the Devices API on one kiosk server; `newPairingLink` makes a one-time link
 * (the same as `npm start` prints).
 */
export function registerDeviceRoutes(
  app: KioskApp,
  hub: SyncHub,
  overTls: boolean,
  newPairingLink: () => Promise<string>,
): void {
  app.get<{ Querystring: { code?: string; name?: string } }>(PAIR_PATH, async (request, reply) => {
    reply.header('referrer-policy', 'no-referrer');
    // The kiosk's own browser is paired by itself: keep the code for a tablet.
    if (!overTls) return reply.header('cache-control', 'no-store').redirect('/', 303);
    const { code = '', name } = request.query;
    const paired = await hub.registry.pair(code, name?.trim() || deviceNameFrom(request.headers['user-agent']));
    if (!paired)
      return plain(
        reply,
        410,
        "This pairing link was used already or has expired. Ask for a new one on the kiosk's Devices page (or run `npm run kiosk:pair` there).",
      );
    return reply
      .header(
        'set-cookie',
        `${DEVICE_COOKIE}=${paired.token}; Path=/; Max-Age=${TOKEN_MAX_AGE_S}; HttpOnly; Secure; SameSite=Strict`,
      )
      .header('cache-control', 'no-store')
      .redirect('/', 303);
  });

  // Asked by the app before it opens `/sync`: 200 either way (a refused handshake would only fill the console), and
  // nothing about records or other devices.
  app.get(PAIRED_PATH, async (request, reply) =>
    reply.header('cache-control', 'no-store').send({ paired: await hub.isPaired(request.raw, !overTls) }),
  );

  app.get('/api/devices', async (request, reply) => {
    if (overTls || !fromKioskItself(request)) return plain(reply, 403, 'Only the kiosk itself lists devices.');
    return reply.header('cache-control', 'no-store').send({ devices: await hub.registry.list() });
  });

  app.post<{ Params: { id: string } }>('/api/devices/:id/revoke', async (request, reply) => {
    if (!postFromKioskItself(request, overTls)) return plain(reply, 403, 'Only the kiosk itself revokes devices.');
    if (!(await hub.registry.revoke(request.params.id))) return plain(reply, 404, 'No such device.');
    hub.disconnectDevice(request.params.id);
    return reply.code(204).header('cache-control', 'no-store').send();
  });

  app.post('/api/pairing-links', async (request, reply) => {
    if (!postFromKioskItself(request, overTls)) return plain(reply, 403, 'Only the kiosk itself makes pairing links.');
    const expiresAt = new Date(Date.now() + PAIRING_CODE_TTL_MS).toISOString();
    return reply
      .code(201)
      .header('cache-control', 'no-store')
      .send({ link: await newPairingLink(), expiresAt });
  });
}
