import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { saysSeveral } from './says-several.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('people designated by what they are, once the medic says he treats several', () => {
  it('reads "First, adult male, … Second, a female child, …" after "we are treating two" as two casualties', () => {
    const found = records(
      'Mortar round hit the market at 0910, we are treating two. First, adult male, shrapnel to the right thigh, ' +
        'pressure dressing right leg, pulse 110. Urgent. Second, a female child about six, burns to the left hand, ' +
        'pulse 140. Priority.',
    );
    expect(pulses(found)).toEqual([[110], [140]]);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'priority']);
    expect(found[1].casualty?.sex).toBe('female');
  });
  it('reads "First one, … Second, the female …" after "handing off two" as two casualties', () => {
    expect(saysSeveral(readTokens('ok, handing off two from the rollover.', NORMALIZE_OPTIONS))).toBe(true);
    const found = records(
      'ok, handing off two from the rollover. First one, the guy that was pinned. Pelvic fracture. Pulse 122.\n\n' +
        'Second, the female in the PT belt. Closed fracture right wrist. Pulse 88.',
    );
    expect(pulses(found)).toEqual([[122], [88]]);
  });
  it('reads "First, adult male, … Second, a female child, …" as two casualties with no count said', () => {
    const found = records(
      'Car bomb at the bazaar at 1530. First, adult male, burns to both legs, pulse 126. Urgent. Second, a female ' +
        'child about eight, frag to the left cheek, pulse 130. Priority.',
    );
    expect(pulses(found)).toEqual([[126], [130]]);
  });
  it('reads "The driver\'s got … The gunner got …" opening sentences as two crew casualties', () => {
    const found = records(
      "The vehicle rolled into the wadi. The driver's got a crushed left foot, splinted it, pulse one ten. " +
        'The gunner got thrown from the hatch, cut on his forehead, pulse ninety. Driver is priority, gunner routine.',
    );
    expect(pulses(found)).toEqual([[110], [90]]);
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'routine']);
  });
  it('never splits one casualty at "The driver got him out" or "The gunner is fine" opening a sentence', () => {
    for (const text of [
      'The gunner was hit by frag in the right arm. The driver got him out of the truck. Tourniquet right arm 1410, ' +
        'pulse 120. Urgent.',
      'The driver has a GSW to the right arm, tourniquet right arm at 1210. The gunner is fine, he is pulling ' +
        'security. Pulse 110. Urgent surgical.',
    ])
      expect(records(text)).toHaveLength(1);
  });
  it('never splits one casualty whose helper is named by his role', () => {
    expect(
      records(
        'The gunner got hit in the right arm, tourniquet right arm at 1410, pulse 120. The driver is fine. Urgent.',
      ),
    ).toHaveLength(1);
  });
});

describe('a casualty number glued to a rank that opens with a digit', () => {
  it('reads "Pt 3 2LT Harper" as patient three', () => {
    const found = records(
      'Three from the fall. Pt 1 SPC Ames: fx L ankle, HR 90. Routine. Pt 2 PFC Bose: lac R arm, HR 84. Routine. ' +
        'Pt 3 2LT Harper: head injury, HR 70. Urgent.',
    );
    expect(pulses(found)).toEqual([[90], [84], [70]]);
    expect(found[2].casualty?.name).toBe('Harper');
  });
});

