import { WorkerEngineClient } from '../bridge/client.js';
import { BROWSER_DEFAULTS, type TransformersSettings } from './shared.js';

/**
 * The small CPU model (transformers.js on WASM) in its own worker, so the page stays responsive while it runs.
 * Resolves once the worker has its settings; then it is an Engine like any other.
 */
export async function startTransformersEngine(settings: Partial<TransformersSettings> & Pick<TransformersSettings, 'modelId'>): Promise<WorkerEngineClient> {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const ready = new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', () => resolve(), { once: true });
    worker.addEventListener('error', (e) => reject(new Error(`The CPU model worker did not start: ${e.message}`)), { once: true });
  });
  worker.postMessage({ kind: 'settings', settings: { ...BROWSER_DEFAULTS, ...settings } });
  await ready;
  return new WorkerEngineClient(worker, 'transformers', `Small CPU model (${settings.modelId})`);
}
