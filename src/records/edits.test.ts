import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../tccc/record.js';
import { FULL_RECORD } from '../tccc/reports/test-records.js';
import { validateRecord } from '../tccc/validate.js';
import { effectiveRecord, resolveFacts, withEdit, withoutEdit, type FactEdit } from './edits.js';
import { factIdAtPath, factsToRecord, newFactId, recordFacts, type FactValue } from '../tccc/fact-identity.js';
import { recordArbitrary } from './record-arbitrary.js';

const AT = '2024-05-01T14:40:00.000Z';

/** A record as factsToRecord writes it: no empty casualty object. */
function normalized(r: TcccRecord): TcccRecord {
  const copy = structuredClone(r);
  if (copy.casualty && Object.keys(copy.casualty).length === 0) delete copy.casualty;
  return copy;
}

/** What names a fact, as the spec states it (what, where, when; never amounts), written independently of facts.ts. */
function specKey(f: FactValue): string {
  const v = f.value as Record<string, string | number | undefined> | string;
  if (typeof v !== 'object') return `${f.kind}:${v}`;
  const keep =
    {
      injury: ['type', 'location'],
      vitals: ['time'],
      intervention: ['type', 'location', 'time'],
      fluid: ['name', 'time'],
      medication: ['name', 'time'],
    }[f.kind as string] ?? [];
  return `${f.kind}:${keep.map((k) => v[k] ?? '-').join('/')}`;
}

/** The same facts in another order, as a re-extraction might give them; facts with one spec key keep their relative order. */
function reorderLists(r: TcccRecord, seed: number): TcccRecord {
  const rank = (key: string) => [...key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0) * seed) % 1009, 7);
  const facts = recordFacts(r).map((f, i) => ({ f, i, rank: rank(specKey(f)) }));
  facts.sort((a, b) => a.rank - b.rank || a.i - b.i);
  return factsToRecord(facts.map((x) => x.f));
}

const sortedFacts = (r: TcccRecord) =>
  recordFacts(r)
    .map((f) => JSON.stringify(f))
    .sort();

describe('recordFacts', () => {
  it('names facts by what, where and when, counting same-key duplicates', () => {
    const ids = recordFacts(FULL_RECORD).map((f) => f.id);
    expect(ids).toContain('casualty/name');
    expect(ids).toContain('evac_priority');
    expect(ids).toContain('mechanism/ied#1');
    expect(ids).toContain('injury/amputation/right_leg#1');
    expect(ids).toContain('vitals/14:50#1');
    expect(ids).toContain('intervention/tourniquet/right_leg/14:32#1');
    expect(ids).toContain('intervention/npa/-/-#1');
    expect(ids).toContain('medication/ketamine/-#1');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives two identical tourniquets two ids', () => {
    const ids = recordFacts({
      interventions: [
        { type: 'tourniquet', location: 'left_leg' },
        { type: 'tourniquet', location: 'left_leg' },
      ],
    }).map((f) => f.id);
    expect(ids).toEqual(['intervention/tourniquet/left_leg/-#1', 'intervention/tourniquet/left_leg/-#2']);
  });

  it('finds the fact an evidence path points into', () => {
    expect(factIdAtPath(FULL_RECORD, '/medications/1/dose')).toBe('medication/ketamine/-#1');
    expect(factIdAtPath(FULL_RECORD, 'casualty.name')).toBe('casualty/name');
    expect(factIdAtPath(FULL_RECORD, '/evac_priority')).toBe('evac_priority');
    expect(factIdAtPath(FULL_RECORD, 'interventions[1]')).toBe('intervention/tourniquet/right_leg/14:35#1');
    expect(factIdAtPath(FULL_RECORD, '/fluids/9')).toBeUndefined();
    expect(factIdAtPath(FULL_RECORD, '/nothing/0')).toBeUndefined();
  });
});

