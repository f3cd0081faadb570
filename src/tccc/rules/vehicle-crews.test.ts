import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a vehicle crew told seat by seat', () => {
  const text =
    "Buffalo got hit by an IED at 1510. Driver is fine. Gunner's the bad one, GSW right arm, TQ right arm at 1512. " +
    'Rear left passenger was Corporal Ana Ruiz, burns to the left hand, dressed. ' +
    'Back right seat was PFC Dell, not a scratch on him. Gunner urgent, Ruiz routine.';
  it("opens a casualty at the role said with what he is ('Gunner's the bad one') and at a seat's ranked name", () => {
    const rs = records(text);
    expect(rs.map((r) => r.casualty?.name)).toEqual([undefined, 'Ana Ruiz']);
    expect(rs[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '15:12' }]);
    expect(rs.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it('takes no vehicle for a person and gives no record to one said unhurt', () => {
    const rs = records(text);
    expect(rs).toHaveLength(2);
    expect(rs.every((r) => r.time_of_injury === '15:10')).toBe(true);
  });
  it('shares a sentence closed by "both of them hurt by it"', () => {
    const rs = records(
      'Two from the truck. Blast under the cab at 0302, both of them hurt by it. Driver has a cut on the chin. ' +
        'Gunner has burns to the neck.',
    );
    expect(rs.map((r) => r.time_of_injury)).toEqual(['03:02', '03:02']);
  });
  it('takes the caller naming himself by his role for the one who speaks, and his words for what all share', () => {
    const rs = records(
      'Dustoff six, this is the vehicle commander. Mine strike under the rear axle at 0915, we flipped. I am unhurt. ' +
        'Gunner has a broken right wrist, splinted. Driver has burns to both hands, pulse 104.',
    );
    expect(rs).toHaveLength(2);
    expect(rs.map((r) => r.time_of_injury)).toEqual(['09:15', '09:15']);
    expect(rs[1].vitals).toEqual([{ pulse: 104 }]);
  });
  it('opens a casualty at a seat said with its side ("front left passenger")', () => {
    const rs = records(
      'Two hurt in the rollover. Driver has a scalp laceration, pulse 98. ' +
        'Front left passenger took a fragment to the right calf, pressure dressing on it, pulse 120.',
    );
    expect(rs.map((r) => r.vitals)).toEqual([[{ pulse: 98 }], [{ pulse: 120 }]]);
    expect(rs[1].interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
  });
});
