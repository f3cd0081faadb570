import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('care wanted or weighed', () => {
  it('is not care given, with or without "to" or "about"', () => {
    expect(
      extractRecord('We want give morphine IM, but he allergic, so we give ketamine 50 milligram IM.').medications,
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
    expect(extractRecord('Thinking fentanyl... nope, ondansetron 4 mg IV first.').medications).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
    expect(extractRecord('He wanted morphine; gave him Tylenol 1000 mg PO.').medications).toEqual([
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
    ]);
  });
});

describe('an attempt said to get nowhere', () => {
  it('places nothing, while the line placed after it is placed', () => {
    expect(
      extractRecord('Went for an IV in the left hand, no luck, IO in the left tibia at 0812.').interventions,
    ).toEqual([{ type: 'io', location: 'left_leg', time: '08:12' }]);
    expect(extractRecord('Two goes at an IV, no joy. Sternal IO at 0910.').interventions).toEqual([
      { type: 'io', location: 'chest', time: '09:10' },
    ]);
    expect(
      extractRecord('Had a go at an IV in his right hand and blew it. IO, left tibia, 0431.').interventions,
    ).toEqual([{ type: 'io', location: 'left_leg', time: '04:31' }]);
  });
  it('places nothing for attempts said blown or missed, while a blown pupil leaves the line said after it', () => {
    expect(extractRecord('Three IV attempts missed, so humeral IO, right side, 1720.').interventions).toEqual([
      { type: 'io', location: 'right_arm', time: '17:20' },
    ]);
    expect(extractRecord('Right pupil blown. IV R AC 1722.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '17:22' },
    ]);
  });
});

describe('a hedge cut off by a dictation stop mid-phrase', () => {
  it('still covers what is said after the stop', () => {
    expect(extractRecord('Fentanyl 50 mcg IV at 1210. Considering the. Ketamine. BP is soft.').medications).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '12:10' },
    ]);
    expect(extractRecord('Morphine 4 mg IV. Thinking about another. 4 mg. Holding for now.').medications).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV' },
    ]);
  });
  it('does not reach past a stop after a whole word', () => {
    expect(extractRecord('Thinking. Ketamine 20 mg IV.').medications).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV' },
    ]);
  });
});

describe('care weighed in the present tense', () => {
  it('is not care given ("I think about", "he thinks about")', () => {
    expect(extractRecord('Fentanyl 50 mcg IV. I think about ketamine too, but not now.').medications).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV' },
    ]);
    expect(extractRecord('Doc thinks about a tourniquet. Pressure dressing on the left arm.').interventions).toEqual([
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
  });
});

describe('a dose said not to have gone in yet', () => {
  it('is no dose given', () => {
    expect(extractRecord('Ketamine fifty milligrams IM at 0915. The second dose is not in yet.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:15' },
    ]);
    expect(extractRecord("TXA 1 g IV at 2210. Second gram isn't in yet.").medications).toEqual([
      { name: 'txa', dose: '1 g', route: 'IV', time: '22:10' },
    ]);
  });
});

describe('care offered', () => {
  it('is no care given, whether refused or not said taken', () => {
    expect(extractRecord('Offered morphine, he said no. Splinted the left wrist.').medications).toBeUndefined();
    expect(
      extractRecord('We offered her fentanyl but she declined; gave Tylenol 650 mg PO instead.').medications,
    ).toEqual([{ name: 'acetaminophen', dose: '650 mg', route: 'PO' }]);
  });

  it('is no care given while it is being offered, and the next drug said given still is', () => {
    expect(
      extractRecord('Offering her ketamine, the intranasal — she shakes her head. Meloxicam 15 mg PO, she takes that.')
        .medications,
    ).toEqual([{ name: 'meloxicam', dose: '15 mg', route: 'PO' }]);
  });
});

describe('care put off', () => {
  it('is not care given: "holding off on", "hold off"', () => {
    expect(extractRecord('Tent is warm, holding off on the hypothermia wrap. TQ left arm 0930.').interventions).toEqual(
      [{ type: 'tourniquet', location: 'left_arm', time: '09:30' }],
    );
    expect(extractRecord('Going to hold off the TXA, bleeding is controlled. Ketamine 20 mg IV.').medications).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV' },
    ]);
  });
  it('covers only care, not the priority said after it', () => {
    expect(extractRecord('was going to start a line but holding off he is stable routine').evac_priority).toBe(
      'routine',
    );
  });
});

describe('a withholding verb said before the drug it withholds', () => {
  it('covers the drug after it, and still covers the one before it when said after', () => {
    expect(extractRecord('Amputation left foot. Not given TXA, no access yet.').medications).toBeUndefined();
    expect(extractRecord('Held the ketamine, his pressure is soft. Fentanyl 50 mcg IN at 0415.').medications).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IN', time: '04:15' },
    ]);
    expect(extractRecord('She was not given any morphine before the bird arrived.').medications).toBeUndefined();
    expect(extractRecord('Morphine held, ondansetron 4 mg IV.').medications).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
  });
});

