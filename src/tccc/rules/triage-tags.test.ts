import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('litters tagged L1, L2 in a flight log', () => {
  const log =
    'Flight log, 2 litters, both GSW.\n' +
    'L1: CPL Jonah Pryce. GSW L thigh, TQ on from ground.\n' +
    'L2: SPC Ida Moreno, female. GSW R hand.\n' +
    '0912Z L2 HR 96, pain 5.\n' +
    '0913Z L1 HR 140, BP 80/40.\n' +
    '0915 L1 TXA 2 g IV.\n' +
    'Card: morphine 10 mg IM 0850.\n' +
    '0917Z L2 ketamine 20 mg IM.';

  it('gives each litter its own record, each line with the time it opens with', () => {
    const [pryce, moreno, ...rest] = records(log);
    expect(rest).toEqual([]);
    expect(pryce.casualty?.name).toBe('Jonah Pryce');
    expect(pryce.vitals).toEqual([{ time: '09:13', pulse: 140, systolic: 80, diastolic: 40 }]);
    // The card read after his line is his.
    expect(pryce.medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '09:15' },
      { name: 'morphine', dose: '10 mg', route: 'IM', time: '08:50' },
    ]);
    expect(moreno.casualty?.name).toBe('Ida Moreno');
    expect(moreno.vitals).toEqual([{ time: '09:12', pulse: 96, pain: 5 }]);
    expect(moreno.medications).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IM', time: '09:17' }]);
  });

  it('leaves "L1" a 9-line line when no person is said to be on it', () => {
    expect(records('9 line. L1 38SMB4484. L2 36.90. L3 1A. GSW L arm, TQ 0910.')).toHaveLength(1);
  });
});

describe('triage tags numbered by the hundred', () => {
  it('cuts at each tag and never takes the triage category for a name', () => {
    const [a, b, ...rest] = records(
      'Tag two-one-one. Delayed. SGT Omar Reyes. Frag R arm, pressure dressing.\n' +
        'Tag two-one-two. Minimal. Name unknown. Twisted L ankle, splinted.\n' +
        'Two-one-one: pulse 104.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Omar Reyes');
    expect(a.vitals).toEqual([{ pulse: 104 }]);
    expect(b.casualty?.name).toBeUndefined();
    expect(b.interventions).toEqual([{ type: 'splint', location: 'left_leg' }]);
  });
});

describe('tag numbers called out without the word "tag"', () => {
  it('cuts at each number heading a line before a triage category or a ranked name, and turns back to it', () => {
    const [a, b, ...rest] = records(
      'Mortar round, three hurt, calling them.\n' +
        'Thirty-one. Immediate. SGT Paul Vance. Frag to the belly.\n' +
        'Thirty-two. Minimal. PV2 Eli Shore. Cut on the left hand.\n' +
        'Second pass.\n' +
        'Thirty-one: TXA two grams IV at ten fifty.\n' +
        'Thirty-two: pressure dressing left hand.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Paul Vance');
    expect(a.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '10:50' }]);
    expect(b.casualty?.name).toBe('Eli Shore');
    expect(b.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm' }]);
  });
});
