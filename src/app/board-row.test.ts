import { describe, expect, it } from 'vitest';
import { createCasualty, updateCasualty, type Casualty } from '../records/casualty.js';
import type { TcccRecord } from '../tccc/record.js';
import { THIS_DEVICE, boardRow, boardRows } from './board-row.js';

/** The board's clock: 15:00 local time (record times are local "HH:MM"). */
const NOW = new Date(2026, 11, 3, 15, 0);
const STARTED = new Date(2026, 11, 3, 12, 0);

function casualty(id: string, record: TcccRecord, extra: Partial<Casualty> = {}): Casualty {
  const c = updateCasualty(
    createCasualty(STARTED, id),
    { extraction: { engine: 'rules', record, evidence: [], at: STARTED.toISOString() } },
    STARTED,
  );
  return { ...c, ...extra };
}

const bleeding: TcccRecord = {
  casualty: { name: 'Doe', battle_roster: 'JD1234' },
  evac_priority: 'urgent',
  time_of_injury: '13:10',
  injuries: [{ type: 'amputation', location: 'left_leg' }],
  interventions: [{ type: 'tourniquet', location: 'left_leg', time: '12:55' }],
  vitals: [
    { time: '13:30', pulse: 130, systolic: 85 },
    { time: '14:40', pulse: 118, systolic: 92, spo2: 95, avpu: 'V' },
  ],
};

describe('a board row', () => {
  it('counts time since injury, the tourniquet against its 2 h mark, the TXA window and the age of the latest vitals', () => {
    const row = boardRow(casualty('a', bleeding), NOW);
    expect(row.summary).toMatchObject({ name: 'Doe', battleRoster: 'JD1234', evac: 'urgent' });
    expect(row.sinceInjury).toEqual({ minutes: 110, estimated: false });
    expect(row.tourniquets).toEqual([
      { name: 'Tourniquet (left leg)', time: '12:55', minutes: 125, stage: 'past-limit' },
    ]);
    expect(row.txa).toEqual({ state: 'open', minutesLeft: 70, estimated: false });
    expect(row.vitals).toEqual({ set: bleeding.vitals![1], minutes: 20 });
    expect(row.requestedAt).toBeUndefined();
    expect(row.recordedBy).toBe(THIS_DEVICE);
  });

  it('moves with the clock: the tourniquet nears its mark, then the TXA window closes and passes', () => {
    const c = casualty('a', { ...bleeding, interventions: [{ type: 'tourniquet', time: '13:10' }] });
    expect(boardRow(c, new Date(2026, 11, 3, 14, 0)).tourniquets[0].stage).toBe('on');
    expect(boardRow(c, new Date(2026, 11, 3, 15, 0)).tourniquets[0].stage).toBe('near-limit');
    expect(boardRow(c, new Date(2026, 11, 3, 15, 45)).txa).toEqual({
      state: 'closing',
      minutesLeft: 25,
      estimated: false,
    });
    expect(boardRow(c, new Date(2026, 11, 3, 16, 11)).txa).toEqual({
      state: 'passed',
      sinceInjury: 181,
      estimated: false,
    });
  });

  it('says TXA was given, that none is indicated, and which device recorded it and when it went on a 9-line', () => {
    const given = casualty('g', { ...bleeding, medications: [{ name: 'txa', dose: '2 g', time: '13:40' }] });
    expect(boardRow(given, NOW).txa).toEqual({ state: 'given', afterInjury: 30, time: '13:40' });
    const walking = casualty(
      'w',
      { evac_priority: 'routine', injuries: [{ type: 'laceration', location: 'left_arm' }] },
      { recordedBy: 'Tablet 2', evacRequest: { requestedAt: '2026-12-03T14:50:00.000Z' } },
    );
    const row = boardRow(walking, NOW);
    expect(row.txa).toEqual({ state: 'not-indicated' });
    expect(row.sinceInjury).toBeUndefined();
    expect(row.vitals).toBeUndefined();
    expect(row.recordedBy).toBe('Tablet 2');
    expect(row.requestedAt).toBe('2026-12-03T14:50:00.000Z');
  });

  it('keeps an untimed vitals set with no age, and names a clock in doubt', () => {
    const row = boardRow(casualty('u', { vitals: [{ pulse: 90 }], time_of_injury: '20:00' }), NOW);
    expect(row.vitals).toEqual({ set: { pulse: 90 } });
    expect(row.clockDoubt).toMatch(/20:00/);
  });
});

describe('the row cache', () => {
  it('keeps a row while its casualty and the minute are the same, and works it out again when either changes', () => {
    const cache = new WeakMap();
    const c = casualty('a', bleeding);
    const first = boardRows([c], NOW, undefined, cache)[0];
    expect(boardRows([c], new Date(NOW.getTime() + 30_000), undefined, cache)[0]).toBe(first);
    const nextMinute = boardRows([c], new Date(NOW.getTime() + 60_000), undefined, cache)[0];
    expect(nextMinute).not.toBe(first);
    expect(nextMinute.sinceInjury?.minutes).toBe(111);
    const changed = { ...c, evacRequest: { requestedAt: NOW.toISOString() } };
    expect(boardRows([changed], new Date(NOW.getTime() + 60_000), undefined, cache)[0].requestedAt).toBe(
      NOW.toISOString(),
    );
  });
});

describe('the board order', () => {
  it('sorts by evac priority, then the longest since injury, then the earliest started; no priority last', () => {
    const rows = boardRows(
      [
        casualty('routine', { evac_priority: 'routine', time_of_injury: '14:00' }),
        casualty('none', { time_of_injury: '10:00' }),
        casualty('urgent-late', { evac_priority: 'urgent', time_of_injury: '14:30' }),
        casualty('urgent-untimed', { evac_priority: 'urgent' }),
        casualty('urgent-early', { evac_priority: 'urgent', time_of_injury: '13:00' }),
        casualty('surgical', { evac_priority: 'urgent_surgical', time_of_injury: '14:50' }),
      ],
      NOW,
    );
    expect(rows.map((r) => r.id)).toEqual([
      'urgent-early',
      'urgent-late',
      'urgent-untimed',
      'surgical',
      'routine',
      'none',
    ]);
  });
});
