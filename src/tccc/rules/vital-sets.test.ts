import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { findVitals } from './vitals.js';
import { extractRecord } from './index.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('grouping signs into sets', () => {
  it('dates every sign on the line a time heads with its colon, across its sentences', () => {
    expect(vitals('Triage (1930): c/o nausea, pain 5/10. HR 96, BP 128/80, RR 16.')).toEqual([
      { time: '19:30', pain: 5, pulse: 96, systolic: 128, diastolic: 80, resp_rate: 16 },
    ]);
  });
  it('dates no sign past the line a time heads, nor the next sentence after a time with no heading colon', () => {
    expect(vitals('Triage 1930: pain 5/10.\nHR 96, BP 128/80.')).toEqual([
      { time: '19:30', pain: 5 },
      { pulse: 96, systolic: 128, diastolic: 80 },
    ]);
    expect(vitals('At 1930 pain 5/10. HR 96.')).toEqual([{ time: '19:30', pain: 5 }, { pulse: 96 }]);
  });
  it('keeps one set when the same AVPU level is said twice in its sentence', () => {
    expect(vitals('0710: P 96, RR 18, A&Ox3, alert, pain 6/10.')).toEqual([
      { time: '07:10', pulse: 96, resp_rate: 18, avpu: 'A', pain: 6 },
    ]);
    // A different level, or the same one in a later sentence, is still a set of its own.
    expect(vitals('Alert at first, P 96. Now responds to voice, pain 6/10.')).toEqual([
      { avpu: 'A', pulse: 96 },
      { avpu: 'V', pain: 6 },
    ]);
  });
});

describe('reading one sign', () => {
  it('reads an AVPU level said in the radio alphabet after the AVPU label', () => {
    expect(vitals('Line Sierra: time 0810, HR 96, AVPU Uniform. Then AVPU alpha.')).toEqual([
      { time: '08:10', pulse: 96, avpu: 'U' },
      { avpu: 'A' },
    ]);
    // Without the label the word is no level.
    expect(vitals('Victor team arrived, pulse 100.')).toEqual([{ pulse: 100 }]);
  });
  it('reads a pain score the casualty gives himself without its scale', () => {
    expect(vitals('Asked about pain, she says a seven. HR 102.')).toEqual([{ pain: 7 }, { pulse: 102 }]);
    // A number said of something else after the report is no score.
    expect(vitals('Pain she says began 3 hours ago.')).toEqual([]);
  });
  it('reads the pulse named by its place at the wrist', () => {
    expect(vitals("Radial's weak, maybe one forty. Resps 30.")).toEqual([{ pulse: 140, resp_rate: 30 }]);
    expect(vitals('Radials present both sides, 2 IVs in.')).toEqual([]);
  });
  it('dates a set by a time set off by a pause after "now" said of the value', () => {
    expect(vitals("Sats ninety one now, that's fourteen twelve. Splint on.")).toEqual([{ spo2: 91, time: '14:12' }]);
    expect(vitals('HR 104 now, 2230.')).toEqual([{ pulse: 104, time: '22:30' }]);
  });
  it('dates a set by a time set off by a pause that closes its sentence', () => {
    expect(vitals('Pulse 96, resps 18, 2140. Splint on.')).toEqual([{ pulse: 96, resp_rate: 18, time: '21:40' }]);
    expect(vitals('Sats ninety-two... time two one four five Zulu.')).toEqual([{ spo2: 92, time: '21:45' }]);
  });
  it('leaves the set undated when more is said after the time, or the set began sentences before', () => {
    expect(vitals('Pulse 96, 2140 splint on.')).toEqual([{ pulse: 96 }]);
    expect(vitals('Pulse 96. Splint on the leg. BP 110/70, 2150.')).toEqual([
      { pulse: 96, systolic: 110, diastolic: 70 },
    ]);
  });
});

