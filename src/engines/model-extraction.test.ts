import { describe, expect, it } from 'vitest';
import { collectText } from './engine.js';
import { isAbortError } from './errors.js';
import { parseJsonObject } from './model-extraction.js';
import type { EvidencedRecord } from '../tccc/extraction.js';
import { ScriptedEngine } from './testing/scripted-engine.js';
import { validateRecord } from '../tccc/validate.js';

const NARRATIVE = 'GSW L thigh. TQ applied L thigh 1432. HR 118, BP 96/60. TXA 2g IV 1440. Urgent surgical.';
// What a rules engine would read from NARRATIVE (fixed here so the test does not depend on the rules implementation).
const RULES: EvidencedRecord = {
  record: {
    evac_priority: 'urgent_surgical',
    mechanism: ['gsw'],
    interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:32' }],
    medications: [{ name: 'txa', dose: '2 g', route: 'IV', time: '14:40' }],
  },
  evidence: [{ path: '/medications/0', start: 49, end: 63 }],
};
const rules = () => RULES;

const extractWith = (output: string) => new ScriptedEngine({ outputs: [output] }, rules).extract(NARRATIVE);

describe('model output check (scripted engine)', () => {
  it('valid grounded output: merged with the rules record, each fact sourced', async () => {
    const x = await extractWith(
      'Sure. {"evac_priority":"urgent_surgical","mechanism":["gsw"],"injuries":[{"type":"gsw","location":"left_leg"}],"vitals":[{"pulse":118,"systolic":96,"diastolic":60}],"medications":[{"name":"txa","dose":"2 g","route":"IV","time":"14:40"}]} Done',
    );
    expect(x.fallbackReason).toBeUndefined();
    expect(x.grounding?.dropped).toEqual([]);
    expect(x.record.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(x.record.vitals).toEqual([{ pulse: 118, systolic: 96, diastolic: 60 }]);
    expect(x.record.interventions).toEqual(RULES.record.interventions);
    expect(x.sources?.find((s) => s.path === '/vitals/0/pulse')?.source).toBe('model');
    expect(x.sources?.find((s) => s.path === '/medications/0/dose')?.source).toBe('both');
    expect(x.evidence).toEqual(RULES.evidence);
    expect(validateRecord(x.record).valid).toBe(true);
  });

  it('invented numbers are dropped and counted, never shown', async () => {
    const x = await extractWith(
      '{"vitals":[{"pulse":140,"systolic":96,"spo2":91}],"fluids":[{"name":"whole_blood","volume_ml":500}]}',
    );
    expect(x.grounding?.dropped.map((d) => d.path)).toEqual(['/vitals/0/pulse', '/vitals/0/spo2', '/fluids/0/name']);
    expect(x.record.vitals).toEqual([{ systolic: 96 }]);
    expect(x.record.fluids).toBeUndefined();
  });

  it('a wrong drug is dropped; a wrong dose of the right drug becomes a conflict only if grounded', async () => {
    const x = await extractWith(
      '{"medications":[{"name":"morphine","dose":"10 mg"},{"name":"txa","dose":"1 g","route":"IV"}]}',
    );
    expect(x.grounding?.dropped.map((d) => d.path)).toEqual(['/medications/0/name', '/medications/1/dose']);
    expect(x.record.medications).toEqual(RULES.record.medications);
    expect(x.conflicts).toEqual([]);
  });

  it('broken JSON falls back to the rules record with the reason', async () => {
    const x = await extractWith('{"vitals":[{"pulse":118,}]');
    expect(x.record).toEqual(RULES.record);
    expect(x.fallbackReason).toMatch(/not a record \(the JSON object never closes\)/);
    const y = await extractWith('{"vitals":[{"pulse":118,}]}');
    expect(y.fallbackReason).toMatch(/broken JSON/);
  });

  it('schema-invalid output falls back with the schema errors', async () => {
    const x = await extractWith('{"medications":[{"name":"aspirin"}],"blood_type":"O"}');
    expect(x.record).toEqual(RULES.record);
    expect(x.fallbackReason).toMatch(/broke the record format .*additional properties/);
  });
});

describe('ScriptedEngine.generate', () => {
  it('streams pieces and stops on abort', async () => {
    const engine = new ScriptedEngine({ outputs: ['abcdefghij'], pieceLength: 3 }, rules);
    expect(await collectText(engine.generate('p'))).toBe('abcdefghij');
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const piece of engine.generate('p', { signal: controller.signal })) {
        seen.push(piece);
        controller.abort();
      }
    };
    await expect(run()).rejects.toSatisfy(isAbortError);
    expect(seen).toEqual(['abc']);
  });
});

describe('parseJsonObject', () => {
  it('finds the first object, skipping braces inside strings', () => {
    expect(parseJsonObject('x {"a":"}{","b":{"c":1}} y {"d":2}')).toEqual({
      ok: true,
      value: { a: '}{', b: { c: 1 } },
    });
    expect(parseJsonObject('no json')).toEqual({ ok: false, reason: 'no JSON object in it' });
  });
});
