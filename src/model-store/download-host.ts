/**
 * One model download behind a message port, so it can run in a worker and the page stays
 * responsive (each finished shard means copying and hashing tens of MB). The page side is
 * worker-download.ts; the messages are these few types.
 */
import { ModelDownload, type DownloadOptions, type DownloadProgress, type DownloadState } from './downloader.js';
import { ModelStoreError, type ModelStoreErrorCode } from './errors.js';

/** What crosses: DownloadOptions less the fetch function, which cannot be posted. */
export type PortableDownloadOptions = Omit<DownloadOptions, 'fetchFn'>;

export type DownloadMethod = 'start' | 'resume' | 'pause' | 'cancel';

/** Page → host. */
export type ToDownloadHost =
  { kind: 'open'; options: PortableDownloadOptions } | { kind: 'call'; id: number; method: DownloadMethod };

/** Host → page. */
export type FromDownloadHost =
  | { kind: 'progress'; progress: DownloadProgress }
  | { kind: 'result'; id: number; state?: DownloadState }
  | { kind: 'error'; id: number; error: { code: ModelStoreErrorCode; message: string; file?: string } };

/** The part of a Worker, worker scope or MessagePort both sides use. */
export interface DownloadEndpoint {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/**
 * Serves the download the page opens on `endpoint`. `fetchFn` is for tests (the worker uses the
 * browser's fetch).
 */
export function serveDownload(endpoint: DownloadEndpoint, fetchFn?: typeof fetch): void {
  let download: ModelDownload | undefined;
  const post = (message: FromDownloadHost) => endpoint.postMessage(message);
  endpoint.onmessage = (event: MessageEvent<ToDownloadHost>) => {
    const message = event.data;
    if (message.kind === 'open') {
      download = new ModelDownload({ ...message.options, ...(fetchFn ? { fetchFn } : {}) });
      download.onProgress((progress) => post({ kind: 'progress', progress }));
      return;
    }
    const { id, method } = message;
    if (!download) return post({ kind: 'error', id, error: { code: 'manifest', message: 'No download was opened.' } });
    download[method]().then(
      (state) => post({ kind: 'result', id, ...(state ? { state } : {}) }),
      (error: unknown) => post({ kind: 'error', id, error: portable(error) }),
    );
  };
}

function portable(error: unknown): { code: ModelStoreErrorCode; message: string; file?: string } {
  if (error instanceof ModelStoreError)
    return { code: error.code, message: error.message, ...(error.file ? { file: error.file } : {}) };
  return { code: 'network', message: String((error as Error)?.message ?? error) };
}
