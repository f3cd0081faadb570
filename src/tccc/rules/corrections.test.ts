import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a correction moves the fact it corrects', () => {
  it('puts a dose corrected in the next sentence in place of the old one, keeping its route and time', () => {
    expect(extractRecord('Fentanyl 800 mcg OTFC at 0105. Correction, 400 mcg. Pain 6.').medications).toEqual([
      { name: 'fentanyl', dose: '400 mcg', route: 'OTFC', time: '01:05' },
    ]);
  });
  it('replaces a whole blood pressure reading, not only its last number', () => {
    const bp = (text: string) => extractRecord(text).vitals;
    expect(bp('BP ninety over sixty, correction, one ten over seventy. Pulse 110.')).toEqual([
      { systolic: 110, diastolic: 70, pulse: 110 },
    ]);
    expect(bp('BP 90/60 correction 110/70 HR 100')).toEqual([{ systolic: 110, diastolic: 70, pulse: 100 }]);
    // An aside of plain words between the marker and the new reading says nothing of what is corrected.
    expect(
      bp('Pressure is, about eighty over palp, no, scratch that, I got it, one ten over seventy. Pulse 104.'),
    ).toEqual([{ systolic: 110, diastolic: 70, pulse: 104 }]);
    // A pressure felt by palpation, said without "over", is taken back whole too.
    expect(bp('Pulse 120, BP 76 palpable, correction, got a reading, 92 over 58.')).toEqual([
      { pulse: 120, systolic: 92, diastolic: 58 },
    ]);
  });
  it('keeps the time said with a device whose place is corrected in the same sentence', () => {
    expect(extractRecord('TQ right thigh 1709, correction, left thigh.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '17:09' },
    ]);
    expect(
      extractRecord('frag L calf. TQ R thigh 1709 -- correction, TQ is on the L thigh not R.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '17:09' }]);
  });
  it('reads "cancel that", a radio "negative" and a bare "no" between two readings as corrections', () => {
    expect(extractRecord('tourniquet right arm cancel that left arm at 1400').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:00' },
    ]);
    expect(extractRecord('TQ right arm at 1400, negative, left arm.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:00' },
    ]);
    expect(extractRecord('BP 90/60 no 110/70 pulse 100').vitals).toEqual([
      { systolic: 110, diastolic: 70, pulse: 100 },
    ]);
    expect(extractRecord('BP 90/60 no TQ').vitals).toEqual([{ systolic: 90, diastolic: 60 }]);
  });
  it('replaces a drug corrected in its sentence by "that was …", keeping the time said with the old one', () => {
    expect(
      extractRecord('Gave morphine 10 mg IM at 1930, correction, that was ketamine 50 mg IM, not morphine.')
        .medications,
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '19:30' }]);
    // The old dose is not carried to a drug said without one: a number the engine is unsure of is left out.
    expect(extractRecord('Gave morphine 10 mg IM at 1930, correction, that was ketamine.').medications).toEqual([
      { name: 'ketamine', time: '19:30' },
    ]);
  });
  it('corrects a time in the same phrase', () => {
    expect(extractRecord('TXA 2 g IV at 0620, correction, 0625.').medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '06:25' },
    ]);
  });
  it('leaves a dose alone when the number after the marker has another unit', () => {
    expect(extractRecord('Ketamine 50 mg IM at 0105. Correction, 2 g TXA IV.').medications?.[0]).toEqual({
      name: 'ketamine',
      dose: '50 mg',
      route: 'IM',
      time: '01:05',
    });
  });
  it('moves a device to the side a sentence of its own corrects, keeping its time', () => {
    const r = extractRecord(
      'GSW left thigh. Tourniquet applied right thigh 0412. Correction, the tourniquet is on the left thigh, not the right.',
    );
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '04:12' }]);
  });
  it('reaches back to the drug past a bare "no" said before the marker', () => {
    expect(extractRecord('Fentanyl 100 mcg IV at 0915... no, sorry, that was ketamine, 30 mg IV.').medications).toEqual(
      [{ name: 'ketamine', dose: '30 mg', route: 'IV', time: '09:15' }],
    );
  });
  it('changes the drug a sentence of its own corrects, keeping dose, route and time', () => {
    expect(
      extractRecord('Gave morphine 50 mg IM at 1530. Sorry, that was ketamine, not morphine.').medications,
    ).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '15:30' }]);
  });
  it('leaves a correcting sentence that says more than the new words to be read as it is', () => {
    const r = extractRecord('Tourniquet right thigh 0412. Correction, tourniquet left thigh 0415.');
    expect(r.interventions).toContainEqual({ type: 'tourniquet', location: 'left_leg', time: '04:15' });
  });
  it('corrects a dose inside its sentence, not the time before the marker', () => {
    expect(extractRecord('TXA 1 gram IV at 0722, no wait, 2 grams.').medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '07:22' },
    ]);
  });
  it('reads "wait no" as a correction, as it reads "no wait"', () => {
    expect(extractRecord('Gave ketamine one hundred milligrams IM, wait no, fifty milligrams IM.').medications).toEqual(
      [{ name: 'ketamine', dose: '50 mg', route: 'IM' }],
    );
    expect(extractRecord('Pressure dressing left forearm, wait, no, right forearm.').interventions).toEqual([
      { type: 'pressure_dressing', location: 'right_arm' },
    ]);
  });
  it('reads a number said again after a hesitation as the one meant', () => {
    expect(extractRecord('Tourniquet left arm at one fifteen, er, thirteen fifteen.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '13:15' },
    ]);
    expect(extractRecord('Pulse 120, uh, 124.').vitals).toEqual([{ pulse: 124 }]);
  });
  it('reads "B/P" as blood pressure, not its P as a pulse', () => {
    expect(extractRecord('B/P 104/68, P 96, R 18.').vitals).toEqual([
      { systolic: 104, diastolic: 68, pulse: 96, resp_rate: 18 },
    ]);
  });
  it('reads a number said again after a question mark or a bare "no" as the one meant', () => {
    expect(extractRecord('Heart rate, it is like, one ten? One fifteen. Sats 95.').vitals).toEqual([
      { pulse: 115, spo2: 95 },
    ]);
    expect(
      extractRecord('tourniquet on the right leg time is two one four zero no two one four two').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '21:42' }]);
    expect(extractRecord('Pulse 110, no distress, resp 18.').vitals).toEqual([{ pulse: 110, resp_rate: 18 }]);
  });
  it('takes back a whole pressure reading after a longer aside, and never splices two readings', () => {
    expect(
      extractRecord('BP, I think ninety over sixty, hold on, let me, no, it is one hundred over seventy.').vitals,
    ).toEqual([{ systolic: 100, diastolic: 70 }]);
  });
  it('takes back a priority corrected with a bare "no" in speech without punctuation', () => {
    expect(extractRecord('pulse 64 he is alert priority no urgent').evac_priority).toBe('urgent');
    expect(extractRecord('priority no bleeding from the arm').evac_priority).toBe('priority');
  });
  it('takes back a lone systolic said before a corrected reading, and a dose after "no correction that\'s"', () => {
    expect(
      extractRecord('Pulse is one twenty, pressure eighty... no, correction, one oh eight over seventy.').vitals,
    ).toEqual([{ pulse: 120, systolic: 108, diastolic: 70 }]);
    expect(
      extractRecord("giving morphine four milligrams i v no correction that's two milligrams i v at twenty one ten")
        .medications,
    ).toEqual([{ name: 'morphine', dose: '2 mg', route: 'IV', time: '21:10' }]);
  });
  it('reads the written shorthand "corr" as a correction, of a site and of a time', () => {
    const r = extractRecord('big lac R forearm, corr L forearm, arterial bleed. TQ L upper arm 2155, corr 2150.');
    expect(r.injuries).toEqual([{ type: 'laceration', location: 'left_arm' }]);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '21:50' }]);
  });
  it('takes a reading out of the record when the correction says it was someone else\'s ("96 was Kim\'s pulse")', () => {
    const r = extractRecord("Graze along the left forearm, pulse 96, no, sorry, 96 was Kim's pulse. Alert.");
    expect(r.vitals).toEqual([{ avpu: 'A' }]);
    expect(extractRecord('pulse 96, no, sorry, 104.').vitals).toEqual([{ pulse: 104 }]);
  });
  it('takes back a pressure reading broken off after its first number ("seventy over... no, scratch that")', () => {
    expect(
      extractRecord('Pulse 98. BP seventy over... no, scratch that, eighty five over fifty. Alert.').vitals,
    ).toEqual([{ pulse: 98, systolic: 85, diastolic: 50, avpu: 'A' }]);
  });
  it('takes back a pressure the medic says was measured again ("no, redid it")', () => {
    expect(extractRecord('Pressure one hundred over — no, retook it, ninety-six over sixty. Alert.').vitals).toEqual([
      { systolic: 96, diastolic: 60, avpu: 'A' },
    ]);
    expect(extractRecord('BP 110/70, no, rechecked, 102/64.').vitals).toEqual([{ systolic: 102, diastolic: 64 }]);
  });
  it('puts a time corrected in a sentence of its own in place of the old one, and makes no second device of it', () => {
    expect(
      extractRecord('Tourniquet left arm at 0915. Correction, that tourniquet went on at 0911, not 0915. Pulse 100.')
        .interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '09:11' }]);
    // Without the old time said, the thing named picks it: the first time after that thing where it was said.
    expect(extractRecord('TXA 2 g IV at 1420. Pulse 110. Correction, the TXA went in at 1425.').medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '14:25' },
    ]);
  });
  it('moves no number across sentences when the old one is not there or is of another shape', () => {
    // "not 0930" names a time never said: nothing is replaced.
    expect(
      extractRecord('Tourniquet left arm at 0915. Correction, it went on at 0911, not 0930.').interventions?.[0].time,
    ).not.toBe('09:30');
    // A dose in another unit never takes the old dose's unit.
    expect(
      extractRecord('Fentanyl 100 mcg IV at 1300. Correction, the fentanyl was 2 mg.').medications?.[0].dose,
    ).not.toBe('2 mcg');
  });
  it('replaces the number of a label said again after the marker, not only the label', () => {
    expect(extractRecord('GSW to the left jaw, TOI 1305, correction, TOI 1350. Pulse 126.').time_of_injury).toBe(
      '13:50',
    );
  });
  it('drops the old time with the old place when the correction says a time of its own', () => {
    expect(
      extractRecord('Tourniquet on the right thigh at 1709, correction, left thigh at 1712. HR 100.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '17:12' }]);
  });
});

