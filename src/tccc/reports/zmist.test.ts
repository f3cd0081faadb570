import { describe, expect, it } from 'vitest';
import { buildZmist, zmistText } from './zmist.js';
import { EMPTY_RECORD, FULL_RECORD, SPARSE_RECORD } from './test-records.js';

describe('buildZmist', () => {
  it('reads a full record as five radio lines with latest signs and their trend', () => {
    const z = buildZmist({ ...FULL_RECORD, time_of_injury: '14:30' });
    expect(z.z).toBe('AB1234, Luis Alvarado, male');
    expect(z.m).toBe('IED, Blast, GSW; time of injury 14:30');
    expect(z.i).toBe('Amputation R leg; Penetrating wound L leg; GSW back');
    expect(z.s).toBe(
      'pulse 130, BP 80/50, RR 28, SpO2 97%, pain 8/10, AVPU V (latest at 14:50); trend: pulse 118 to 130 rising, BP 96/60 to 80/50 falling, RR 20 to 28 rising, AVPU A to V',
    );
    expect(z.t).toBe(
      'TQ (extremity) R leg 14:32; TQ (extremity) R leg 14:35; Hemostatic dressing L leg; NPA; Chest seal back 14:38; IO access chest 14:40; Hypothermia prevention; Eye shield face; Whole blood 500 ml IO 14:42; TXA 2 g IO 14:45; Ketamine 50 mg IO; Ertapenem 1 g IO 14:55',
    );
  });

  it('gives a sparse record what it has and says what is not stated', () => {
    const z = buildZmist(SPARSE_RECORD);
    expect(z.z).toBe('casualty identity not stated');
    expect(z.m).toBe('Fall; time of injury not stated');
    expect(z.s).toBe('pulse 92');
    expect(z.t).toBe('Splint L arm');
  });

  it('calls a steady sign steady', () => {
    expect(buildZmist({ vitals: [{ spo2: 95 }, { spo2: 95 }] }).s).toBe('SpO2 95%; trend: SpO2 95% to 95% steady');
  });
});

describe('zmistText', () => {
  it('prints one letter a line, with nothing invented for an empty record', () => {
    expect(zmistText(buildZmist(EMPTY_RECORD)).split('\n')).toEqual([
      'ZMIST HANDOVER',
      'Z - ID: casualty identity not stated',
      'M - MECHANISM: mechanism not stated; time of injury not stated',
      'I - INJURIES: not stated',
      'S - SIGNS: not stated',
      'T - TREATMENT: none recorded',
    ]);
  });
});
