import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const vitals = (text: string) => extractRecord(text).vitals;

describe('a number the speaker repairs or hedges keeps the value settled on', () => {
  it('keeps the value said after a settling word, and the last of a run it ends', () => {
    expect(vitals('Sats coming up, ninety, ninety-one, call it ninety-one. He is alert.')).toEqual([
      { spo2: 91, avpu: 'A' },
    ]);
    expect(vitals('Pulse one twenty, make it one twenty-four.')).toEqual([{ pulse: 124 }]);
    expect(vitals("Sats ninety-one, maybe ninety-two, I'll put ninety-one.")).toEqual([{ spo2: 91 }]);
    // "go with" settles a value as "call it" does, the same value said twice counted once.
    const settled = 'TQ on the left thigh at 1512. Correction on the TQ, written on the strap as 1514, go with 1514.';
    expect(extractRecord(settled).interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '15:14' }]);
  });
  it('keeps the reading said after "no" and words of measuring again', () => {
    expect(vitals('Resps twenty-eight, no, recounted, twenty-four. Sats 93.')).toEqual([{ resp_rate: 24, spo2: 93 }]);
    expect(vitals('HR 130, no, redid it, 126.')).toEqual([{ pulse: 126 }]);
  });
  it('keeps neither of two readings the speaker is unsure between', () => {
    expect(vitals('Pulse one thirty, maybe one thirty-four. Resps twenty.')).toEqual([{ resp_rate: 20 }]);
  });
  it('never reads a vague number as a value', () => {
    expect(vitals('Pulse one thirty-something, one thirty-four.')).toEqual([{ pulse: 134 }]);
    expect(vitals('Pulse one forty-ish. Resps twenty.')).toEqual([{ resp_rate: 20 }]);
  });
  it('gives the sign the reading that settles a vague one in its decade, whatever is said between', () => {
    expect(
      vitals('Heart rate was a hundred and ten-something... let me look at my notes... one sixteen. BP 100/60.'),
    ).toMatchObject([{ pulse: 116 }]);
    expect(vitals('Sats eighty-something, hold on, lost the probe, eighty seven.')).toEqual([{ spo2: 87 }]);
  });
  it('settles no vague number with one outside its decade or past the sentence', () => {
    expect(vitals('Pulse ninety-something, resps eighteen.')).toEqual([{ resp_rate: 18 }]);
    expect(vitals('Pulse one twenty-something. Later 0915 sats 96.')).toEqual([{ time: '09:15', spo2: 96 }]);
  });
  it('reads a number just passed ("a tick over", "just over") as a bound, when the reading above it follows', () => {
    expect(vitals('Pulse is a tick over a hundred, call it one-oh-four, BP one-thirty on eighty.')).toMatchObject([
      { pulse: 104 },
    ]);
    expect(vitals('Pulse is just over one-twenty, hundred and twenty-four. Resps twenty.')).toEqual([
      { pulse: 124, resp_rate: 20 },
    ]);
    // Said alone, or with no reading in its decade after it, the bound is the nearest value given.
    expect(vitals('Pulse a bit over a hundred. Resps twenty.')).toEqual([{ pulse: 100, resp_rate: 20 }]);
  });
  it('reads a number with "plus" after it as a lower bound, not a value', () => {
    expect(vitals("He's breathing thirty plus, call it thirty four, sats eighty eight.")).toEqual([
      { resp_rate: 34, spo2: 88 },
    ]);
    expect(vitals('Resps forty plus. Sats ninety.')).toEqual([{ spo2: 90 }]);
  });
  it('reads a round number written with "s" as a decade, not a reading', () => {
    expect(vitals('Pulse 130s, call it 136. Sats in the 80s.')).toEqual([{ pulse: 136 }]);
    expect(extractRecord('Evac from grid 40S KL 1234 5678.').location_grid).toBe('40SKL12345678');
  });
  it('leaves a list of different readings as said', () => {
    expect(vitals('HR 120, RR 18, sats 95.')).toEqual([{ pulse: 120, resp_rate: 18, spo2: 95 }]);
  });
  it("reads the casualty's own word for a reading as one more of the run a settling word ends", () => {
    expect(vitals("Pain's a six, she's saying seven, call it seven. Pulse ninety.")).toEqual([
      { pain: 7 },
      { pulse: 90 },
    ]);
    expect(vitals('Pain 4, he rates it 6, make it 6.')).toEqual([{ pain: 6 }]);
    // With no settling word the medic's own reading stands.
    expect(vitals('Pain 5, he says 7. Pulse 88.')).toEqual([{ pain: 5 }, { pulse: 88 }]);
  });
  it('keeps the value settled on after "so call it"', () => {
    expect(vitals('Sats were ninety-three so call it ninety-four.')).toEqual([{ spo2: 94 }]);
  });
  it('keeps the count said after "actually" with a word of counting or checking again', () => {
    expect(vitals('Resps eighteen... actually, recounting... twenty-two. Sats ninety.')).toEqual([
      { resp_rate: 22, spo2: 90 },
    ]);
    expect(vitals('HR ninety-six, actually re-check, ninety-two.')).toEqual([{ pulse: 92 }]);
  });
  it('takes nothing back at a re-check alone or an "actually" that is no number', () => {
    expect(vitals('HR 124, recheck 1945 HR 110.')).toEqual([{ pulse: 124 }, { time: '19:45', pulse: 110 }]);
    expect(vitals('Pulse one-ten, actually pretty strong. Resps twenty.')).toEqual([{ pulse: 110, resp_rate: 20 }]);
  });
  it('reads "ish" after a written time as about that time, not as a vague number', () => {
    expect(extractRecord('Slipped off the roof, TOI 0610ish. Wrist deformed.').time_of_injury).toBe('06:10');
    expect(extractRecord('Hit by a car at 21:05-ish.').time_of_injury).toBe('21:05');
  });
  it('takes back a reading that "sorry" after the next one repairs', () => {
    const tq = extractRecord('CAT on the left arm at oh-two-ten... oh-two-twelve, my bad.').interventions;
    expect(tq).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '02:12' }]);
  });
  it('repairs a blood pressure whole, never its second number alone', () => {
    expect(vitals('BP ninety over sixty, no, ninety-four over sixty.')).toEqual([{ systolic: 94, diastolic: 60 }]);
    expect(vitals('BP 100/70... 104/70, sorry.')).toEqual([{ systolic: 104, diastolic: 70 }]);
  });
  it('keeps the whole number of one cut off and said again, and the one after "no, I counted wrong"', () => {
    expect(vitals('Resps twenty... twenty-six. Sats nine... ninety-one.')).toEqual([{ resp_rate: 26, spo2: 91 }]);
    expect(vitals('Pulse ninety-eight, no, I miscounted, ninety-two.')).toEqual([{ pulse: 92 }]);
    // A number read back off a card, set right by what was written there.
    const card = 'GSW left thigh. Hit in the ambush at twenty three forty, no, I wrote twenty three forty five.';
    expect(extractRecord(card).time_of_injury).toBe('23:45');
    const otherAfter = 'Ketamine 50 mg IO at 2342, no, I wrote 2345 on my hand, 2344.';
    expect(extractRecord(otherAfter).medications?.[0].time).toBe('23:42');
    expect(vitals('Pulse 104, no distress, resps 20.')).toEqual([{ pulse: 104, resp_rate: 20 }]);
    expect(extractRecord('SPC Lane, 2-505 PIR, frag left arm.').casualty?.unit).toBe('2-505 PIR');
  });
  it('keeps the dose said after a hesitation over another amount of the same unit', () => {
    expect(extractRecord('Gave him ketamine, um, forty milligrams, er, twenty milligrams IM.').medications).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IM' },
    ]);
    // Every sound the reader drops as a hesitation is one here too, "hmm" and "eh" as much as "uh".
    expect(extractRecord('Gave him ketamine, hmm, forty milligrams, eh, twenty milligrams IM.').medications).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IM' },
    ]);
    expect(extractRecord('Morphine 4 mg, uh, ondansetron 4 mg IV.').medications).toEqual([
      { name: 'morphine', dose: '4 mg', route: 'IV' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV' },
    ]);
  });
  it('keeps the time read again off a watch or clock after "no"', () => {
    expect(extractRecord('Junctional tourniquet, left groin, 0615. No, my watch shows 0617.').interventions).toEqual([
      { type: 'junctional_tourniquet', location: 'groin', time: '06:17' },
    ]);
    expect(extractRecord('Chest seal on at two ten. No, clock reads two twelve.').interventions).toEqual([
      { type: 'chest_seal', time: '02:12' },
    ]);
  });
});

describe('a number taken back with "no" said over or with an apology', () => {
  it('keeps the number said after it, in English or in Spanish', () => {
    expect(extractRecord('Chest seal on, nineteen oh five. No, sorry, nineteen fifty.').interventions).toEqual([
      { type: 'chest_seal', time: '19:50' },
    ]);
    expect(vitals('Pulso ciento diez. No, no, perdón, ciento veinte.')).toEqual([{ pulse: 120 }]);
  });
});
