/**
 * The channel on which the downloading tab broadcasts its progress, and how another tab listens: a module of its own,
 * with no downloader in it, so a page that only follows other tabs' downloads loads a few lines, not the download code.
 */
import type { DownloadProgress } from './downloader.js';

/** The BroadcastChannel on which the downloading tab sends its progress (read it with {@link watchDownloads}). */
export const PROGRESS_CHANNEL = 'tccc-model-download';
/** Sent by a tab that starts watching; the downloading tab answers with where it stands. */
export const ASK_WHERE_IT_STANDS = 'tccc-model-download:ask';

/**
 * Calls `listener` with every progress update any other tab's download broadcasts (a tab does not hear its own),
 * starting with where it stands now, so a tab that never asked to download can show one the moment it looks.
 * Returns the unsubscribe.
 */
export function watchDownloads(listener: (p: DownloadProgress) => void): () => void {
  const channel = new BroadcastChannel(PROGRESS_CHANNEL);
  channel.onmessage = (event: MessageEvent<DownloadProgress | typeof ASK_WHERE_IT_STANDS>) => {
    if (event.data !== ASK_WHERE_IT_STANDS) listener(event.data);
  };
  channel.postMessage(ASK_WHERE_IT_STANDS);
  return () => channel.close();
}
