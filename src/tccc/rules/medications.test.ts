import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications ?? [];
const fluids = (text: string) => extractRecord(text).fluids ?? [];

describe('medications', () => {
  it('reads epinephrine said short in a code ("Epi") as a drug of no listed name', () => {
    expect(meds('Pulseless. Epi one milligram IV at 0412, CPR continued.')).toEqual([
      { name: 'other', dose: '1 mg', route: 'IV', time: '04:12' },
    ]);
  });
  it('reads dose with unit, route and time, typed or spoken', () => {
    expect(meds('TXA 2g IV 1440. T X A two grams I O at fourteen forty five. fentanyl fifty micrograms IV.')).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '14:40' },
      { name: 'txa', dose: '2 g', route: 'IO', time: '14:45' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV' },
    ]);
  });
  it('maps brands to generics and OTFC to fentanyl', () => {
    expect(meds('Zofran 4 mg IV. OTFC 800mcg 1445. Tylenol 1 g PO. Motrin 800 mg PO.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:45' },
      { name: 'acetaminophen', dose: '1 g', route: 'PO' },
      { name: 'other', dose: '800 mg', route: 'PO' },
    ]);
  });
  it('does not record a drug that was considered and then not given or held', () => {
    expect(meds('Morphine considered, not given due to hypotension. TXA considered but held.')).toEqual([]);
    expect(meds('Ketamine considered, then given 50 mg IM.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
    ]);
  });
  it('reads a form name right after the same drug as its route, not a second dose', () => {
    expect(meds('Gave fentanyl 800 mcg OTFC at 1420.')).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:20' },
    ]);
    expect(meds('fentanyl lozenge 800 mcg 1430. Then fentanyl 50 mcg IV 1450.')).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '14:30' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '14:50' },
    ]);
  });
  it('applies a route said once to each drug of the list', () => {
    expect(meds('meloxicam 15 mg and Tylenol 1300 mg by mouth.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO' },
      { name: 'acetaminophen', dose: '1300 mg', route: 'PO' },
    ]);
  });
  it('reads intranasal and only capital IN as a route', () => {
    expect(meds('ketamine fifty milligrams intranasal. ketamine 20 mg IN.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IN' },
      { name: 'ketamine', dose: '20 mg', route: 'IN' },
    ]);
  });
  it('reads the written shorthand "ket" as ketamine', () => {
    expect(meds('ket 25mg IM 1105')).toEqual([{ name: 'ketamine', dose: '25 mg', route: 'IM', time: '11:05' }]);
  });
  it('reads "i n" spelled out right after a dose as intranasal, and no other "i n"', () => {
    expect(meds('naloxone four milligrams i n now')).toEqual([{ name: 'naloxone', dose: '4 mg', route: 'IN' }]);
    expect(meds('ketamine twenty milligrams, i never gave more')).toEqual([{ name: 'ketamine', dose: '20 mg' }]);
  });
  it('drops a drug said after "holding" or "hold": held back, not given', () => {
    expect(meds('Morphine? Holding off on the morphine, BP is soft. TXA 2 g IV.')).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV' },
    ]);
  });
  it('drops considered, held and abandoned drugs', () => {
    expect(
      meds(
        'considered T X A but held it. I was gonna give the fentanyl lozenge but went with ketamine instead, ketamine 50 mg IM.',
      ),
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
  });
});

