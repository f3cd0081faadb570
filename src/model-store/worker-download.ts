/**
 * The page side of a download that runs in a worker (download-host.ts): the same surface as
 * ModelDownload, so the Model view drives either. Storage persistence is asked for here, since
 * only a page may ask; the worker is ended once the download is done, failed or cancelled.
 */
import type { Download, DownloadProgress, DownloadState } from './downloader.js';
import { ModelStoreError } from './errors.js';
import { figures } from './progress.js';
import { requestPersistence } from './storage.js';
import type {
  DownloadEndpoint,
  DownloadMethod,
  FromDownloadHost,
  PortableDownloadOptions,
  ToDownloadHost,
} from './download-host.js';

const defaultWorker = () => new Worker(new URL('./download.worker.ts', import.meta.url), { type: 'module' });

export class WorkerDownload implements Download {
  private readonly listeners = new Set<(p: DownloadProgress) => void>();
  private readonly pending = new Map<
    number,
    { resolve: (state?: DownloadState) => void; reject: (error: Error) => void }
  >();
  private nextId = 1;
  private latest: DownloadProgress;

  constructor(
    options: PortableDownloadOptions,
    private readonly endpoint: DownloadEndpoint & { terminate?: () => void } = defaultWorker(),
  ) {
    this.latest = { modelId: options.manifest.id, state: 'idle', overall: figures(0, undefined, 0), files: [] };
    endpoint.onmessage = (event: MessageEvent<FromDownloadHost>) => this.receive(event.data);
    this.send({ kind: 'open', options });
  }

  get progress(): DownloadProgress {
    return this.latest;
  }

  onProgress(listener: (p: DownloadProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async start(): Promise<DownloadState> {
    await requestPersistence().catch(() => false); // a refusal only means the browser may evict under pressure
    return this.settle(await this.call('start'));
  }

  async resume(): Promise<DownloadState> {
    return this.settle(await this.call('resume'));
  }

  async pause(): Promise<void> {
    await this.call('pause');
  }

  async cancel(): Promise<void> {
    await this.call('cancel');
    this.endpoint.terminate?.();
  }

  private call(method: DownloadMethod): Promise<DownloadState | undefined> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.send({ kind: 'call', id, method });
    });
  }

  /** A finished download needs its worker no more (a cancelled one is ended by cancel(), once its partial files are gone). */
  private settle(state: DownloadState | undefined): DownloadState {
    if (state === 'done') this.endpoint.terminate?.();
    return state ?? 'idle';
  }

  private receive(message: FromDownloadHost): void {
    if (message.kind === 'progress') {
      this.latest = message.progress;
      for (const l of this.listeners) l(message.progress);
      return;
    }
    const waiting = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.kind === 'result') return waiting?.resolve(message.state);
    // A failed download can be tried again with a new WorkerDownload; this worker is done.
    this.endpoint.terminate?.();
    waiting?.reject(new ModelStoreError(message.error.code, message.error.message, message.error.file));
  }

  private send(message: ToDownloadHost): void {
    this.endpoint.postMessage(message);
  }
}
