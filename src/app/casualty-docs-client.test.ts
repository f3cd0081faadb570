import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { appendNarrative, createCasualty } from '../records/index.js';
import { CasualtyDocsClient } from './casualty-docs-client.js';
import { serveCasualtyDocs } from './casualty-docs-server.js';
import { CasualtyWorkspace } from './casualty-workspace.js';
import {
  closeTestRepos,
  openTestRepo,
  openTestRepoOverChannel,
  testRepoOverChannel,
  until,
  setAllergies,
} from './test-repo.js';

let run = 0;
const fresh = (what: string) => `${what}-${++run}-${Math.random().toString(36).slice(2)}`;
afterEach(closeTestRepos);

// Only stops a hang: how fast a change arrives is bench:sync's to measure.
const SYNCED = { timeout: 30_000, interval: 20 };

describe('the casualty documents across a message channel (as the page talks to its worker)', () => {
  it('a workspace on the client keeps what it wrote across a reopen, and hears the other tab’s changes', async () => {
    const [db, channel] = [fresh('db'), fresh('tabs')];
    const first = new CasualtyWorkspace({ openRepo: testRepoOverChannel(db, 'Tablet', channel) });
    await first.ready;
    const id = first.currentId!;
    await first.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));

    const second = new CasualtyWorkspace({ openRepo: testRepoOverChannel(db, 'Tablet', channel) });
    await second.ready;
    expect(second.current?.timeline.map((p) => p.text)).toEqual(['GSW left thigh']);
    await second.commit(id, (c) => appendNarrative(c, 'Pulse 120'));
    await until(first, () => first.current?.timeline.length === 2);
    expect(first.current?.timeline.map((p) => p.text)).toEqual(['GSW left thigh', 'Pulse 120']);
  });

  it('shows a conflict two devices made, with each device’s name, and clears it on every device once one is picked', async () => {
    const channel = fresh('net');
    const kiosk = new CasualtyWorkspace({ openRepo: testRepoOverChannel(fresh('db'), 'Kiosk', channel) });
    await kiosk.ready;
    const id = kiosk.currentId!;
    await kiosk.commit(id, (c) => appendNarrative(c, 'GSW left thigh'));
    const tablet = await openTestRepo(fresh('db'), 'Tablet 2', channel);
    await vi.waitFor(() => expect(tablet.casualties().some((c) => c.id === id)).toBe(true), SYNCED);
    tablet.repo.networkSubsystem.adapters.forEach((a) => a.disconnect());
    const [base] = tablet.casualties().filter((c) => c.id === id);
    await tablet.write([setAllergies('penicillin')(base)], () => base);
    await kiosk.commit(id, setAllergies('NKDA'));
    const { BroadcastChannelNetworkAdapter } = await import('@automerge/automerge-repo-network-broadcastchannel');
    tablet.repo.networkSubsystem.addNetworkAdapter(new BroadcastChannelNetworkAdapter({ channelName: channel }));

    await until(kiosk, () => kiosk.conflicts(id).length === 1);
    const [conflict] = kiosk.conflicts(id);
    expect(conflict.values.map((v) => v.by).sort()).toEqual(['Kiosk', 'Tablet 2']);
    const picked = conflict.values.find((v) => v.by === 'Tablet 2')!;
    await kiosk.resolveConflict(id, conflict.key, picked.opId);
    expect(kiosk.conflicts(id)).toEqual([]);
    await vi.waitFor(() => expect(tablet.conflicts(id)).toEqual([]), SYNCED);
    expect(kiosk.current?.edits.find((e) => e.id === 'casualty/allergies')).toMatchObject({
      fact: { value: 'penicillin' },
    });
  });

  it('stores an extraction only as a reading of the narrative the page ran it on, though it arrives as a copy', async () => {
    const client = await openTestRepoOverChannel(fresh('db'), 'Tablet');
    const start = appendNarrative(createCasualty(new Date(), 'c1'), 'GSW left thigh');
    const [stored] = await client.write([start], () => undefined);
    const extraction = { engine: 'rules', record: {}, evidence: [], at: new Date().toISOString() };
    // Run on an older narrative than the one written with it: not a reading of this one.
    const grown = appendNarrative(stored, 'Pulse 120');
    const [stale] = await client.write(
      [{ ...grown, extraction }],
      () => stored,
      () => 'an older narrative',
    );
    expect(stale.extraction).toBeUndefined();
    const [current] = await client.write([{ ...stale, extraction }], () => stale);
    expect(current.extraction?.engine).toBe('rules');
    expect(client.casualties().find((c) => c.id === 'c1')?.extraction?.engine).toBe('rules');
  });

  it('the previous version’s casualties, moved in, are held on the page at once; moving them again adds none', async () => {
    const client = await openTestRepoOverChannel(fresh('db'), 'Tablet');
    const old = [
      appendNarrative(createCasualty(new Date(), 'old-1'), 'GSW right arm.'),
      createCasualty(new Date(), 'old-2'),
    ];
    expect(await client.adopt(old)).toBe(2);
    expect(
      client
        .casualties()
        .map((c) => c.id)
        .sort(),
    ).toEqual(['old-1', 'old-2']);
    expect(
      client
        .casualties()
        .find((c) => c.id === 'old-1')
        ?.timeline.map((p) => p.text),
    ).toEqual(['GSW right arm.']);
    expect(await client.adopt(old)).toBe(0);
  });

  it('a request the store fails is refused on the page with the error’s name, so storage errors keep their kind', async () => {
    const { port1, port2 } = new MessageChannel();
    serveCasualtyDocs(port1, () => Promise.reject(Object.assign(new Error('no room'), { name: 'QuotaExceededError' })));
    port1.start();
    port2.start();
    const opening = CasualtyDocsClient.open(port2, {
      device: () => 'Tablet',
      online: true,
      onStatus: () => undefined,
    });
    await expect(opening).rejects.toMatchObject({ name: 'QuotaExceededError', message: 'no room' });
    port1.close();
  });
});
