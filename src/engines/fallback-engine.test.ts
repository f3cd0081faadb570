import { describe, expect, it } from 'vitest';
import { collectText } from './engine.js';
import { isAbortError } from './errors.js';
import { FallbackEngine } from './fallback-engine.js';
import { ScriptedEngine } from './testing/scripted-engine.js';
import { RulesEngine } from './rules/rules-engine.js';

const rules = () => ({ record: { evac_priority: 'routine' as const }, evidence: [] });

describe('FallbackEngine', () => {
  it('falls to the next engine when loading fails, keeping the reason', async () => {
    const engine = new FallbackEngine([
      { create: () => new ScriptedEngine({ outputs: [], failLoad: 'shader compile error' }, rules, 'webllm') },
      { create: () => new ScriptedEngine({ outputs: ['{"mechanism":["fall"]}'] }, rules, 'transformers') },
      { create: () => new RulesEngine(rules) },
    ]);
    await engine.load();
    expect(engine.id).toBe('transformers');
    expect(engine.fallbacks).toEqual([
      {
        from: 'webllm',
        to: 'transformers',
        reason: 'Scripted test engine could not start: shader compile error. Switched to Scripted test engine.',
      },
    ]);
    expect((await engine.extract('fell, routine')).record).toEqual({ evac_priority: 'routine', mechanism: ['fall'] });
  });

  it('a failure while extracting moves on and still answers', async () => {
    const failing = new ScriptedEngine({ outputs: ['x'] }, rules, 'webllm');
    failing.extract = async () => {
      throw new Error('GPU device lost');
    };
    const engine = new FallbackEngine([{ create: () => failing }, { create: () => new RulesEngine(rules) }]);
    await engine.load();
    const x = await engine.extract('routine');
    expect(x.engine).toBe('rules');
    expect(x.record).toEqual({ evac_priority: 'routine' });
    expect(engine.fallbacks[0]?.reason).toMatch(/failed while reading the narrative: GPU device lost/);
  });

  it('a failure mid-stream is shown to the caller, and the next call runs on the next engine', async () => {
    const failing = new ScriptedEngine({ outputs: ['x'] }, rules, 'webllm');
    failing.generate = async function* () {
      yield 'partial ';
      throw new Error('device lost');
    };
    const engine = new FallbackEngine([
      { create: () => failing },
      { create: () => new ScriptedEngine({ outputs: ['fresh'] }, rules) },
    ]);
    await engine.load();
    await expect(collectText(engine.generate('p'))).rejects.toThrow('device lost');
    expect(engine.id).toBe('transformers');
    expect(await collectText(engine.generate('p'))).toBe('fresh');
  });

  it('an abort is not a failure: it does not fall back', async () => {
    const engine = new FallbackEngine([
      { create: () => new ScriptedEngine({ outputs: ['{}'] }, rules) },
      { create: () => new RulesEngine(rules) },
    ]);
    await engine.load();
    const controller = new AbortController();
    controller.abort();
    await expect(engine.extract('x', { signal: controller.signal })).rejects.toSatisfy(isAbortError);
    expect(engine.id).toBe('transformers');
    expect(engine.fallbacks).toEqual([]);
  });
});
