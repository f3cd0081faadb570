import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { relative, sep } from 'node:path';
import { CA_DOWNLOAD_PATH, MODEL_CATALOG_PATH, SECURITY_HEADERS, cacheControlForAppFile, isNavigationRequest } from './http-policy.js';
import { hostOfHeader, isLoopbackHost, urlAuthority } from './network.js';
import type { TlsMaterial } from './certificates.js';

/** What one kiosk server (HTTP or HTTPS) serves. */
export interface KioskAppOptions {
  /** The built app (Vite's `dist/`). */
  distDir: string;
  /** The model mirror, served at /models/. */
  modelsDir: string;
  /** PEM of the kiosk's CA, offered at /kiosk-ca.crt; absent when the user supplied their own certificate. */
  caCert?: string | undefined;
  /** Serve over TLS with this certificate. */
  tls?: TlsMaterial | undefined;
  /**
   * Plain HTTP only: the HTTPS port to send LAN visitors to, since tablets need a secure context for the service
   * worker and WebGPU. Loopback visitors (the kiosk's own browser, already a secure context) stay on HTTP.
   */
  redirectLanToHttpsPort?: number | undefined;
}

/** A kiosk server instance, HTTP or HTTPS. */
export type KioskApp = FastifyInstance<HttpServer | HttpsServer>;

/** Build (but do not start) one kiosk server: the app, the model mirror, the CA download, and the 404 policy. */
export async function createKioskApp(options: KioskAppOptions): Promise<KioskApp> {
  const app = Fastify({
    // Only problems are logged; the CLI prints its own startup lines.
    logger: { level: 'warn' },
    https: options.tls ? { cert: options.tls.cert, key: options.tls.key } : null,
  }) as unknown as KioskApp;

  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    const port = options.redirectLanToHttpsPort;
    if (port === undefined) return;
    const host = hostOfHeader(request.headers.host);
    // The CA stays reachable over HTTP: a tablet must fetch it before it can trust the HTTPS certificate.
    if (!host || isLoopbackHost(host) || request.url === CA_DOWNLOAD_PATH) return;
    await reply.redirect(`https://${urlAuthority(host, port)}${request.url}`, 308);
  });

  await app.register(fastifyStatic, {
    root: options.distDir,
    index: ['index.html'],
    // The build writes .br/.gz beside each file (src/server/precompress.ts).
    preCompressed: true,
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlForAppFile(`/${relative(options.distDir, filePath).split(sep).join('/')}`));
    },
  });
  await app.register(fastifyStatic, {
    root: options.modelsDir,
    prefix: '/models/',
    decorateReply: false,
    index: false,
    cacheControl: false,
    dotfiles: 'ignore',
    // The mirror may replace a file in place; revalidation by ETag is cheap and never serves stale weights.
    setHeaders: (reply) => reply.header('cache-control', 'no-cache'),
  });

  const caCert = options.caCert;
  if (caCert) {
    app.get(CA_DOWNLOAD_PATH, async (_request, reply) =>
      reply
        .type('application/x-x509-ca-cert')
        .header('content-disposition', 'attachment; filename="kiosk-ca.crt"')
        .header('cache-control', 'no-cache')
        .send(caCert),
    );
  }

  app.setNotFoundHandler(async (request, reply) => {
    // No catalog written yet means this kiosk mirrors no extra models: an empty list, not an error.
    if (request.method === 'GET' && summarize(request).path === MODEL_CATALOG_PATH) {
      return reply.header('cache-control', 'no-cache').send({ models: [] });
    }
    if (isNavigationRequest(summarize(request))) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html', options.distDir, { cacheControl: false });
    }
    return sendNotFound(reply);
  });
  return app;
}

function summarize(request: FastifyRequest) {
  const mode = request.headers['sec-fetch-mode'];
  return {
    method: request.method,
    path: request.url.split('?')[0] ?? '/',
    accept: request.headers.accept,
    secFetchMode: Array.isArray(mode) ? mode[0] : mode,
  };
}

function sendNotFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found\n');
}
