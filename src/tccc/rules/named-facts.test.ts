import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties each opened by a surname and then his wound or signs', () => {
  it('gives each surname the wound and care said after it', () => {
    const [mensah, kowal, ...rest] = records(
      'Mortar round inside the wire, two of ours down. Mensah, GSW to the left shoulder, pressure dressing on it. ' +
        'Kowal, burns to both hands, he is alert. Mensah pulse 112. Kowal pulse 90, routine.',
    );
    expect(rest).toEqual([]);
    expect([mensah.casualty?.name, mensah.injuries, mensah.vitals]).toEqual([
      'Mensah',
      [{ type: 'gsw', location: 'left_arm' }],
      [{ pulse: 112 }],
    ]);
    expect([kowal.casualty?.name, kowal.evac_priority, kowal.vitals?.at(-1)]).toEqual([
      'Kowal',
      'routine',
      { pulse: 90 },
    ]);
    expect(kowal.interventions).toBeUndefined();
  });

  it('reads a surname said once when a word of order follows it, and one opened by his signs', () => {
    const [osei, brandt, ...rest] = records(
      'Rocket hit the motor pool, two hurt. Osei first, frag to the right calf, tourniquet right thigh. ' +
        "Brandt's the quiet one. Brandt pulse 124, sat 93, frag to the belly.",
    );
    expect(rest).toEqual([]);
    expect([osei.casualty?.name, osei.interventions?.length, osei.vitals]).toEqual(['Osei', 1, undefined]);
    expect([brandt.casualty?.name, brandt.interventions, brandt.vitals]).toEqual([
      'Brandt',
      undefined,
      [{ pulse: 124, spo2: 93 }],
    ]);
  });

  it('takes no common word or a word said once without order for a casualty', () => {
    expect(records('Okay, GSW to the left thigh, tourniquet applied. Pulse 110.')).toHaveLength(1);
    expect(records('Roger, frag to the right hand. Pressure dressing. Pulse 98.')).toHaveLength(1);
  });
});
