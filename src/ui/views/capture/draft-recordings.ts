/**
 * Capture's side of the kept recordings: a dictation's audio waits with the draft, goes to the piece the draft
 * becomes, and goes away when the medic empties the draft. A failure to store audio is said on Capture (the text is
 * unaffected: it is saved with the casualty).
 */
import type { Casualty } from '../../../records/index.js';
import {
  attachDraftRecordings,
  dropDraftRecordings,
  dropRecordingsOfPurgedCasualties,
  keepDraftRecording,
} from '../../recordings/kept-recordings.js';
import type { DictationAudio } from './dictation-recorder.js';

/** What this needs of the app's casualty state (kept structural, so it does not depend on where that state lives). */
interface CasualtyState {
  readonly casualties: readonly Casualty[];
  readonly ready: Promise<void>;
  changed(): void;
  /** Whether casualty `id` is still held (live, or deleted within its undo window). */
  holds(id: string): boolean;
}

let problem: string | undefined;

/** Why the last recording could not be kept, if it could not. */
export const recordingProblem = (): string | undefined => problem;

function report(state: CasualtyState, work: Promise<unknown>): void {
  work.then(
    () => (problem = undefined),
    (error: unknown) => {
      problem = `The recording of the dictation could not be kept (${error instanceof Error ? error.message : String(error)}); the text is saved.`;
      state.changed();
    },
  );
}

/** A dictation ended: its audio waits with the casualty's draft. */
export function keepDictationRecording(state: CasualtyState, id: string, audio: DictationAudio | undefined): void {
  if (audio) report(state, keepDraftRecording(id, audio));
}

/** The medic edited the draft: emptied, it takes its recordings with it (a piece typed anew has none). */
export function draftEdited(state: CasualtyState, id: string, draft: string): void {
  if (!draft.trim()) report(state, dropDraftRecordings(id));
}

/**
 * The draft was just added as the casualty's latest piece: its recordings go with that piece. When the draft was
 * split and no part of it stayed on this casualty (`stayed` false), they go with the draft.
 */
export function draftAdded(state: CasualtyState, id: string, stayed = true): void {
  const pieceAt = state.casualties.find((c) => c.id === id)?.timeline.at(-1)?.at;
  report(state, stayed && pieceAt ? attachDraftRecordings(id, pieceAt) : dropDraftRecordings(id));
}

/** Once the casualties have loaded: the recordings of casualties no longer held (past their undo window) go too. */
export function dropPurgedRecordings(state: CasualtyState): void {
  report(state, dropRecordingsOfPurgedCasualties(state));
}
