import type { Engine, EngineStats, ExtractionRun, ExtractContext, GenerateOptions, LoadProgress } from '../engine.js';
import { WorkerEngineClient } from '../bridge/client.js';
import { EngineLoadError } from '../errors.js';
import { BROWSER_DEFAULTS, type TransformersSettings } from './shared.js';

/** What the client needs of a Worker: the bridge's endpoint, start errors, and an end. */
export type TransformersWorker = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

const defaultWorker = (): TransformersWorker => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * The small CPU model (transformers.js on WASM) in its own worker, so the page stays responsive while it runs.
 * The worker starts on first use; unload() ends it (the WASM heap holds the model), and a later load() starts a new one.
 */
export class TransformersWorkerEngine implements Engine {
  readonly id = 'transformers' as const;
  readonly label: string;
  private worker: TransformersWorker | undefined;
  private client: WorkerEngineClient | undefined;

  constructor(
    private readonly settings: TransformersSettings,
    private readonly createWorker: () => TransformersWorker = defaultWorker,
  ) {
    this.label = `Small CPU model (${settings.modelId})`;
  }

  load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    return this.bridge().load(onProgress);
  }

  extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun> {
    return this.bridge().extract(narrative, context);
  }

  generate(prompt: string, options?: GenerateOptions): AsyncIterable<string> {
    return this.bridge().generate(prompt, options);
  }

  stats(): Promise<EngineStats> {
    return this.bridge().stats();
  }

  async unload(): Promise<void> {
    const { worker, client } = this;
    this.worker = this.client = undefined;
    try {
      await client?.unload();
    } finally {
      // The model is disposed (or the worker is broken): either way the idle worker and its WASM memory must go.
      worker?.terminate();
    }
  }

  /** The bridge to the running worker, starting one (settings first; it queues the calls that follow) if none runs. */
  private bridge(): WorkerEngineClient {
    if (this.client) return this.client;
    const worker = this.createWorker();
    const client = new WorkerEngineClient(worker, this.id, this.label);
    worker.addEventListener('error', (event) =>
      client.failAll(new EngineLoadError(`The CPU model worker did not start: ${event.message}`)),
    );
    worker.postMessage({ kind: 'settings', settings: this.settings });
    this.worker = worker;
    return (this.client = client);
  }
}

/**
 * The small CPU model engine with the browser defaults filled in.
 * Pass `stored` (the model store's manifest and kiosk URL) so the weights come only from the store's verified copy.
 */
export function createTransformersEngine(
  settings: Partial<TransformersSettings> & Pick<TransformersSettings, 'modelId'>,
  createWorker?: () => TransformersWorker,
): TransformersWorkerEngine {
  return new TransformersWorkerEngine({ ...BROWSER_DEFAULTS, ...dtypeOf(settings.stored), ...settings }, createWorker);
}

/** A stored model's ONNX file, as its manifest names it (`variant.dtype`), unless the caller says otherwise. */
function dtypeOf(stored: TransformersSettings['stored']): Partial<TransformersSettings> {
  const dtype = stored?.manifest.variant.dtype;
  return dtype === 'fp32' || dtype === 'q8' || dtype === 'q4' ? { dtype } : {};
}
