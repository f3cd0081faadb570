import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { findVitals } from './vitals.js';

const vitals = (text: string) => findVitals(readDoc(text)).map((f) => f.value);

describe('a pressure said with "to" between its numbers', () => {
  it('reads the lower number after "to" as the diastolic', () => {
    expect(vitals('Heart frequency 124, blood pressure 88 to 54, saturation 92.')).toEqual([
      { pulse: 124, systolic: 88, diastolic: 54, spo2: 92 },
    ]);
    expect(vitals('The BP was 132 to 84 and pulse 90.')).toEqual([{ systolic: 132, diastolic: 84, pulse: 90 }]);
  });
  it('reads no pressure from a range or a change', () => {
    expect(vitals('BP 90 to 100 systolic.')).toEqual([]);
    expect(vitals('BP went from 120 to 90.')).toEqual([{ systolic: 120 }]);
    expect(vitals('Pressure dropping, 110 to 85.')).toEqual([]);
  });
});

describe('the systolic label', () => {
  it('reads "SBP" before the systolic alone or the whole pressure', () => {
    expect(vitals('HR 122 SBP 86 palp RR 24')).toEqual([{ pulse: 122, systolic: 86, resp_rate: 24 }]);
    expect(vitals('SBP 108/72, SpO2 98%')).toEqual([{ systolic: 108, diastolic: 72, spo2: 98 }]);
  });
});

describe('a response said with "reacts"', () => {
  it('reads the level it reacts to', () => {
    expect(vitals('Casualty reacts only to pain.')).toEqual([{ avpu: 'P' }]);
    expect(vitals('He reacted to voice, pulse 100.')).toEqual([{ avpu: 'V', pulse: 100 }]);
  });
});

describe('a reading broken at a pause', () => {
  it('reads a word said again after a pause as the value', () => {
    expect(vitals('Heart rate one. One forty. Blood pressure two, two ten over one ten.')).toEqual([
      { pulse: 140, systolic: 210, diastolic: 110 },
    ]);
  });
  it('keeps a first word that is a value', () => {
    expect(vitals('Pulse ninety. Ninety guys on the convoy.')).toEqual([{ pulse: 90 }]);
  });
  it('reads the low number of a pressure after a stop after "over"', () => {
    expect(vitals('BP one ten over. Seventy two. Resps sixteen.')).toEqual([
      { systolic: 110, diastolic: 72, resp_rate: 16 },
    ]);
  });
  it('reads a tens word and a digit said alone in the next sentence as one value', () => {
    expect(vitals('Pulse ox eighty. Eight. Resps twenty.')).toEqual([{ spo2: 88, resp_rate: 20 }]);
    // A digit with more words after it counts something else.
    expect(vitals('Pulse seventy. Two tourniquets on.')).toEqual([{ pulse: 70 }]);
  });
});

describe('a lay first aider naming the pulse oximeter', () => {
  it('reads the value the finger clip shows', () => {
    expect(vitals('Clipped the finger monitor on, it read 89.')).toEqual([{ spo2: 89 }]);
    expect(vitals('Heart rate about 100, finger thingy shows ninety seven.')).toEqual([{ pulse: 100, spo2: 97 }]);
  });
});

describe("the casualty's own pain score said around other words", () => {
  it('reads a score said with an article after a few words, or with who rated it after the score', () => {
    expect(vitals('I asked about the pain and she answered a six.')).toEqual([]);
    expect(vitals('I asked about the pain and she said an eight.')).toEqual([{ pain: 8 }]);
    expect(vitals("Pain's bad, probably five, she says.")).toEqual([{ pain: 5 }]);
  });
  it('reads no score without a rating or its scale', () => {
    expect(vitals('Pain is bad, probably five.')).toEqual([]);
  });
});

describe('the signs in the words of a translated report', () => {
  it('reads the frequencies and the arterial tension as the pulse, the breathing rate and the pressure', () => {
    expect(vitals('On arrival cardiac frequency 96, breathing frequency 18, arterial tension 124 on 80.')).toEqual([
      { pulse: 96, resp_rate: 18, systolic: 124, diastolic: 80 },
    ]);
    expect(vitals('Respiratory frequency 30. Tension pneumothorax suspected.')).toEqual([{ resp_rate: 30 }]);
  });
  it('reads the frequencies with their words in the order French puts them, and the pressure said bare before one', () => {
    expect(vitals('Frequency cardiac 104, tension 112/70, frequency respiratory 18.')).toEqual([
      { pulse: 104, systolic: 112, diastolic: 70, resp_rate: 18 },
    ]);
  });
  it('reads a response "on" the stimulus, with its article, as the level', () => {
    expect(vitals('She answers on the voice only, pulse 88.')).toEqual([{ avpu: 'V', pulse: 88 }]);
    expect(vitals('The wounded reacted only on pain.')).toEqual([{ avpu: 'P' }]);
    expect(vitals('He responds to the voice.')).toEqual([{ avpu: 'V' }]);
  });
  it('reads clear consciousness and "conscious, oriented" as alert', () => {
    expect(vitals('Clear consciousness, pain 3 from 10.')).toEqual([{ avpu: 'A', pain: 3 }]);
    expect(vitals('She is conscious and oriented, pulse 92.')).toEqual([{ avpu: 'A', pulse: 92 }]);
    expect(vitals('Conscious, oriented.')).toEqual([{ avpu: 'A' }]);
    // Conscious alone says no level.
    expect(vitals('He is conscious but confused.')).toEqual([]);
  });
});

