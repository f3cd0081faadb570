import { ModelDownload, type Download, type DownloadOptions, type DownloadProgress } from './downloader.js';

/**
 * One download at a time across tabs: the tab holding the Web Lock downloads and broadcasts
 * its progress; any other tab follows that progress and may take over when the leader goes.
 */

const LOCK_NAME = 'tccc-model-download';
/** The BroadcastChannel on which the downloading tab sends its progress (read it with {@link watchDownloads}). */
export const PROGRESS_CHANNEL = 'tccc-model-download';
const TERMINAL = new Set(['done', 'failed', 'cancelled']);
/** Sent by a tab that starts watching; the downloading tab answers with where it stands. */
const ASK = 'tccc-model-download:ask';

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
          if (event.data === ASK) channel.postMessage(download.progress);
        };
        resolve({ role: 'leader', download });
        await held;
        channel.close();
      })
      .catch(reject);
  });
}

/**
 * Calls `listener` with every progress update any other tab's download broadcasts (a tab does not hear its own),
 * starting with where it stands now, so a tab that never asked to download can show one the moment it looks.
 * Returns the unsubscribe.
 */
export function watchDownloads(listener: (p: DownloadProgress) => void): () => void {
  const channel = new BroadcastChannel(PROGRESS_CHANNEL);
  channel.onmessage = (event: MessageEvent<DownloadProgress | typeof ASK>) => {
    if (event.data !== ASK) listener(event.data);
  };
  channel.postMessage(ASK);
  return () => channel.close();
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