describe('care said in a report not to have been attempted or performed', () => {
  it('records no device "not attempted" or "not performed"', () => {
    const record = extractRecord(
      'An NPA was not attempted because of the jaw wound. A cricothyroidotomy was performed at 0310. Needle decompression was not performed.',
    );
    expect(record.interventions).toEqual([{ type: 'cric', time: '03:10' }]);
  });
});

describe('care put off until the one speaking arrives', () => {
  it('records no line or drug to be given "when I get there"', () => {
    const record = extractRecord('Doc: Keep pressure on it. I will start an IV when I get there, ten minutes.');
    expect(record.interventions).toBeUndefined();
  });
});

describe('an attempt said to have got nowhere', () => {
  it('records no line that could not be got in', () => {
    expect(
      extractRecord('Went for an IV in his left hand and could not get it in, IO right humerus at 1012.').interventions,
    ).toEqual([{ type: 'io', location: 'right_arm', time: '10:12' }]);
    expect(extractRecord("Tried a line in the right AC, couldn't get one.").interventions).toBeUndefined();
  });
  it('keeps a device that is on but not as tight as wanted', () => {
    expect(extractRecord("CAT on the right thigh, couldn't get it tight enough.").interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg' },
    ]);
  });
});

describe('care told to be offered, or a wound too high for a device', () => {
  it('records no drug only to be offered', () => {
    expect(extractRecord('Offer him ketamine, 50 mg IM, if the pain gets worse.').medications).toBeUndefined();
  });
  it('records no tourniquet the wound is too high for', () => {
    expect(
      extractRecord('GSW to the left armpit, too high for a tourniquet, packed with combat gauze.').interventions?.map(
        (i) => i.type,
      ),
    ).toEqual(['hemostatic_dressing']);
  });
});

describe('a tourniquet said as a verb that cannot be done', () => {
  it('places none, and leaves the care said after it', () => {
    expect(
      extractRecord("Bleeder's high in the left groin, can't tourniquet it. Packing the groin with Combat Gauze.")
        .interventions,
    ).toEqual([{ type: 'hemostatic_dressing', location: 'groin' }]);
    expect(extractRecord('Tried one IV, blew it, went IO instead.').interventions).toEqual([{ type: 'io' }]);
    expect(extractRecord("Line wouldn't thread in the left hand, so a tibial IO, right side.").interventions).toEqual([
      { type: 'io', location: 'right_leg' },
    ]);
  });
});

describe('a line begun and turned from for the other kind', () => {
  it('places only the line put in instead', () => {
    expect(
      extractRecord('Went for an IV in his right arm - no, both arms are torn up, going IO, left tibia, 0502.')
        .interventions,
    ).toEqual([{ type: 'io', location: 'left_leg', time: '05:02' }]);
  });
  it('still reads a side said after the "no" as the corrected place', () => {
    expect(extractRecord('IV in the left hand, no, right hand, 0640.').interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '06:40' },
    ]);
  });
});

describe('a giving verb said again after what a negation covers', () => {
  it('starts a clause the negation does not reach', () => {
    expect(
      extractRecord("she's allergic so i'm not giving the morphine i'm giving ketamine fifty milligrams i m")
        .medications,
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
  });
});

describe('kit made ready', () => {
  it('is no care done', () => {
    expect(extractRecord('Cric kit was laid out; he kept his own airway. NPA right nare.').interventions).toEqual([
      { type: 'npa' },
    ]);
  });
});

describe('care only said aloud, and a drug written as an allergy', () => {
  it('is not care given', () => {
    expect(extractRecord('She verbalized a chest seal, then moved on to the airway.').interventions).toBeUndefined();
    expect(extractRecord('He verbalized and placed an NPA, right nostril.').interventions).toEqual([{ type: 'npa' }]);
  });
  it("reads a bare drug after an allergies field's colon as the allergen, a dosed one as given", () => {
    expect(extractRecord('Allergies: codeine. HR 88.').medications).toBeUndefined();
    expect(extractRecord('Allergies: ketamine 50 mg IM at 1400.').medications).toHaveLength(1);
  });
});

describe('care said not to happen', () => {
  it('is not done, and care done after it stands', () => {
    expect(extractRecord("Line's not happening with these veins. IO left tibia, 0440.").interventions).toEqual([
      { type: 'io', location: 'left_leg', time: '04:40' },
    ]);
  });
});

describe('a drug ruled out', () => {
  it('is not given, and the drug given before it stands', () => {
    expect(extractRecord('0401 ketamine 50 mg IV, slow. Morphine not an option – allergy.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IV', time: '04:01' },
    ]);
    expect(extractRecord('Ertapenem 1 g IV – moxi out of the question.').medications).toEqual([
      { name: 'ertapenem', dose: '1 g', route: 'IV' },
    ]);
  });
});

