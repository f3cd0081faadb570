import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { saysSeveral } from './says-several.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));
const several = (text: string): boolean => saysSeveral(readTokens(text, NORMALIZE_OPTIONS));

describe('a family in a vehicle, its members known by who they are', () => {
  it('reads "Family of four." and "Whole family inside." as several people, never "his family was told"', () => {
    expect(several('Minivan went into the ditch. Family of four. Dad is fine.')).toBe(true);
    expect(several('Rocket hit the house. Whole family inside.')).toBe(true);
    expect(several('GSW to the left thigh, TQ on. His family was told at the gate.')).toBe(false);
  });
  it('takes each family member as a casualty, the unhurt one as none, and "child" for the one little boy', () => {
    const found = records(
      'Sedan rear-ended at the gate. Family of four. Dad is up front, not a scratch on him. Grandmother is behind ' +
        'the passenger seat, cut to the forehead, pressure dressing on the head, pulse 88. Then there is the little ' +
        'boy in the back, burns to the left hand, pulse 120. Child went priority, grandmother routine.',
    );
    expect(pulses(found)).toEqual([[88], [120]]);
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'priority']);
  });
  it('reads "she\'s the mum" said of one as her, a sex said of "the kid" in its sentence as the kid, a later one as another', () => {
    const found = records(
      "Car hit the barrier. Whole family in there. The woman up front, she's the mum, frag to the right thigh, " +
        'tourniquet right thigh. Then the kid in the back, little girl, maybe five, burns to both hands, pulse 140. ' +
        "The teenage son didn't have a scratch on him. Mum was pale, pulse 110.",
    );
    expect(pulses(found)).toEqual([[110], [140]]);
    expect(found.map((r) => (r.interventions ?? []).length)).toEqual([1, 0]);
  });
  it('reads a medic who "got a line in grandpa\'s arm" as the one giving care, no casualty of his own', () => {
    const found = records(
      'Truck rolled on the bypass. Family inside. Grandpa is in the back, open fracture of the left shin, splinted. ' +
        "Ramos got an IV in grandpa's right arm. Then there is the baby, crying, pulse 150.",
    );
    expect(found).toHaveLength(2);
    expect(found[0].interventions?.map((i) => i.type)).toEqual(['splint', 'iv']);
    expect(found[0].casualty?.name).toBeUndefined();
  });
  it('keeps "cuts all over his face" as the one casualty\'s, not a phrase said of all of them', () => {
    const found = records(
      'Family of three. Dad is driving, not a scratch. Grandma is beside him, pulse 92. Then there is the little ' +
        'boy, cuts all over his face, pulse 124.',
    );
    expect(found.map((r) => (r.injuries ?? []).map((i) => i.location))).toEqual([[], ['face']]);
  });
  it('turns to a woman spoken of only as "her" when a sentence opens with "she" in the boy\'s words', () => {
    const found = records(
      'Pickup hit a mine. Family inside. Driver lady, frag to her left calf, tourniquet on her left thigh. The kid in the back, ' +
        'little boy, burn to the right hand. He was crying the whole time. She was pale, pulse 136.',
    );
    expect(pulses(found)).toEqual([[136], []]);
  });
  it('gives each the sex its role says ("Grandfather", "the young girl", she too when called "the kid"), no card to one unhurt', () => {
    const found = records(
      'Taxi flipped at the roundabout. Family of four. Mum is up front, not a scratch on her. Grandfather is behind ' +
        'her, scalp lac, pressure dressing on the head. Then there is the young girl, burn to the left forearm, ' +
        'cool water and a dressing. The kid, cut to the chin, pulse 100.',
    );
    expect(found.map((r) => r.casualty?.sex)).toEqual(['male', 'female']);
  });
  it('opens a relative brought in as "his" or "her" kin, and the homeowner, once several are said', () => {
    const found = records(
      'Fire in a farmhouse, two casualties. The homeowner, a man in his sixties, smoke inhalation, pulse 104. Her ' +
        'grandson, maybe twelve, burn to the left hand, pulse 128.',
    );
    expect(pulses(found)).toEqual([[104], [128]]);
    // Said of one casualty only, "his" wife is no one else brought in.
    expect(records('The driver, GSW left thigh, pulse 120. His wife was told at the gate, she is fine.')).toHaveLength(
      1,
    );
  });
});
