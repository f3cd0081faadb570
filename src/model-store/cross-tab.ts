import { ModelDownload, type Download, type DownloadOptions, type DownloadProgress } from './downloader.js';
import { ASK_WHERE_IT_STANDS, PROGRESS_CHANNEL, watchDownloads } from './download-channel.js';

/**
 * One download at a time across tabs: the tab holding the Web Lock downloads and broadcasts
 * its progress; any other tab follows that progress and may take over when the leader goes.
 */

const LOCK_NAME = 'tccc-model-download';
const TERMINAL = new Set(['done', 'failed', 'cancelled']);

/** This tab downloads; call `download.start()`. The lock is held until done, failed or cancelled. */
export interface LeaderSession {
  role: 'leader';
  download: Download;
}

/** Another tab downloads; this one shows its progress. */
export interface FollowerSession {
  role: 'follower';
  /** Progress broadcast by the downloading tab. */
  onProgress(listener: (p: DownloadProgress) => void): () => void;
  /** Settles when the downloading tab has let go (finished or closed), so this one may start. */
  leaderGone: Promise<void>;
  close(): void;
}

/**
 * Becomes the downloading tab if no other tab is, else follows the one that is. `create` makes the
 * download (the app passes a WorkerDownload, so the page keeps its thread).
 */
export function startDownload<O extends Omit<DownloadOptions, 'fetchFn'>>(
  options: O,
  create: (options: O) => Download = (o) => new ModelDownload(o),
): Promise<LeaderSession | FollowerSession> {
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(LOCK_NAME, { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve(follow());
        const download = create(options);
        const channel = new BroadcastChannel(PROGRESS_CHANNEL);
        let release!: () => void;
        const held = new Promise<void>((r) => (release = r));
        download.onProgress((p) => {
          channel.postMessage(p);
          if (TERMINAL.has(p.state)) release();
        });
        // A tab that starts watching while no bytes move (a stalled file) still sees where things stand.
        channel.onmessage = (event: MessageEvent<unknown>) => {
          if (event.data === ASK_WHERE_IT_STANDS) channel.postMessage(download.progress);
        };
        resolve({ role: 'leader', download });
        await held;
        channel.close();
      })
      .catch(reject);
  });
}

function follow(): FollowerSession {
  const listeners = new Set<(p: DownloadProgress) => void>();
  const unwatch = watchDownloads((p) => listeners.forEach((l) => l(p)));
  const gone = new AbortController();
  // Queues behind the leader; granted only once it releases, then let go at once.
  const leaderGone = navigator.locks.request(LOCK_NAME, { signal: gone.signal }, () => undefined).then(() => undefined);
  return {
    role: 'follower',
    onProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    leaderGone,
    close() {
      unwatch();
      gone.abort();
      leaderGone.catch(() => undefined);
    },
  };
}
