import * as A from '@automerge/automerge';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  appendNarrative,
  createCasualty,
  editFact,
  recordOf,
  updateCasualty,
  type Casualty,
} from '../records/casualty.js';
import { recordArbitrary } from '../records/record-arbitrary.js';
import type { CasualtyDoc, DeviceIdentity } from './casualty-doc.js';
import { applyCasualty, casualtyOf, initCasualtyDoc } from './casualty-convert.js';
import { rulesExtraction, sampleCasualty } from './casualty-fixtures.js';
import { conflictsOf, resolveConflict } from './conflicts.js';
import { isRestorable, restore, softDelete } from './soft-delete.js';

/** A device: its own Automerge actor and name. */
function device(name: string): DeviceIdentity & { actor: string } {
  const actor = A.getActorId(A.init());
  return { device: name, actor };
}
const kiosk = device('kiosk');
const tabletA = device('tablet A');
const tabletB = device('tablet B');

function migrate(c: Casualty, who = kiosk): A.Doc<CasualtyDoc> {
  return A.change(A.init<CasualtyDoc>({ actor: who.actor }), (d) => initCasualtyDoc(d, c, who));
}
/** The same document as another device holds it after a sync. */
const on = (doc: A.Doc<CasualtyDoc>, who: DeviceIdentity) => A.clone(doc, { actor: who.actor });
/** The app's change to a casualty, made on `who`'s copy of the document. */
const appChange = (doc: A.Doc<CasualtyDoc>, who: DeviceIdentity, change: (c: Casualty) => Casualty) =>
  A.change(doc, (d) => {
    applyCasualty(d, change(casualtyOf(doc)), who);
  });
const now = new Date('2026-12-03T10:00:00.000Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('migration of stored casualties', () => {
  it('reads every casualty back exactly, through a save and load: pieces, extraction, edits, 9-line, notes, draft, deletion', () => {
    const casualties = [
      sampleCasualty(1),
      sampleCasualty(2, 20),
      { ...sampleCasualty(3), deletedAt: '2026-12-03T09:30:00.000Z' },
      createCasualty(new Date('2026-12-03T09:00:00.000Z'), 'empty'),
    ];
    for (const c of casualties) {
      const loaded = A.load<CasualtyDoc>(A.save(migrate(c)));
      // One stored before devices were named was recorded on the device that migrates it.
      expect(casualtyOf(loaded)).toEqual({ ...c, recordedBy: c.recordedBy ?? kiosk.device });
    }
  });

  it('keeps the device that recorded a casualty and the 9-line request it is on, and syncs a request mark', () => {
    const c = { ...sampleCasualty(4), recordedBy: 'tablet A' };
    expect(casualtyOf(migrate({ ...c, recordedBy: undefined }, tabletB)).recordedBy).toBe('tablet B');
    const base = migrate(c);
    expect(casualtyOf(A.load<CasualtyDoc>(A.save(base)))).toEqual(c);
    const requested = { requestedAt: later(5).toISOString() };
    const marked = appChange(on(base, tabletB), tabletB, (x) => updateCasualty({ ...x, evacRequest: requested }, {}));
    const onKiosk = A.merge(on(base, kiosk), marked);
    expect(casualtyOf(onKiosk)).toMatchObject({ recordedBy: 'tablet A', evacRequest: requested });
    const unmarked = appChange(onKiosk, kiosk, ({ evacRequest: _taken, ...x }) => x);
    expect(casualtyOf(unmarked).evacRequest).toBeUndefined();
    expect(casualtyOf(unmarked).recordedBy).toBe('tablet A');
  });

  it('keeps any extracted record and its hand edits (property)', () => {
    fc.assert(
      fc.property(recordArbitrary, fc.boolean(), (record, edit) => {
        let c = updateCasualty(sampleCasualty(9), { extraction: rulesExtraction(record) });
        if (edit)
          c = editFact(c, {
            op: 'set',
            id: 'time_of_injury',
            fact: { kind: 'time_of_injury', value: '13:05' },
            at: now.toISOString(),
          });
        const back = casualtyOf(migrate(c));
        expect(back).toEqual(c);
        expect(recordOf(back)).toEqual(recordOf(c));
      }),
      { numRuns: 15 },
    );
  });
});