describe('"repeat" heading a set of readings', () => {
  it('takes the time said before it as the set time, not an earlier act', () => {
    const record = extractRecord('Splint on ... good ... 1547 repeat pulse 96 BP 122 over 78.');
    expect(record.vitals).toEqual([{ time: '15:47', pulse: 96, systolic: 122, diastolic: 78 }]);
    expect(record.interventions).toEqual([{ type: 'splint' }]);
    expect(vitals('HR 120, SpO2 92. At 0933, repeat HR 104, SpO2 95.')).toEqual([
      { pulse: 120, spo2: 92 },
      { time: '09:33', pulse: 104, spo2: 95 },
    ]);
  });
});

describe('a time said bare after the last reading', () => {
  it('dates the set when it ends the sentence or comes before the priority', () => {
    expect(vitals('okay pulse one ten resps eighteen sats ninety six eleven forty priority')).toEqual([
      { pulse: 110, resp_rate: 18, spo2: 96, time: '11:40' },
    ]);
    expect(vitals('HR 96, RR 20, SpO2 97 2215.')).toEqual([{ pulse: 96, resp_rate: 20, spo2: 97, time: '22:15' }]);
  });
  it('leaves a time that an act after it may take', () => {
    expect(vitals('HR 96 2215 TXA 1 g IV.')).toEqual([{ pulse: 96 }]);
  });
});

describe('an AVPU level said in words around its label', () => {
  it('reads a capital letter before "on AVPU" as the level', () => {
    expect(vitals('Pulse 110. U on AVPU.')).toEqual([{ pulse: 110, avpu: 'U' }]);
    expect(vitals('She is P on the AVPU scale, sats 91.')).toEqual([{ avpu: 'P', spo2: 91 }]);
    // A lower-case "a" is a word, not a level.
    expect(vitals('Pulse 110, a on AVPU.')).toEqual([{ pulse: 110 }]);
  });
  it('reads "A and O" with its count as alert', () => {
    expect(vitals('A and O x3, BP 118/76.')).toEqual([{ avpu: 'A', systolic: 118, diastolic: 76 }]);
  });
});

describe('a heading said as sentences of its own', () => {
  it('dates the signs after a time sentence that names the vitals or follows one that does', () => {
    expect(vitals('Second set of vitals. At 0215. Heart rate 96. Sats 99.')).toEqual([
      { time: '02:15', pulse: 96, spo2: 99 },
    ]);
    expect(vitals('Vital signs at. Two two four zero. Resps eighteen.')).toEqual([{ time: '22:40', resp_rate: 18 }]);
  });
  it('leaves a bare time sentence after an act undated for the signs', () => {
    expect(vitals('Chest seal on. 0215. Heart rate 96.')).toEqual([{ pulse: 96 }]);
  });
});

describe('a time after a pause that closes the signs', () => {
  it('dates them when led by "at" or "time now", or followed only by a radio "over"', () => {
    expect(vitals('HR 104, BP 118 over 74, at nineteen hundred five.')).toEqual([
      { pulse: 104, systolic: 118, diastolic: 74, time: '19:05' },
    ]);
    expect(vitals('Resps one eight, sats niner seven, time now zero six four two Zulu, over.')).toEqual([
      { resp_rate: 18, spo2: 97, time: '06:42' },
    ]);
  });
  it('dates them when the time is said as what it was ("that is", "that was")', () => {
    expect(vitals('Resps 24, sats 91... that was 2318.')).toEqual([{ resp_rate: 24, spo2: 91, time: '23:18' }]);
  });
  it('dates them past a judgement on them, after "time\'s", and from a sentence that only gives the time', () => {
    expect(vitals('Resps sixteen, sats ninety-nine, looks okay, time one four two two.')).toEqual([
      { resp_rate: 16, spo2: 99, time: '14:22' },
    ]);
    expect(vitals("HR 88, BP 126/70, time's 2205.")).toEqual([
      { pulse: 88, systolic: 126, diastolic: 70, time: '22:05' },
    ]);
    expect(vitals('Pulse ninety, resps eighteen, she is alert. Time now zero four forty.')).toEqual([
      { pulse: 90, resp_rate: 18, avpu: 'A', time: '04:40' },
    ]);
  });
  it('leaves a time that more words follow', () => {
    expect(vitals('HR 104, at 1905 gave TXA.')).toEqual([{ pulse: 104 }]);
    expect(vitals('HR 104, not good, at 1905 gave TXA.')).toEqual([{ pulse: 104 }]);
  });
});

