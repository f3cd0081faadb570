import * as chunks from './chunk-store.js';
import { ortRuntimeUrls } from '../engine-runtime/ort-files.js';
import { keepEngineAssets } from './engine-assets.js';
import { ModelStoreError } from './errors.js';
import { downloadFile, receiveFile, type FileDownloadContext, type ReceivedFile } from './file-download.js';
import { figures, RateMeter, type ProgressFigures } from './progress.js';
import { ensureSpace, requestPersistence } from './storage.js';
import { planTasks, type FileTask, type ModelLocation } from './tasks.js';
import { getArtifact } from './webllm-cache.js';

/** Where a download stands. `failed` carries `error`. */
export type DownloadState = 'idle' | 'checking' | 'downloading' | 'paused' | 'done' | 'failed' | 'cancelled';

/** Progress of one file. */
export interface FileProgress extends ProgressFigures {
  path: string;
  state: 'queued' | 'downloading' | 'done';
}

/** Everything the Model view shows about a download; also what crosses to other tabs. */
export interface DownloadProgress {
  modelId: string;
  state: DownloadState;
  overall: ProgressFigures;
  files: FileProgress[];
  error?: { code: string; message: string; file?: string };
}

/** Options of {@link ModelDownload}; the defaults suit a tablet on the kiosk's Wi-Fi. */
export interface DownloadOptions extends ModelLocation {
  /** Files fetched at once (default 3). */
  concurrency?: number;
  /**
   * Longest time received bytes wait in memory before they are written to IndexedDB as a chunk
   * (default 1000 ms): what a crash or power cut can lose, per file in flight, is about this much
   * download time (at most 1.25 times it: a checkpoint due just before a file ends waits for the end, checkpoint-grace.ts).
   * A file that arrives faster is written once, straight into its final record.
   */
  checkpointMs?: number;
  /** Most bytes held in memory before they are written as a chunk, however recent (default 64 MiB). */
  chunkBytes?: number;
  /** Failed tries in a row, without progress, before a file gives up (default 8). */
  maxRetries?: number;
  retryBaseMs?: number;
  fetchFn?: typeof fetch;
  /** Least time between progress events (default 100 ms). */
  progressIntervalMs?: number;
  /** transformers.js models: runtime files kept for offline use once the model is stored (default: ONNX Runtime's). */
  engineAssets?: string[];
}

/** What the Model view drives: a {@link ModelDownload} here, or one running in a worker (worker-download.ts). */
export interface Download {
  readonly progress: DownloadProgress;
  onProgress(listener: (p: DownloadProgress) => void): () => void;
  start(): Promise<DownloadState>;
  resume(): Promise<DownloadState>;
  pause(): Promise<void>;
  cancel(): Promise<void>;
}

/**
 * Downloads a model into its IndexedDB store (WebLLM's own cache, or ours for transformers.js models):
 * tensor-cache.json first where there is one (it lists the shards and their sizes), a storage check,
 * then every file, a few at a time.
 * `start()` settles with `done`, `paused` or `cancelled`, or rejects with a ModelStoreError.
 */
export class ModelDownload implements Download {
  private readonly listeners = new Set<(p: DownloadProgress) => void>();
  private readonly files = new Map<
    string,
    { bytes: number; total?: number; state: FileProgress['state']; meter: RateMeter }
  >();
  private readonly overallMeter = new RateMeter();
  private state: DownloadState = 'idle';
  private error: DownloadProgress['error'];
  private controller?: AbortController;
  private stopAs?: 'paused' | 'cancelled';
  private running?: Promise<DownloadState>;
  private lastEmit = 0;

  constructor(private readonly options: DownloadOptions) {}

