import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { extractRecord } from './index.js';
import { findVitals } from './vitals.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('findVitals', () => {
  it('reads a typed set with BP, SpO2 percent, AVPU letter and pain out of ten', () => {
    expect(vitals('HR 118, BP 96/60, RR 20, SpO2 97%, AVPU A, pain 8/10.')).toEqual([
      { pulse: 118, systolic: 96, diastolic: 60, resp_rate: 20, spo2: 97, avpu: 'A', pain: 8 },
    ]);
  });
  it('reads spoken values and AVPU phrases', () => {
    expect(
      vitals('pulse one thirty, BP eighty over fifty, resps twenty eight, he is only responding to voice'),
    ).toEqual([{ pulse: 130, systolic: 80, diastolic: 50, resp_rate: 28, avpu: 'V' }]);
  });
  it('opens a new set at a time said before the signs', () => {
    expect(vitals('S: 0305 HR 132, SpO2 84%. 0320 HR 118, SpO2 95%.')).toEqual([
      { time: '03:05', pulse: 132, spo2: 84 },
      { time: '03:20', pulse: 118, spo2: 95 },
    ]);
  });
  it('reads later values of a sign, each with its own time, as sets of their own', () => {
    expect(vitals('Pulse 124 at 0930 and 106 at 0945. Morphine 4 mg IV at 0940.')).toEqual([
      { time: '09:30', pulse: 124 },
      { time: '09:45', pulse: 106 },
    ]);
    expect(vitals('BP 92/58 @ 1710, 104/66 @ 1725, then 110/70 @ 1740.')).toEqual([
      { time: '17:10', systolic: 92, diastolic: 58 },
      { time: '17:25', systolic: 104, diastolic: 66 },
      { time: '17:40', systolic: 110, diastolic: 70 },
    ]);
    // A dose after the reading is no later reading, and its time is its own.
    expect(extractRecord('HR 110 at 1405 and 4 mg morphine IV at 1410.')).toMatchObject({
      vitals: [{ pulse: 110 }],
      medications: [{ name: 'morphine', dose: '4 mg', route: 'IV', time: '14:10' }],
    });
  });
  it('reads a lone capital A, V, P or U listed among the signs as the AVPU', () => {
    expect(vitals('HR 88, BP 126/80, RR 14, SpO2 98, A, pain 4/10.')).toEqual([
      { pulse: 88, systolic: 126, diastolic: 80, resp_rate: 14, spo2: 98, avpu: 'A', pain: 4 },
    ]);
    expect(vitals('BP 90/50, RR 28, V.')).toEqual([{ systolic: 90, diastolic: 50, resp_rate: 28, avpu: 'V' }]);
    // A letter that a value follows labels it; a lower-case word is no level.
    expect(vitals('BP 120/80, P, 96.')).toEqual([{ systolic: 120, diastolic: 80 }]);
    expect(vitals('RR 16, a, then more.')).toEqual([{ resp_rate: 16 }]);
  });
  it('reads a lone capital A, V, P or U between two signs of a list without commas', () => {
    expect(vitals('1210 HR 104 SpO2 95 V pain 6')).toEqual([
      { time: '12:10', pulse: 104, spo2: 95, avpu: 'V', pain: 6 },
    ]);
    // A letter before a value is that value's label; one before a word that names no sign is no level.
    expect(vitals('BP 110/70 P 88')).toEqual([{ systolic: 110, diastolic: 70, pulse: 88 }]);
    expect(vitals('RR 18 A team moved')).toEqual([{ resp_rate: 18 }]);
    // Set off from the next sign by a comma only: "hr 94 sats 97 V, pain 3".
    expect(vitals('hr 94 sats 97 V, pain 3')).toEqual([{ pulse: 94, spo2: 97, avpu: 'V', pain: 3 }]);
    expect(vitals('BP 104/66 RR 20 U, HR 58.')).toEqual([
      { systolic: 104, diastolic: 66, resp_rate: 20, avpu: 'U', pulse: 58 },
    ]);
    expect(vitals('RR 18 A, team moved')).toEqual([{ resp_rate: 18 }]);
  });
  it('reads a lone capital letter that closes the sentence of signs as the AVPU, even when a time follows', () => {
    expect(vitals('HR 110 RR 20 SpO2 95 A. 0310: HR 104.')).toEqual([
      { pulse: 110, resp_rate: 20, spo2: 95, avpu: 'A' },
      { time: '03:10', pulse: 104 },
    ]);
    expect(vitals('HR 116, SpO2 97%, A. 18g IV L AC 1858.')).toEqual([{ pulse: 116, spo2: 97, avpu: 'A' }]);
  });
  it('reads spoken readings past a count-like word, a pain score with its scale, and "awake and oriented"', () => {
    expect(vitals("he's breathing quick maybe twenty six frag to the back")).toEqual([{ resp_rate: 26 }]);
    expect(vitals("Pain's bad, ten out of ten.")).toEqual([{ pain: 10 }]);
    expect(vitals('pain is worse now maybe 7')).toEqual([]);
    expect(vitals("She's awake and oriented.")).toEqual([{ avpu: 'A' }]);
    // A small number before a wound still counts it.
    expect(vitals('breathing hard, two frag wounds to the chest')).toEqual([]);
  });
  it('dates a set by a time in brackets after it, or by "at <time>" before a priority', () => {
    expect(vitals('HR 102 BP 128/84 pain 6/10 (0215). Splint R arm.')).toEqual([
      { pulse: 102, systolic: 128, diastolic: 84, pain: 6, time: '02:15' },
    ]);
    expect(vitals('pulse one two eight resps two four alert at one six one zero priority')).toEqual([
      { pulse: 128, resp_rate: 24, avpu: 'A', time: '16:10' },
    ]);
    // A time a treatment follows is still the treatment's.
    expect(vitals('HR 110 at 1410 TQ L thigh.')).toEqual([{ pulse: 110 }]);
  });
  it('opens a new set when a sign repeats without a time', () => {
    expect(vitals('HR 120, BP 90/60. HR 100, BP 110/70.')).toEqual([
      { pulse: 120, systolic: 90, diastolic: 60 },
      { pulse: 100, systolic: 110, diastolic: 70 },
    ]);
  });
  it('keeps a lone AVPU statement as its own set before a timed one', () => {
    expect(vitals('Unresponsive at POI. NPA placed. 1812: responds to pain only, HR 58.')).toEqual([
      { avpu: 'U' },
      { time: '18:12', avpu: 'P', pulse: 58 },
    ]);
  });
  it('reads a palpated systolic pressure alone', () => {
    expect(vitals('BP seventy by palp')).toEqual([{ systolic: 70 }]);
  });
  it('ignores pain without a score and signs of other people', () => {
    expect(vitals('ketamine fifty milligrams for pain.')).toEqual([]);
    expect(vitals('his buddy has a pulse of eighty, not a casualty.')).toEqual([]);
  });
  it('rejects values outside physiological ranges', () => {
    expect(vitals('HR 900, SpO2 140%')).toEqual([]);
  });
  it('takes a time said after the signs when the sentence ends or more signs follow', () => {
    expect(vitals('HR 110, BP 120/80 at 0915; HR 96, pain 3/10 at 0945.')).toEqual([
      { time: '09:15', pulse: 110, systolic: 120, diastolic: 80 },
      { time: '09:45', pulse: 96, pain: 3 },
    ]);
    expect(vitals('HR 118 at 1432, BP 96/60.')).toEqual([{ time: '14:32', pulse: 118, systolic: 96, diastolic: 60 }]);
  });
  it('leaves a time after the signs to the treatment that follows it', () => {
    expect(vitals('HR 118 at 1432 TQ applied.')).toEqual([{ pulse: 118 }]);
  });
  it('reads "BP 124 on 80" and "pain\'s a seven"', () => {
    expect(vitals("BP is one twenty four on eighty, pain's a seven")).toEqual([
      { systolic: 124, diastolic: 80, pain: 7 },
    ]);
  });
  it('keeps an AVPU statement alone when the signs come in a later sentence', () => {
    expect(vitals('casualty unresponsive after the blast. NPA placed. HR 60 RR 8 at 0345.')).toEqual([
      { avpu: 'U' },
      { time: '03:45', pulse: 60, resp_rate: 8 },
    ]);
  });
  it('records neither end of a range', () => {
    expect(vitals('pulse about 100, RR 20-24, pain 6 to 7.')).toEqual([{ pulse: 100 }]);
  });
  it('reads a table of vitals, plain or with bars, column by column', () => {
    expect(vitals('Vitals:\ntime HR BP RR SpO2\n1432 118 96/60 20 97\n1447 104 110/70 18 98\nUrgent.')).toEqual([
      { time: '14:32', pulse: 118, systolic: 96, diastolic: 60, resp_rate: 20, spo2: 97 },
      { time: '14:47', pulse: 104, systolic: 110, diastolic: 70, resp_rate: 18, spo2: 98 },
    ]);
    expect(vitals('| Time | HR | BP | AVPU |\n| 0210 | 128 | 92/58 | V |\nGSW abdomen.')).toEqual([
      { time: '02:10', pulse: 128, systolic: 92, diastolic: 58, avpu: 'V' },
    ]);
  });
  it('takes no fractional table cell as a sign, so one odd cell never costs the record its schema', () => {
    const record = extractRecord('GSW left thigh.\ntime HR BP\n1432 118 120/80.5');
    expect(record.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(record.vitals?.some((v) => v.diastolic === 80.5)).not.toBe(true);
  });
  it('reads no table row whose cells do not fit the header', () => {
    expect(vitals('HR BP\n118 96/60 20\n1200 300')).toEqual([]);
  });
  it('reads a value after a pause following the sign name', () => {
    expect(vitals('pulse is, uh, one two six. resps, um, twenty eight.')).toEqual([{ pulse: 126, resp_rate: 28 }]);
  });
  it('dates the signs under a time on a line of its own, and keeps that time from a treatment before it', () => {
    expect(vitals('1432:\nHR 128\nBP 96/60\n1447:\nHR 110\nBP 108/70')).toEqual([
      { time: '14:32', pulse: 128, systolic: 96, diastolic: 60 },
      { time: '14:47', pulse: 110, systolic: 108, diastolic: 70 },
    ]);
    expect(vitals('Vitals @ 2015 hrs\nHR 126\nAVPU V')).toEqual([{ time: '20:15', pulse: 126, avpu: 'V' }]);
    const record = extractRecord('O2 NRB.\n0310\nHR 120');
    expect(record.interventions).toEqual([{ type: 'oxygen' }]);
    expect(record.vitals).toEqual([{ time: '03:10', pulse: 120 }]);
  });
  it('reads single-letter labels only when a value follows', () => {
    expect(vitals('0702 P 132 R 28 BP 90/56')).toEqual([
      { time: '07:02', pulse: 132, resp_rate: 28, systolic: 90, diastolic: 56 },
    ]);
    expect(vitals('AVPU P, R: 16')).toEqual([{ avpu: 'P', resp_rate: 16 }]);
    expect(extractRecord('TQ R thigh 1012.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '10:12' },
    ]);
  });
  it('reads a value dictated in parts when the first digit alone is too small for the sign', () => {
    expect(vitals('pulse 1 20, p 1 40')).toEqual([{ pulse: 120 }, { pulse: 140 }]);
    expect(vitals('the pressure 8-5 / 5-0, breath 3-0')).toEqual([{ systolic: 85, diastolic: 50, resp_rate: 30 }]);
    expect(vitals('pain 2 10 minutes ago')).toEqual([{ pain: 2 }]);
    expect(vitals('The heart is 1 1 6, heart beating 1-3-5.')).toEqual([{ pulse: 116 }, { pulse: 135 }]);
  });
  it('reads AVPU said in words of eyes and responses', () => {
    expect(vitals('GCS 9, opens eyes to voice.')).toEqual([{ avpu: 'V' }]);
    expect(vitals('Signs: pulse 148, responds only to pain.')).toEqual([{ pulse: 148, avpu: 'P' }]);
    expect(vitals('rr 30. resp to pain.')).toEqual([{ resp_rate: 30, avpu: 'P' }]);
    expect(vitals('He is speaking with me, is awake.')).toEqual([{ avpu: 'A' }]);
  });
  it('reads a spoken value a few words after the sign is named', () => {
    expect(vitals("he's breathing fast, call it twenty eight")).toEqual([{ resp_rate: 28 }]);
    expect(vitals('sats climbing back to ninety four')).toEqual([{ spo2: 94 }]);
    expect(vitals("He's breathing easier, rate's about twenty two now. Sats coming up to ninety three.")).toEqual([
      { resp_rate: 22, spo2: 93 },
    ]);
    expect(vitals("Pressure's soft, seventy eight over palp.")).toEqual([{ systolic: 78 }]);
    expect(vitals("heart rate's up around one forty")).toEqual([{ pulse: 140 }]);
  });
  it('takes no count, size or time said after the sign for its value', () => {
    expect(vitals('breathing hard, two chest seals on')).toEqual([]);
    expect(vitals('pulse weak, 18 gauge IV in')).toEqual([]);
    expect(vitals('breathing trouble since 1400')).toEqual([]);
  });
  it('keeps the corrected reading ("no wait", "no, scratch that")', () => {
    expect(vitals('sats are sitting at eighty eight no wait ninety two on the monitor')).toEqual([{ spo2: 92 }]);
    expect(vitals('pressure about eighty over palp, no, scratch that, one ten over seventy')).toEqual([
      { systolic: 110, diastolic: 70 },
    ]);
    expect(vitals('Pulse one twenty, correction, one hundred two.')).toEqual([{ pulse: 102 }]);
  });
  it('reads a spoken value right before the next sign in an unpunctuated transcript', () => {
    expect(vitals("he's breathing fast call it twenty eight sats ninety four")).toEqual([{ resp_rate: 28, spo2: 94 }]);
  });
  it('reads "pain\'s an eight, no wait, he says seven" as seven', () => {
    expect(vitals("pain's an eight no wait he says seven")).toEqual([{ pain: 7 }]);
  });
});

