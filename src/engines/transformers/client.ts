import { WorkerEngineClient } from '../bridge/client.js';
import { EngineLoadError } from '../errors.js';
import { BROWSER_DEFAULTS, type TransformersSettings } from './shared.js';

/**
 * The small CPU model (transformers.js on WASM) in its own worker, so the page stays responsive while it runs.
 * The settings go first; the worker queues the bridge calls that follow until its script has run.
 */
export function createTransformersEngine(settings: Partial<TransformersSettings> & Pick<TransformersSettings, 'modelId'>): WorkerEngineClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const client = new WorkerEngineClient(worker, 'transformers', `Small CPU model (${settings.modelId})`);
  worker.addEventListener('error', (event) => client.failAll(new EngineLoadError(`The CPU model worker did not start: ${event.message}`)));
  worker.postMessage({ kind: 'settings', settings: { ...BROWSER_DEFAULTS, ...settings } });
  return client;
}