describe('alert and oriented said without its count', () => {
  it('reads "A and O" as alert', () => {
    expect(vitals('Pt is A and O, HR 84.')).toEqual([{ avpu: 'A', pulse: 84 }]);
    expect(vitals('Casualty two A and O, pain 2.')).toEqual([{ avpu: 'A', pain: 2 }]);
  });
});

describe('the AVPU letter typed lower-case before "on avpu"', () => {
  it('reads v, p and u, never the word "a"', () => {
    expect(vitals('now p on avpu, hr 60')).toEqual([{ avpu: 'P', pulse: 60 }]);
    expect(vitals('pt u on the avpu scale')).toEqual([{ avpu: 'U' }]);
    expect(vitals('hr 60, a on avpu')).toEqual([{ pulse: 60 }]);
  });
});

describe("a sign's name said as a sentence of its own", () => {
  it('reads the value said as the next sentence', () => {
    expect(vitals('Sats. 91 on room air. Pulse 104.')).toEqual([{ spo2: 91, pulse: 104 }]);
    expect(vitals('Respiratory. Thirty two. Heart rate. One ten.')).toEqual([{ resp_rate: 32, pulse: 110 }]);
  });
  it('reads no value that more words follow, nor after a name inside a sentence', () => {
    expect(vitals('Pain. 3 frag wounds to the leg.')).toEqual([]);
    expect(vitals('Checked the pulse. 2 TQs holding.')).toEqual([]);
    expect(vitals('Respiratory distress, 2 chest seals on.')).toEqual([]);
  });
});

describe("a sign's name asked and answered by its value", () => {
  it('reads the value said as the answer', () => {
    expect(vitals('Heart rate? One thirty-two. Resp rate? Eighteen.')).toEqual([{ pulse: 132, resp_rate: 18 }]);
    expect(vitals('Tube is in. Pain? 6.')).toEqual([{ pain: 6 }]);
  });
  it('reads no value from an answer of more words, nor from a question inside a sentence', () => {
    expect(vitals('Pulse? 2 TQs on, check them.')).toEqual([]);
    expect(vitals('Did you get a pulse? 120 was the last one.')).toEqual([]);
  });
});

describe('a sign asked for and answered', () => {
  it('reads the answer after the label of who gives it, or words reporting it', () => {
    expect(vitals('Doc: How is his pain?\nPatient: Seven.')).toEqual([{ pain: 7 }]);
    expect(vitals('Sats?\nRTO: He says ninety-three.')).toEqual([{ spo2: 93 }]);
    expect(vitals("What's her pain? She said four.")).toEqual([{ pain: 4 }]);
  });
  it('reads no answer that goes on past its number, or a question with other words before the sign', () => {
    expect(vitals('Pain score?\nPatient: Seven wounds, I think.')).toEqual([]);
    expect(vitals('Did you check the pain? Patient: Seven.')).toEqual([]);
  });
});

describe('a number said as the systolic after a pulse', () => {
  it('reads no pulse from the pressure felt at the radial', () => {
    expect(vitals('Radial is there, maybe ninety systolic, RR 24.')).toEqual([{ resp_rate: 24 }]);
    expect(vitals('Pulse 118, BP 86 systolic.')).toEqual([{ pulse: 118, systolic: 86 }]);
  });
});

describe('a reading said back as a question', () => {
  it('stands when the next words take it up, and is none otherwise', () => {
    expect(vitals('Resps twenty-two? Good, write it down.')).toEqual([{ resp_rate: 22 }]);
    expect(vitals('BP 104 over 66? Roger.')).toEqual([{ systolic: 104, diastolic: 66 }]);
    expect(vitals('Pulse 120? No, recount it.')).toEqual([]);
    expect(vitals('Pulse 120? Check again.')).toEqual([]);
  });
});

describe('a pain score named by its scale', () => {
  it('reads "VAS" and "NRS" before a number as the pain score', () => {
    expect(vitals('0915: HR 96, NRS 6/10, SpO2 97 %.')).toEqual([{ time: '09:15', pulse: 96, pain: 6, spo2: 97 }]);
    expect(vitals('Recheck 0940 pulse 88, VAS 2.')).toEqual([{ time: '09:40', pulse: 88, pain: 2 }]);
  });
  it('reads no pain where no number follows the scale', () => {
    expect(vitals('Pulse 90. VAS not assessed, he is too drowsy.')).toEqual([{ pulse: 90 }]);
  });
});
