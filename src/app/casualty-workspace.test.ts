import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_NAME, StorageError, appendNarrative, toStorageError, updateCasualty } from '../records/index.js';
import { CasualtyWorkspace, savedChannel } from './casualty-workspace.js';
import { storeClosedMessage } from './storage-messages.js';

/** Opens the records database at a version newer than the app's, as a newer copy of the app would leave it. */
function leaveNewerDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 99);
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error ?? new Error('could not open the database'));
  });
}

// Each test opens a state of its own on the one app database: start each from none.
afterEach(
  () =>
    new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(DB_NAME);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error ?? new Error('could not delete the database'));
    }),
);

describe('CasualtyWorkspace (in Node, with no page)', () => {
  it('writes the device name on each casualty started here, as the device that recorded it', async () => {
    const state = new CasualtyWorkspace({ deviceName: 'Tablet 3' });
    await state.ready;
    expect(state.current!.recordedBy).toBe('Tablet 3');
    expect(state.create().recordedBy).toBe('Tablet 3');
  });

  it('keeps telling the medic why the store could not open, not a different reason, after the first save fails', async () => {
    await leaveNewerDatabase();
    const state = new CasualtyWorkspace();
    await state.ready;
    const versionMessage = toStorageError(new DOMException('newer', 'VersionError'), 'open').message;
    expect(state.problem).toBe(versionMessage);
    await expect(state.flush()).rejects.toBeInstanceOf(StorageError);
    expect(state.problem).toBe(versionMessage);
    expect(state.saveState).toBe('failed');
  });

  it('two tabs changing one casualty at once: the later save merges, and each tab ends up showing both changes', async () => {
    const first = new CasualtyWorkspace({ channel: savedChannel() });
    await first.ready;
    const id = first.currentId!;
    await first.flush();
    const second = new CasualtyWorkspace({ channel: savedChannel() });
    await second.ready;
    expect(second.currentId).toBe(id);
    const changed = vi.fn();
    first.onNarrativeChanged(changed);

    first.update(id, (c) => appendNarrative(c, 'GSW left thigh'));
    second.update(id, (c) => updateCasualty(appendNarrative(c, 'Pulse 120'), { notes: 'litter' }));
    await first.flush();
    await second.flush(); // based on the version before the first tab's piece
    expect(second.current!.timeline.map((e) => e.text).sort()).toEqual(['GSW left thigh', 'Pulse 120']);
    expect(second.current!.notes).toBe('litter');
    await vi.waitFor(() => expect(first.current!.timeline).toHaveLength(2));
    expect(first.current!.notes).toBe('litter');
    expect(changed).toHaveBeenCalledWith(id); // the first tab re-extracts the merged narrative
  });

  it('commit resolves true only once storage holds the change, which storedVersion then shows; false when the write fails', async () => {
    const state = new CasualtyWorkspace();
    await state.ready;
    const id = state.currentId!;
    await state.flush();
    const committing = state.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));
    expect(state.current!.timeline).toHaveLength(1); // shown at once, as not stored yet
    expect(state.storedVersion(id)!.timeline).toHaveLength(0);
    expect(await committing).toBe(true);
    expect(state.storedVersion(id)!.timeline.map((e) => e.text)).toEqual(['GSW left thigh']);

    await leaveNewerDatabase(); // the store closes under this tab
    expect(await state.commit(id, (c) => appendNarrative(c, 'TQ applied'))).toBe(false);
    expect(state.storedVersion(id)!.timeline).toHaveLength(1);
    expect(state.saveState).toBe('failed');
  });

  it('brings back by undo the casualty as last changed, including a change made while it was being deleted', async () => {
    const state = new CasualtyWorkspace();
    await state.ready;
    const id = state.currentId!;
    const removing = state.remove(id);
    state.update(id, (c) => updateCasualty(c, { notes: 'changed during delete' }));
    await removing;
    await state.undoDelete(id);
    expect(state.current?.notes).toBe('changed during delete');
    await state.flush();
  });

  it('after an update in another tab, says this tab cannot save and, once something is unsaved, to export it before reloading', async () => {
    const state = new CasualtyWorkspace();
    await state.ready;
    await state.flush();
    await leaveNewerDatabase(); // closes this tab's connection, as another tab's upgrade does
    expect(state.problem).toBe(storeClosedMessage('versionchange', 0));
    expect(state.problem).toContain('can no longer save');

    state.update(state.currentId!, (c) => updateCasualty(c, { notes: 'typed after the update' }));
    await expect(state.flush()).rejects.toBeInstanceOf(StorageError);
    expect(state.problem).toBe(storeClosedMessage('versionchange', 1));
    expect(state.problem).toContain('NOT saved');
    expect(state.problem).toContain('Reports › Casualty file');
    expect(state.saveState).toBe('failed');
  });
});
