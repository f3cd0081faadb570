import type {
  Engine,
  EngineId,
  EngineStats,
  ExtractionRun,
  ExtractContext,
  GenerateOptions,
  LoadProgress,
} from '../engine.js';
import { deserializeError, EngineAbortError, throwIfAborted } from '../errors.js';
import type { EngineMethod, FromWorker, MessageEndpoint, ToWorker, WireArgs, WireResult } from './protocol.js';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: ((p: LoadProgress) => void) | undefined;
}

/** An Engine whose work runs in a worker behind the typed bridge; the page never branches on this. */
export class WorkerEngineClient implements Engine {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(
    private readonly endpoint: MessageEndpoint,
    readonly id: EngineId,
    readonly label: string,
  ) {
    endpoint.addEventListener('message', (event) => this.onReply(event.data as FromWorker));
  }

  load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    return this.call('load', [undefined], undefined, onProgress);
  }

  extract(narrative: string, context: ExtractContext = {}): Promise<ExtractionRun> {
    const { signal, ...rest } = context;
    return this.call('extract', [narrative, rest], signal);
  }

  async *generate(prompt: string, options: GenerateOptions = {}): AsyncGenerator<string> {
    const { signal, ...rest } = options;
    throwIfAborted(signal);
    const id = this.nextId++;
    await this.call('generate', [prompt, rest], signal, undefined, id);
    let finished = false;
    const abort = () => this.send({ kind: 'abort', id });
    signal?.addEventListener('abort', abort);
    try {
      for (;;) {
        throwIfAborted(signal);
        const result = await this.request<IteratorResult<string, undefined>>(id, { kind: 'next', id }, signal);
        if (result.done) break;
        yield result.value;
      }
      finished = true;
    } finally {
      signal?.removeEventListener('abort', abort);
      if (!finished) abort(); // the consumer stopped early or failed: close the worker's stream
    }
  }

  /** Rejects every call in flight (the worker died or never started); later calls will wait on a new reply. */
  failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }

  stats(): Promise<EngineStats> {
    return this.call('stats', []);
  }

  unload(): Promise<void> {
    return this.call('unload', []);
  }

  private call<K extends EngineMethod>(
    method: K,
    payload: WireArgs<K>,
    signal?: AbortSignal,
    onProgress?: (p: LoadProgress) => void,
    id = this.nextId++,
  ): Promise<WireResult<K>> {
    return this.request<WireResult<K>>(id, { kind: 'call', id, method, payload } as ToWorker, signal, onProgress);
  }

  private request<T>(
    id: number,
    message: ToWorker,
    signal?: AbortSignal,
    onProgress?: (p: LoadProgress) => void,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(new EngineAbortError());
      const onAbort = () => this.send({ kind: 'abort', id });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        resolve: (v) => (signal?.removeEventListener('abort', onAbort), resolve(v as T)),
        reject: (e) => (signal?.removeEventListener('abort', onAbort), reject(e)),
        onProgress,
      });
      this.send(message);
    });
  }

  private onReply(reply: FromWorker): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'progress') return pending.onProgress?.(reply.payload);
    this.pending.delete(reply.id);
    if (reply.kind === 'throw') pending.reject(deserializeError(reply.payload));
    else pending.resolve(reply.payload);
  }

  private send(message: ToWorker): void {
    this.endpoint.postMessage(message);
  }
}
