import { MessageChannel } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { collectText } from '../engine.js';
import { EngineLoadError, isAbortError } from '../errors.js';
import { ScriptedEngine } from '../testing/scripted-engine.js';
import { EngineHandler, serveEngine } from './handler.js';
import { WorkerEngineClient } from './client.js';
import type { FromWorker, MessageEndpoint } from './protocol.js';

const rules = () => ({ record: { evac_priority: 'routine' as const }, evidence: [] });
const channels: MessageChannel[] = [];

/** A client and a handler joined by a real MessageChannel (structured clone, as between page and worker). */
function connect(engine: ScriptedEngine): WorkerEngineClient {
  const channel = new MessageChannel();
  channels.push(channel);
  serveEngine(channel.port2 as unknown as MessageEndpoint, engine);
  return new WorkerEngineClient(channel.port1 as unknown as MessageEndpoint, engine.id, engine.label);
}
afterEach(() => channels.splice(0).forEach((c) => (c.port1.close(), c.port2.close())));

describe('engine bridge', () => {
  it('loads with progress, extracts and reports stats across the channel', async () => {
    const client = connect(
      new ScriptedEngine({ outputs: ['{"evac_priority":"routine","mechanism":["fall"]}'] }, rules),
    );
    const progress: number[] = [];
    await client.load((p) => progress.push(p.fraction));
    expect(progress).toEqual([1]);
    const x = await client.extract('fell off a wall, routine');
    expect(x.record).toEqual({ evac_priority: 'routine', mechanism: ['fall'] });
    expect(x.sources?.find((s) => s.path === '/mechanism/0')?.source).toBe('model');
    expect(await client.stats()).toEqual({ engine: 'transformers', loaded: true, calls: 1 });
  });

  it('rebuilds errors as the same named class', async () => {
    const client = connect(new ScriptedEngine({ outputs: [], failLoad: 'no model library' }, rules));
    const error = await client.load().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EngineLoadError);
    expect((error as Error).message).toBe('no model library');
  });

  it('streams generate() by pulling, and aborts mid-stream', async () => {
    const client = connect(
      new ScriptedEngine({ outputs: ['one two three four five', 'abcdefghijkl'], pieceLength: 4 }, rules),
    );
    expect(await collectText(client.generate('p'))).toBe('one two three four five');
    const controller = new AbortController();
    const pieces: string[] = [];
    const run = async () => {
      for await (const piece of client.generate('p', { signal: controller.signal })) {
        pieces.push(piece);
        if (pieces.length === 2) controller.abort();
      }
    };
    await expect(run()).rejects.toSatisfy(isAbortError);
    expect(pieces).toEqual(['abcd', 'efgh']);
  });
});

describe('EngineHandler.onMessage', () => {
  it('answers a call with typed data', async () => {
    const replies: FromWorker[] = [];
    const handler = new EngineHandler(new ScriptedEngine({ outputs: ['x'] }, rules), (m) => replies.push(m));
    await handler.onMessage({ kind: 'call', id: 7, method: 'stats', payload: [] });
    expect(replies).toEqual([
      { kind: 'return', id: 7, method: 'stats', payload: { engine: 'transformers', loaded: false, calls: 0 } },
    ]);
  });
});

describe('causeOf', () => {
  it('drops the "Error: " prefixes libraries stack up', async () => {
    const { causeOf } = await import('../errors.js');
    expect(causeOf(new Error('Error: Failed to store x with error: Error: Network response was not ok'))).toBe(
      'Failed to store x with error: Network response was not ok',
    );
    expect(causeOf('plain')).toBe('plain');
  });
});
