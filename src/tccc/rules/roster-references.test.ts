import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties told by battle roster number', () => {
  it('opens a casualty at a spoken roster number that is the subject of its sentence', () => {
    const [first, second] = records(
      'Two casualties, same RPG at 0610. Delta Foxtrot three three one two has a GSW to the right calf, TQ at 0614. ' +
        'Yankee Papa seven seven four zero lost two fingers, pressure dressing on the left hand. Both urgent.',
    );
    expect(first.casualty).toEqual({ battle_roster: 'DF3312' });
    expect(first.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '06:14' }]);
    expect(second.casualty).toEqual({ battle_roster: 'YP7740' });
    expect(second.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm' }]);
  });
  it('turns back to a casualty called by the letters of his roster number alone', () => {
    const rs = records(
      'Two casualties. Echo Golf one two one two has burns to both hands. Romeo Sierra four four zero one has a ' +
        'laceration to the scalp, pressure dressing on it. Echo Golf is priority. Romeo Sierra is routine.',
    );
    expect(rs.map((r) => r.evac_priority)).toEqual(['priority', 'routine']);
    expect(rs[1].interventions).toEqual([{ type: 'pressure_dressing', location: 'head' }]);
  });
  it('names each casualty from a closing list that calls them by the digits of their roster numbers', () => {
    const rs = records(
      'Two casualties. Echo Golf one two one two has burns to both hands. Romeo Sierra four four zero one has a ' +
        'cut on the scalp. Names: one two one two is Corporal Dana Ibsen, four four zero one is Private Luis Ortega.',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Dana Ibsen', 'Luis Ortega']);
  });
  it('keeps a wound said of the casualty being spoken of on him ("is the one with the leg")', () => {
    const rs = records(
      'Two hurt. Kilo Tango five five one zero is the one with the arm: TQ left arm at 1102. ' +
        'Lima Charlie two two three three has a burn on the neck.',
    );
    expect(rs).toHaveLength(2);
    expect(rs[0].interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '11:02' }]);
  });
  it("takes a roster number's letters said alone as no other person, so the name given his digits after is his", () => {
    const rs = records(
      'Two hurt by the mortar. Delta Foxtrot two two three one has frag in the left calf, pulse 100. ' +
        'Hotel Sierra nine nine four zero has burns to the neck, pulse 118. Delta Foxtrot is fine otherwise. ' +
        'Hotel Sierra has no other wounds. Names: two two three one is Corporal Ines Vaughn, nine nine four zero is ' +
        'Private Okoro.',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Ines Vaughn', 'Okoro']);
  });
});

describe('casualties known only by rosters counted as they are given', () => {
  it('cuts at "First roster, …", "Second roster is …" and turns back at "the first roster"', () => {
    const [a, b, ...rest] = records(
      'Two hurt by the same blast. First roster, romeo tango four four zero two, frag left thigh, tourniquet at ' +
        'oh six ten. Second roster is bravo echo one one seven three, he has a cut on his scalp, pressure dressing. ' +
        'Back to the first roster. TXA two grams IV at oh six twenty.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.battle_roster).toBe('RT4402');
    expect(a.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '06:20' }]);
    expect(b.casualty?.battle_roster).toBe('BE1173');
    expect(b.medications).toBeUndefined();
  });
  it('turns to a roster counted and typed ("Second roster again, BE1173:"), not to one only spoken of', () => {
    const [a, b, ...rest] = records(
      'Mortar round, two hurt. Romeo tango four four zero two: burns to the neck. Bravo echo one one seven three: ' +
        'frag right forearm, he carried the first roster to the truck with me. First roster, RT4402: fentanyl 800 mcg ' +
        'OTFC at 1410. Second roster again, BE1173: pressure dressing right forearm at 1415.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.battle_roster).toBe('RT4402');
    expect(a.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:10' }]);
    expect(a.interventions).toBeUndefined();
    expect(b.casualty?.battle_roster).toBe('BE1173');
    expect(b.medications).toBeUndefined();
    expect(b.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '14:15' }]);
  });
  it('gives what "it was <roster> that got" names to him, and the taken-back words to no one', () => {
    const [a, b, ...rest] = records(
      'Two hurt in the rollover. Delta kilo two two zero nine: scalp lac, pressure dressing. Yankee mike eight one ' +
        'four four: open fracture left shin, splint. Delta kilo two two zero nine: fentanyl lozenge 800 mcg to ' +
        'yankee... no, it was yankee mike eight one four four that got the fentanyl, 800 mcg OTFC at 0912. ' +
        'He is allergic to sulfa.',
    );
    expect(rest).toEqual([]);
    expect(a.medications).toBeUndefined();
    expect(a.casualty?.allergies).toBeUndefined();
    expect(b.casualty).toEqual({ battle_roster: 'YM8144', allergies: 'sulfa' });
    expect(b.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '09:12' }]);
  });
});

describe('a roster number said in a numbered casualty’s first sentence, said again to triage him', () => {
  const opening =
    'Two hurt when the Humvee rolled. Patient 1, roster golf november five five one zero. Open fracture right ' +
    'forearm, splinted. Pulse 100. Patient 2, roster echo tango two two four eight. Scalp laceration, dressed. ' +
    'Pulse 80. ';
  const triage = (said: string): (string | undefined)[] =>
    extractCasualties(opening + said).casualties.map((c) => c.record.evac_priority);
  it('is that casualty, no third one', () => {
    expect(triage('GN5510 priority.')).toEqual(['priority', undefined]);
  });
  it('is that casualty heading an evacuation list after its colon', () => {
    expect(triage('Medevac: ET2248 routine.')).toEqual([undefined, 'routine']);
  });
});