describe('a bare amount said to correct a dose', () => {
  const meds = (text: string) => extractRecord(text).medications;
  it('takes the unit of the dose it corrects, and the route said with it', () => {
    expect(meds('Fentanyl 100 mcg IV, no, make that 50, at 0910.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '09:10' },
    ]);
    expect(meds('Gave him morphine 10 mg IM, sorry, 5 IV.')).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV' }]);
    expect(meds('TXA two grams IO - no, make it 1.')).toEqual([{ name: 'txa', dose: '1 g', route: 'IO' }]);
  });
  it('leaves a time, a count of something else or a number after a time alone', () => {
    expect(meds('Morphine 5 mg IV at 1750, no, 1805.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '18:05' },
    ]);
    expect(meds('Ketamine 40 mg IM, no, 20 minutes ago.')?.map((m) => m.dose)).not.toContain('20 mg');
    expect(meds('TXA 1 g IV at 0300, no, 2.')?.map((m) => m.dose)).not.toContain('2 g');
  });
});

describe('a route said to correct a route', () => {
  const meds = (text: string) => extractRecord(text).medications;
  it('takes back the route, a line named as one or intranasal said in letters, and keeps the dose', () => {
    expect(meds('Morphine 4 mg IV, correction, IM.')).toEqual([{ name: 'morphine', dose: '4 mg', route: 'IM' }]);
    expect(meds('Ondansetron 4 mg IM, wait no, IV 4 mg.')).toEqual([
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
    expect(meds('fentanyl fifty micrograms i n no wait i v')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV' },
    ]);
    expect(meds('Ketamine 40 mg IN intranasal, sorry, IM at 0612.')).toEqual([
      { name: 'ketamine', dose: '40 mg', route: 'IM', time: '06:12' },
    ]);
  });
});

describe('a dose corrected with a route of its own', () => {
  it('takes that route in place of the route said with the old dose', () => {
    const meds = (text: string) => extractRecord(text).medications;
    expect(meds('Morphine 10 mg IM, correction, 5 mg IV at 0400.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '04:00' },
    ]);
    expect(meds('Fentanyl 50 mcg i v, no, 100 mcg i o.')).toEqual([{ name: 'fentanyl', dose: '100 mcg', route: 'IO' }]);
    expect(meds('TXA 1 g IV, no, 2 g IV.')).toEqual([{ name: 'txa', dose: '2 g', route: 'IV' }]);
  });
});

describe('the words said before the corrected thing', () => {
  it('looks past "gave him" and "going in" to the drug or place corrected', () => {
    expect(
      extractRecord('Gave him ketamine, no, scratch that, gave him the fentanyl lollipop, 800 mcg.').medications,
    ).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC' }]);
    expect(
      extractRecord('Opening the IO kit, right tibia, no wait, going in the right humerus instead, it is in at 1458.')
        .interventions,
    ).toEqual([{ type: 'io', location: 'right_arm', time: '14:58' }]);
  });
  it('takes "I correct" and "let me correct" as markers, as a medic speaking a second language says them', () => {
    expect(extractRecord('Morphine ten milligram IM... no, I correct, five milligram, at 14:10.').medications).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IM', time: '14:10' },
    ]);
    expect(extractRecord('Tourniquet on the right leg, let me correct, the left leg, 0930.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:30' },
    ]);
  });
  it('takes back a dose at a lone "no" when an aside then says another dose of the same unit', () => {
    expect(
      extractRecord('Fentanyl 100 microgram IV... no, medic lead tells me only 50 microgram. Okay.').medications,
    ).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV' }]);
    // No dose after the aside: nothing is taken back.
    expect(extractRecord('Fentanyl 100 microgram IV... no, he is still awake at 1430.').medications).toEqual([
      { name: 'fentanyl', dose: '100 mcg', route: 'IV', time: '14:30' },
    ]);
  });
  it('takes back a dose at a "no" said twice, pauses or not, and reads a corrected dose said over and over once', () => {
    expect(
      extractRecord('ancef two grams i v at zero nine ten no no one gram one gram i v at zero nine ten').medications,
    ).toEqual([{ name: 'cefazolin', dose: '1 g', route: 'IV', time: '09:10' }]);
    expect(extractRecord('Morphine 10 mg IM, no, no, 5 mg IM at 2205.').medications).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IM', time: '22:05' },
    ]);
    // A "no no" with no dose after it takes nothing back.
    expect(extractRecord('Ketamine 50 mg IM at 1810, no no he is fine.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '18:10' },
    ]);
  });
  it('reads past the act said again by its verb to the corrected time', () => {
    expect(extractRecord('TQ left arm, time 1410, no, scratch that, it went on at 1406.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:06' },
    ]);
    expect(extractRecord('Splint right leg at 0920, correction, put on at 0915.').interventions).toEqual([
      { type: 'splint', location: 'right_leg', time: '09:15' },
    ]);
  });
  it('reads past an aside closed by a comma to the corrected number', () => {
    expect(
      extractRecord('Morphine 5 mg IV at 0412, correction, as the PA pointed out to me, that was 0417.').medications,
    ).toEqual([{ name: 'morphine', dose: '5 mg', route: 'IV', time: '04:17' }]);
    expect(extractRecord('Ketamine 20 mg IV at 2301, correction, looking back over it now, 2310.').medications).toEqual(
      [{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '23:10' }],
    );
    // A site said again is not an aside: the time after it stays with the corrected tourniquet.
    expect(extractRecord('TQ left leg, correction, right leg, 2210.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '22:10' },
    ]);
  });
});

