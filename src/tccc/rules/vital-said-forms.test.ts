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
