import { storedModel } from './catalog.js';
import { fileUrl, storeScopeOf } from './manifest.js';
import type { ModelLocation } from './tasks.js';
import { getArtifact } from './webllm-cache.js';

/**
 * Where engines read verified model files from; the model store implements it below. Engines never fetch weights
 * themselves once a model is downloaded, and never from outside our own origin.
 */
export interface VerifiedModelFiles {
  /** The bytes of one verified file of a model ("onnx/model.onnx"), or undefined when it is not stored. */
  read(modelId: string, file: string): Promise<ArrayBuffer | undefined>;
  /** True when every file of the model is stored and verified. */
  isComplete(modelId: string): Promise<boolean>;
}

/**
 * The model store's one verified copy, as engines read it (the transformers.js worker through `env.customCache`).
 * Only files a manifest lists are answered, and a file is in the store only once its length and hash checked out.
 * Works in a worker too: it reads IndexedDB and never the network.
 */
export function verifiedModelFiles(locations: ModelLocation[]): VerifiedModelFiles {
  const byId = new Map(locations.map((loc) => [loc.manifest.id, loc]));
  return {
    async read(modelId, file) {
      const loc = byId.get(modelId);
      const listed = loc?.manifest.files.find((f) => f.path === file);
      if (!loc || !listed) return undefined;
      const data = await getArtifact(storeScopeOf(loc.manifest.engine, listed.kind), fileUrl(loc.modelUrl, file));
      return data instanceof ArrayBuffer ? data : undefined;
    },
    async isComplete(modelId) {
      const loc = byId.get(modelId);
      return loc !== undefined && (await storedModel(loc)).complete;
    },
  };
}
