/**
 * The page's one way to the dictation recordings this device keeps (Capture writes them, Record plays them, Reports
 * exports them). Every change runs in one queue, so "Add to record" right after a dictation ends still finds the
 * recording it must attach; each fires `recordings-changed` on {@link recordingEvents} for the views to reread.
 */
import { DRAFT_PIECE, openRecordingStore, type Recording, type RecordingStore } from '../../records/recordings.js';

export const RECORDINGS_CHANGED = 'recordings-changed';
/** Fires {@link RECORDINGS_CHANGED} with the casualty id as detail. */
export const recordingEvents = new EventTarget();

let store: Promise<RecordingStore> | undefined;
let queue: Promise<unknown> = Promise.resolve();
let swept: Promise<number> | undefined;

function recordings(): Promise<RecordingStore> {
  store ??= openRecordingStore();
  store.catch(() => (store = undefined)); // a later call tries again
  return store;
}

/** Runs `change` after every earlier one, then tells the views; a failure reaches the caller only. */
function queued<T>(casualtyId: string, change: (s: RecordingStore) => Promise<T>): Promise<T> {
  const run = queue.then(() => recordings().then(change));
  queue = run.catch(() => undefined);
  return run.then((result) => {
    recordingEvents.dispatchEvent(new CustomEvent(RECORDINGS_CHANGED, { detail: casualtyId }));
    return result;
  });
}

/** Keeps a dictation's audio with the casualty's draft; "Add to record" gives it to the piece. */
export function keepDraftRecording(
  casualtyId: string,
  audio: { audio: Blob; mimeType: string; durationMs: number; recordedAt: string },
): Promise<unknown> {
  // Queued at once (the bytes are read inside), so an "Add to record" right after still finds it in the draft.
  return queued(casualtyId, async (s) =>
    s.add({
      casualtyId,
      pieceAt: DRAFT_PIECE,
      recordedAt: audio.recordedAt,
      mimeType: audio.mimeType,
      durationMs: audio.durationMs,
      audio: await audio.audio.arrayBuffer(),
    }),
  );
}

/** The draft's recordings now belong to the piece added at `pieceAt`. */
export const attachDraftRecordings = (casualtyId: string, pieceAt: string) =>
  queued(casualtyId, (s) => s.attachDraft(casualtyId, pieceAt));

/** The medic emptied the draft: what was dictated into it is gone, and so is its audio. */
export const dropDraftRecordings = (casualtyId: string) => queued(casualtyId, (s) => s.dropDraft(casualtyId));

/** Replaces a casualty's recordings with an imported file's. */
export const replaceRecordings = (casualtyId: string, list: Omit<Recording, 'id'>[]) =>
  queued(casualtyId, (s) => s.replace(casualtyId, list));

/** A casualty's recordings, oldest first (after any change still queued). */
export async function listRecordings(casualtyId: string): Promise<Recording[]> {
  await queue;
  return (await recordings()).list(casualtyId);
}

/** How many recordings, and their bytes, for one casualty. */
export async function recordingUsage(casualtyId: string): Promise<{ count: number; bytes: number }> {
  await queue;
  return (await recordings()).usage(casualtyId);
}

/** The app's casualties as the sweep of orphaned recordings reads them (the casualty workspace). */
export interface HeldCasualties {
  /** Resolves once the casualties have loaded. */
  readonly ready: Promise<void>;
  /** Whether the casualty is still held (live, or deleted within its undo window); throws when that is unknown. */
  holds(id: string): boolean;
}

/**
 * Once per page, after the casualties have loaded: deletes the recordings of casualties the casualty documents no
 * longer hold (deleted past their undo window, or never stored). A soft-deleted casualty within its window is still
 * held, so undo brings its recordings back with it. Nothing is deleted when the casualties cannot be read.
 */
export function dropRecordingsOfPurgedCasualties(casualties: HeldCasualties): Promise<number> {
  swept ??= casualties.ready.then(() =>
    queued('', (s) => s.dropOrphans((id) => Promise.resolve().then(() => casualties.holds(id)))),
  );
  swept.catch(() => (swept = undefined));
  return swept;
}
