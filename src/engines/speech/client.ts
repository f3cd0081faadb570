import type { LoadProgress } from '../engine.js';
import { deserializeError, EngineAbortError, EngineLoadError } from '../errors.js';
import type {
  FromSpeechWorker,
  SegmentText,
  SpeechEngine,
  SpeechSettings,
  ToSpeechWorker,
  TranscribeOptions,
} from './shared.js';

/** What the client needs of a Worker (a MessagePort in tests). */
export interface SpeechWorkerPort {
  postMessage(message: ToSpeechWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromSpeechWorker>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate?(): void;
}

interface Pending {
  resolve(value: SegmentText | undefined): void;
  reject(error: Error): void;
  onProgress?: ((p: LoadProgress) => void) | undefined;
  onPartial?: ((text: string) => void) | undefined;
}

const defaultWorker = (): SpeechWorkerPort => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

/**
 * The speech engine in its own worker, so capture and typing never stall while it decodes. An abort rejects at once;
 * the worker stops the model at its next token. unload() ends the worker (its WASM heap holds the model).
 */
export class SpeechWorkerEngine implements SpeechEngine {
  readonly label: string;
  private port: SpeechWorkerPort | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly settings: SpeechSettings,
    private readonly createWorker: () => SpeechWorkerPort = defaultWorker,
  ) {
    this.label = `Speech model (${settings.modelId})`;
  }

  load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    return this.request({ kind: 'load', id: this.nextId++ }, { onProgress }).then(() => undefined);
  }

  async transcribe(audio: Float32Array, options: TranscribeOptions = {}): Promise<SegmentText> {
    const copy = audio.slice(); // transferred: the caller keeps its own samples
    const result = await this.request({ kind: 'transcribe', id: this.nextId++, audio: copy }, options, [copy.buffer]);
    return result!;
  }

  async unload(): Promise<void> {
    const port = this.port;
    if (!port) return;
    try {
      await this.request({ kind: 'unload', id: this.nextId++ }, {});
    } finally {
      this.port = undefined;
      port.terminate?.();
    }
  }

  private request(
    message: Exclude<ToSpeechWorker, { kind: 'settings' | 'abort' }>,
    o: TranscribeOptions & { onProgress?: Pending['onProgress'] },
    transfer: Transferable[] = [],
  ) {
    const port = this.connect();
    const { id } = message;
    return new Promise<SegmentText | undefined>((resolve, reject) => {
      if (o.signal?.aborted) return reject(new EngineAbortError());
      const onAbort = () => {
        port.postMessage({ kind: 'abort', id });
        this.settle(id)?.reject(new EngineAbortError());
      };
      o.signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => o.signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (v) => (done(), resolve(v)),
        reject: (e) => (done(), reject(e)),
        onProgress: o.onProgress,
        onPartial: o.onPartial,
      });
      port.postMessage(message, transfer);
    });
  }

  private connect(): SpeechWorkerPort {
    if (this.port) return this.port;
    const port = this.createWorker();
    port.addEventListener('message', (event) => this.onReply(event.data));
    port.addEventListener('error', (event) => {
      for (const id of [...this.pending.keys()])
        this.settle(id)?.reject(new EngineLoadError(`The speech worker did not start: ${event.message}`));
    });
    port.postMessage({ kind: 'settings', settings: this.settings });
    return (this.port = port);
  }

  private settle(id: number): Pending | undefined {
    const pending = this.pending.get(id);
    this.pending.delete(id);
    return pending;
  }

  private onReply(reply: FromSpeechWorker): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return; // aborted: a late partial or answer is dropped
    if (reply.kind === 'progress') return pending.onProgress?.(reply.payload);
    if (reply.kind === 'partial') return pending.onPartial?.(reply.text);
    this.settle(reply.id);
    if (reply.kind === 'throw') pending.reject(deserializeError(reply.payload));
    else pending.resolve(reply.payload);
  }
}