describe('a later value of a sign said in the same breath', () => {
  const vitalsOf = (text: string) => extractRecord(text).vitals;
  it('is a set of its own, not lost', () => {
    expect(vitalsOf('Pulse 118 at first, now 124.')).toEqual([{ pulse: 118 }, { pulse: 124 }]);
    expect(vitalsOf('Pulse was 118 when we got to him, now 124.')).toEqual([{ pulse: 118 }, { pulse: 124 }]);
  });
  it('reads a later value with its word of change said after it', () => {
    expect(vitalsOf("Sats were ninety on the ground, they're ninety-six now.")).toEqual([{ spo2: 90 }, { spo2: 96 }]);
    expect(vitalsOf('Pulse 122 at the wall, 2 wounds now.')).toEqual([{ pulse: 122 }]);
  });
  it('reads "from ... to ..." as a change, not a range', () => {
    expect(vitalsOf('sats went from eighty four to ninety three')).toEqual([{ spo2: 84 }, { spo2: 93 }]);
    expect(vitalsOf('Pain went from an 8 to a 3.')).toEqual([{ pain: 8 }, { pain: 3 }]);
  });
  it('still leaves a range out, and a count after a reading is not a reading', () => {
    expect(vitalsOf('Pain 6 to 7.')).toBeUndefined();
    expect(vitalsOf('Pulse 118, then 2 mg of morphine.')).toEqual([{ pulse: 118 }]);
  });
  it('reads a later value said after a re-check and a hedge as a set of its own', () => {
    expect(vitalsOf("Pulse was ninety when I first checked, now it's more like one oh four.")).toEqual([
      { pulse: 90 },
      { pulse: 104 },
    ]);
  });
  it('takes no pressure from a reading whose low number was never got', () => {
    expect(extractRecord('BP seventy over something, cuff is loose. Heart rate 130.').vitals).toEqual([{ pulse: 130 }]);
    expect(extractRecord('BP 80 over palp, heart rate 130.').vitals).toEqual([{ systolic: 80, pulse: 130 }]);
  });
  it('reads AVPU from other verbs of a response to voice or pain', () => {
    expect(vitals('She answers to voice, slow.')).toEqual([{ avpu: 'V' }]);
    expect(vitals('Only moaning to pain now.')).toEqual([{ avpu: 'P' }]);
    expect(vitals('Withdraws from pain.')).toEqual([{ avpu: 'P' }]);
    expect(vitals('He was moaning and opened his eyes to painful stimulus only.')).toEqual([{ avpu: 'P' }]);
    expect(vitals('Opens eyes to verbal stimuli.')).toEqual([{ avpu: 'V' }]);
  });
  it('reads a later value said after how the sign moves ("now climbing, ninety")', () => {
    expect(vitals('Sat was seventy-eight, now climbing, ninety.')).toEqual([{ spo2: 78 }, { spo2: 90 }]);
  });
});