describe('a time said after a word naming the vitals', () => {
  it('is the set time, never the time of an act said before it', () => {
    const record = extractRecord('saline lock in the left forearm vitals at 0350 pulse 104 resps 20');
    expect(record.vitals).toEqual([{ time: '03:50', pulse: 104, resp_rate: 20 }]);
    expect(record.interventions?.[0].time).toBeUndefined();
  });
});

describe('a level said before a semicolon', () => {
  it('is of the signs said after it, in one set', () => {
    expect(vitals('Second check at 2130: responds to voice only; pulse 126, resps 30.')).toEqual([
      { time: '21:30', avpu: 'V', pulse: 126, resp_rate: 30 },
    ]);
  });
  it('stands alone when a full stop ends it', () => {
    expect(vitals('Responds to voice only. Pulse 126, resps 30.')).toEqual([
      { avpu: 'V' },
      { pulse: 126, resp_rate: 30 },
    ]);
  });
});

describe('"repeat" before a time and the signs', () => {
  it('repeats the readings, not the last drug', () => {
    const record = extractRecord('morphine 4 mg IV 0210 repeat at 0225 HR 96 BP 118/70');
    expect(record.medications).toEqual([{ name: 'morphine', dose: '4 mg', route: 'IV', time: '02:10' }]);
    expect(record.vitals).toEqual([{ time: '02:25', pulse: 96, systolic: 118, diastolic: 70 }]);
  });
});

describe('a listed AVPU letter after the air a saturation was read on', () => {
  it('is the level', () => {
    expect(vitals('HR 102, SpO2 95% on room air, V, pain 4/10.')).toEqual([
      { pulse: 102, spo2: 95, avpu: 'V', pain: 4 },
    ]);
    expect(vitals('SpO2 91 RA, P.')).toEqual([{ spo2: 91, avpu: 'P' }]);
  });
});

describe("the time a timeline's line opens with", () => {
  it('dates a set said after an act on the line, in its next sentence or after a wound', () => {
    expect(
      vitals('1512 Pt 2 whole blood unit 1 running. Pulse 126, BP 84/52.\n1519 Pt 2 chest seal L. RR 30.').map(
        (v) => v.time,
      ),
    ).toEqual(['15:12', '15:19']);
    expect(vitals('0905 Burns both hands, opens eyes to voice.\n0911 Sats 90 on O2.')).toEqual([
      { time: '09:05', avpu: 'V' },
      { time: '09:11', spo2: 90 },
    ]);
  });
  it('dates nothing in a lone paragraph, and no set that says its own time or whose line time another took', () => {
    expect(vitals('1340 we reached him under the truck. Pulse 120.')).toEqual([{ pulse: 120 }]);
    expect(vitals('2201 TQ L leg. HR 110 at 2204.\n2210 Splint on.')).toEqual([{ pulse: 110, time: '22:04' }]);
    expect(vitals('2201 HR 110. Gave fluids. HR 104.\n2210 Splint on.')).toEqual([
      { time: '22:01', pulse: 110 },
      { pulse: 104 },
    ]);
  });
});

describe('a level said as the letter the casualty is', () => {
  it('reads "she\'s a V" as the level, in the set of the signs said with it', () => {
    expect(vitals("She's drowsy, she's a V, heart rate ninety-four.")).toEqual([{ avpu: 'V', pulse: 94 }]);
  });
  it('reads the letter of the level already held as the same finding, not a new set', () => {
    expect(vitals('He only opens his eyes to voice. Dressing on. He is a V, keep talking to him.')).toEqual([
      { avpu: 'V' },
    ]);
  });
});