describe('fluids', () => {
  it('reads volumes before or after the name, and a unit of whole blood as 500 ml', () => {
    expect(
      fluids('hung one unit of whole blood through the I O at 1442. LR 1 L IV 1510. five hundred mils of hextend IV.'),
    ).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '14:42' },
      { name: 'crystalloid', volume_ml: 1000, route: 'IV', time: '15:10' },
      { name: 'hextend', volume_ml: 500, route: 'IV' },
    ]);
  });
  it('reads a drug whose first letters a recording cut off, once several fragments open so', () => {
    // The narrative's words are restored before it is read by casualty (words-said.ts), as the app reads it.
    const medications = (text: string) => extractCasualties(text).casualties[0].record.medications;
    const clipped = '...ell off the roof. ...ulse ninety. ...etamine, fifty milligrams IM at 0815. ...ondition stable.';
    expect(medications(clipped)).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '08:15' }]);
    // One fragment alone is a pause before a word as it was said.
    expect(medications('Stable. ...etamine, fifty milligrams IM at 0815.')).toBeUndefined();
  });
  it('reads "2nd unit" as another unit of the fluid given last, not as IO access', () => {
    const record = extractRecord(
      'IO L humerus 0510. WB 1 unit IO 0512, 2nd unit IO 0520. plasma 1 unit IO 0530, second unit IO 0540.',
    );
    expect(record.fluids).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '05:12' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '05:20' },
      { name: 'plasma', route: 'IO', time: '05:30' },
      { name: 'plasma', route: 'IO', time: '05:40' },
    ]);
    expect(record.interventions).toEqual([{ type: 'io', location: 'left_arm', time: '05:10' }]);
    expect(fluids('1 unit LTOWB IO 1210. 2nd unit LTOWB IO 1225. second unit of whole blood I O at 1235.')).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '12:10' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '12:25' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '12:35' },
    ]);
    expect(fluids('LTOWB 1 u IV 1602 - 2nd u IV 1615')).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IV', time: '16:02' },
      { name: 'whole_blood', volume_ml: 500, route: 'IV', time: '16:15' },
    ]);
  });
  it('reads a plain bag volume said without its unit right after the name, never a clock time', () => {
    expect(fluids('lactated ringers five hundred IV zero two three zero. Ringer lactate 1000 ml IV.')).toEqual([
      { name: 'crystalloid', volume_ml: 500, route: 'IV', time: '02:30' },
      { name: 'crystalloid', volume_ml: 1000, route: 'IV' },
    ]);
    expect(fluids('hextend 1430 IV')).toEqual([{ name: 'hextend', route: 'IV', time: '14:30' }]);
  });
  it('takes a route said after a comma ("both IV", "through the IO") and shares it, with the time', () => {
    expect(meds('ondansetron four milligrams and fentanyl fifty micrograms, both IV, at twenty two oh five.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '22:05' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '22:05' },
    ]);
    expect(fluids('gave plasma, one unit, through the IO at sixteen fifty five.')).toEqual([
      { name: 'plasma', route: 'IO', time: '16:55' },
    ]);
  });
  it('reads a repeated dose as the last drug again, and nothing without a dose', () => {
    expect(meds('Morphine 4 mg IO 0710, repeated 4 mg IO at 0720.')).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IO', time: '07:10' },
      { name: 'morphine', dose: '4 mg', route: 'IO', time: '07:20' },
    ]);
    expect(meds('Morphine 4 mg IV. Repeated vitals at 0720.')).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV' },
    ]);
  });
  it('reads "a thousand milligrams"', () => {
    expect(meds('gave him Tylenol, a thousand milligrams by mouth.')).toEqual([
      { name: 'acetaminophen', dose: '1000 mg', route: 'PO' },
    ]);
  });
  it('does not read an allergen as a drug given', () => {
    const record = extractRecord('Tylenol 1 gm PO at 1325. Allergic to morphine.');
    expect(record.medications).toEqual([{ name: 'acetaminophen', dose: '1 g', route: 'PO', time: '13:25' }]);
    expect(record.casualty).toEqual({ allergies: 'morphine' });
  });
  it('drops a drug taken back with a lone "no" or "hold that"', () => {
    expect(
      meds('TXA given \u2014 no, not given yet. Morphine... no, hold that, gave ketamine 30 mg IM at 0650.'),
    ).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '06:50' }]);
  });
  it('reads the line a drug or fluid is sent into as its route ("going in the IO", "through it")', () => {
    expect(meds("Sternal IO's in. TXA next, two grams going in the IO.")).toEqual([
      { name: 'txa', dose: '2 g', route: 'IO' },
    ]);
    expect(
      fluids('IO in, right humerus. Pushing a unit of whole blood through it, time is one seven zero five.'),
    ).toEqual([{ name: 'whole_blood', volume_ml: 500, route: 'IO', time: '17:05' }]);
    // No line placed nearby: no route guessed.
    expect(meds('Ketamine 20 mg, flushed it through it.')).toEqual([{ name: 'ketamine', dose: '20 mg' }]);
  });
  it('gives the time said after the last drug of a list to the drugs before it', () => {
    expect(meds('Mobic 15mg PO and Tylenol 1 gm PO at 1325.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO', time: '13:25' },
      { name: 'acetaminophen', dose: '1 g', route: 'PO', time: '13:25' },
    ]);
  });
  it('gives the time a log line opens with to each treatment on it', () => {
    const record = extractRecord('1445Z 18ga IV R AC, 1000mg TXA IV. 1450Z HR 110. IV L AC.');
    expect(record.medications).toEqual([{ name: 'txa', dose: '1000 mg', route: 'IV', time: '14:45' }]);
    expect(record.interventions).toEqual([
      { type: 'iv', location: 'right_arm', time: '14:45' },
      { type: 'iv', location: 'left_arm' },
    ]);
  });
  it("gives the time a timeline's line opens with to the treatments in the line's later sentences", () => {
    const record = extractRecord('2114 Pt B splinted R arm. Ketamine 30 mg IM.\n2120 Pt B sats 95. O2 on, 10 L NC.');
    expect(record.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '21:14' }]);
    expect(record.interventions?.find((i) => i.type === 'oxygen')).toEqual({ type: 'oxygen', time: '21:20' });
    // A paragraph that opens with a time is no timeline: its later sentences keep no time.
    expect(extractRecord('2114 splinted R arm. Ketamine 30 mg IM.').medications).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IM' },
    ]);
  });
  it('drops a drug taken back in its sentence when another is given "instead"', () => {
    expect(
      meds('Morphine 4 mg IV, no, correction, his pressure is too low, so ketamine 20 mg IV at 1410 instead.'),
    ).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '14:10' }]);
    // Without a correction between them, both drugs were given.
    expect(meds('Ondansetron 4 mg IV, and fentanyl 50 mcg IV instead of morphine.').map((m) => m.name)).toEqual([
      'ondansetron',
      'fentanyl',
    ]);
  });
  it('gives a time that heads a list after a colon to each drug of the list', () => {
    expect(meds('Pain pack given at 0915: meloxicam 15 mg PO, Tylenol 1 g PO.')).toEqual([
      { name: 'meloxicam', dose: '15 mg', route: 'PO', time: '09:15' },
      { name: 'acetaminophen', dose: '1 g', route: 'PO', time: '09:15' },
    ]);
    // A time that heads signs is theirs, not the drug's named after them.
    expect(meds('Reassessed at 0920: HR 88, ondansetron 4 mg IV.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
  });
  it('reads "further" or "additional" with a dose as another dose of the last drug', () => {
    expect(meds('Morphine 4 mg IV 1300, further 2 mg IV 1310. Additional 2 mg at 1320.')).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV', time: '13:00' },
      { name: 'morphine', dose: '2 mg', route: 'IV', time: '13:10' },
      { name: 'morphine', dose: '2 mg', route: 'IV', time: '13:20' },
    ]);
  });
  it('reads a liter opening its phrase with no count as one liter', () => {
    expect(fluids('Line in the left AC. Litre of saline running through it.')).toEqual([
      { name: 'crystalloid', volume_ml: 1000, route: 'IV' },
    ]);
  });
  it('reads "mics" as micrograms and care a buddy gave as this casualty\'s', () => {
    expect(extractRecord('giving him fentanyl lollipop eight hundred mics at one one one five').medications).toEqual([
      { name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '11:15' },
    ]);
    const record = extractRecord('Frag wound to the left calf, already dressed by his buddy with a pressure dressing.');
    expect(record.injuries).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
    expect(record.interventions?.map((i) => i.type)).toEqual(['pressure_dressing']);
  });
});