describe('a sentence that corrects or triages a numbered casualty', () => {
  it('gives "Correction on casualty one, …" to casualty one, with its correction word', () => {
    const found = records(
      'Two from the ambush. Casualty one, GSW right thigh, tourniquet right thigh 0410, pulse 120. Casualty two, ' +
        'burns left hand, pulse 90. Correction on casualty one, the tourniquet went on at 0412, not 0410.',
    );
    expect(found[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '04:12' }]);
    expect(found[1].interventions).toBeUndefined();
  });
  it('reads "Casualty one is urgent, two is routine" as each one\'s category', () => {
    const found = records(
      'Reporting two. Casualty one, GSW left arm, pulse 100. Casualty two, lac scalp, pulse 80. ' +
        'Casualty one is urgent, two is routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
});

describe('a phrase said of all of them in the opening words', () => {
  it('gives "Both NKDA." before the first casualty to each one', () => {
    const found = records(
      'Two casualties from the rocket attack. Both NKDA. SPC Lowe: frag left arm, HR 100. Priority. PFC Ames: burns ' +
        'right hand, HR 88. Routine.',
    );
    expect(found.map((r) => r.casualty?.allergies)).toEqual(['NKDA', 'NKDA']);
  });
});

describe('"this guy" against "the other one"', () => {
  it('keeps "the other one" said twice in a row on the same casualty, never back on "this guy"', () => {
    const found = records(
      'two here. this guy has a cut on his right hand, pressure dressing on the right hand, pulse eighty. the other ' +
        'one has frag in the left thigh, pulse one twenty. the other one, I put a tourniquet on his left thigh. ' +
        'the other one is urgent, this guy is routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'urgent']);
    expect(found.map((r) => (r.interventions ?? []).map((x) => x.type))).toEqual([
      ['pressure_dressing'],
      ['tourniquet'],
    ]);
  });
  it('gives "it was a rocket, both of them." closing the narrative to each one', () => {
    const found = records(
      'two here. this guy has a cut on his right hand, pulse eighty. the other one has frag in the left thigh, ' +
        'pulse one twenty. it was a rocket, both of them.',
    );
    expect(found.map((r) => r.mechanism)).toEqual([['rpg'], ['rpg']]);
  });
});

describe('a sentence that says when the event happened', () => {
  it('gives "The blast happened at 0600." said after the last casualty to each one, past an unhurt bystander', () => {
    const found = records(
      'Two patients. First is Sergeant Ana Ruiz, frag left arm, pulse 100. Priority. Second is Private Tom Hale, ' +
        'burns right hand, pulse 90. Routine. The driver, Omar, was beside them, he is fine. The blast happened at 0600.',
    );
    expect(found.map((r) => r.time_of_injury)).toEqual(['06:00', '06:00']);
  });
  it('keeps "His fall happened at 0600." on the casualty it is said of', () => {
    const found = records(
      'Two patients. First is Sergeant Ana Ruiz, frag left arm, pulse 100. Second is Private Tom Hale, burns right ' +
        'hand, pulse 90. His fall happened at 0600.',
    );
    expect(found[0].time_of_injury).toBeUndefined();
  });
});

describe('a role first said in the closing triage', () => {
  it('gives "passenger routine" to the one casualty known by no role, after "Okay, two of them,"', () => {
    const found = records(
      'Okay, two of them, car went off the road. This one first, the driver, he has a cut on his left arm, pressure ' +
        "dressing left arm, pulse 100. Other one's lying down, frag to the right leg, pulse 120. Driver priority, " +
        'passenger urgent.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'urgent']);
  });
});

describe('a closing triage of two said as a pair of clauses', () => {
  it('gives "First guy is urgent, leg is routine." the second category to the other casualty', () => {
    const found = records(
      'Gunshot to the belly, pulse one thirty. Moving on to the second guy. Second guy has a cut on his left leg, ' +
        'pressure dressing left leg, pulse ninety. Back to the first one, pulse one twenty. First guy is urgent, ' +
        'leg is routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
});

describe('guards of the count and of the paired triage', () => {
  const count = (text: string): boolean => saysSeveral(readTokens(text, NORMALIZE_OPTIONS));
  it('reads "two of them" as a count only opening a sentence', () => {
    expect(count('Okay, two of them, both off the quad.')).toBe(true);
    expect(count('Applied tourniquets, two of them, on the left leg.')).toBe(false);
  });
  it('never gives "…, now urgent" after a casualty\'s category to the other one', () => {
    const found = records(
      'Two casualties. First guy has a GSW left leg, pulse 120. Second guy burns right arm, pulse 90. First guy ' +
        'was priority, now urgent.',
    );
    expect(found[1].evac_priority).toBeUndefined();
  });
});

describe("an event sentence inside one casualty's words", () => {
  it('keeps "The fall happened at 0610." said before more of his facts on him alone', () => {
    const found = records(
      'Two patients. Cas A: GSW left arm, pulse 100. Cas B: fx left leg. The fall happened at 0610. Pulse 90.',
    );
    expect(found[0].time_of_injury).toBeUndefined();
  });
});
