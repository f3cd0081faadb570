import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readMistakenNames } from './mistaken-names.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a name the medic took back', () => {
  it('reads the words before a new name as that name, and the other name as the second casualty', () => {
    const text =
      'Two hurt in the blast. First one, this is Okonkwo... Okonkwo, talk to me... no, hang on, Okonkwo is the other ' +
      'guy, he was on the radio. This is Petrakis, the driver. Petrakis, hold still. Burns to the right hand, burn ' +
      'dressing on it. Pulse ninety-six. Moving on to Okonkwo. Shot in the left thigh, tourniquet left thigh at 1403. ' +
      'Pulse one twenty. Okonkwo urgent surgical. Petrakis routine.';
    const [petrakis, okonkwo, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect(petrakis.casualty?.name).toBe('Petrakis');
    expect(petrakis.evac_priority).toBe('routine');
    expect(petrakis.injuries).toEqual([{ type: 'burn', location: 'right_arm' }]);
    expect(petrakis.vitals).toEqual([{ pulse: 96 }]);
    expect(okonkwo.casualty?.name).toBe('Okonkwo');
    expect(okonkwo.evac_priority).toBe('urgent_surgical');
    expect(okonkwo.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:03' }]);
  });
  it('renames a man told by his first name and surname, the wrong name gone before the correction', () => {
    const text =
      "Corporal says he's Imani Waweru. Cut to the forehead. That's not Waweru's. Okay, this is Brandt, the " +
      'corporal had it wrong.';
    expect(readMistakenNames(text)?.value).toBe(
      "Corporal says he's Brandt. Cut to the forehead.  Okay, this is Brandt, the corporal had it wrong.",
    );
  });
  it('trades two names the medic says he had flipped, before the words that found it out', () => {
    const text =
      'Two down. Near one is Ito, frag to the left arm, TQ left arm 0905. Far one, Salazar, dazed, head injury. ' +
      'Wait. His tag says Ito. So the TQ guy is Salazar, not Ito, had them flipped. Ito: ondansetron 4 mg IV 0915.';
    expect(readMistakenNames(text)?.value).toBe(
      'Two down. Near one is Salazar, frag to the left arm, TQ left arm 0905. Far one, Ito, dazed, head injury. ' +
        'Wait. His tag says Ito. Ito: ondansetron 4 mg IV 0915.',
    );
  });
  it('reads a second name taken back in the words the first correction left', () => {
    const text =
      'Four hurt. This is Haddad, GSW left thigh... No, wait, Haddad is the other one. This is Lindqvist. TQ left ' +
      'thigh 1410. Next, Bashir, burns to the face. Hold on, that is not Bashir. This is Nowak. Nowak pulse 120. ' +
      'Over to Bashir, pulse 90, ketamine 50 mg IM. Moving to Haddad, frag right arm, pressure dressing.';
    const nowak = records(text).find((r) => r.casualty?.name === 'Nowak');
    const bashir = records(text).find((r) => r.casualty?.name === 'Bashir');
    expect(nowak?.injuries).toEqual([{ type: 'burn', location: 'face' }]);
    expect(nowak?.vitals).toEqual([{ pulse: 120 }]);
    expect(bashir?.injuries).toBeUndefined();
    expect(bashir?.vitals).toEqual([{ pulse: 90 }]);
  });
  it('changes nothing where no name is taken back', () => {
    expect(readMistakenNames('Two down. Mensah is the other one, shot in the leg. This is Kaur, burns.')).toBeNull();
    expect(readMistakenNames("This is Kaur, not the driver. Kaur's burned.")).toBeNull();
    // A name denied with no new name for the man: nothing to read him by.
    expect(readMistakenNames("Tag says Mensah. That's not Mensah's. Burns to both hands.")).toBeNull();
  });
});