describe('a time taken back with a remark after it', () => {
  it('moves the time though the sentence goes on after the old one', () => {
    const record = extractRecord(
      'pulse 120 bp 100/60 at 0812\nketamine 20 mg im 0815\nsorry vitals were 0818 not 0812, misread my watch',
    );
    expect(record.vitals).toEqual([{ time: '08:18', pulse: 120, systolic: 100, diastolic: 60 }]);
  });
});

describe('a reading broken off and said again whole after a lone "no"', () => {
  it('keeps only the whole reading said after an aside', () => {
    expect(
      extractRecord('BP one forty over... no, hang on, wrong line... one twenty-two over eighty, pulse 88.').vitals,
    ).toEqual([{ systolic: 122, diastolic: 80, pulse: 88 }]);
  });
  it('leaves two whole readings alone, a "no" between them taking nothing back', () => {
    expect(extractRecord('BP 130 over 85, no change, pulse 76. BP 118 over 74 at 0940.').vitals).toEqual([
      { systolic: 130, diastolic: 85, pulse: 76 },
      { time: '09:40', systolic: 118, diastolic: 74 },
    ]);
  });
});

describe('a lone "no" opening a bracket', () => {
  it('takes back the time just before it for the one inside', () => {
    expect(extractRecord('IO R tibia 0931 (no, 0933, per the watch)').interventions).toEqual([
      { type: 'io', location: 'right_leg', time: '09:33' },
    ]);
  });
  it('changes nothing when the bracket says no new value', () => {
    expect(extractRecord('IO R tibia 0931 (no issues)').interventions).toEqual([
      { type: 'io', location: 'right_leg', time: '09:31' },
    ]);
  });
});

