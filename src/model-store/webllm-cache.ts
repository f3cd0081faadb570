import { openDB, type IDBPDatabase } from 'idb';
import type { StoreScope } from './manifest.js';

/**
 * Writes verified files straight into WebLLM 0.2.86's own IndexedDB cache
 * (`appConfig.cacheBackend: "indexeddb"`), so the model exists once on the device.
 * Layout, from web-llm lib/index.js `ArtifactIndexedDBCache`: one database per scope
 * (`webllm/model`, `webllm/config`, `webllm/wasm`), version 1, object store `urls` with
 * keyPath `url`, records `{url, data}`. `data` is what `fetchWithCache(url, storetype)` returns:
 * an ArrayBuffer, except tensor-cache.json which it fetches as "json" and so stores parsed.
 * Guarded by e2e/model-store-webllm-contract.spec.ts; re-check both when upgrading web-llm.
 * transformers.js models use the same layout in our own database (TRANSFORMERS_SCOPE in manifest.ts).
 */

const STORE = 'urls';
const VERSION = 1;
const dbs = new Map<StoreScope, Promise<IDBPDatabase>>();

function scopeDb(scope: StoreScope): Promise<IDBPDatabase> {
  let p = dbs.get(scope);
  if (!p) {
    p = openDB(scope, VERSION, {
      upgrade(database) {
        // Same creation WebLLM does in its onupgradeneeded, so whichever opens first is fine.
        if (!database.objectStoreNames.contains(STORE)) database.createObjectStore(STORE, { keyPath: 'url' });
      },
    });
    dbs.set(scope, p);
  }
  return p;
}

/** The value WebLLM expects for a file: parsed JSON for tensor-cache.json, else the bytes. */
export function webllmValueOf(path: string, bytes: ArrayBuffer): unknown {
  return path.split('/').pop() === 'tensor-cache.json' ? JSON.parse(new TextDecoder().decode(bytes)) : bytes;
}

/**
 * Stores one verified file under the URL WebLLM will look it up by. `replacesChunks`: the file's
 * bytes are also stored as chunks that the caller deletes next, so this copy must be on disk first
 * (strict), or a power cut could lose both. A file that never had chunks has nothing to lose.
 */
export async function putArtifact(
  scope: StoreScope,
  url: string,
  data: unknown,
  replacesChunks: boolean,
): Promise<void> {
  const tx = (await scopeDb(scope)).transaction(STORE, 'readwrite', {
    durability: replacesChunks ? 'strict' : 'relaxed',
  });
  await Promise.all([tx.store.put({ url, data }), tx.done]);
}

/** Reads what WebLLM would read for a URL. */
export async function getArtifact(scope: StoreScope, url: string): Promise<unknown> {
  const rec = (await (await scopeDb(scope)).get(STORE, url)) as { data: unknown } | undefined;
  return rec?.data;
}

/** Whether WebLLM would find the URL in its cache without a network request. */
export async function hasArtifact(scope: StoreScope, url: string): Promise<boolean> {
  return (await (await scopeDb(scope)).getKey(STORE, url)) !== undefined;
}

/** Removes the URLs from a scope's cache. */
export async function deleteArtifacts(scope: StoreScope, urls: string[]): Promise<void> {
  const tx = (await scopeDb(scope)).transaction(STORE, 'readwrite');
  await Promise.all([...urls.map((u) => tx.store.delete(u)), tx.done]);
}