describe('a drug weighed and held in a log cell or after a dash', () => {
  it('is not given, and a drug given in the next row stands', () => {
    const log =
      '| Time | Item | Note |\n|---|---|---|\n| 1310 | morphine | discussed, held - BP low |\n| 1312 | TXA | 2 g IV |';
    expect(extractRecord(log).medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV' }]);
    expect(extractRecord('1310 morphine - considered, not given.').medications).toBeUndefined();
  });
  it('is not done when an arrow leads to the hedge', () => {
    const note = '4) Chest seal -> considered, not placed, wound is small.\n5) NPA -> 0712.';
    expect(extractRecord(note).interventions).toEqual([{ type: 'npa', time: '07:12' }]);
  });
});

describe('care told to a class or only talked of', () => {
  it('is not given when it would have been, or is said of the listeners', () => {
    const r = extractRecord(
      "Back then you'd have pushed a liter of LR on him. Most of you would reach for a needle decompression here; he got a chest seal on the right chest at 1410. Any of you who wants to give morphine, think again.",
    );
    expect(r.fluids).toBeUndefined();
    expect(r.medications).toBeUndefined();
    expect(r.interventions).toEqual([{ type: 'chest_seal', location: 'chest', time: '14:10' }]);
  });

  it('is no giving when it names the window a drug is given in', () => {
    expect(extractRecord('Remember, you have three hours for tranexamic acid.').medications).toBeUndefined();
  });

  it('is not done when only talked about, and is done when a relay says he did it', () => {
    const r = extractRecord(
      "The LT said something about a cric, it wasn't done. Doc says he put a tourniquet on the left leg at 0412. Doc says push ketamine 50 mg IM.",
    );
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '04:12' }]);
    expect(r.medications).toBeUndefined();
  });
});

describe('care said not had yet', () => {
  it('is not care given ("hasn\'t had any", "haven\'t gotten")', () => {
    expect(extractRecord("Burns to both hands. She hasn't had any morphine, pulse 96.").medications).toBeUndefined();
    expect(extractRecord("Frag right calf. They haven't gotten ketamine yet. HR 100.").medications).toBeUndefined();
    expect(extractRecord('Frag right calf, ketamine 50 mg IM at 0915.').medications?.[0]?.name).toBe('ketamine');
  });
});

describe('a training injury', () => {
  it('is no wound: simulated, sim or fake, while the real care said after it is read', () => {
    const record = extractRecord(
      'Trauma lane, role-player in moulage with a simulated amputation of the left leg and sim burns to the arms. ' +
        'During the drill SPC Wren Hale tripped on the berm and cut her right palm, pressure dressing right hand 1012.',
    );
    expect(record.mechanism).toBeUndefined();
    expect(record.injuries).toBeUndefined();
    expect(record.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '10:12' }]);
    const blast = extractRecord(
      'Her makeup is a fake gunshot on the thigh; really she has a blast wound to the chest.',
    );
    expect(blast.mechanism).toEqual(['blast']);
  });

  it('leaves a real wound said without those words alone', () => {
    expect(extractRecord('GSW to the left thigh, simple and through and through.').injuries).toEqual([
      { type: 'gsw', location: 'left_leg' },
    ]);
  });
});

describe('a finding written off as "neg"', () => {
  it('is no finding, while a blood type said "neg" denies nothing', () => {
    expect(extractRecord('Blast at 0640. TBI screen neg, pupils equal. HR 84 at 0700.').injuries).toBeUndefined();
    expect(extractRecord('LTOWB A neg 500 ml IV at 0712, then HR 102.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IV', time: '07:12' },
    ]);
  });
});

describe('a line said missed', () => {
  it('places no line, and the next one tried is read', () => {
    expect(
      extractRecord('Cold hands, missed the IV in his right forearm. Going IO, sternal, in at 0207.').interventions,
    ).toEqual([{ type: 'io', location: 'chest', time: '02:07' }]);
  });
  it('still reads a wound the medic says he missed on the first look', () => {
    expect(extractRecord('Missed the GSW to his left calf on the first sweep.').injuries).toEqual([
      { type: 'gsw', location: 'left_leg' },
    ]);
  });
});

describe('a device that cannot go on', () => {
  it('reads no splint that cannot go on', () => {
    expect(
      extractRecord("Ankle's broken, can't splint it in this vehicle, padding it instead.").interventions ?? [],
    ).toEqual([]);
  });
});
