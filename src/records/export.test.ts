import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_RECORD } from '../tccc/reports/test-records.js';
import {
  appendNarrative,
  createCasualty,
  editFact,
  setTimeOfInjury,
  updateCasualty,
  type Casualty,
} from './casualty.js';
import type { Extraction } from '../tccc/extraction.js';
import { exportCasualty, importCasualty, ImportError, reportInputFromJson } from './export.js';
import { recordFacts } from '../tccc/fact-identity.js';
import { recordArbitrary } from './record-arbitrary.js';

const T0 = new Date('2024-05-01T12:00:00Z');
const XSS = '<img src=x onerror=alert(1)> <script>alert(2)</script>';

function sample(): Casualty {
  let c = appendNarrative(createCasualty(T0, 'c1'), `GSW L thigh. ${XSS}`, T0);
  const extraction: Extraction = {
    engine: 'webllm',
    engineLabel: 'Phi-2 on the GPU',
    record: FULL_RECORD,
    evidence: [{ path: '/injuries/0', start: 0, end: 3 }],
    sources: [
      { path: '/injuries/0', source: 'both' },
      { path: '/casualty/name', source: 'model' },
    ],
    conflicts: [{ path: '/casualty/battle_roster', model: 'AB1243', rules: 'AB1234' }],
    at: T0.toISOString(),
  };
  c = updateCasualty(
    c,
    { extraction, draft: `TQ right arm ${XSS}`, notes: XSS, nineLine: { security: 'P', cbrn: [], litter: 1 } },
    T0,
  );
  return setTimeOfInjury(editFact(c, { op: 'delete', id: 'mechanism/blast#1', at: T0.toISOString() }, T0), '14:30', T0);
}

const roundTrip = (c: Casualty) => importCasualty(JSON.parse(JSON.stringify(exportCasualty(c))));

