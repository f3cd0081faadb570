import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties whose names are held back', () => {
  it('reads the last four of a service number as the roster', () => {
    expect(extractRecord('Burns to both hands. Goes by his last four, six one zero two.').casualty?.battle_roster).toBe(
      '6102',
    );
    expect(extractRecord('Rifleman, last 4 only, 2219. GSW R calf, TQ 1140.').casualty?.battle_roster).toBe('2219');
    expect(extractRecord('Patient ending in 5083 has a cut on the scalp.').casualty?.battle_roster).toBe('5083');
  });
  it('reads no roster from an ending that tells no casualty, or from digits that are not four', () => {
    expect(extractRecord('Bleeding ending 0415, pulse 90.').casualty?.battle_roster).toBeUndefined();
    expect(extractRecord('Last 4 hours he has been vomiting, 2 g TXA.').casualty?.battle_roster).toBeUndefined();
    expect(extractRecord('His last four, 12, was all I got.').casualty?.battle_roster).toBeUndefined();
  });
  it('opens a casualty with "casualty ending" and his last four, his role after it', () => {
    const [a, b, ...rest] = records(
      'Two hurt in the rollover at 2210.\nPt ending 3390 (driver): frag R forearm, HR 96. Routine.\n' +
        'Casualty ending in 7145 (gunner): burns L hand, HR 118. Priority.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.battle_roster, b.casualty?.battle_roster]).toEqual(['3390', '7145']);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 96 }], [{ pulse: 118 }]]);
  });
});

describe('lines numbered in parentheses', () => {
  it('reads "(1) … (2) …" opening lines as one casualty each, once several are said', () => {
    const [a, b, ...rest] = records(
      'Two PAX from the VBIED at 0905.\n(1) SPC Lott. Burns R arm, HR 110. Urgent.\n(2) PV2 Dix. Frag L shin, HR 84. Routine.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 110 }], [{ pulse: 84 }]]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'routine']);
  });
  it('reads a number in parentheses inside a line as no casualty', () => {
    const [one, ...rest] = records('GSW L thigh. Tourniquets (2) on the L thigh at 1320. HR 120.');
    expect(rest).toEqual([]);
    expect(one.vitals).toEqual([{ pulse: 120 }]);
  });
});

describe('casualties known by their initials', () => {
  it('reads the initials opening his words or said after "patient" as his name', () => {
    expect(extractRecord('Patient T.W. (gunner): burns to the R hand, HR 102.').casualty?.name).toBe('T.W.');
    expect(extractRecord('L.K.A., male, frag L shin, pressure dressing.').casualty?.name).toBe('L.K.A.');
  });
  it('reads no name from initials that run on into a sentence, or from a name said in full', () => {
    expect(extractRecord('I.V. placed L arm at 0610, HR 88.').casualty?.name).toBeUndefined();
    expect(extractRecord('Burns to the face. Seen by P.A. Lind, HR 90.').casualty?.name).toBeUndefined();
    expect(extractRecord('Patient is SPC Ada Cruz, frag L shin.').casualty?.name).toBe('Ada Cruz');
  });
});
