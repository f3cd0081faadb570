import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { calledNames } from './called-names.js';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';

const TWO_CALLED =
  "Hey, Ortiz, hold that, I'm taking Reyes first. Reyes. Reyes! Open your eyes. Shot in the left thigh. " +
  'Tourniquet, left thigh, at 2210. Okay Reyes, pulse one forty, you only respond to pain. Ortiz, okay, your turn. ' +
  'Cut on the right forearm, pressure dressing on it. Pulse ninety, you are alert. Back to Reyes, pressure ninety over palp. ' +
  'Reyes urgent surgical, Ortiz routine.';

describe('casualties known only by the names the medic calls them', () => {
  it('finds the names called out, in the order first called, only when two or more are', () => {
    expect(calledNames(readTokens(TWO_CALLED, NORMALIZE_OPTIONS))).toEqual(['ortiz', 'reyes']);
    expect(calledNames(readTokens('Stay with me, Jones. Hey, Jones, look at me.', NORMALIZE_OPTIONS))).toEqual([]);
  });
  it("gives each called casualty its own facts and nothing of the other's", () => {
    const [ortiz, reyes, ...rest] = extractCasualties(TWO_CALLED).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(ortiz.casualty?.name).toBe('Ortiz');
    expect(ortiz.evac_priority).toBe('routine');
    expect(ortiz.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
    expect(ortiz.vitals).toEqual([{ pulse: 90, avpu: 'A' }]);
    expect(reyes.casualty?.name).toBe('Reyes');
    expect(reyes.evac_priority).toBe('urgent_surgical');
    expect(reyes.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '22:10' }]);
  });
  it('calls no casualty by the name of a helper given an order after it', () => {
    const text =
      'Morales. Morales, look at me. Frag in your right calf, pressure dressing on it. Hey Bishop, get the litter over here. Morales, pulse is ninety.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual([]);
    const records = extractCasualties(text).casualties.map((c) => c.record);
    expect(records).toHaveLength(1);
    expect(records[0].casualty?.name).toBe('Morales');
  });
  it('reads "Now W," as the medic turning to a casualty he calls by name', () => {
    const text =
      'Cut on the scalp, wrapped. Now Brandt, where are you hurt? Frag in the left calf, pressure dressing on it. ' +
      'Quinn. Quinn, any allergies? Codeine. Quinn, burn on the right hand, burn dressing on it. Brandt routine, Quinn priority.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual(['brandt', 'quinn']);
    const [brandt, quinn] = extractCasualties(text).casualties.map((c) => c.record);
    expect(brandt.casualty?.name).toBe('Brandt');
    expect(brandt.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
    expect(quinn.casualty?.name).toBe('Quinn');
    expect(quinn.interventions?.some((i) => i.location === 'left_leg')).toBeFalsy();
  });
  it('calls no one by a word shouted twice and never said again', () => {
    const text = 'Harder. Harder! Okay Vance, breathe. Push. Push! Hey, Lund, look at me.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual(['vance', 'lund']);
  });
  it('takes a name called with an order to hold or hang something for a helper, not the casualty', () => {
    expect(extractRecord('Abbott, hang the plasma bag high. GSW left forearm, pressure dressing.').casualty?.name).toBe(
      undefined,
    );
    expect(extractRecord('Ferris, hold traction on the leg. Open fracture right shin, splinted.').casualty?.name).toBe(
      undefined,
    );
    expect(extractRecord('Ferris, hang in there. Open fracture right shin, splinted.').casualty?.name).toBe('Ferris');
  });
  it('calls a casualty by a name with accented letters ("Hey, Núñez, …")', () => {
    const text = 'Hey, Núñez, look at me. Okay Ibáñez, your turn. Back to Núñez.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual(['núñez', 'ibáñez']);
  });
  it('reads the one taken first ("this one first:") and the one name called as the medic turns ("Now W,") as two', () => {
    const text =
      'Rivas, this one first: older man, burn on the left hand, burn dressing on it, pulse ninety. ' +
      'Now Peña, cut across the right shin, pressure dressing right shin, pulse eighty. Peña priority.';
    const [first, pena, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect([first.casualty?.name, first.vitals, first.injuries]).toEqual([
      undefined,
      [{ pulse: 90 }],
      [{ type: 'burn', location: 'left_arm' }],
    ]);
    expect([pena.casualty?.name, pena.evac_priority, pena.vitals]).toEqual(['Peña', 'priority', [{ pulse: 80 }]]);
  });
  it('hears a name called before words only a casualty is told, and a first name as the casualty named in full', () => {
    const text =
      'Two down. SPC Omar Haddad, burns to the face. Omar, talk to me. Pulse one-ten. Greene, open your eyes. Frag ' +
      'in the left calf, pressure dressing left calf.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual(['omar', 'greene']);
    const [haddad, greene, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(haddad.casualty).toEqual({ name: 'Omar Haddad' });
    expect(haddad.vitals).toEqual([{ pulse: 110 }]);
    expect(haddad.interventions).toBeUndefined();
    expect(greene.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
  });
  it('hears a name called as the medic says who he is ("W, it\'s Doc"), and no call in "sit next to W"', () => {
    const text =
      'Vance, look at me. Shrapnel in the left thigh, tourniquet left thigh. Pulse one-thirty. They carry in the ' +
      "gunner. Diaz, it's Doc. Burn on the right hand, dressing on it. Diaz, stay here next to Vance. Pulse eighty-eight.";
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual(['vance', 'diaz']);
    const [vance, diaz, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(vance.vitals).toEqual([{ pulse: 130 }]);
    expect(diaz.vitals).toEqual([{ pulse: 88 }]);
  });
  it('calls a casualty the medic asks to see his wound, and gives the opening words to the one they name in full', () => {
    const text =
      'Casualty is PFC Dana Ruiz, female, GSW left shin. Dana, stay with me. Tourniquet left thigh, 0932. ' +
      'Doc, I cut my arm on the wire! Okafor, let me see that. Laceration right forearm, pressure dressing on it, 0940. ' +
      'Back to Dana. Pulse 104 at 0945.';
    const [ruiz, okafor, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(ruiz.casualty).toEqual({ name: 'Dana Ruiz', sex: 'female' });
    expect(ruiz.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(ruiz.vitals).toEqual([{ pulse: 104, time: '09:45' }]);
    expect(okafor.casualty?.name).toBe('Okafor');
    expect(okafor.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '09:40' }]);
    expect(okafor.injuries).toEqual([{ type: 'laceration', location: 'right_arm' }]);
  });
  it('gives the opening words to no one casualty when they name another too', () => {
    const text =
      'Casualties are PFC Dana Ruiz and SPC Ali Okafor. Splint on the left arm. Dana, stay with me. GSW left shin. ' +
      'Okafor, let me see that. Laceration right forearm.';
    const records = extractCasualties(text).casualties.map((c) => c.record);
    expect(records.some((r) => r.interventions?.some((i) => i.type === 'splint'))).toBe(false);
  });
  it('reads no call in "let me see" a thing other than the wound', () => {
    const text = 'Kline, let me see the map. Ortiz, look at me. Ortiz, pulse 90.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual([]);
  });
  it('reads a given name called right after turning to a surname ("Alvarez, your turn. Marco, …") as the same one', () => {
    const text =
      'Jenkins, look at me. Your hands are burned, pulse one oh four. ' +
      'Alvarez, your turn. Marco, look at me. Your right shin is broken, splint on, pulse ninety-two.';
    expect(calledNames(readTokens(text, NORMALIZE_OPTIONS))).toEqual(['jenkins', 'alvarez']);
    const found = extractCasualties(text).casualties.map((c) => c.record);
    expect(found.map((r) => r.casualty?.name)).toEqual(['Jenkins', 'Marco Alvarez']);
    expect(found.map((r) => r.vitals)).toEqual([[{ pulse: 104 }], [{ pulse: 92 }]]);
  });
  it('turns to no one at a name listed with the one spoken to ("both of you, you and Alvarez")', () => {
    const found = extractCasualties(
      'Jenkins, look at me. The RPG got both of you, you and Alvarez. Your hands are burned, pulse one oh ' +
        'four. Alvarez, your turn. Your right shin is broken, pulse ninety-two.',
    ).casualties.map((c) => c.record);
    expect(found.map((r) => r.vitals)).toEqual([[{ pulse: 104 }], [{ pulse: 92 }]]);
  });
});
