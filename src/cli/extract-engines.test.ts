import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateRecord } from '../tccc/validate.js';
import { engineByName, extractJsonl, option, transformersTextEngine, UnknownEngineError } from './extract-engines.js';
import { evaluate, formatEvaluation, parseGold } from './eval-gold.js';

describe('engine lookup', () => {
  it('finds the rules engine and names the known engines for an unknown one', () => {
    expect(engineByName('rules').extract('HR 100')).toEqual({ vitals: [{ pulse: 100 }] });
    expect(() => engineByName('llm')).toThrow(UnknownEngineError);
    expect(() => engineByName('toString')).toThrow(/known: rules, transformers/);
    expect(() => engineByName('transformers', [])).toThrow(/needs --model <folder>/);
    expect(() => engineByName('transformers', ['--model', '/nowhere'])).toThrow(/has no onnx\/model\.onnx/);
  });
  it('reads options', () => {
    expect(option(['--engine', 'rules', '--jsonl'], '--engine', 'x')).toBe('rules');
    expect(option(['--jsonl'], '--engine', 'rules')).toBe('rules');
  });
});

describe('extractJsonl', () => {
  it('writes one record line per good line, in order, and an error line per bad one', async () => {
    const input = [
      '{"id":"a","text":"TQ R leg 0740"}',
      'not json',
      '{"id":"c"}',
      '',
      '{"id":"d","text":"pulse one twenty"}',
      '[1]',
    ].join('\n');
    const { out, errors } = await extractJsonl(input, engineByName('rules'));
    expect(out.map((l) => JSON.parse(l))).toEqual([
      {
        id: 'a',
        record: { interventions: [{ type: 'tourniquet', location: 'right_leg', time: '07:40' }] },
        records: [{ interventions: [{ type: 'tourniquet', location: 'right_leg', time: '07:40' }] }],
      },
      { id: 'd', record: { vitals: [{ pulse: 120 }] }, records: [{ vitals: [{ pulse: 120 }] }] },
    ]);
    expect(errors.map((l) => JSON.parse(l))).toEqual([
      { line: 2, error: expect.stringMatching(/^invalid JSON/) },
      { id: 'c', line: 3, error: 'missing "text" string' },
      { line: 6, error: 'missing "text" string' },
    ]);
  });
});

describe('extract --jsonl with several casualties', () => {
  it('gives one record per casualty in order of introduction, record being the first', async () => {
    const text =
      'Casualty one of two: SGT Maria Ortiz, GSW right arm, HR 104. Casualty two of two: CPL Ben Okafor, GSW abdomen, HR 132. Both urgent.';
    const { out } = await extractJsonl(JSON.stringify({ id: 'two', text }), engineByName('rules'));
    const line = JSON.parse(out[0]) as { record: unknown; records: unknown[] };
    expect(line.records).toEqual([
      {
        casualty: { name: 'Maria Ortiz' },
        evac_priority: 'urgent',
        mechanism: ['gsw'],
        injuries: [{ type: 'gsw', location: 'right_arm' }],
        vitals: [{ pulse: 104 }],
      },
      {
        casualty: { name: 'Ben Okafor' },
        evac_priority: 'urgent',
        mechanism: ['gsw'],
        injuries: [{ type: 'gsw', location: 'abdomen' }],
        vitals: [{ pulse: 132 }],
      },
    ]);
    expect(line.record).toEqual(line.records[0]);
  });
});

