import type { VerifiedModelFiles } from '../model-files.js';

/** The Web Cache API subset transformers.js calls on `env.customCache`. */
export interface TransformersCache {
  match(request: string): Promise<Response | undefined>;
  put(request: string, response: Response): Promise<void>;
}

/**
 * transformers.js's custom cache, answered from the model store's verified files: a hit is served from the store;
 * a miss returns undefined (transformers.js then fetches from our origin); put() stores nothing, because the model
 * store is the only writer and keeps the one verified copy.
 */
export function modelStoreCache(files: VerifiedModelFiles, localModelPath: string): TransformersCache {
  const prefix = localModelPath.endsWith('/') ? localModelPath : `${localModelPath}/`;
  return {
    async match(request) {
      const key = new URL(request, 'http://origin.invalid').pathname; // keys are paths or absolute URLs
      const at = key.indexOf(new URL(prefix, 'http://origin.invalid').pathname);
      if (at < 0) return undefined;
      const [modelId, ...rest] = key.slice(at + prefix.length).split('/');
      if (!modelId || rest.length === 0) return undefined;
      const bytes = await files.read(modelId, rest.join('/'));
      return bytes === undefined ? undefined : new Response(bytes, { headers: { 'content-length': String(bytes.byteLength) } });
    },
    async put() {},
  };
}