describe('concurrent changes', () => {
  it('keeps narrative pieces two devices added at once, on both', () => {
    const base = migrate(sampleCasualty(1));
    const a = appChange(on(base, tabletA), tabletA, (c) => appendNarrative(c, 'From tablet A', later(1)));
    const b = appChange(on(base, tabletB), tabletB, (c) => appendNarrative(c, 'From tablet B', later(1)));
    const merged = [A.merge(on(a, kiosk), b), A.merge(on(b, kiosk), a)];
    for (const doc of merged) {
      const texts = casualtyOf(doc).timeline.map((e) => e.text);
      expect(texts).toContain('From tablet A');
      expect(texts).toContain('From tablet B');
      expect(texts).toHaveLength(5);
    }
    expect(casualtyOf(merged[0])).toEqual(casualtyOf(merged[1]));
  });

  it('keeps facts two devices added by hand at once, under distinct ids', () => {
    const base = migrate(createCasualty(now, 'c'));
    const add = (who: DeviceIdentity, location: 'left_arm' | 'right_arm') =>
      appChange(on(base, who), who, (c) =>
        editFact(c, {
          op: 'set',
          id: 'injury/hand#1',
          fact: { kind: 'injury', value: { type: 'gsw', location } },
          at: now.toISOString(),
        }),
      );
    const merged = A.merge(add(tabletA, 'left_arm'), add(tabletB, 'right_arm'));
    expect(conflictsOf(merged)).toEqual([]);
    const injuries = recordOf(casualtyOf(merged)).injuries ?? [];
    expect(injuries.map((i) => i.location).sort()).toEqual(['left_arm', 'right_arm']);
    expect(new Set(casualtyOf(merged).edits.map((e) => e.id)).size).toBe(2);
  });

  it('shows a fact two devices edited at once as a conflict with both values and who set them, until one is picked', () => {
    const base = migrate(sampleCasualty(1));
    const setTq = (who: DeviceIdentity, time: string) =>
      appChange(on(base, who), who, (c) =>
        editFact(c, {
          op: 'set',
          id: 'intervention/tourniquet/left_leg/14:30#1',
          fact: { kind: 'intervention', value: { type: 'tourniquet', location: 'left_leg', time } },
          at: now.toISOString(),
        }),
      );
    const a = setTq(tabletA, '14:31');
    const b = setTq(tabletB, '14:33');
    const merged = A.merge(on(a, kiosk), b);
    const [conflict, ...rest] = conflictsOf(merged);
    expect(rest).toEqual([]);
    expect(conflict).toMatchObject({ part: 'edits', factId: 'intervention/tourniquet/left_leg/14:30#1' });
    if (conflict?.part !== 'edits') throw new Error('expected a conflict of hand edits');
    const sides = conflict.values.map((v) => [
      v.by,
      v.value.op === 'set' && v.value.fact.kind === 'intervention' ? v.value.fact.value.time : '',
    ]);
    expect(sides.sort()).toEqual([
      ['tablet A', '14:31'],
      ['tablet B', '14:33'],
    ]);

    const pickB = conflict.values.find((v) => v.by === 'tablet B')!.opId;
    const resolved = A.change(merged, (d) => {
      expect(resolveConflict(d, conflict, pickB, kiosk)).toBe(true);
    });
    expect(conflictsOf(resolved)).toEqual([]);
    expect(recordOf(casualtyOf(resolved)).interventions?.[0]?.time).toBe('14:33');
    // The tablets that had the conflict agree once the pick arrives.
    expect(conflictsOf(A.merge(a, resolved))).toEqual([]);
    expect(recordOf(casualtyOf(A.merge(b, resolved))).interventions?.[0]?.time).toBe('14:33');
  });

  it('shows evac priority and allergies set at once as conflicts, and keeps different 9-line fields from both', () => {
    const base = migrate(sampleCasualty(1));
    const a = appChange(on(base, tabletA), tabletA, (c) =>
      updateCasualty(
        editFact(
          editFact(c, {
            op: 'set',
            id: 'evac_priority',
            fact: { kind: 'evac_priority', value: 'urgent' },
            at: now.toISOString(),
          }),
          {
            op: 'set',
            id: 'casualty/allergies',
            fact: { kind: 'casualty', field: 'allergies', value: 'penicillin' },
            at: now.toISOString(),
          },
        ),
        { nineLine: { ...c.nineLine, frequency: '42.50' } },
      ),
    );
    const b = appChange(on(base, tabletB), tabletB, (c) =>
      updateCasualty(
        editFact(
          editFact(c, {
            op: 'set',
            id: 'evac_priority',
            fact: { kind: 'evac_priority', value: 'routine' },
            at: now.toISOString(),
          }),
          {
            op: 'set',
            id: 'casualty/allergies',
            fact: { kind: 'casualty', field: 'allergies', value: 'none known' },
            at: now.toISOString(),
          },
        ),
        { nineLine: { ...c.nineLine, marking: 'C' } },
      ),
    );
    const merged = A.merge(on(a, kiosk), b);
    expect(
      conflictsOf(merged)
        .map((k) => k.key)
        .sort(),
    ).toEqual(['casualty/allergies', 'evac_priority']);
    expect(casualtyOf(merged).nineLine).toMatchObject({ frequency: '42.50', marking: 'C', callSign: 'DUSTOFF 6' });
  });

  it('merges notes typed on two devices at once', () => {
    const base = migrate(updateCasualty(createCasualty(now, 'c'), { notes: 'Stable.' }));
    const a = appChange(on(base, tabletA), tabletA, (c) => updateCasualty(c, { notes: 'Stable. Warm.' }));
    const b = appChange(on(base, tabletB), tabletB, (c) => updateCasualty(c, { notes: 'Pale. Stable.' }));
    expect(casualtyOf(A.merge(a, b)).notes).toBe('Pale. Stable. Warm.');
  });
});

describe('soft delete', () => {
  it('syncs as deleted and restores on another device within 10 minutes, not after', () => {
    const base = migrate(sampleCasualty(1));
    const deleted = A.change(on(base, tabletA), (d) => softDelete(d, tabletA, now));
    const onKiosk = A.merge(on(base, kiosk), deleted);
    expect(casualtyOf(onKiosk).deletedAt).toBe(now.toISOString());
    expect(isRestorable(onKiosk, later(10))).toBe(true);
    expect(isRestorable(onKiosk, later(11))).toBe(false);
    let refused = true;
    A.change(onKiosk, (d) => {
      refused = !restore(d, kiosk, later(11));
    });
    expect(refused).toBe(true);
    const restored = A.change(onKiosk, (d) => {
      restore(d, kiosk, later(9));
    });
    expect(casualtyOf(A.merge(deleted, restored)).deletedAt).toBeUndefined();
  });
});
