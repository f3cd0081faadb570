import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('several casualties told in prose', () => {
  it('counts "the two soldiers" as several, so ranked names opening sentences are one casualty each', () => {
    const [a, b, ...rest] = records(
      'Rollover on the MSR at 2210, the two soldiers in the back were thrown out. CPL Dana Wirth, female, has a broken left wrist, ' +
        'splinted, HR 96. Pvt Eli Soren, male, cut his scalp, pressure dressing to the head, HR 88.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Dana Wirth', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.vitals, b.interventions?.length]).toEqual(['Eli Soren', [{ pulse: 88 }], 1]);
  });
  it('reads "Driver\'s got …" and "Gunner got …" as two casualties, and the sentence listing both roles as said of both', () => {
    const [driver, gunner, ...rest] = records(
      "two hurt from the truck, the driver and the gunner. RPG hit the cab at 1440. Driver's got burns to both " +
        'hands, pulse 104. Gunner got frag in the left thigh, tourniquet left thigh 1446, pulse 126.',
    );
    expect(rest).toEqual([]);
    expect([driver.time_of_injury, driver.vitals, driver.interventions]).toEqual([
      '14:40',
      [{ pulse: 104 }],
      undefined,
    ]);
    expect([gunner.time_of_injury, gunner.vitals, gunner.interventions?.length]).toEqual([
      '14:40',
      [{ pulse: 126 }],
      1,
    ]);
  });
  it('never reads a possessive role ("the driver\'s side") as a casualty', () => {
    const out = records("Two from the patrol. Driver's side door jammed. Gunner has frag to the arm, HR 100.");
    expect(out).toHaveLength(1);
  });
  it('reads people known by who they are to each other ("the mother … the son") as one casualty each', () => {
    const [mother, son, ...rest] = records(
      'we have two local civilians, a woman and her son, hit by a rocket at 1605. the mother has a burn to the left ' +
        'arm, pulse 100. the son has frag to the right leg, tourniquet right thigh 1611, second one right below it 1613, pulse 140.',
    );
    expect(rest).toEqual([]);
    expect([mother.time_of_injury, mother.vitals, mother.interventions]).toEqual([
      '16:05',
      [{ pulse: 100 }],
      undefined,
    ]);
    expect([son.injuries, son.interventions?.[0]?.time]).toEqual([
      [{ type: 'penetrating', location: 'right_leg' }],
      '16:11',
    ]);
  });
});

describe('several casualties told as the medic turns from one to another', () => {
  it('reads "starting with the driver … moving to the passenger" as two casualties with no count said', () => {
    const [driver, passenger, ...rest] = records(
      'car hit a post starting with the driver cut to the chin pulse ninety moving to the passenger passenger has a ' +
        'broken left wrist splinted pulse one ten',
    );
    expect(rest).toEqual([]);
    expect(driver.vitals).toEqual([{ pulse: 90 }]);
    expect([passenger.vitals, passenger.interventions?.length]).toEqual([[{ pulse: 110 }], 1]);
  });
  it('never reads a person turned to as the casualty just labelled, and switches back to a description said unpaused', () => {
    const [a, b, ...rest] = records(
      'two hit by the blast first one is the lieutenant burns to the right hand pulse ninety moving on to the boy ' +
        'frag to the left thigh pulse one forty back to the lieutenant morphine five milligrams i v',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.medications?.[0]?.name]).toEqual([[{ pulse: 90 }], 'morphine']);
    expect([b.vitals, b.medications]).toEqual([[{ pulse: 140 }], undefined]);
  });
  it('keeps one casualty whose family is spoken of, with no count and no turn', () => {
    const out = records(
      'Boy about ten, GSW left thigh, tourniquet 1402, pulse 130. The father says he was hit at 1350. The father has no injuries.',
    );
    expect(out).toHaveLength(1);
  });
  it('switches back on "Back to the first." said on its own, and reads "the second lad" as a casualty', () => {
    const [a, b, ...rest] = records(
      'Both from the mortar. First one, burns to the left hand, pulse 96. Right, over to the second lad, cut to the ' +
        'right shin, pulse 80. Back to the first. Paracetamol one gram by mouth.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.medications?.[0]?.name]).toEqual([[{ pulse: 96 }], 'acetaminophen']);
    expect([b.vitals, b.medications]).toEqual([[{ pulse: 80 }], undefined]);
  });
  it('gives a casualty known by a surname the full name said after a rank, unless two people share the surname', () => {
    const [a, b] = records(
      'Two hurt in the crash, Corporal Dana Reyes and Private Omar Haddad. Reyes has a cut on the chin, HR 88. ' +
        'Haddad has a broken left wrist, HR 100.',
    );
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Dana Reyes', 'Omar Haddad']);
    const [c] = records(
      'Two hurt, Corporal Dana Reyes and Private Luis Reyes. Reyes has a cut on the chin, HR 88. Ortiz has a GSW, HR 100.',
    );
    expect(c.casualty?.name).not.toMatch(/\s/);
  });
  it('reads two roles said hurt together ("the gunner and driver were wounded") as two casualties, the vehicle commander one', () => {
    const [gunner, commander, ...rest] = records(
      'Mortar round landed by the truck at 0730; the gunner and driver were wounded. The gunner, CPL Ray Tan, had a ' +
        'fragment in the left calf, tourniquet left thigh. The vehicle commander, SGT Ida Moe, had a cut on the scalp, ' +
        'pressure dressing. Tan was triaged as urgent and Moe routine.',
    );
    expect(rest).toEqual([]);
    expect([gunner.casualty?.name, gunner.evac_priority, gunner.interventions?.[0]?.type]).toEqual([
      'Ray Tan',
      'urgent',
      'tourniquet',
    ]);
    expect([commander.casualty?.name, commander.evac_priority, commander.interventions?.[0]?.type]).toEqual([
      'Ida Moe',
      'routine',
      'pressure_dressing',
    ]);
  });
  it('never reads one role said hurt alone ("the driver was injured") as several', () => {
    const out = records(
      'The driver was injured when the truck rolled. Driver has a cut to the left hand, pressure dressing.',
    );
    expect(out).toHaveLength(1);
  });
});