describe('a time corrected in the next transmission', () => {
  const net = (answer: string) =>
    'Knight Base, Sabre One-Four, one casualty, blast to left thigh. Ketamine two five milligrams IM at ' +
    'one six four five, over.\n- Roger.\n' +
    answer;
  it('corrects the time that ended the transmission before, the other station acknowledging between', () => {
    for (const answer of [
      '- Correction, one six four eight, over.',
      '- Wait one... correction, one six four eight, over.',
    ])
      expect(extractRecord(net(answer)).medications).toEqual([
        { name: 'ketamine', dose: '25 mg', route: 'IM', time: '16:48' },
      ]);
  });
  it('leaves the time when a reading ends the transmission before the correction', () => {
    const text =
      'Ketamine 25 mg IM at 1645. Pulse one one two, over.\n- Roger.\n- Correction, one six four eight, over.';
    expect(extractRecord(text).medications).toEqual([{ name: 'ketamine', dose: '25 mg', route: 'IM', time: '16:45' }]);
  });
});

describe('a time typed as two numbers, corrected', () => {
  it('takes the whole time said again, not its first number as the minutes ("at 14 13, correction, 14 15")', () => {
    expect(extractRecord('Ketamine fifty mg IM at 14 13, correction, 14 15.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:15' },
    ]);
  });
});

describe('a fix a note says it made', () => {
  it('keeps the value after "corrected to", "corrected:" and "should read"', () => {
    for (const text of [
      'Fentanyl 50 mcg IN given 1121 (corrected: IO).',
      'Fentanyl 50 mcg given IN at 1121, corrected to IO.',
      'Fentanyl 50 mcg given 1121 IN, should read IO.',
    ])
      expect(extractRecord(text).medications).toEqual([
        { name: 'fentanyl', dose: '50 mcg', route: 'IO', time: '11:21' },
      ]);
  });
});