describe('drugs and fluids as spoken while working', () => {
  it('reads "another <dose>" as another dose of the last drug, and "another tourniquet" as a device', () => {
    expect(meds('fentanyl fifty micrograms IV at 2145 and then another twenty five micrograms IV at 2200.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '21:45' },
      { name: 'fentanyl', dose: '25 mcg', route: 'IV', time: '22:00' },
    ]);
    const r = extractRecord('Ketamine 50 mg IV 1400. TQ L thigh 1402, another tourniquet above it at 1406.');
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IV', time: '14:00' }]);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:02' },
      { type: 'tourniquet', location: 'left_leg', time: '14:06' },
    ]);
  });
  it('reads "a liter of LR", "50 mic", "cefaz" and pills "he swallowed"', () => {
    expect(fluids('IV in the right AC, a liter of LR IV at 0907.')).toEqual([
      { name: 'crystalloid', volume_ml: 1000, route: 'IV', time: '09:07' },
    ]);
    expect(meds('fentanyl 50 mic iv 1015. cefaz 2 g IV 1020.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '10:15' },
      { name: 'cefazolin', dose: '2 g', route: 'IV', time: '10:20' },
    ]);
    expect(meds('gave him his pill pack, the mobic and the tylenol, he swallowed them').map((m) => m.route)).toEqual([
      'PO',
      'PO',
    ]);
  });
  it('reads a line said as "getting a line" or "her line\'s in", and a fluid hung "on it" down that line', () => {
    const r = extractRecord("Her line's in the left hand, 1605. Hanging five hundred of Hextend on it.");
    expect(r.interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '16:05' }]);
    expect(r.fluids).toEqual([{ name: 'hextend', volume_ml: 500, route: 'IV' }]);
    expect(extractRecord('Getting a line, right AC.').interventions).toEqual([{ type: 'iv', location: 'right_arm' }]);
  });
  it('reads "second gram at 1430" said on its own as another gram of the last drug dosed in grams', () => {
    expect(extractRecord('TXA 1 g IV at 0910. Pulse 110. Second gram at 0940.').medications).toEqual([
      { name: 'txa', dose: '1 g', route: 'IV', time: '09:10' },
      // Another dose goes the way the last went (batch D's annotator: "another 2.5 at 1135" is IV as the first).
      { name: 'txa', dose: '1 g', route: 'IV', time: '09:40' },
    ]);
    expect(extractRecord('Ketamine 50 mg IM. Second gram at 0940.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM' },
    ]);
  });
  it('reads a radio "TXA negative" as no TXA', () => {
    expect(extractRecord('Tourniquet left leg. TXA negative. Pulse 110.').medications).toBeUndefined();
  });
  it('reads units of whole blood timed one by one as one unit each, the second through the same line', () => {
    expect(
      extractRecord('IO sternum 0900. Two units of whole blood through the IO, first unit 0905, second unit 0915.')
        .fluids,
    ).toEqual([
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '09:05' },
      { name: 'whole_blood', volume_ml: 500, route: 'IO', time: '09:15' },
    ]);
    expect(extractRecord('IO sternum 0900. Whole blood 2 units IO 0905.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 1000, route: 'IO', time: '09:05' },
    ]);
  });
  it('reads a bare volume said right before its fluid ("five hundred lactated ringers")', () => {
    expect(
      extractRecord('i o left tibia zero two one five five hundred lactated ringers i o zero two one eight').fluids,
    ).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IO', time: '02:18' }]);
  });
  it('replaces a drug said before with the one given "instead"', () => {
    expect(
      extractRecord(
        'Fentanyl fifty micrograms intranasal... no, wait, he has an IV in his left arm, so fentanyl fifty mics IV instead, one one two five.',
      ).medications,
    ).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '11:25' }]);
    expect(
      extractRecord('Morphine 5 mg IM at 1100. Ketamine 50 mg IM instead of fentanyl at 1110.').medications,
    ).toHaveLength(2);
  });
  it('reads units counted then timed one by one ("Whole blood 2 units IO, first 0541, second 0552") as one unit each', () => {
    const unit = (time: string) => ({ name: 'whole_blood', volume_ml: 500, route: 'IO', time });
    expect(extractRecord('Whole blood 2 units IO, first 0541, second 0552. TXA 2 g IO 0542.').fluids).toEqual([
      unit('05:41'),
      unit('05:52'),
    ]);
    // Two units, one time: the volume stays the whole of it.
    expect(extractRecord('Whole blood 2 units IO at 0541.').fluids).toEqual([
      { name: 'whole_blood', volume_ml: 1000, route: 'IO', time: '05:41' },
    ]);
  });
  it('gives another dose of a drug the route the last dose went by, unless another is said', () => {
    expect(
      extractRecord(
        'fentanyl twenty five mics IV at fourteen thirty, and then another twenty five mics at fourteen forty.',
      ).medications,
    ).toEqual([
      { name: 'fentanyl', dose: '25 mcg', route: 'IV', time: '14:30' },
      { name: 'fentanyl', dose: '25 mcg', route: 'IV', time: '14:40' },
    ]);
    expect(extractRecord('Ketamine 50 mg IM 1400, another 50 mg IV at 1420.').medications?.[1].route).toBe('IV');
  });
});

describe('a drug given into the nose', () => {
  it('reads "in the nose" and "up his nose" as intranasal', () => {
    expect(meds('Ketamine fifty milligrams in the nose at 0310.')).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IN', time: '03:10' },
    ]);
    expect(meds('Sprayed naloxone 4 mg up his nose.')).toEqual([{ name: 'naloxone', dose: '4 mg', route: 'IN' }]);
  });
  it('leaves a wound in the nose a wound', () => {
    expect(extractRecord('Frag in the nose, bleeding.').injuries).toEqual([{ type: 'penetrating', location: 'face' }]);
  });
});

describe('a drug spoken of as given before', () => {
  it('is no new giving at the time of the sentence that mentions it', () => {
    expect(meds('0915 ondansetron 4 mg IV, vomiting since the morphine. 0920 ketamine 20 mg IV.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '09:15' },
      { name: 'ketamine', dose: '20 mg', route: 'IV', time: '09:20' },
    ]);
    expect(meds('Itchy after his fentanyl, gave diphenhydramine 25 mg IV.').map((m) => m.name)).toEqual(['other']);
  });
});
