import { WorkerEngineClient } from '../bridge/client.js';
import { EngineLoadError } from '../errors.js';
import { BROWSER_DEFAULTS, type TransformersSettings } from './shared.js';

/**
 * The small CPU model (transformers.js on WASM) in its own worker, so the page stays responsive while it runs.
 * The settings go first; the worker queues the bridge calls that follow until its script has run.
 * Pass `stored` (the model store's manifest and kiosk URL) so the weights come only from the store's verified copy.
 */
export function createTransformersEngine(settings: Partial<TransformersSettings> & Pick<TransformersSettings, 'modelId'>): WorkerEngineClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  const client = new WorkerEngineClient(worker, 'transformers', `Small CPU model (${settings.modelId})`);
  worker.addEventListener('error', (event) => client.failAll(new EngineLoadError(`The CPU model worker did not start: ${event.message}`)));
  worker.postMessage({ kind: 'settings', settings: { ...BROWSER_DEFAULTS, ...dtypeOf(settings.stored), ...settings } });
  return client;
}

/** A stored model's ONNX file, as its manifest names it (`variant.dtype`), unless the caller says otherwise. */
function dtypeOf(stored: TransformersSettings['stored']): Partial<TransformersSettings> {
  const dtype = stored?.manifest.variant.dtype;
  return dtype === 'fp32' || dtype === 'q8' || dtype === 'q4' ? { dtype } : {};
}
