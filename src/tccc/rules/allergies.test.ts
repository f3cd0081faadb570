import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';

const allergies = (text: string) => findCasualty(readDoc(text))?.value.allergies;

describe('the allergen after the words that lead to it', () => {
  it('reads past "against", a pause, a search for the word or the asking', () => {
    expect(allergies('Known allergy against codeine, 31 years.')).toBe('codeine');
    expect(allergies('He has an allergy to... what, how do you say... latex. HR 90.')).toBeUndefined();
    expect(allergies('He has allergy to... how do you say... latex. HR 90.')).toBe('latex');
    expect(allergies('Allergies, asking her... sulfa. Pulse 100.')).toBe('sulfa');
    expect(allergies('Allergies... none.')).toBe('NKDA');
    expect(allergies('Allergies: reports latex. Pulse 96.')).toBe('latex');
    expect(allergies('Allergies - says none.')).toBe('NKDA');
  });
  it('never reads the verb before "allergy" as the allergen', () => {
    expect(allergies('She has allergy, cannot say to what.')).toBeUndefined();
  });
  it('reads "on" as a translation leads to the allergen, past the kind of allergy asked', () => {
    expect(allergies('She reports an allergy on sulfa drugs. HR 88.')).toBe('sulfa drugs');
    expect(allergies('Allergy on medications: none known. Pulse 92.')).toBe('NKDA');
    expect(allergies('Allergy to drugs — not known. Pulse 92.')).toBe('NKDA');
    expect(allergies('Allergies to medicines - codeine. Pulse 92.')).toBe('codeine');
  });
  it('ends the allergen where a clause joins on, and records no allergy that is unknown', () => {
    expect(allergies('Says she is allergic to morphine so we gave fentanyl.')).toBe('morphine');
    expect(allergies('Allergic to latex but tolerates nitrile gloves.')).toBe('latex');
    expect(allergies('Allergies unknown, casualty unconscious.')).toBeUndefined();
  });
});

describe('the allergen said in a chat message', () => {
  it('ends before an aside the message ends on', () => {
    expect(allergies('Doc: Hale says allergic to sulfa btw')).toBe('sulfa');
    expect(allergies('allergic to iodine fyi')).toBe('iodine');
  });
});

describe('the allergen written straight after "allergic"', () => {
  it('reads a note\'s "Allergic <drug>" as that allergy, and no allergen in an allergic reaction', () => {
    expect(allergies('Frag L calf. Allergic codeine. HR 110.')).toBe('codeine');
    expect(allergies('GSW R arm, allergic: penicillin, pulse 96.')).toBe('penicillin');
    expect(allergies('No allergic reaction seen after the ketamine.')).toBeUndefined();
  });
});

describe('an allergy corrected', () => {
  it('keeps only the allergy, or none, said after the correction', () => {
    expect(allergies('Allergies latex, correction, no known drug allergies. Urgent.')).toBe('NKDA');
    expect(allergies('NKA, correction, allergic to codeine. Priority.')).toBe('codeine');
  });
});

describe('allergies asked of by kind', () => {
  it('reads no allergen from the kind asked, and the answer given after it', () => {
    expect(allergies('Ask her about allergies to meds. Pulse 92.')).toBeUndefined();
    expect(allergies('Any allergies to drugs? She shakes her head, no allergies to drugs. NKDA.')).toBe('NKDA');
    expect(allergies('Allergies to medications: sulfa. Routine.')).toBe('sulfa');
  });
});

describe('an allergy field that cannot be read', () => {
  it('gives no allergen from a lone letter', () => {
    expect(allergies('NAME: Pryce   ALLERGIES: p%n ?? (smudged)\nGSW L arm')).toBeUndefined();
  });
  it('still reads a short allergen written whole', () => {
    expect(allergies('NAME: Pryce   ALLERGIES: PCN\nGSW L arm')).toBe('PCN');
  });
  it('takes no called name for the allergen when the medic turns to ask the casualty, and reads the answer', () => {
    expect(allergies('Allergies... Mariah, you allergic to any meds? No. No known allergies. GSW left arm.')).toBe(
      'NKDA',
    );
    expect(allergies('Allergies... Okoye, any allergies? GSW left arm.')).toBeUndefined();
  });
  it('still reads an allergen with a comma after it', () => {
    expect(allergies('Allergies: sulfa, GSW left arm.')).toBe('sulfa');
  });
});
