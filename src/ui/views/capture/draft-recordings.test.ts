import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { appendNarrative, createCasualty, type Casualty } from '../../../records/index.js';
import { listRecordings } from '../../recordings/kept-recordings.js';
import { draftAdded, draftEdited, dropPurgedRecordings, keepDictationRecording } from './draft-recordings.js';

const audio = (text: string) => ({
  audio: new Blob([text], { type: 'audio/webm;codecs=opus' }),
  mimeType: 'audio/webm;codecs=opus',
  durationMs: 1500,
  recordedAt: new Date().toISOString(),
});

/** The few members of the app's casualty state the glue uses; `deleted` are held within their undo window. */
function stateWith(casualties: Casualty[], deleted: Casualty[] = []) {
  let changes = 0;
  return {
    casualties,
    ready: Promise.resolve(),
    changed: () => void changes++,
    changes: () => changes,
    holds: (id: string) => [...casualties, ...deleted].some((c) => c.id === id),
  };
}

describe('the recordings of Capture’s draft', () => {
  it('go to the piece the draft becomes; a piece typed after an emptied draft gets none', async () => {
    let c = createCasualty(new Date(), 'draft-1');
    const state = stateWith([c]);
    keepDictationRecording(state, c.id, audio('first dictation'));
    c = appendNarrative(c, 'tourniquet applied left thigh', new Date(Date.UTC(2026, 11, 3, 10, 0)));
    state.casualties[0] = c;
    draftAdded(state, c.id);
    const pieceAt = c.timeline[0].at;
    expect((await listRecordings(c.id)).map((r) => r.pieceAt)).toEqual([pieceAt]);

    keepDictationRecording(state, c.id, audio('second dictation'));
    draftEdited(state, c.id, '   '); // the medic deleted the dictated text
    c = appendNarrative(c, 'typed by hand', new Date(Date.UTC(2026, 11, 3, 10, 5)));
    state.casualties[0] = c;
    draftAdded(state, c.id);
    const kept = await listRecordings(c.id);
    expect(kept.map((r) => r.pieceAt)).toEqual([pieceAt]);
    expect(await new Blob([kept[0].audio]).text()).toBe('first dictation');
    expect(state.changes()).toBe(0); // no problem to show
  });

  it('are dropped when a split draft leaves no part on the casualty it was dictated on', async () => {
    const c = appendNarrative(createCasualty(new Date(), 'draft-2'), 'an earlier piece');
    const state = stateWith([c]);
    keepDictationRecording(state, c.id, audio('split'));
    draftAdded(state, c.id, false);
    expect(await listRecordings(c.id)).toEqual([]);
  });

  it('go with a casualty the workspace no longer holds, and stay with one it holds (deleted or not)', async () => {
    // The casualties live in the casualty documents now, not in the old records database: the sweep must ask the
    // workspace (it used to ask the old database, so every recording went on the next page load).
    const held = createCasualty(new Date(), 'held');
    const softDeleted = { ...createCasualty(new Date(), 'soft-deleted'), deletedAt: new Date().toISOString() };
    const state = stateWith([held], [softDeleted]);
    for (const id of [held.id, softDeleted.id, 'purged']) keepDictationRecording(state, id, audio(id));
    await listRecordings('purged'); // waits for the queue
    dropPurgedRecordings(state);
    await expect.poll(async () => (await listRecordings('purged')).length).toBe(0);
    expect(await listRecordings(held.id)).toHaveLength(1);
    expect(await listRecordings(softDeleted.id)).toHaveLength(1);
  });
});