describe('a pain score said in a sentence after a timed set', () => {
  it('is a set of its own, which the earlier time does not date', () => {
    expect(vitals('At 0930 heart rate 104, resps 20. Splint on the left leg. Pain is a seven.')).toEqual([
      { time: '09:30', pulse: 104, resp_rate: 20 },
      { pain: 7 },
    ]);
  });
  it('stays in the set when said in its sentence or on the next line of a card', () => {
    expect(vitals('At 0930 heart rate 104, pain seven.')).toEqual([{ time: '09:30', pulse: 104, pain: 7 }]);
    expect(vitals('VS 0930: HR 104\nPain 7/10')).toEqual([{ time: '09:30', pulse: 104, pain: 7 }]);
    // A heading with its colon dates what its line goes on to say right after the set, as a card's line does.
    expect(vitals('Reassessed 2210: HR 96, RR 18. Responds to voice. Pain 5 of 10. Dressing dry.')).toEqual([
      { time: '22:10', pulse: 96, resp_rate: 18, avpu: 'V', pain: 5 },
    ]);
  });
});

describe('a heading of the latest set said as a sentence of its own', () => {
  it("dates the signs of the next sentence, past a speaker's label", () => {
    expect(vitals('RN: Numbers?\nMEDIC: Latest set fourteen twenty. Pulse one-oh-two, sats ninety-four.')).toEqual([
      { time: '14:20', pulse: 102, spo2: 94 },
    ]);
    expect(vitals('Doc: Last set 0930. HR 88.')).toEqual([{ time: '09:30', pulse: 88 }]);
  });
  it('dates nothing when the sentence holds more than a heading', () => {
    expect(vitals('MEDIC: Tourniquet on 0930. HR 88.')).toEqual([{ pulse: 88 }]);
  });
});

describe('a time said of an act just before the signs', () => {
  it('does not date the signs when it follows "on at", "in at" or a place on the body', () => {
    expect(vitals('splint thing on at fourteen ten heart rate ninety sats ninety six')).toEqual([
      { pulse: 90, spo2: 96 },
    ]);
    expect(vitals('wrapped the left forearm at 1410 pulse 90')).toEqual([{ pulse: 90 }]);
  });
  it('still dates the signs a time heads', () => {
    expect(vitals('checked him at 1410 pulse 90 sats 96')).toEqual([{ time: '14:10', pulse: 90, spo2: 96 }]);
  });
});

describe('a bare time said as a sentence of its own', () => {
  it('dates the signs after it when a pause closes the act before it', () => {
    expect(vitals('Dressing the calf. Alright. 2214. Heart rate ninety-eight. Responds to voice.')).toEqual([
      { time: '22:14', pulse: 98, avpu: 'V' },
    ]);
    // With no pause it may be the act's, and dates nothing.
    expect(vitals('Dressing the calf. 2214. Heart rate ninety-eight.')).toEqual([{ pulse: 98 }]);
  });
});

describe('a sign whose name is stuttered', () => {
  it('keeps the time said before the first saying of its name', () => {
    expect(vitals('repeat vitals at fourteen ten heart rate um heart rate ninety two resps eighteen')).toEqual([
      { time: '14:10', pulse: 92, resp_rate: 18 },
    ]);
  });

  it('keeps it across a cut-off dash or a comma after the first saying', () => {
    expect(vitals('Reassess at 0312: sats- sats ninety-four, resps twenty.')).toEqual([
      { time: '03:12', spo2: 94, resp_rate: 20 },
    ]);
    expect(vitals('Second set, oh three forty, heart rate, heart rate one oh two.')).toEqual([
      { time: '03:40', pulse: 102 },
    ]);
  });
});

describe('a time after a pause, past whose reading it is', () => {
  it('dates the sign when "on him" or "on her" stands before the pause', () => {
    expect(vitals('Pulse one ten on him, fourteen oh two.')).toEqual([{ pulse: 110, time: '14:02' }]);
    // Anything else there may be what the time dates.
    expect(vitals('Pulse one ten on arrival, fourteen oh two.')).toEqual([{ pulse: 110 }]);
  });
});
