import type { VerifiedModelFiles } from '../../model-store/verified-files.js';

/** The Web Cache API subset transformers.js calls on `env.customCache`. */
export interface TransformersCache {
  match(request: string): Promise<Response | undefined>;
  put(request: string, response: Response): Promise<void>;
}

/**
 * transformers.js's custom cache for one model, answered from the model store's verified files. transformers.js asks
 * by its local path (`<localModelPath><modelId>/<file>`) and then by its remote URL (`…/<modelId>/resolve/main/<file>`,
 * the kiosk mirror's layout); both name the same stored file. Keys outside `localModelPath` are never answered.
 * put() stores nothing: the model store is the only writer and keeps the one verified copy.
 */
export function modelStoreCache(files: VerifiedModelFiles, modelId: string, localModelPath: string): TransformersCache {
  const base = new URL(localModelPath.endsWith('/') ? localModelPath : `${localModelPath}/`, 'http://origin.invalid')
    .pathname;
  const prefix = `${base}${modelId}/`;
  return {
    async match(request) {
      const key = decodeURIComponent(new URL(request, 'http://origin.invalid').pathname); // keys are paths or absolute URLs
      if (!key.startsWith(prefix)) return undefined;
      const file = key.slice(prefix.length).replace(/^resolve\/main\//, '');
      if (file === '') return undefined;
      const bytes = await files.read(modelId, file);
      return bytes === undefined
        ? undefined
        : new Response(bytes, { headers: { 'content-length': String(bytes.byteLength) } });
    },
    async put() {},
  };
}
