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

describe('a convoy report naming crews by bumper number', () => {
  const text =
    'Lancer base, Lancer three. At 0415 A-12 hit a pressure-plate mine on the river road. A-12 has two hurt, A-11 ' +
    'and A-13 took nothing. A-12 driver: burns to both hands, pulse 104. A-12 gunner: cut above the left eye, ' +
    "dressed, alert. Then we took fire from the ridge, A-14's commander caught a round in the left calf at 0421, " +
    'tourniquet left leg. Driver priority, gunner routine, commander urgent.';
  it('opens a casualty at a seat said after its vehicle ("A-12 gunner:", "A-14\'s commander caught a round")', () => {
    const rs = records(text);
    expect(rs.map((r) => r.evac_priority)).toEqual(['priority', 'routine', 'urgent']);
    expect(rs[0].vitals).toEqual([{ pulse: 104 }]);
    expect(rs[2].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg' }]);
    expect(rs[2].time_of_injury).toBe('04:21');
  });
  it('opens none at a bumper number before no seat ("A-11 and A-13 took nothing")', () => {
    expect(records(text)).toHaveLength(3);
  });
  it('opens a casualty at a seat after a word moving the report on ("Also the gunner, …")', () => {
    const rs = records(
      'Two hurt from the mortar at 2140. Driver has frag in the right hand, pulse 96. Also the gunner, when he ' +
        'climbed down he twisted his left knee, splinted.',
    );
    expect(rs.map((r) => r.vitals?.length ?? 0)).toEqual([1, 0]);
    expect(rs[1].interventions).toEqual([{ type: 'splint', location: 'left_leg' }]);
  });
  it("takes the medic's heading of the care he gave for no casualty ('Doc: TQ …')", () => {
    const rs = records(
      'Two WIA from the blast at 0610. Gunner: open fracture right shin. Doc: TQ R thigh 0614, ketamine 50 mg IM ' +
        '0617. Driver: burns to the face, alert. Doc says both need out.',
    );
    expect(rs).toHaveLength(2);
    expect(rs.map((r) => r.casualty?.name)).toEqual([undefined, undefined]);
    expect(rs[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '06:14' }]);
  });
});

describe('a request for the lift heading the triage of a crew', () => {
  const crew = (last: string) =>
    records(
      'Two hurt when the truck rolled at 0305. Gunner has a broken left wrist, splinted. Driver has a cut on the ' +
        `chin, dressed. ${last}`,
    );
  it('gives each seat its category after "Requesting dustoff,"', () => {
    expect(crew('Requesting dustoff, gunner routine, driver priority.').map((r) => r.evac_priority)).toEqual([
      'routine',
      'priority',
    ]);
  });
  it('gives none when the words before the comma ask for nothing', () => {
    expect(crew('Nobody argued, gunner routine, driver priority.').map((r) => r.evac_priority)).toEqual([
      undefined,
      undefined,
    ]);
  });
});