  /** Calls `listener` with every progress update; returns the unsubscribe function. */
  onProgress(listener: (p: DownloadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A snapshot of the current progress. */
  get progress(): DownloadProgress {
    const files = [...this.files.entries()].map(([path, f]) => ({
      path,
      state: f.state,
      ...figures(f.bytes, f.total, f.meter.rate()),
    }));
    const bytes = files.reduce((s, f) => s + f.bytes, 0);
    const total = files.every((f) => f.total !== undefined) ? files.reduce((s, f) => s + (f.total ?? 0), 0) : undefined;
    return {
      modelId: this.options.manifest.id,
      state: this.state,
      overall: figures(bytes, total, this.overallMeter.rate()),
      files,
      ...(this.error ? { error: this.error } : {}),
    };
  }

  /** Starts, or resumes after pause() or a failure, from the last stored byte of every file. */
  start(): Promise<DownloadState> {
    this.running ??= this.run().finally(() => (this.running = undefined));
    return this.running;
  }

  /** Same as start(): a paused download continues where it stopped. */
  resume(): Promise<DownloadState> {
    return this.start();
  }

  /** Stops fetching; what arrived is kept, so resume() loses nothing. */
  async pause(): Promise<void> {
    await this.stop('paused');
  }

  /** Stops and drops the partial files of this model; files already verified stay usable. */
  async cancel(): Promise<void> {
    await this.stop('cancelled');
    for (const f of await chunks.filesOfModel(this.options.manifest.id))
      if (!f.complete) await chunks.deleteFile(f.url);
    this.setState('cancelled');
  }

  private async stop(as: 'paused' | 'cancelled'): Promise<void> {
    this.stopAs = as;
    this.controller?.abort(new DOMException(as, 'AbortError'));
    await this.running?.catch(() => undefined);
    this.setState(as);
  }

  private async run(): Promise<DownloadState> {
    const controller = (this.controller = new AbortController());
    this.stopAs = undefined;
    this.error = undefined;
    this.setState('checking');
    const ctx = this.context(controller.signal);
    try {
      let tasks = planTasks(this.options);
      // tensor-cache.json first: it lists the shards WebLLM will read, with their sizes, for the plan and the space
      // check. (Fetching it alongside the shards when the manifest lists them was tried in #17 and measured no faster.)
      const tensorCache = tasks.find((t) => t.kind === 'tensor-cache');
      if (tensorCache) {
        await downloadFile(tensorCache, ctx);
        tasks = planTasks(this.options, await getArtifact(tensorCache.scope, tensorCache.url));
      }
      await this.fetchAll(tasks, ctx, controller);
      // The CPU engine's runtime must work offline as soon as its model does.
      if (this.options.manifest.engine === 'transformers')
        await keepEngineAssets(this.options.engineAssets ?? ortRuntimeUrls());
      this.setState('done');
      return 'done';
    } catch (error) {
      if (this.stopAs) return this.setState(this.stopAs);
      const e =
        error instanceof ModelStoreError
          ? error
          : new ModelStoreError('network', String((error as Error)?.message ?? error));
      this.error = { code: e.code, message: e.message, ...(e.file ? { file: e.file } : {}) };
      this.setState('failed');
      throw e;
    }
  }

  /** Checks space for `tasks`, then fetches and stores them, a few at a time. */
  private async fetchAll(tasks: FileTask[], ctx: FileDownloadContext, controller: AbortController): Promise<void> {
    if (tasks.length === 0) return;
    for (const t of tasks) this.track(t);
    // One read for every file's record: each read of its own queues behind any large write in the
    // origin's one IndexedDB backing store, and the first shard waits for this check.
    const records = new Map((await chunks.filesOfModel(this.options.manifest.id)).map((r) => [r.url, r]));
    await this.checkSpace(tasks, records);
    this.setState('downloading');
    await pool(tasks, this.options.concurrency ?? 3, controller, (t) => receiveFile(t, { ...ctx, records }));
  }

  private async checkSpace(tasks: FileTask[], records: ReadonlyMap<string, chunks.FileRecord>): Promise<void> {
    let missing = 0;
    let largest = 0;
    for (const t of tasks) {
      const f = this.files.get(t.path);
      const rec = records.get(t.url);
      if (rec?.complete) continue;
      missing += (t.size ?? f?.total ?? 0) - (rec?.stored ?? 0);
      largest = Math.max(largest, t.size ?? 0);
    }
    if (missing === 0) return;
    // A file's chunks and its finished copy coexist until the chunks are dropped.
    await Promise.all([
      ensureSpace(missing + largest * (this.options.concurrency ?? 3), `${this.options.manifest.id}`),
      requestPersistence(),
    ]);
  }

  private context(signal: AbortSignal): FileDownloadContext {
    return {
      signal,
      chunkBytes: this.options.chunkBytes ?? 64 * 1024 * 1024,
      checkpointMs: this.options.checkpointMs ?? 1000,
      maxRetries: this.options.maxRetries ?? 8,
      retryBaseMs: this.options.retryBaseMs ?? 500,
      fetchFn: this.options.fetchFn ?? ((input, init) => fetch(input, init)),
      onBytes: (task, bytes, total) => {
        const f = this.track(task);
        f.bytes = bytes;
        if (total !== undefined) f.total = total;
        f.state = total !== undefined && bytes >= total ? 'done' : 'downloading';
        const now = performance.now();
        f.meter.sample(bytes, now);
        this.overallMeter.sample(
          [...this.files.values()].reduce((s, x) => s + x.bytes, 0),
          now,
        );
        if (now - this.lastEmit >= (this.options.progressIntervalMs ?? 100)) this.emit();
      },
    };
  }

  private track(task: FileTask) {
    let f = this.files.get(task.path);
    if (!f) {
      f = {
        bytes: 0,
        state: 'queued',
        meter: new RateMeter(),
        ...(task.size !== undefined ? { total: task.size } : {}),
      };
      this.files.set(task.path, f);
    }
    return f;
  }

  private setState<S extends DownloadState>(state: S): S {
    this.state = state;
    this.emit();
    return state;
  }

  private emit(): void {
    this.lastEmit = performance.now();
    const p = this.progress;
    for (const l of this.listeners) l(p);
  }
}

/**
 * Runs `receive` over `items`, `limit` at a time. It resolves once its item no longer needs a slot
 * (its bytes have arrived) with what is left to do (storing them): the slot takes the next item
 * meanwhile, with at most `limit` items still being written, which bounds memory. A written file's
 * record, a small transaction, frees no memory, so no slot waits for it; all are awaited at the end.
 * The first failure aborts the rest and is rethrown.
 */
async function pool<T>(
  items: T[],
  limit: number,
  controller: AbortController,
  receive: (item: T) => Promise<ReceivedFile>,
): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const fail = (error: unknown): void => {
    if (failure === undefined && !controller.signal.aborted) {
      failure = { error };
      controller.abort(error);
    }
  };
  const writing = new Set<Promise<void>>();
  const recording: Promise<void>[] = [];
  const worker = async (): Promise<void> => {
    while (next < items.length && !controller.signal.aborted) {
      const item = items[next++];
      try {
        const written = (await receive(item))
          .store()
          .then(({ recorded }) => void recording.push(recorded.catch(fail)), fail);
        writing.add(written);
        void written.finally(() => writing.delete(written));
        while (writing.size >= limit) await Promise.race(writing);
      } catch (error) {
        return fail(error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  await Promise.all(writing);
  await Promise.all(recording);
  if (failure !== undefined) throw failure.error;
  if (controller.signal.aborted) throw controller.signal.reason;
}
