import { describe, expect, it } from 'vitest';
import type { BoardRow } from '../../../app/board-row.js';
import { boardCells } from './board-cells.js';

const row = (change: Partial<BoardRow>): BoardRow => ({
  id: 'a',
  summary: { id: 'a', name: 'Doe', battleRoster: 'JD1234', evac: 'urgent', timeOfInjury: '13:10', updatedAt: '' },
  createdAt: '2026-12-03T12:00:00.000Z',
  sinceInjury: { minutes: 110, estimated: false },
  tourniquets: [],
  txa: { state: 'not-indicated' },
  recordedBy: 'Tablet 2',
  ...change,
});

describe('board cells', () => {
  it('says each clock in words, marking what is pressing', () => {
    const cells = boardCells(
      row({
        tourniquets: [{ name: 'Tourniquet (left leg)', time: '12:55', minutes: 125, stage: 'past-limit' }],
        txa: { state: 'closing', minutesLeft: 25, estimated: false },
        vitals: { set: { time: '14:40', pulse: 118, systolic: 92, diastolic: 60, spo2: 95, avpu: 'V' }, minutes: 20 },
        requestedAt: new Date(2026, 11, 3, 14, 50).toISOString(),
      }),
    );
    expect(cells).toEqual({
      casualty: 'Doe · JD1234',
      priority: { text: 'Urgent', level: 'alert' },
      sinceInjury: { text: '1 h 50 min (injured 13:10)' },
      tourniquet: { text: 'left leg: on 2 h 5 min since 12:55; past the 2 h mark', level: 'alert' },
      txa: { text: 'not given; window closes in 25 min', level: 'alert' },
      vitals: { text: 'P 118 · BP 92/60 · SpO2 95% · AVPU V (responds to voice); 20 min ago (14:40)' },
      evac: { text: 'on a 9-line, requested 14:50' },
      recordedBy: 'Tablet 2',
    });
  });

  it('says plainly what is not known, and shows no time when the clock is in doubt', () => {
    const unknown = boardCells(
      row({ summary: { id: 'a', updatedAt: '' }, sinceInjury: undefined, txa: { state: 'no-injury-time' } }),
    );
    expect(unknown.casualty).toMatch(/^Unidentified casualty, started \d\d:\d\d$/);
    expect(unknown.priority).toEqual({ text: 'not set' });
    expect(unknown.sinceInjury).toEqual({ text: 'not known' });
    expect(unknown.tourniquet).toEqual({ text: 'none' });
    expect(unknown.vitals).toEqual({ text: 'none recorded' });
    expect(unknown.evac).toEqual({ text: 'not requested' });
    expect(boardCells(row({ sinceInjury: { minutes: 65, estimated: true } })).sinceInjury).toEqual({
      text: 'at least 1 h 5 min (no injury time)',
    });
    const doubted = boardCells(
      row({
        clockDoubt: 'the record says 20:00',
        tourniquets: [{ name: 'Tourniquet', time: '20:00', minutes: 0, stage: 'on' }],
        txa: { state: 'open', minutesLeft: 70, estimated: false },
      }),
    );
    expect([doubted.sinceInjury, doubted.tourniquet, doubted.txa]).toEqual(Array(3).fill({ text: 'clock in doubt' }));
  });
});
