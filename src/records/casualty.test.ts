import { describe, expect, it } from 'vitest';
import { buildNineLine, reportText } from '../tccc/reports/index.js';
import { FULL_RECORD, SPARSE_RECORD } from '../tccc/reports/test-records.js';
import {
  appendNarrative,
  createCasualty,
  deleteFact,
  editFact,
  evidenceOf,
  markRequested,
  narrativeOf,
  recordOf,
  reportInputOf,
  requestCasualties,
  restoreFact,
  revertFact,
  setTimeOfInjury,
  summaryOf,
  updateCasualty,
  type Casualty,
} from './casualty.js';

const T0 = new Date('2024-05-01T12:00:00Z');
const T1 = new Date('2024-05-01T12:05:00Z');

describe('casualty', () => {
  it('starts empty with a fresh random id', () => {
    const a = createCasualty(T0);
    expect(a).toMatchObject({
      createdAt: T0.toISOString(),
      updatedAt: T0.toISOString(),
      timeline: [],
      edits: [],
      nineLine: {},
      notes: '',
    });
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(createCasualty(T0).id).not.toBe(a.id);
  });

  it('appends narrative pieces with their entry times and ignores blank ones', () => {
    let c = createCasualty(T0, 'c1');
    c = appendNarrative(c, 'GSW L thigh.', T0);
    c = appendNarrative(c, '   ', T1);
    c = appendNarrative(c, 'TQ applied 1432.', T1);
    expect(c.timeline).toEqual([
      { at: T0.toISOString(), text: 'GSW L thigh.' },
      { at: T1.toISOString(), text: 'TQ applied 1432.' },
    ]);
    expect(narrativeOf(c)).toBe('GSW L thigh.\nTQ applied 1432.');
    expect(c.updatedAt).toBe(T1.toISOString());
  });

  it('shows a hand correction in the record and the reports, and reverts it', () => {
    let c = updateCasualty(
      createCasualty(T0, 'c1'),
      { extraction: { engine: 'rules', record: FULL_RECORD, evidence: [], at: T0.toISOString() } },
      T0,
    );
    c = editFact(
      c,
      {
        op: 'set',
        id: 'casualty/battle_roster',
        fact: { kind: 'casualty', field: 'battle_roster', value: 'AB9999' },
        at: T1.toISOString(),
      },
      T1,
    );
    expect(recordOf(c).casualty?.battle_roster).toBe('AB9999');
    expect(reportText('card', reportInputOf(c))).toContain('BATTLE ROSTER #: AB9999');
    expect(summaryOf(c)).toMatchObject({
      id: 'c1',
      battleRoster: 'AB9999',
      name: 'Luis Alvarado',
      evac: 'urgent_surgical',
    });
    expect(recordOf(revertFact(c, 'casualty/battle_roster', T1)).casualty?.battle_roster).toBe('AB1234');
  });

  it('restores a fact deleted by hand to the hand value it had, not the engine value', () => {
    let c = updateCasualty(
      createCasualty(T0, 'c1'),
      { extraction: { engine: 'rules', record: FULL_RECORD, evidence: [], at: T0.toISOString() } },
      T0,
    );
    c = editFact(
      c,
      {
        op: 'set',
        id: 'casualty/battle_roster',
        fact: { kind: 'casualty', field: 'battle_roster', value: 'AB9999' },
        at: T1.toISOString(),
      },
      T1,
    );
    c = deleteFact(c, 'casualty/battle_roster', T1);
    expect(recordOf(c).casualty?.battle_roster).toBeUndefined();
    expect(recordOf(restoreFact(c, 'casualty/battle_roster', T1)).casualty?.battle_roster).toBe('AB9999');
    // A fact the engine found and the medic deleted comes back as the engine found it.
    const extracted = deleteFact(c, 'casualty/name', T1);
    expect(recordOf(restoreFact(extracted, 'casualty/name', T1)).casualty?.name).toBe('Luis Alvarado');
  });

  it('gives the reports the date, time of injury, notes, 9-line fields and the other casualties at the site', () => {
    const untimed = updateCasualty(
      createCasualty(T0, 'a'),
      {
        extraction: { engine: 'rules', record: FULL_RECORD, evidence: [], at: T0.toISOString() },
        notes: 'Pupils equal',
        nineLine: { security: 'N' },
      },
      T0,
    );
    const a = setTimeOfInjury(untimed, '14:30', T0);
    const b = updateCasualty(
      createCasualty(T0, 'b'),
      {
        extraction: {
          engine: 'rules',
          record: { ...SPARSE_RECORD, evac_priority: 'routine' },
          evidence: [],
          at: T0.toISOString(),
        },
      },
      T0,
    );
    const input = reportInputOf(a, [a, b]);
    expect(input.context).toEqual({ date: '2024-05-01', notes: 'Pupils equal' });
    expect(input.record.time_of_injury).toBe('14:30');
    expect(recordOf(setTimeOfInjury(a, undefined, T0)).time_of_injury).toBeUndefined();
    const nineLine = reportText('9line', input);
    expect(nineLine).toContain('LINE 3 NUMBER OF PATIENTS BY PRECEDENCE: 1B (urgent surgical) BREAK 1D (routine)');
    expect(nineLine).toContain('LINE 6 SECURITY AT PICKUP SITE: N (no enemy troops in area)');
    expect(reportText('zmist', input)).toContain('M - MECHANISM: IED, Blast, GSW; time of injury 14:30');
  });

  it('counts on the 9-line only the casualties the medic ticked: the current one alone until any are ticked', () => {
    const at = (id: string, evac_priority: 'urgent' | 'routine', avpu?: 'U') =>
      updateCasualty(
        createCasualty(T0, id),
        {
          extraction: {
            engine: 'rules',
            record: { evac_priority, vitals: avpu ? [{ avpu }] : [] },
            evidence: [],
            at: T0.toISOString(),
          },
        },
        T0,
      );
    const all = [at('a', 'urgent', 'U'), at('b', 'urgent', 'U'), at('c', 'routine')];
    const line = (c: Casualty, n: number) =>
      buildNineLine(reportInputOf(c, requestCasualties(c, all)).siteRecords!, c.nineLine).lines[n - 1];
    expect(requestCasualties(all[0], all).map((c) => c.id)).toEqual(['a']);
    expect(line(all[0], 3).value).toBe('1A (urgent)');
    expect(line(all[0], 5).value).toBe('L1');

    const ab = updateCasualty(all[0], { nineLine: { casualties: ['b', 'a', 'gone'] } }, T0);
    expect(requestCasualties(ab, all).map((c) => c.id)).toEqual(['a', 'b']);
    expect(line(ab, 3).value).toBe('2A (urgent)');
    expect(line(ab, 5).value).toBe('L2');

    const bc = updateCasualty(all[0], { nineLine: { casualties: ['b', 'c'] } }, T0);
    expect(line(bc, 3).value).toBe('1A (urgent) BREAK 1D (routine)');
    expect(line(bc, 5).source).toBe('missing'); // c may walk: not settled by the record
  });

  it('marks a casualty as on a 9-line request sent now', () => {
    const c = markRequested(createCasualty(T0, 'a'), T1);
    expect(c.evacRequest).toEqual({ requestedAt: T1.toISOString() });
    expect(c.updatedAt).toBe(T1.toISOString());
  });

  it('maps the engine evidence (JSON pointers) onto fact ids', () => {
    const evidence = [
      { path: '/mechanism/1', start: 0, end: 5 },
      { path: '/vitals/1', start: 10, end: 30 },
      { path: '/vitals/1/pulse', start: 12, end: 15 },
      { path: '/casualty/name', start: 40, end: 53 },
      { path: '/fluids/7', start: 60, end: 61 },
    ];
    const c = updateCasualty(
      createCasualty(T0, 'c1'),
      { extraction: { engine: 'rules', record: FULL_RECORD, evidence, at: T0.toISOString() } },
      T0,
    );
    const byFact = evidenceOf(c);
    expect([...byFact.keys()]).toEqual(['mechanism/blast#1', 'vitals/14:50#1', 'casualty/name']);
    expect(byFact.get('vitals/14:50#1')?.map((e) => e.start)).toEqual([10, 12]);
  });
});
