import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExtractContext } from '../engines/engine.js';
import { appendNarrative, narrativeOf } from '../records/index.js';
import type { Extraction } from '../tccc/extraction.js';
import { CasualtyWorkspace } from './casualty-workspace.js';
import { NarrativeRunner, isStale } from './narrative-runner.js';
import { closeTestRepos, testRepo, until } from './test-repo.js';

afterEach(closeTestRepos);
let run = 0;

/** One extraction call the test answers by hand. */
interface Call {
  narrative: string;
  signal: AbortSignal | undefined;
  answer: (engine?: string) => void;
  fail: (error: Error) => void;
}

/** An extract function whose calls wait for the test to answer them. */
function scriptedExtract() {
  const calls: Call[] = [];
  const extract = (narrative: string, context: ExtractContext) =>
    new Promise<Extraction>((resolve, reject) => {
      calls.push({
        narrative,
        signal: context.signal,
        answer: (engine = 'rules') =>
          resolve({ engine, record: { mechanism: ['gsw'] }, evidence: [], at: new Date().toISOString() }),
        fail: reject,
      });
    });
  return { calls, extract };
}

async function opened(extract: ReturnType<typeof scriptedExtract>['extract'], db = `runner-${++run}`) {
  const workspace = new CasualtyWorkspace({ openRepo: testRepo(db, 'Tablet') });
  const runner = new NarrativeRunner(workspace, extract);
  await workspace.ready;
  return { workspace, runner, id: workspace.currentId! };
}

describe('NarrativeRunner', () => {
  it('a newer piece cancels the run still going, and only the run for the whole narrative lands', async () => {
    const { calls, extract } = scriptedExtract();
    const { workspace, runner, id } = await opened(extract);
    expect(runner.addPiece(id, 'GSW left thigh')).toBeUndefined();
    expect(runner.isExtracting(id)).toBe(true);
    runner.addPiece(id, 'TQ applied 1432');
    expect(calls).toHaveLength(2);
    expect(calls[0].signal?.aborted).toBe(true);
    expect(calls[1].signal?.aborted).toBe(false);
    expect(calls[1].narrative).toBe('GSW left thigh\nTQ applied 1432');

    calls[0].answer('stale'); // an engine that ignores the abort: its answer must not land
    calls[1].answer('current');
    await until(workspace, () => !runner.isExtracting(id));
    expect(workspace.current!.extraction?.engine).toBe('current');
    expect(runner.extractionFailure(id)).toBeUndefined();
    await workspace.flush();
  });

  it('a run whose narrative changed meanwhile (another tab) does not land, and the changed narrative is read again', async () => {
    const { calls, extract } = scriptedExtract();
    const { workspace, runner, id } = await opened(extract);
    workspace.update(id, (c) => appendNarrative(c, 'GSW left thigh'));
    void runner.reextract(id);
    workspace.update(id, (c) => appendNarrative(c, 'Pulse 120'));
    calls[0].answer();
    await until(workspace, () => !runner.isExtracting(id));
    expect(workspace.current!.extraction).toBeUndefined();
    expect(isStale(workspace.current!)).toBe(true);

    void runner.reextract(id);
    calls[1].answer();
    await until(workspace, () => !runner.isExtracting(id));
    expect(calls[1].narrative).toBe(narrativeOf(workspace.current!));
    expect(isStale(workspace.current!)).toBe(false);
    await workspace.flush();
  });

  it('says why a run failed, and forgets it once the next run starts; a cancelled run is no failure', async () => {
    const { calls, extract } = scriptedExtract();
    const { workspace, runner, id } = await opened(extract);
    runner.addPiece(id, 'GSW left thigh');
    calls[0].fail(new Error('the model stopped'));
    await until(workspace, () => !runner.isExtracting(id));
    expect(runner.extractionFailure(id)).toBe('the model stopped');

    runner.addPiece(id, 'Pulse 120');
    expect(runner.extractionFailure(id)).toBeUndefined();
    runner.addPiece(id, 'BP 100/60');
    calls[1].fail(new DOMException('aborted', 'AbortError'));
    calls[2].answer();
    await until(workspace, () => !runner.isExtracting(id));
    expect(runner.extractionFailure(id)).toBeUndefined();
    expect(workspace.current!.extraction).toBeDefined();
    await workspace.flush();
  });

  it('refuses a piece past the narrative cap with the reason, and runs nothing', async () => {
    const { calls, extract } = scriptedExtract();
    const { workspace, runner, id } = await opened(extract);
    expect(runner.addPiece(id, 'x'.repeat(200_001))).toMatch(/^Not added: /);
    expect(calls).toHaveLength(0);
    expect(workspace.current!.timeline).toHaveLength(0);
  });

  it('re-extracts, once loaded, what a closed tab left stale: whichever view opens first, none needs to ask', async () => {
    // A tab that stored a piece and closed before its extraction landed.
    const before = scriptedExtract();
    const db = `runner-${++run}`;
    const { workspace: closed, runner, id } = await opened(before.extract, db);
    runner.addPiece(id, 'GSW left thigh');
    await closed.flush();
    expect(isStale(closed.current!)).toBe(true);

    const after = scriptedExtract();
    const { workspace, runner: reopened } = await opened(after.extract, db);
    expect(after.calls).toHaveLength(1); // asked for as soon as the stored casualties were read
    expect(after.calls[0].narrative).toBe('GSW left thigh');
    after.calls[0].answer();
    await reopened.refreshed;
    expect(isStale(workspace.current!)).toBe(false);
    await workspace.flush();
  });
});
