/** What the kiosk answers beyond the bytes of a file: security headers, caching, and which requests get the app. */

/**
 * Only what the app uses: its own scripts plus WebAssembly compilation ('wasm-unsafe-eval', for ONNX Runtime and
 * WebLLM), blob: workers (ONNX Runtime's proxy worker), inline styles (index.html inlines its first-paint CSS, and
 * Lit falls back to <style> elements on iPads without adoptedStyleSheets), data:/blob: images. Never 'unsafe-eval':
 * scripts stay 'self' only, so an injected string can restyle a page but never run.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
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
export const FILE_ONLY_PREFIXES = ['/assets/', '/models/'] as const;

/** The CA certificate tablets download and trust once. */
export const CA_DOWNLOAD_PATH = '/kiosk-ca.crt';
/** The manifests of models the mirror placed beside their files; the Model view reads it (see src/ui/views/model/model-catalog.ts). */
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
