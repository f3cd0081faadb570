/**
 * Continuous saving: every change is scheduled, and pending changes are written together in one
 * transaction after a short pause in typing (or at the latest `maxWaitMs` after the first unsaved
 * change), and at once when the page is hidden or unloaded. A failed write keeps the changes
 * pending, reports a StorageError, and is retried on the next change or flush.
 */
import type { Casualty } from './casualty.js';
import { toStorageError, type StorageError } from './errors.js';

export interface AutosaveOptions {
  /** Writes casualties and resolves once storage holds them (the workspace writes them to the casualty documents). */
  write: (...casualties: Casualty[]) => Promise<void>;
  onError: (error: StorageError) => void;
  /** Called after each successful write with the ids written. */
  onSaved?: (ids: string[]) => void;
  /** The pause in typing after which pending changes are written. */
  delayMs?: number;
  /** The longest a change waits while typing goes on: a power cut loses at most this much typing. */
  maxWaitMs?: number;
  /** Where `pagehide` fires (window); omit in Node. */
  page?: EventTarget;
  /** Where `visibilitychange` fires (document); omit in Node. */
  doc?: EventTarget & { visibilityState: string };
}

export interface Autosave {
  /** Queues the latest version of a casualty; a later version of the same id replaces it. */
  schedule(casualty: Casualty): void;
  /** Writes everything pending now; resolves when written, rejects with the StorageError. */
  flush(): Promise<void>;
  /** Ids with changes not yet written. */
  pendingIds(): string[];
  /** Flushes and stops listening to page events. */
  dispose(): Promise<void>;
}

export function createAutosave({
  write,
  onError,
  onSaved,
  delayMs = 300,
  maxWaitMs = 500,
  page,
  doc,
}: AutosaveOptions): Autosave {
  const pending = new Map<string, Casualty>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPendingAt: number | undefined;
  let writing: Promise<void> = Promise.resolve();

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  // Writes run one after another so an older version can never land after a newer one.
  const flush = (): Promise<void> => {
    clearTimer();
    firstPendingAt = undefined;
    const run = writing.then(async () => {
      if (pending.size === 0) return;
      const batch = [...pending.values()];
      try {
        await write(...batch);
      } catch (e) {
        const error = toStorageError(e, 'write');
        onError(error);
        throw error;
      }
      // Keep anything scheduled while the write was in flight.
      for (const c of batch) if (pending.get(c.id) === c) pending.delete(c.id);
      onSaved?.(batch.map((c) => c.id));
    });
    writing = run.catch(() => {});
    return run;
  };

  const flushQuietly = () => void flush().catch(() => {}); // errors already went to onError
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') flushQuietly();
  };
  page?.addEventListener('pagehide', flushQuietly);
  doc?.addEventListener('visibilitychange', onVisibility);

  return {
    schedule(casualty) {
      pending.set(casualty.id, casualty);
      const now = Date.now();
      firstPendingAt ??= now;
      clearTimer();
      const wait = Math.max(0, Math.min(delayMs, firstPendingAt + maxWaitMs - now));
      timer = setTimeout(flushQuietly, wait);
    },
    flush,
    pendingIds: () => [...pending.keys()],
    async dispose() {
      page?.removeEventListener('pagehide', flushQuietly);
      doc?.removeEventListener('visibilitychange', onVisibility);
      await flush();
    },
  };
}
