import 'fake-indexeddb/auto';
import { BroadcastChannelNetworkAdapter } from '@automerge/automerge-repo-network-broadcastchannel';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StorageError, appendNarrative, toStorageError, updateCasualty, type Casualty } from '../records/index.js';
import type { CasualtySource } from './casualty-source.js';
import { CasualtyWorkspace } from './casualty-workspace.js';
import { closeTestRepos, openTestRepo, testRepo, until, setAllergies } from './test-repo.js';

let run = 0;
/** A fresh database and channel name per test, so no test sees another's casualties. */
const fresh = (what: string) => `${what}-${++run}-${Math.random().toString(36).slice(2)}`;

afterEach(closeTestRepos);

// Waits for another repo's change to arrive. The bound only stops a hang: vi.waitFor's 1 s default failed when the
// machine was loaded, and how fast a change arrives is bench:sync's to measure, not this test's.
const SYNCED = { timeout: 30_000, interval: 20 };

const texts = (c: Casualty | undefined) => c?.timeline.map((e) => e.text).sort();

describe('CasualtyWorkspace on the casualty documents (in Node, with no page)', () => {
  it('writes the device name on each casualty started here, as the device that recorded it', async () => {
    const state = new CasualtyWorkspace({ deviceName: 'Tablet 3', openRepo: testRepo(fresh('db'), 'Tablet 3') });
    await state.ready;
    expect(state.current!.recordedBy).toBe('Tablet 3');
    expect(state.create().recordedBy).toBe('Tablet 3');
  });

  it('keeps a casualty started while the repo was still opening, current, and stores it', async () => {
    const db = fresh('db');
    const first = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet') });
    await first.ready;
    await first.commit(first.currentId!, (c) => appendNarrative(c, 'GSW left thigh'));
    const earlier = first.currentId!;
    const second = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet') });
    const started = second.create(); // "+ New casualty" tapped before the stored ones were read
    await second.ready;
    expect(second.currentId).toBe(started.id);
    expect(second.casualties.map((c) => c.id)).toEqual([earlier, started.id]);
    expect(await second.commit(started.id, (c) => appendNarrative(c, 'Pulse 120'))).toBe(true);
    expect(second.storedVersion(started.id)?.timeline.map((e) => e.text)).toEqual(['Pulse 120']);
    expect(second.storedVersion(earlier)?.timeline.map((e) => e.text)).toEqual(['GSW left thigh']);
  });

  it('keeps telling the medic why the store could not open, not a different reason, after the first save fails', async () => {
    const refused = new DOMException('newer', 'VersionError');
    const state = new CasualtyWorkspace({ openRepo: () => Promise.reject(refused) });
    await state.ready;
    const message = toStorageError(refused, 'open').message;
    expect(state.problem).toBe(message);
    state.update(state.currentId!, (c) => updateCasualty(c, { notes: 'typed' }));
    await expect(state.flush()).rejects.toBeInstanceOf(StorageError);
    expect(state.problem).toBe(message);
    expect(state.saveState).toBe('failed');
  });

  it('two tabs changing one casualty at once: both changes kept, and each tab ends up showing both', async () => {
    const [db, channel] = [fresh('db'), fresh('tabs')];
    const first = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet', channel) });
    await first.ready;
    const id = first.currentId!;
    await first.commit(id, (c) => updateCasualty(c, { notes: '' }));
    const second = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet', channel) });
    await second.ready;
    expect(second.currentId).toBe(id);
    const changed = vi.fn();
    first.onNarrativeChanged(changed);

    first.update(id, (c) => appendNarrative(c, 'GSW left thigh'));
    second.update(id, (c) => updateCasualty(appendNarrative(c, 'Pulse 120'), { notes: 'litter' }));
    await Promise.all([first.flush(), second.flush()]);
    await until(first, () => first.current!.timeline.length === 2 && first.current!.notes === 'litter');
    await until(second, () => second.current!.timeline.length === 2);
    expect(texts(first.current)).toEqual(['GSW left thigh', 'Pulse 120']);
    expect(texts(second.current)).toEqual(['GSW left thigh', 'Pulse 120']);
    expect(changed).toHaveBeenCalledWith(id); // the first tab re-extracts the merged narrative
  });

  it('commit resolves true only once storage holds the change, which storedVersion then shows; false when the write fails', async () => {
    const db = fresh('db');
    let failWrites = false;
    const source = await openTestRepo(db, 'Tablet');
    const failing: CasualtySource = {
      casualties: () => source.casualties(),
      write: (cs, basedOn) =>
        failWrites ? Promise.reject(new DOMException('full', 'QuotaExceededError')) : source.write(cs, basedOn),
      setDeleted: (id, deleted) => source.setDeleted(id, deleted),
      conflicts: (id) => source.conflicts(id),
      resolve: (id, key, opId) => source.resolve(id, key, opId),
      onCasualty: (listener) => source.onCasualty(listener),
    };
    const state = new CasualtyWorkspace({ openRepo: () => Promise.resolve(failing) });
    await state.ready;
    const id = state.currentId!;
    const committing = state.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));
    expect(state.current!.timeline).toHaveLength(1); // shown at once, as not stored yet
    expect(state.storedVersion(id)).toBeUndefined();
    expect(await committing).toBe(true);
    expect(texts(state.storedVersion(id))).toEqual(['GSW left thigh']);

    failWrites = true;
    expect(await state.commit(id, (c) => appendNarrative(c, 'TQ applied'))).toBe(false);
    expect(state.storedVersion(id)!.timeline).toHaveLength(1);
    expect(state.saveState).toBe('failed');

    // What commit confirmed is what the next start reads from storage.
    const reopened = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet') });
    await reopened.ready;
    expect(texts(reopened.casualties.find((c) => c.id === id))).toEqual(['GSW left thigh']);
  });

  it('brings back by undo the casualty as last changed, including a change made while it was being deleted', async () => {
    const db = fresh('db');
    const state = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet') });
    await state.ready;
    const id = state.currentId!;
    await state.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));
    const removing = state.remove(id);
    state.update(id, (c) => updateCasualty(c, { notes: 'changed during delete' }));
    await removing;
    expect(state.deleted.map((c) => c.id)).toEqual([id]);
    const reopened = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet') });
    await reopened.ready;
    expect(reopened.deleted.map((c) => c.id)).toEqual([id]); // the delete is stored, and still undoable
    await state.undoDelete(id);
    expect(state.current?.notes).toBe('changed during delete');
    await state.flush();
  });

  it('a casualty started on one device appears on another, and a hand edit made on each of two devices at once shows as a conflict with both values and device names until one is picked', async () => {
    const channel = fresh('net');
    const tablet = new CasualtyWorkspace({ openRepo: testRepo(fresh('db'), 'Tablet 1', channel) });
    const kiosk = new CasualtyWorkspace({ openRepo: testRepo(fresh('db'), 'Kiosk', channel) });
    await Promise.all([tablet.ready, kiosk.ready]);
    const id = tablet.currentId!;
    await tablet.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));
    await until(kiosk, () => kiosk.casualties.some((c) => c.id === id));

    // A second tablet gets the casualty, goes offline, and sets allergies while the kiosk sets them too.
    const offlineTablet = await openTestRepo(fresh('db'), 'Tablet 2');
    offlineTablet.repo.networkSubsystem.addNetworkAdapter(new BroadcastChannelNetworkAdapter({ channelName: channel }));
    await vi.waitFor(() => expect(offlineTablet.casualties().some((c) => c.id === id)).toBe(true), SYNCED);
    offlineTablet.repo.networkSubsystem.adapters.forEach((a) => a.disconnect());
    const [base] = offlineTablet.casualties().filter((c) => c.id === id);
    await offlineTablet.write([setAllergies('penicillin')(base)], () => base);
    await kiosk.commit(id, setAllergies('NKDA'));
    offlineTablet.repo.networkSubsystem.addNetworkAdapter(new BroadcastChannelNetworkAdapter({ channelName: channel }));

    await vi.waitFor(() => expect(kiosk.conflicts(id)).toHaveLength(1), SYNCED);
    const [conflict] = kiosk.conflicts(id);
    expect(conflict.part).toBe('edits');
    const sides = conflict.values.map((v) => ({
      by: v.by,
      value: (v.value as { fact?: { value: string } }).fact?.value,
    }));
    expect(sides).toEqual(
      expect.arrayContaining([
        { by: 'Tablet 2', value: 'penicillin' },
        { by: 'Kiosk', value: 'NKDA' },
      ]),
    );
    const picked = conflict.values.find((v) => v.by === 'Tablet 2')!;
    await kiosk.resolveConflict(id, conflict.key, picked.opId);
    expect(kiosk.conflicts(id)).toEqual([]);
    await vi.waitFor(() => expect(tablet.conflicts(id)).toEqual([]), SYNCED);
    await until(tablet, () => JSON.stringify(tablet.current?.edits).includes('penicillin'));
    const onKiosk = kiosk.casualties.find((c) => c.id === id);
    expect(onKiosk?.edits.find((e) => e.id === 'casualty/allergies')).toMatchObject({ fact: { value: 'penicillin' } });
  });

  it('keeps the better engine’s extraction of the same narrative: a device on rules does not replace Phi-2', async () => {
    const channel = fresh('net');
    const tablet = new CasualtyWorkspace({ openRepo: testRepo(fresh('db'), 'Tablet', channel) });
    const kiosk = new CasualtyWorkspace({ openRepo: testRepo(fresh('db'), 'Kiosk', channel) });
    await Promise.all([tablet.ready, kiosk.ready]);
    const id = tablet.currentId!;
    await tablet.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));
    await until(kiosk, () => kiosk.casualties.some((c) => c.id === id));
    const extraction = (engine: string) => ({ engine, record: {}, evidence: [], at: new Date().toISOString() });
    await kiosk.commit(id, (c) => ({ ...c, extraction: extraction('webllm:phi-2') }));
    await until(tablet, () => tablet.current?.extraction?.engine === 'webllm:phi-2');
    await tablet.commit(id, (c) => ({ ...c, extraction: extraction('rules') }));
    expect(tablet.current?.extraction?.engine).toBe('webllm:phi-2');
    expect(tablet.storedVersion(id)?.extraction?.engine).toBe('webllm:phi-2');
  });
});
