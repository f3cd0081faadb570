import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by a wound, and several spoken of at once', () => {
  it('reads "patient with the chest wound" as a casualty, and the same words later as the same one', () => {
    const [a, b, ...rest] = records(
      'Ok two patients here. Patient with the chest wound: chest seal on, sats 88. Patient with the burns: ' +
        'burn dressing on both arms, pulse 110. Back to the one with the chest wound, pulse 130.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.interventions]).toEqual([
      [{ spo2: 88, pulse: 130 }],
      [{ type: 'chest_seal', location: 'chest' }],
    ]);
    expect(b.vitals).toEqual([{ pulse: 110 }]);
  });
  it('gives what is said of "the other two" to no one', () => {
    const { casualties, unattributed } = extractCasualties(
      'IED strike, 3 casualties. SGT Cole has a TQ on the right thigh at 0812, pulse 130. The other two have minor frag, pulse 90.',
    );
    expect(casualties.map((c) => c.record.vitals)).toEqual([[{ pulse: 130 }]]);
    expect(unattributed.some((e) => e.path.startsWith('/vitals'))).toBe(true);
  });
  it('reads "the first is / the second has" as casualties once several are said, never the devices of one', () => {
    const [a, b] = records(
      'Two casualties. The first is a female, burns to the face, pulse 110. The second is a male, sats 90.',
    );
    expect([a.casualty?.sex, a.vitals, b.casualty?.sex, b.vitals]).toEqual([
      'female',
      [{ pulse: 110 }],
      'male',
      [{ spo2: 90 }],
    ]);
    const [c, d] = records(
      'there are two patients the first has a chest seal sats 90 the second has a splint pain eight',
    );
    expect([c.vitals, d.vitals]).toEqual([[{ spo2: 90 }], [{ pain: 8 }]]);
    expect(records('Two TQs on the left thigh, the first is high, the second is just above the knee.')).toHaveLength(1);
  });
  it('reads "the passenger" as a role, as "the driver" is, when priorities are given by role', () => {
    const [a, b, ...rest] = records(
      'two from the car at 2115. this guy, the driver, closed fracture left thigh. the other one is the passenger, ' +
        'cuts to the right hand, pulse ninety. back to this guy, pulse 128. the driver is urgent, the passenger is routine.',
    );
    expect(rest).toEqual([]);
    expect([a.evac_priority, a.vitals]).toEqual(['urgent', [{ pulse: 128 }]]);
    expect([b.evac_priority, b.vitals]).toEqual(['routine', [{ pulse: 90 }]]);
  });
  it('reads a name turned to ("Starting with Petrov, …", "Now Hughes, …") as a casualty, and the same name later', () => {
    const [a, b, ...rest] = records(
      "Two from the flash fire. Starting with Petrov, he's the worse one. Burns to his face. Heart rate one twenty. " +
        "Now Hughes, she's female, burn to the right hand. Giving Hughes a fentanyl lozenge, eight hundred mics. " +
        "Petrov's pressure is one thirty over eighty. Hughes, pain four. Petrov urgent, Hughes routine.",
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.vitals]).toEqual([
      'Petrov',
      'urgent',
      [{ pulse: 120, systolic: 130, diastolic: 80 }],
    ]);
    expect([b.casualty?.name, b.evac_priority, b.vitals, b.medications?.length]).toEqual([
      'Hughes',
      'routine',
      [{ pain: 4 }],
      1,
    ]);
  });
});
describe('a crew member turned back to', () => {
  it('turns back to a crew member named after "back on the" or "recheck on the"', () => {
    const [driver, gunner, ...rest] = records(
      'Two hurt when the truck hit the berm. Driver burned his left hand, pain four. The gunner took frag in the ' +
        'right thigh, TQ at 1302, pulse 124. Back on the driver, pulse 92 at 1310. Recheck on the gunner at 1315: ' +
        'pulse 108.',
    );
    expect(rest).toEqual([]);
    expect(driver.vitals?.map((v) => v.pulse)).toEqual([undefined, 92]);
    expect(gunner.vitals?.map((v) => v.pulse)).toEqual([124, 108]);
  });
});
