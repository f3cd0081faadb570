import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const sign = (found: TcccRecord[], key: 'pulse' | 'systolic'): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v[key]).filter((p) => p !== undefined));

describe('a casualty named again by its count, by whose a reading is, and in a correction that moves a reading', () => {
  it('reads "casualty two\'s pulse" inside a sentence about casualty one as casualty two\'s', () => {
    const found = records(
      'Casualty one of two, GSW left leg, pulse 110. Casualty two of two, burns right hand, pulse 90. ' +
        "Back to casualty one, tourniquet left leg at 1410, casualty two's pulse is 96.",
    );
    expect(sign(found, 'pulse')).toEqual([[110], [90, 96]]);
  });
  it('reads "two of two" and "one of two" opening a sentence as those casualties once they were labelled so', () => {
    const found = records(
      'Casualty one of two, GSW right arm, pulse 120. Casualty two of two, frag left leg, pulse 100. ' +
        'One of two also got TXA 2 g IV. Two of two pulse 88.',
    );
    expect(sign(found, 'pulse')).toEqual([[120], [100, 88]]);
    expect(found.map((r) => (r.medications ?? []).map((m) => m.name))).toEqual([['txa'], []]);
  });
  it('never splits one casualty at "one of two tourniquets"', () => {
    const found = records('GSW left thigh, two tourniquets. One of two tourniquets at 1410, pulse 120. Urgent.');
    expect(found).toHaveLength(1);
  });
  it('gives a reading a correction says "was casualty one" to casualty one, and not to the one spoken of', () => {
    const found = records(
      'Casualty one of two, GSW right arm, pulse 120. Casualty two of two, frag to the neck, pulse 130, BP ninety ' +
        "over sixty, correction, the ninety over sixty was casualty one, casualty two's BP is 80/50.",
    );
    expect(sign(found, 'systolic')).toEqual([[90], [80]]);
    expect(sign(found, 'pulse')).toEqual([[120], [130]]);
  });
  it('gives no one the clause a correction moves to casualty one without saying the reading again', () => {
    const found = records(
      'Casualty one of two, GSW right arm, pulse 120. Casualty two of two, frag to the neck, pulse 130, ' +
        'correction, that last pulse was casualty one, casualty two is urgent.',
    );
    expect(sign(found, 'pulse')).toEqual([[120], []]);
  });
  it('reads a known name right after a correction opening the sentence as a switch to that casualty', () => {
    const [haddad, moore] = records(
      'Casualty one is Corporal Haddad, burns to the left hand. Casualty two is Private Moore, GSW right thigh. ' +
        'Both routine. Correction Haddad is priority.',
    );
    expect([haddad.evac_priority, moore.evac_priority]).toEqual(['priority', 'routine']);
  });
  it('moves a thing said of one casualty to the one a correction says it is on ("is on Tango Whiskey, not Alpha Romeo")', () => {
    const [a, b, ...rest] = records(
      'Two hurt by the rocket. Alpha Romeo four four one two has burns to the right hand. SAM splint on the left leg, ' +
        'pulse 92. Tango Whiskey seven seven zero one has a broken left ankle, pulse 104. Wait, the splint is on ' +
        'Tango Whiskey, not Alpha Romeo. Alpha Romeo is priority.',
    );
    expect(rest).toEqual([]);
    expect([a.interventions, b.interventions]).toEqual([undefined, [{ type: 'splint', location: 'left_leg' }]]);
    expect(sign([a, b], 'pulse')).toEqual([[92], [104]]);
  });
  it('moves a thing a correction says is not on one casualty but went on another labelled there ("it went on patient two")', () => {
    const found = records(
      'Patient one, PFC Soto, frag to the left forearm, chest seal on the right chest, pulse 104. Correction, the chest ' +
        'seal is not on Soto, it went on patient two. Patient two, SPC Lind, GSW right chest, pulse 128.',
    );
    expect(found).toHaveLength(2);
    expect(found.map((r) => (r.interventions ?? []).map((i) => i.type))).toEqual([[], ['chest_seal']]);
    expect(sign(found, 'pulse')).toEqual([[104], [128]]);
  });
  it("moves a reading a correction says was one named casualty's, not another's, across his own words said since", () => {
    const found = records(
      'Three from the mortar. first is Pike, burns to both hands. second is Corporal Vance, frag to the right knee. ' +
        'third is Ross, GSW left shoulder. Pike, pulse one ten, pain seven. Vance, pulse ninety. Ross, pulse one ' +
        'hundred, he is alert. sorry, scratch that, the pain seven was Ross, not Pike.',
    );
    expect(found).toHaveLength(3);
    expect(found.map((r) => (r.vitals ?? []).map((v) => v.pain).filter((p) => p !== undefined))).toEqual([[], [], [7]]);
    expect(sign(found, 'pulse')).toEqual([[110], [90], [100]]);
  });
});

describe("a thing said to be another casualty's by the possessive alone", () => {
  it('moves "Ketamine is Marsh\'s, wrong line." and a footnote\'s "*Ketamine is Marsh\'s" to Marsh', () => {
    for (const note of ["Ketamine is Marsh's, wrong line.", "*Ketamine is Marsh's, I wrote it on the wrong line."]) {
      const [a, b] = extractCasualties(
        `Patient 1, SGT Lena Ortiz: burns R hand. Ketamine 30 mg IM 1410${note.startsWith('*') ? '*' : ''}.\n` +
          `Patient 2, PFC Cole Marsh: GSW L thigh. TQ L thigh 1402.\n${note}`,
      ).casualties.map((c) => c.record);
      expect(a.medications).toBeUndefined();
      expect(b.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '14:10' }]);
    }
  });
});