describe('evaluation', () => {
  it('scores overall and per kind and lists misses and extras', async () => {
    const gold = parseGold(
      [
        JSON.stringify({
          id: 'one',
          text: 'HR 100. TQ L leg.',
          gold: {
            vitals: [{ pulse: 100 }],
            interventions: [{ type: 'tourniquet', location: 'left_leg' }, { type: 'npa' }],
          },
        }),
      ].join('\n'),
    );
    const result = await evaluate(gold, engineByName('rules'));
    expect(result.overall).toEqual({ tp: 2, fp: 0, fn: 1 });
    expect(result.byKind.get('vital')).toEqual({ tp: 1, fp: 0, fn: 0 });
    const report = formatEvaluation(result, true);
    expect(report).toMatch(/overall \(micro\)\s+1\.000\s+0\.667\s+0\.800/);
    expect(report).toContain('missed intervention|npa|');
    expect(report).toContain('dangerous 0   mixed 0');
  });
  it('scores array gold against every record an engine gives, pairing by true positives', async () => {
    const twoCasualties = {
      extract: () => ({}),
      extractAll: () => [{ vitals: [{ pulse: 140 }] }, { vitals: [{ pulse: 110 }, { pulse: 9 }] }],
    };
    const gold = parseGold(
      JSON.stringify({
        id: 'two',
        text: 'x',
        gold: [{ vitals: [{ pulse: 110 }, { pulse: 90 }] }, { vitals: [{ pulse: 140 }] }],
      }),
    );
    const result = await evaluate(gold, twoCasualties);
    expect(result.overall).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(result.dangerous).toBe(1);
    expect(formatEvaluation(result, true)).toContain('extra  vital|pulse|9|   DANGEROUS');
  });
  it('rejects gold lines without text or gold', () => {
    expect(() => parseGold('{"id":"x","text":"a"}')).toThrow(/gold line 1/);
  });
});

const TINY = fileURLToPath(new URL('../../e2e/fixtures/tiny-phi/models/tiny-phi', import.meta.url));
const NARRATIVE = 'GSW L thigh. TQ applied L thigh 1432. HR 118. TXA 2g IV 1440. Urgent surgical.';

describe('the transformers engine on the command line (tiny random-weight Phi)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes valid records merged with the rules facts, a grounding line per narrative, and fetches nothing', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const log: string[] = [];
    const engine = transformersTextEngine(TINY, (line) => log.push(line));
    const input = [
      JSON.stringify({ id: 'a', text: NARRATIVE }),
      JSON.stringify({ id: 'b', text: 'pulse one twenty' }),
    ].join('\n');
    const { out, errors } = await extractJsonl(input, engine);
    expect(errors).toEqual([]);
    const records = out.map((l) => JSON.parse(l) as { id: string; record: unknown });
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    for (const r of records) expect(validateRecord(r.record).valid).toBe(true);
    // Random weights write no record, so the rules facts stand: the contract holds all the same.
    expect(records[0].record).toMatchObject({
      evac_priority: 'urgent_surgical',
      vitals: [{ pulse: 118 }],
      medications: [{ name: 'txa', dose: '2 g' }],
    });
    expect(log.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({
        engine: 'transformers',
        checked: expect.any(Number),
        dropped: expect.any(Number),
        completionTokens: expect.any(Number),
      }),
      expect.objectContaining({ engine: 'transformers', checked: expect.any(Number), dropped: expect.any(Number) }),
    ]);
    expect(JSON.parse(log[0]).completionTokens).toBeGreaterThan(0);
    expect(fetchSpy).not.toHaveBeenCalled();
  }, 60_000);

  it('npm run extract -- --engine transformers --model <folder>: a record on stdout, the grounding line on stderr', async () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const child = promisify(execFile)(
      'npx',
      ['tsx', 'src/cli/extract.ts', '--engine', 'transformers', '--model', TINY],
      { cwd: root, timeout: 60_000 },
    );
    child.child.stdin!.end(NARRATIVE);
    const { stdout, stderr } = await child;
    const record = JSON.parse(stdout) as unknown;
    expect(validateRecord(record).valid).toBe(true);
    expect(record).toMatchObject({ interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:32' }] });
    const line = stderr.split('\n').find((l) => l.startsWith('{'));
    expect(JSON.parse(line!)).toMatchObject({
      engine: 'transformers',
      checked: expect.any(Number),
      dropped: expect.any(Number),
    });
  }, 90_000);
});