describe('export and import', () => {
  it('round-trips a casualty exactly: draft, engine label, sources, conflicts and markup included', () => {
    const c = sample();
    const back = roundTrip(c);
    expect(back).toEqual(c);
    expect(back.timeline[0].text).toContain('<script>alert(2)</script>');
    expect(back.draft).toBe(`TQ right arm ${XSS}`);
    expect(back.extraction).toMatchObject({
      engineLabel: 'Phi-2 on the GPU',
      sources: c.extraction!.sources,
      conflicts: [{ path: '/casualty/battle_roster', model: 'AB1243', rules: 'AB1234' }],
    });
  });

  it('round-trips any record with any hand edits', () => {
    fc.assert(
      fc.property(recordArbitrary, fc.nat(), (record, pick) => {
        let c = updateCasualty(
          createCasualty(T0, 'p'),
          { extraction: { engine: 'rules', record, evidence: [], at: T0.toISOString() } },
          T0,
        );
        for (const f of recordFacts(record).filter((_, i) => (pick >> i) & 1))
          c = editFact(c, { op: 'delete', id: f.id, at: T0.toISOString() }, T0);
        expect(roundTrip(c)).toEqual(c);
      }),
    );
  });

  it('writes the effective, schema-valid record beside the casualty', () => {
    const file = exportCasualty(sample());
    expect(file.format).toBe('tccc-scribe/casualty');
    expect(file.record.mechanism).toEqual(['ied', 'gsw']);
  });

  it('turns a bare record into a new casualty', () => {
    const c = importCasualty({ evac_priority: 'routine' }, T0);
    expect(c.extraction).toEqual({
      engine: 'import',
      record: { evac_priority: 'routine' },
      evidence: [],
      at: T0.toISOString(),
    });
    expect(c.timeline).toEqual([]);
  });

  it('rejects bad input with the reason', () => {
    expect(() => importCasualty({ evac_priority: 'soon' })).toThrow(
      /not a TCCC record or casualty export: \/evac_priority must be equal to one of the allowed values/,
    );
    expect(() => importCasualty({ ...exportCasualty(sample()), version: 9 })).toThrow('unsupported export version 9');
    const file = exportCasualty(sample());
    expect(() => importCasualty({ ...file, casualty: { ...file.casualty, timeline: 'x' } })).toThrow(
      /casualty.timeline must be a list/,
    );
    expect(() => importCasualty({ ...file, casualty: { ...file.casualty, nineLine: { security: 'Q' } } })).toThrow(
      /nineLine/,
    );
    expect(() => importCasualty({ ...file, record: { ...file.record, evac_priority: 'routine' } })).toThrow(
      'export record does not match',
    );
    expect(() => importCasualty(null)).toThrow(ImportError);
  });

  it('rejects a bad draft, engine label, source or conflict with the reason', () => {
    const file = exportCasualty(sample());
    const withExtraction = (change: object) => ({
      ...file,
      casualty: { ...file.casualty, extraction: { ...file.casualty.extraction, ...change } },
    });
    expect(() => importCasualty({ ...file, casualty: { ...file.casualty, draft: 42 } })).toThrow(
      'casualty.draft must be a string',
    );
    expect(() => importCasualty(withExtraction({ engineLabel: ['Phi-2'] }))).toThrow(
      'casualty.extraction.engineLabel must be a string',
    );
    expect(() => importCasualty(withExtraction({ sources: [{ path: '/injuries/0', source: 'guess' }] }))).toThrow(
      'casualty.extraction.sources must be a list of {path, source}',
    );
    expect(() => importCasualty(withExtraction({ sources: [{ path: '/injuries/0', source: 'constructor' }] }))).toThrow(
      /sources/,
    );
    expect(() => importCasualty(withExtraction({ sources: {} }))).toThrow(/sources/);
    expect(() => importCasualty(withExtraction({ conflicts: [{ path: '/casualty/name', model: 'A' }] }))).toThrow(
      'casualty.extraction.conflicts must be a list of {path, model, rules}',
    );
    expect(() => importCasualty(withExtraction({ conflicts: [{ model: 'A', rules: 'B' }] }))).toThrow(/conflicts/);
  });

  it('round-trips the recording device and the 9-line request, and refuses them malformed', () => {
    const base = sample();
    const c = {
      ...base,
      nineLine: { ...base.nineLine, casualties: ['c1', 'c2'] },
      recordedBy: 'Tablet 2',
      evacRequest: { requestedAt: T0.toISOString() },
    };
    expect(roundTrip(c)).toEqual(c);
    const file = exportCasualty(c);
    expect(() => importCasualty({ ...file, casualty: { ...file.casualty, nineLine: { casualties: [1] } } })).toThrow(
      'casualty.nineLine has a field of the wrong type',
    );
    expect(() => importCasualty({ ...file, casualty: { ...file.casualty, recordedBy: 7 } })).toThrow(
      'casualty.recordedBy must be a string',
    );
    expect(() =>
      importCasualty({ ...file, casualty: { ...file.casualty, evacRequest: { requestedAt: 'soon' } } }),
    ).toThrow('casualty.evacRequest must be {requestedAt: ISO time}');
  });

  it('imports an export written before these fields existed', () => {
    const { draft: _d, ...casualty } = sample();
    const { engineLabel: _l, sources: _s, conflicts: _c, ...extraction } = casualty.extraction!;
    const old = { ...casualty, extraction };
    expect(importCasualty(JSON.parse(JSON.stringify(exportCasualty(old))))).toEqual(old);
  });

  it('accepts an export whose record keys a tool has reordered', () => {
    const file = JSON.parse(JSON.stringify(exportCasualty(sample())));
    file.record = Object.fromEntries(Object.entries(file.record).reverse());
    expect(importCasualty(file)).toEqual(sample());
  });

  it('reads report input from a bare record without inventing a date', () => {
    expect(reportInputFromJson('{"evac_priority":"urgent"}')).toEqual({
      record: { evac_priority: 'urgent' },
      siteRecords: [{ evac_priority: 'urgent' }],
    });
    expect(reportInputFromJson(JSON.stringify(exportCasualty(sample()))).record.time_of_injury).toBe('14:30');
    expect(() => reportInputFromJson('{nope')).toThrow(/input is not JSON/);
  });
});
