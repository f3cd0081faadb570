import { describe, expect, it } from 'vitest';
import { withoutAnimalCare } from './animal-patients.js';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('withoutAnimalCare', () => {
  it("leaves a working dog's care off its handler's record, and reads his own after the turn back", () => {
    const [r, ...more] = records(
      'Corporal Ines Varga, the handler, blast caught her at 0915, frag to the left calf. Israeli on the left calf. ' +
        'Next Bruno, our shepherd, male, cut across his left hind leg, gushing. Kerlix into it, wrapped tight. ' +
        'His gums look white. Back to Varga: HR 112, BP 108/70, pain 6. Ketamine 30 mg IM. Bruno rides with her.',
    );
    expect(more).toEqual([]);
    expect(r.casualty?.name).toBe('Ines Varga');
    expect(r.injuries).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
    expect(r.vitals).toEqual([{ pulse: 112, systolic: 108, diastolic: 70, pain: 6 }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM' }]);
  });

  it('knows the dog by a name opening a sentence about its paw, and ends its words at a pronoun it is not called by', () => {
    const [r] = records(
      'SPC Omar Haddad, K9 handler, round through the right shin. CAT right leg at 1402. Now Zeus: grazed along the ' +
        "ribs, he's yelping. Pressure dressing on it. Zeus's IV, left paw, saline running. Checking her — wait, " +
        'checking Haddad again, pulse 98 at 1410.',
    );
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '14:02' }]);
    expect(r.fluids).toBeUndefined();
    expect(r.vitals).toEqual([{ time: '14:10', pulse: 98 }]);
  });

  it("keeps a sentence about the person that only mentions the dog, and a narrative naming no dog's care whole", () => {
    const text =
      'Handler is PFC Lena Ortiz. She keeps asking if Ranger is okay, confused, repeating herself. Pulse 90. ' +
      'Ranger, the dog, is unhurt.';
    expect(withoutAnimalCare(text).startsWith('Handler is PFC Lena Ortiz. She keeps asking if Ranger is okay')).toBe(
      true,
    );
    const bitten = 'Bitten by a stray dog on the left forearm at 0230. Pressure dressing left forearm. Pulse 88.';
    expect(withoutAnimalCare(bitten)).toBe(bitten);
    const unit = 'SGT Amy Cole, 49th MWD Detachment, GSW left thigh. TQ left leg 1101.';
    expect(withoutAnimalCare(unit)).toBe(unit);
  });

  it('blanks a count that includes an animal, keeping offsets', () => {
    const text = 'Two to treat, one of them on four legs. First the handler, SSG Ray Moss, burns to both hands.';
    const out = withoutAnimalCare(text);
    expect(out).toHaveLength(text.length);
    expect(out.trimStart().startsWith('. First the handler')).toBe(true);
  });

  it("never takes a speaker whose line names a dog for the dog: his lines stay the casualties'", () => {
    const [a, b, ...more] = records(
      [
        'Mbeki: Two for you. Litter one, Corporal Sun Li, frag to the right calf, TQ right leg at 1415.',
        'Nurse: Pain?',
        'Mbeki: Ketamine 40 mg IM at 1420. Litter two, Private Omar Said, burns to the left hand, dressed.',
        'Nurse: Anyone else?',
        'Mbeki: Working dog, cut on the right foreleg, he goes with the vet.',
      ].join('\n'),
    );
    expect(more).toEqual([]);
    expect(a.casualty?.name).toBe('Sun Li');
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '14:15' }]);
    expect(a.medications).toEqual([{ name: 'ketamine', dose: '40 mg', route: 'IM', time: '14:20' }]);
    expect(b.casualty?.name).toBe('Omar Said');
  });

  it('takes a dog handler, and a label before him, for a person', () => {
    const text =
      'Mortar round, two hurt. First, the driver, burns to both hands. Second, the dog handler, Corporal Tomas ' +
      'Lindahl, frag to the right calf, pressure dressing on the right leg, pulse 96. His dog took a cut to the ear.';
    expect(withoutAnimalCare(text)).toContain('Second, the dog handler, Corporal Tomas Lindahl, frag');
    const [, handler, ...more] = records(text);
    expect(more).toEqual([]);
    expect(handler.casualty?.name).toBe('Tomas Lindahl');
    expect(handler.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
  });

  it('still takes a dog named with a colon in prose for the dog', () => {
    const out = withoutAnimalCare('Sergeant Ana Ruiz, frag left arm. Rex: our dog, paw cut, gauze on the paw.');
    expect(out).toContain('Sergeant Ana Ruiz, frag left arm.');
    expect(out).not.toContain('gauze');
  });
});
