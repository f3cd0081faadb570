import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { relative, sep } from 'node:path';
import {
  capConnectionsPerAddress,
  DEFAULT_CONNECTION_LIMITS,
  serverTimeoutOptions,
  type ConnectionLimits,
} from './connection-limits.js';
import {
  CA_DOWNLOAD_PATH,
  MODEL_CATALOG_PATH,
  SECURITY_HEADERS,
  cacheControlForAppFile,
  isNavigationRequest,
  isWellFormedRange,
  originForm,
  plainHttpAnswer,
  strictTransportSecurityFor,
} from './http-policy.js';
import { servableModelFile } from './model-files.js';
import { hostOfHeader, urlAuthority } from './network.js';
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
   * Plain HTTP only: send LAN visitors to HTTPS on `port`, since tablets need a secure context for the service worker
   * and WebGPU, but only when they used one of `hosts` (the names and addresses in the kiosk's certificate); other
   * hosts get a 400. Loopback visitors (the kiosk's own browser, already a secure context) stay on HTTP.
   */
  redirectToHttps?: { port: number; hosts: readonly string[] } | undefined;
  /** Timeouts and the per-address connection cap; {@link DEFAULT_CONNECTION_LIMITS} unless a test needs small ones. */
  limits?: ConnectionLimits | undefined;
}

/** A kiosk server instance, HTTP or HTTPS. */
export type KioskApp = FastifyInstance<HttpServer | HttpsServer>;

/** Build (but do not start) one kiosk server: the app, the model mirror, the CA download, and the 404 policy. */
export async function createKioskApp(options: KioskAppOptions): Promise<KioskApp> {
  const limits = options.limits ?? DEFAULT_CONNECTION_LIMITS;
  const timeouts = serverTimeoutOptions(limits);
  const app = Fastify({
    // Only problems are logged; the CLI prints its own startup lines.
    logger: { level: 'warn' },
    https: options.tls ? { cert: options.tls.cert, key: options.tls.key, ...timeouts } : null,
    http: timeouts,
    requestTimeout: limits.requestTimeoutMs,
    connectionTimeout: limits.idleTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    // An absolute-form target (GET http://host/path) is routed by its path; its host replaces the Host header (RFC 9112 §3.2.2).
    rewriteUrl: (req: IncomingMessage) => {
      const absolute = originForm(req.url ?? '/');
      if (!absolute) return req.url ?? '/';
      req.headers.host = absolute.host;
      return absolute.path;
    },
  } as Parameters<typeof Fastify>[0]) as unknown as KioskApp;
  capConnectionsPerAddress(app.server, limits.perAddress);

  const ownHosts = new Set(options.redirectToHttps?.hosts ?? []);
  app.addHook('onRequest', async (request, reply) => {
    reply.headers(SECURITY_HEADERS);
    const host = hostOfHeader(request.headers.host);
    const hsts = strictTransportSecurityFor(options.tls !== undefined, host);
    if (hsts) reply.header('strict-transport-security', hsts);
    // An unparsable Range is ignored, not refused (RFC 9110 §14.2); @fastify/send would answer it 416.
    const range = request.raw.headers.range;
    if (range !== undefined && !isWellFormedRange(range)) delete request.raw.headers.range;
    const redirect = options.redirectToHttps;
    if (!redirect) return;
    const path = request.url;
    const answer = plainHttpAnswer(host, path, ownHosts, (h) => urlAuthority(h, redirect.port));
    if (answer.kind === 'redirect') return reply.redirect(answer.location, 308);
    if (answer.kind === 'refuse') {
      return reply
        .code(400)
        .type('text/plain; charset=utf-8')
        .header('cache-control', 'no-store')
        .send('This kiosk does not answer to that host name. Open the address the kiosk shows.\n');
    }
  });

  await app.register(fastifyStatic, {
    root: options.distDir,
    index: ['index.html'],
    // The build writes .br/.gz beside each file (src/server/precompress.ts).
    preCompressed: true,
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders: (reply, filePath) => {
      reply.header(
        'cache-control',
        cacheControlForAppFile(`/${relative(options.distDir, filePath).split(sep).join('/')}`),
      );
    },
  });
  await app.register(fastifyStatic, {
    root: options.modelsDir,
    prefix: '/models/',
    decorateReply: false,
    index: false,
    cacheControl: false,
    dotfiles: 'ignore',
    allowedPath: servableModelFile(options.modelsDir),
    // The mirror may replace a file in place; revalidation by ETag is cheap and never serves stale weights.
    setHeaders: (reply) => {
      reply.header('cache-control', 'no-cache');
    },
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
  const mode: unknown = request.headers['sec-fetch-mode'];
  return {
    method: request.method,
    path: request.url.split('?')[0] ?? '/',
    accept: request.headers.accept,
    secFetchMode: Array.isArray(mode) ? String(mode[0]) : typeof mode === 'string' ? mode : undefined,
  };
}

function sendNotFound(reply: FastifyReply): FastifyReply {
  return reply.code(404).type('text/plain; charset=utf-8').header('cache-control', 'no-store').send('Not found\n');
}
