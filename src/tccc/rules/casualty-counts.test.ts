import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('how a narrative counts its casualties, and the items it lists them by', () => {
  it('reads "MASCAL x3" as a count, so "#1 … #2 … #3 …" lines are three casualties', () => {
    const found = records(
      'MASCAL x3. Rocket hit the DFAC at 1210.\n#1: frag R thigh, TQ R thigh 1214. HR 130.\n' +
        '#2: burns L hand. HR 104.\n#3: lac scalp. HR 88.',
    );
    expect(pulses(found)).toEqual([[130], [104], [88]]);
  });
  it('reads "for all three" said of no noun as a count of casualties', () => {
    const found = records(
      'IED strike at 0650, grid for all three: 38S MB 1234 5678. Sergeant Ames has a GSW left arm, HR 100. ' +
        'Private Boyd has a lac scalp, HR 92. Corporal Diaz has burns to the right hand, HR 84.',
    );
    expect(pulses(found)).toEqual([[100], [92], [84]]);
  });
  it('never counts "all four" said of limbs', () => {
    const found = records('Burns to all four limbs from the fire at 0300. HR 120. The driver pulled him out.');
    expect(found).toHaveLength(1);
  });
  it('reads a crew role with where it sits ("Rear passenger, SPC Pike:") as a casualty of the list', () => {
    const found = records(
      'Two hurt in the rollover.\n- Driver, SGT Moreno: bruised chest. HR 124.\n' +
        '- Rear passenger, SPC Pike: scalp lac, HR 84.',
    );
    expect(pulses(found)).toEqual([[124], [84]]);
    expect(found[1].casualty?.name).toBe('Pike');
  });
});

describe('spelled letters said again in a recogniser\'s text, and a phrase "for both" after them', () => {
  const text =
    'casualty alpha is specialist ana ruiz she has a gunshot wound to the right thigh pulse one ten casualty bravo ' +
    "is private sam cole he has a cut on the left hand pulse ninety so two casualties alpha's urgent bravo's " +
    'routine the grid for both is three eight sierra mike bravo one two three four five six seven eight';
  it("reads \"alpha's urgent bravo's routine\" as each one's triage", () => {
    expect(records(text).map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it('starts the phrase said "for both" at its article, leaving the triage before it to its casualty', () => {
    const found = records(
      'two casualties first one specialist ana ruiz gunshot wound right thigh pulse one ten urgent second one ' +
        'private sam cole cut left hand pulse ninety routine the grid for both is three eight sierra mike bravo ' +
        'one two three four five six seven eight',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
    expect(found.map((r) => r.location_grid !== undefined)).toEqual([true, true]);
  });
});

describe('a count said with "all" of what is no casualty', () => {
  it('never reads "times for all three:" of tourniquets as three casualties', () => {
    const found = records(
      'Sergeant Ames hit by frag at 1405. Three tourniquets, times for all three: 1410, 1412, 1415. ' +
        'Private Boyd helped me carry him. HR 120.',
    );
    expect(found).toHaveLength(1);
  });
});

describe('a number joined to a place by a hyphen', () => {
  it('names the place and counts no casualties, so one casualty keeps all his facts', () => {
    const [one, ...rest] = records(
      'OP-3 casualty sheet\n0410 GSW L arm, SPC Dale Moss\n0412 TQ L arm, by SGT Reyes\n0415 HR 110, BP 120/80',
    );
    expect(rest).toEqual([]);
    expect(one.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '04:12' }]);
    expect(one.vitals).toEqual([{ time: '04:15', pulse: 110, systolic: 120, diastolic: 80 }]);
  });
});
