import * as chunks from './chunk-store.js';
import type { FileTask } from './tasks.js';
import type { StoreScope } from './manifest.js';
import { planTasks, type ModelLocation } from './tasks.js';
import { deleteArtifacts, getArtifact, hasArtifact } from './webllm-cache.js';

/** What is stored of one model. */
export interface StoredModel {
  id: string;
  /** Every file the engine will ask for is stored and verified. */
  complete: boolean;
  /** Bytes stored: verified files plus partial downloads. */
  bytes: number;
  /** Files WebLLM would still have to fetch (shards only once tensor-cache.json is stored). */
  missing: string[];
}

/** Every file of the model, with shards when tensor-cache.json is already in WebLLM's cache. */
async function knownTasks(loc: ModelLocation): Promise<FileTask[]> {
  const tasks = planTasks(loc);
  const tc = tasks.find((t) => t.kind === 'tensor-cache');
  const parsed = tc ? await getArtifact(tc.scope, tc.url) : undefined;
  return parsed === undefined ? tasks : planTasks(loc, parsed);
}

/** Reports what is stored of a model. */
export async function storedModel(loc: ModelLocation): Promise<StoredModel> {
  const tasks = await knownTasks(loc);
  const missing: string[] = [];
  for (const t of tasks) if (!(await hasArtifact(t.scope, t.url))) missing.push(t.path);
  const bytes = (await chunks.filesOfModel(loc.manifest.id)).reduce((s, f) => s + f.stored, 0);
  // A WebLLM model is whole only once tensor-cache.json has named its shards; a transformers.js manifest lists every file.
  const listed = loc.manifest.engine === 'transformers' || tasks.some((t) => t.kind === 'shard');
  return { id: loc.manifest.id, complete: missing.length === 0 && listed, bytes, missing };
}

/** The models of which anything is stored. */
export async function listStoredModels(locs: ModelLocation[]): Promise<StoredModel[]> {
  const all = await Promise.all(locs.map(storedModel));
  return all.filter((m) => m.bytes > 0);
}

/** Deletes a model: its verified files (WebLLM's cache or ours) and every partial download of it. */
export async function deleteModel(loc: ModelLocation): Promise<void> {
  const tasks = await knownTasks(loc);
  const byScope = new Map<StoreScope, string[]>();
  for (const t of tasks) byScope.set(t.scope, [...(byScope.get(t.scope) ?? []), t.url]);
  for (const [scope, urls] of byScope) await deleteArtifacts(scope, urls);
  for (const f of await chunks.filesOfModel(loc.manifest.id)) await chunks.deleteFile(f.url);
}
