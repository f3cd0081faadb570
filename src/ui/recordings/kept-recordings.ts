/**
 * The page's one way to the dictation recordings this device keeps (Capture writes them, Record plays them, Reports
 * exports them). Every change runs in one queue, so "Add to record" right after a dictation ends still finds the
 * recording it must attach; each fires `recordings-changed` on {@link recordingEvents} for the views to reread.
 */
import { openCasualtyStore } from '../../records/db.js';
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

/**
 * Once per page, after the casualties have loaded (and the purge of those past their undo window has run): deletes
 * the recordings of casualties the record store no longer holds. A soft-deleted casualty is still held, so undo
 * brings its recordings back with it. Nothing is deleted when the record store cannot be read.
 */
export function dropRecordingsOfPurgedCasualties(casualtiesLoaded: Promise<void>): Promise<number> {
  swept ??= casualtiesLoaded.then(async () => {
    const casualties = await openCasualtyStore();
    try {
      return await queued('', (s) => s.dropOrphans(async (id) => (await casualties.get(id)) !== undefined));
    } finally {
      casualties.close();
    }
  });
  swept.catch(() => (swept = undefined));
  return swept;
}
