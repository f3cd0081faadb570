/** What the kiosk answers beyond the bytes of a file: security headers, caching, and which requests get the app. */
import { isLoopbackHost } from './network.js';

/**
 * Only what the app uses: its own scripts plus WebAssembly compilation ('wasm-unsafe-eval', for ONNX Runtime and
 * WebLLM), blob: workers (ONNX Runtime's proxy worker), inline styles (index.html inlines its first-paint CSS, and
 * Lit falls back to <style> elements on iPads without adoptedStyleSheets), data:/blob: images, blob: media (dictation
 * recordings play from object URLs of the audio kept in IndexedDB). Never 'unsafe-eval':
 * scripts stay 'self' only, so an injected string can restyle a page but never run.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Sent with every response. COOP + COEP make the page cross-origin isolated, which ONNX Runtime needs for
 * SharedArrayBuffer threads; everything is same-origin, so require-corp blocks nothing the app loads.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

/** URL prefixes that only ever hold files: a miss there is a 404 even for a browser navigation. */
const FILE_ONLY_PREFIXES = ['/assets/', '/models/'] as const;

/** The CA certificate tablets download and trust once. */
export const CA_DOWNLOAD_PATH = '/kiosk-ca.crt';
/** The manifests of models the mirror placed beside their files; the Model view reads it (see src/app/model-catalog.ts). */
export const MODEL_CATALOG_PATH = '/models/catalog.json';

/** Cache-Control for a file served from `dist/`, given its URL path. */
export function cacheControlForAppFile(urlPath: string): string {
  // Vite puts a content hash in every name under /assets/, so a changed file always has a new URL.
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  // sw.js, index.html, the manifest, icons: revalidate every time so an update is seen at once (ETag keeps it cheap).
  return 'no-cache';
}

/** The request fields that decide whether a miss falls back to the app shell. */
export interface RequestSummary {
  method: string;
  path: string;
  accept?: string | undefined;
  secFetchMode?: string | undefined;
}

/**
 * Whether a request for a missing path should get index.html (the app routes it): a GET/HEAD browser navigation
 * to an extension-less path outside the file-only prefixes. Anything else that misses is a 404, so nothing ever
 * caches an HTML page in place of a script or model shard.
 */
export function isNavigationRequest({ method, path, accept, secFetchMode }: RequestSummary): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (FILE_ONLY_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  if (lastSegment.includes('.')) return false;
  return secFetchMode === 'navigate' || (accept ?? '').includes('text/html');
}

/**
 * Sent on HTTPS only: a tablet that has once reached the kiosk over HTTPS never falls back to plain HTTP for it. Not
 * on plain HTTP (the kiosk's own browser) and not to loopback names, where it would push http://localhost to HTTPS.
 */
const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/** The Strict-Transport-Security value for a response over HTTPS (`secure`) to `host`, or undefined for none. */
export function strictTransportSecurityFor(secure: boolean, host: string): string | undefined {
  return secure && !isLoopbackHost(host) ? STRICT_TRANSPORT_SECURITY : undefined;
}

/**
 * Whether a Range header is one this server should act on. RFC 9110 §14.2: a Range that cannot be parsed, or names
 * a unit other than bytes, is ignored (the whole file, 200), not refused; a well-formed one past the end is a 416.
 */
export function isWellFormedRange(range: string): boolean {
  const m = /^bytes=\s*(.+)$/.exec(range);
  if (!m) return false;
  return m[1].split(',').every((spec) => {
    const r = /^\s*(?:(\d+)-(\d*)|-(\d+))\s*$/.exec(spec);
    return r !== null && (r[1] === undefined || r[2] === '' || Number(r[1]) <= Number(r[2]));
  });
}

/** What the plain-HTTP server does with a request, by the host it was sent to. */
export type PlainHttpAnswer = { kind: 'serve' } | { kind: 'redirect'; location: string } | { kind: 'refuse' };

/**
 * Loopback visitors (the kiosk's own browser, already a secure context) and the CA download are served on HTTP; a
 * visitor who used one of the kiosk's own names or addresses (those in its certificate) is sent to HTTPS; any other
 * host is refused, so the kiosk never redirects to a name someone else chose (`Host: evil.com`).
 */
export function plainHttpAnswer(
  host: string,
  path: string,
  ownHosts: ReadonlySet<string>,
  httpsAuthority: (host: string) => string,
): PlainHttpAnswer {
  if (path === CA_DOWNLOAD_PATH) return { kind: 'serve' };
  if (!host) return { kind: 'refuse' };
  if (isLoopbackHost(host)) return { kind: 'serve' };
  if (ownHosts.has(host)) return { kind: 'redirect', location: `https://${httpsAuthority(host)}${path}` };
  return { kind: 'refuse' };
}

/**
 * An absolute-form request target (`GET http://host/path`) as origin-form, and the host it names, which RFC 9112
 * §3.2.2 says replaces the Host header. Undefined for an origin-form target.
 */
export function originForm(target: string): { path: string; host: string } | undefined {
  if (!/^[a-z][a-z\d+.-]*:\/\//i.test(target)) return undefined;
  const url = URL.parse(target);
  return url ? { path: `${url.pathname}${url.search}`, host: url.host } : { path: '/', host: '' };
}

/**
 * Whether a request's `Origin` (absent from non-browser clients) is the host it was sent to: a page of another site
 * must not use the kiosk's cookie or loopback trust (a WebSocket or a simple POST is not held back by CORS).
 */
export function sameOriginOrNone(origin: string | undefined, hostHeader: string | undefined): boolean {
  if (origin === undefined) return true;
  return URL.parse(origin)?.host.toLowerCase() === (hostHeader ?? '').toLowerCase();
}