describe('effectiveRecord', () => {
  it('is the extracted record when there are no edits', () => {
    fc.assert(
      fc.property(recordArbitrary, (r) => {
        expect(effectiveRecord(r, [])).toEqual(normalized(r));
      }),
    );
  });

  it('always gives a schema-valid record', () => {
    fc.assert(
      fc.property(recordArbitrary, recordArbitrary, fc.nat(), (a, b, pick) => {
        const bFacts = recordFacts(b);
        const aIds = recordFacts(a).map((f) => f.id);
        const edits: FactEdit[] = bFacts
          .slice(0, pick % 4)
          .map((f, i) =>
            i % 2 ? { op: 'delete', id: aIds[i] ?? f.id, at: AT } : { op: 'set', id: aIds[i] ?? f.id, fact: f, at: AT },
          );
        expect(validateRecord(effectiveRecord(a, edits)).errors).toEqual([]);
      }),
    );
  });

  it('applies the same edits to the same facts however re-extraction orders them', () => {
    fc.assert(
      fc.property(recordArbitrary, fc.integer({ min: 1, max: 6 }), (r, seed) => {
        const edits = recordFacts(r).flatMap((f, i): FactEdit[] =>
          i % 3 === 0
            ? [{ op: 'delete', id: f.id, at: AT }]
            : i % 3 === 1
              ? [{ op: 'set', id: f.id, fact: { kind: 'location_grid', value: 'EDITED' }, at: AT }]
              : [],
        );
        expect(sortedFacts(effectiveRecord(reorderLists(r, seed), edits))).toEqual(
          sortedFacts(effectiveRecord(r, edits)),
        );
      }),
    );
  });

  it('lets a correction win over re-extraction that adds facts before it', () => {
    const first: TcccRecord = { medications: [{ name: 'txa', dose: '1 g', route: 'IV', time: '14:40' }] };
    const edits = withEdit([], {
      op: 'set',
      id: 'medication/txa/14:40#1',
      fact: { kind: 'medication', value: { name: 'txa', dose: '2 g', route: 'IV', time: '14:40' } },
      at: AT,
    });
    const again: TcccRecord = {
      medications: [
        { name: 'ketamine', dose: '50 mg' },
        { name: 'txa', dose: '1 g', route: 'IV', time: '14:40' },
      ],
    };
    expect(effectiveRecord(first, edits).medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '14:40' },
    ]);
    expect(effectiveRecord(again, edits).medications).toEqual([
      { name: 'ketamine', dose: '50 mg' },
      { name: 'txa', dose: '2 g', route: 'IV', time: '14:40' },
    ]);
  });

  it('keeps a deleted fact deleted when re-extraction finds it again', () => {
    const edits = withEdit([], { op: 'delete', id: 'mechanism/blast#1', at: AT });
    expect(effectiveRecord({ mechanism: ['ied', 'blast'] }, edits).mechanism).toEqual(['ied']);
    expect(effectiveRecord({ mechanism: ['blast', 'ied', 'gsw'] }, edits).mechanism).toEqual(['ied', 'gsw']);
  });

  it('keeps an added fact, and a corrected fact the engine no longer finds', () => {
    const pulse = { kind: 'vitals' as const, value: { time: '15:00', pulse: 100 } };
    let edits = withEdit([], { op: 'set', id: newFactId(pulse, []), fact: pulse, at: AT });
    edits = withEdit(edits, {
      op: 'set',
      id: 'injury/gsw/left_leg#1',
      fact: { kind: 'injury', value: { type: 'gsw', location: 'right_leg' } },
      at: AT,
    });
    const record = effectiveRecord({ vitals: [{ time: '14:32', pulse: 120 }] }, edits);
    expect(record).toEqual({
      injuries: [{ type: 'gsw', location: 'right_leg' }],
      vitals: [
        { time: '14:32', pulse: 120 },
        { time: '15:00', pulse: 100 },
      ],
    });
  });

  it('replaces an extracted one-per-record fact with an added one of the same field', () => {
    const name = { kind: 'casualty' as const, field: 'name' as const, value: 'Luis Alvarez' };
    const id = newFactId(name, []);
    expect(id).toBe('casualty/name');
    expect(effectiveRecord(FULL_RECORD, withEdit([], { op: 'set', id, fact: name, at: AT })).casualty?.name).toBe(
      'Luis Alvarez',
    );
  });

  it('does not duplicate a mechanism corrected into one already present', () => {
    const edits = withEdit([], {
      op: 'set',
      id: 'mechanism/blast#1',
      fact: { kind: 'mechanism', value: 'ied' },
      at: AT,
    });
    expect(effectiveRecord({ mechanism: ['ied', 'blast'] }, edits).mechanism).toEqual(['ied']);
  });

  it('gives an empty record when every fact is deleted', () => {
    const edits = recordFacts(FULL_RECORD).map((f): FactEdit => ({ op: 'delete', id: f.id, at: AT }));
    expect(effectiveRecord(FULL_RECORD, edits)).toEqual({});
  });

  it('does not share objects with the extracted record or the edits', () => {
    const extracted: TcccRecord = { injuries: [{ type: 'burn', location: 'chest' }] };
    const result = effectiveRecord(extracted, []);
    result.injuries![0].location = 'back';
    expect(extracted.injuries![0].location).toBe('chest');
  });
});

describe('resolveFacts and edit lists', () => {
  it('marks each fact extracted, edited, deleted or added, with the engine value kept', () => {
    let edits = withEdit([], {
      op: 'set',
      id: 'evac_priority',
      fact: { kind: 'evac_priority', value: 'urgent' },
      at: AT,
    });
    edits = withEdit(edits, { op: 'delete', id: 'mechanism/fall#1', at: AT });
    edits = withEdit(edits, {
      op: 'set',
      id: 'medication/hand#1',
      fact: { kind: 'medication', value: { name: 'naloxone' } },
      at: AT,
    });
    const facts = resolveFacts({ evac_priority: 'routine', mechanism: ['fall'], vitals: [{ pulse: 92 }] }, edits);
    expect(facts.map((f) => [f.id, f.origin])).toEqual([
      ['evac_priority', 'edited'],
      ['mechanism/fall#1', 'deleted'],
      ['vitals/-#1', 'extracted'],
      ['medication/hand#1', 'added'],
    ]);
    expect(facts[0].extracted).toEqual({ kind: 'evac_priority', value: 'routine' });
  });

  it('keeps one edit per fact, the latest, and can drop it again', () => {
    let edits = withEdit([], {
      op: 'set',
      id: 'evac_priority',
      fact: { kind: 'evac_priority', value: 'urgent' },
      at: AT,
    });
    edits = withEdit(edits, { op: 'delete', id: 'evac_priority', at: AT });
    expect(edits).toEqual([{ op: 'delete', id: 'evac_priority', at: AT }]);
    expect(withoutEdit(edits, 'evac_priority')).toEqual([]);
    expect(effectiveRecord({ evac_priority: 'routine' }, withoutEdit(edits, 'evac_priority'))).toEqual({
      evac_priority: 'routine',
    });
  });

  it('numbers hand-added facts past the ids already taken', () => {
    const med = { kind: 'medication' as const, value: { name: 'txa' as const } };
    expect(newFactId(med, ['medication/hand#1', 'medication/hand#2'])).toBe('medication/hand#3');
  });
});