describe('a pause between a sign and its value', () => {
  it('still leads to the value across a spoken "..."', () => {
    // The pain score said as a sentence of its own is a set of its own.
    expect(vitals('Pulse one twenty-two, pressure... ninety-four over sixty-two. Pain nine.')).toEqual([
      { pulse: 122, systolic: 94, diastolic: 62 },
      { pain: 9 },
    ]);
    expect(vitals('Pressure is... one hundred over sixty-eight.')).toEqual([{ systolic: 100, diastolic: 68 }]);
  });
});

describe('a level of response said not to be reached', () => {
  it('reads no level from "not responding to voice", and the level reached after it', () => {
    expect(vitals('Not responding to voice, pinching... he moans, responds to pain.')).toEqual([{ avpu: 'P' }]);
    expect(vitals('He is unresponsive to voice.')).toEqual([]);
  });

  it('reads a response to a stimulus in any tense of the verb ("she responded to voice", "opening his eyes to my voice")', () => {
    const avpu = (text: string) => extractRecord(text).vitals?.map((v) => v.avpu);
    expect(avpu('Pulse 88, and he responded to voice.')).toEqual(['V']);
    expect(avpu('Pulse 88, she is opening her eyes to my voice.')).toEqual(['V']);
    expect(avpu('Pulse 70, he withdrew only to pain.')).toEqual(['P']);
  });
  it('reads the level said as the only response there is ("pain response only")', () => {
    expect(extractRecord('Groans when I squeeze the trapezius, pain response only, HR 118.').vitals).toEqual([
      { avpu: 'P', pulse: 118 },
    ]);
    expect(extractRecord('No pain response, HR 40.').vitals).toEqual([{ pulse: 40 }]);
  });
  it('reads the voice said as what the medic does ("responds when I talk to him")', () => {
    const avpu = (text: string) => extractRecord(text).vitals?.map((v) => v.avpu);
    expect(avpu('HR 96, she answers when I speak to her.')).toEqual(['V']);
    expect(avpu('HR 128, only opening his eyes when I yell at him.')).toEqual(['V']);
    // No response to the act says only which level it is not.
    expect(avpu("HR 50, he doesn't respond when I shout.")).toEqual([undefined]);
  });
  it('reads a value said after a few words and a trailing pause ("BP, let me get it... ninety over sixty")', () => {
    expect(vitals('Pressure, let me get it... one-oh-four over seventy. He is alert.')).toContainEqual(
      expect.objectContaining({ systolic: 104, diastolic: 70 }),
    );
    expect(vitals('Resps, give me a sec... eighteen.')).toContainEqual(expect.objectContaining({ resp_rate: 18 }));
  });
});
