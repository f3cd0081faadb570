import { describe, expect, it } from 'vitest';
import { engineByName, extractJsonl, option, UnknownEngineError } from './extract-engines.js';
import { evaluate, formatEvaluation, parseGold } from './eval-gold.js';

describe('engine lookup', () => {
  it('finds the rules engine and names the known engines for an unknown one', () => {
    expect(engineByName('rules').extract('HR 100')).toEqual({ vitals: [{ pulse: 100 }] });
    expect(() => engineByName('llm')).toThrow(UnknownEngineError);
    expect(() => engineByName('toString')).toThrow(/known: rules/);
  });
  it('reads options', () => {
    expect(option(['--engine', 'rules', '--jsonl'], '--engine', 'x')).toBe('rules');
    expect(option(['--jsonl'], '--engine', 'rules')).toBe('rules');
  });
});

describe('extractJsonl', () => {
  it('writes one record line per good line, in order, and an error line per bad one', async () => {
    const input = ['{"id":"a","text":"TQ R leg 0740"}', 'not json', '{"id":"c"}', '', '{"id":"d","text":"pulse one twenty"}', '[1]'].join('\n');
    const { out, errors } = await extractJsonl(input, engineByName('rules'));
    expect(out.map((l) => JSON.parse(l))).toEqual([
      { id: 'a', record: { interventions: [{ type: 'tourniquet', location: 'right_leg', time: '07:40' }] } },
      { id: 'd', record: { vitals: [{ pulse: 120 }] } },
    ]);
    expect(errors.map((l) => JSON.parse(l))).toEqual([
      { line: 2, error: expect.stringMatching(/^invalid JSON/) },
      { id: 'c', line: 3, error: 'missing "text" string' },
      { line: 6, error: 'missing "text" string' },
    ]);
  });
});

describe('evaluation', () => {
  it('scores overall and per kind and lists misses and extras', async () => {
    const gold = parseGold([
      JSON.stringify({ id: 'one', text: 'HR 100. TQ L leg.', gold: { vitals: [{ pulse: 100 }], interventions: [{ type: 'tourniquet', location: 'left_leg' }, { type: 'npa' }] } }),
    ].join('\n'));
    const result = await evaluate(gold, engineByName('rules'));
    expect(result.overall).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(result.byKind.get('vital')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const report = formatEvaluation(result, true);
    expect(report).toMatch(/overall \(micro\)\s+1\.000\s+0\.667\s+0\.800/);
    expect(report).toContain('missed intervention|npa|');
  });
  it('rejects gold lines without text or gold', () => {
    expect(() => parseGold('{"id":"x","text":"a"}')).toThrow(/gold line 1/);
  });
});
