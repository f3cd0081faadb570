import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize.js';

const opts = { acronyms: new Set(['txa', 'iv']), joinedWords: new Set(['spo2']) };
const words = (text: string) => readTokens(text, opts).map((t) => t.raw);

describe('a word spelled after "I spell"', () => {
  it('is the word its spelling-alphabet letters spell, the proword dropped', () => {
    expect(words('Name, I spell: Lima India November Delta Echo November. Over.')).toEqual([
      'Name',
      ',',
      'Linden',
      '.',
      'Over',
      '.',
    ]);
    expect(words('surname i spell golf romeo alpha yankee, first name tango oscar mike')).toEqual([
      'surname',
      'Gray',
      ',',
      'first',
      'name',
      'Tom',
    ]);
  });
  it('is said once when the word is said beside its spelling', () => {
    expect(words('name Voss, I spell Victor Oscar Sierra Sierra.')).toEqual(['name', 'Voss', ',', '.']);
    expect(words('I spell: Echo Lima Mike, Elm, roster')).toEqual(['Elm', ',', 'roster']);
  });
  it('leaves a run of letters that digits follow as a code, and letters with no "I spell" before them', () => {
    expect(words('I spell: Kilo India Mike, roster Kilo Lima seven seven')).toEqual([
      'Kim',
      ',',
      'roster',
      'Kilo',
      'Lima',
      'seven seven',
    ]);
    expect(words('callsign Romeo Oscar Mike, first name')).toEqual([
      'callsign',
      'Romeo',
      'Oscar',
      'Mike',
      ',',
      'first',
      'name',
    ]);
  });
});
