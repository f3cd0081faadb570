import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize.js';

const opts = { acronyms: new Set(['txa', 'iv', 'io']), joinedWords: new Set(['spo2', 'o2']) };
const numbers = (text: string) =>
  readTokens(text, opts)
    .filter((t) => t.kind === 'number')
    .map((t) => [t.value, t.digits]);

describe('digits dictated one by one', () => {
  it('join into one number that keeps its digits', () => {
    expect(numbers('at 0 7 2 0 pulse 1 1 6')).toEqual([
      [720, '0720'],
      [116, '116'],
    ]);
    expect(numbers('heart beating 1-3-5')).toEqual([[135, '135']]);
  });
  it('leave a unit number, a count and two hyphenated digits alone', () => {
    expect(numbers('A Trp 1-4 CAV, 2 units')).toEqual([
      [1, '1'],
      [4, '4'],
      [2, '2'],
    ]);
    expect(numbers('pulse 120, 2 g')).toEqual([
      [120, '120'],
      [2, '2'],
    ]);
  });
});

describe('spoken numbers', () => {
  it('end a time of four digits said one by one before a new quantity', () => {
    expect(numbers('at one three two zero five hundred mils')).toEqual([
      [1320, '1320'],
      [500, '500'],
    ]);
    expect(numbers('one five hundred')).toEqual([[1500, '1500']]);
  });
  it('end a time of four digits said one by one before the same time said again as hour and minute', () => {
    expect(numbers('at one four three zero fourteen thirty, pulse eighty')).toEqual([
      [1430, '1430'],
      [1430, '1430'],
      [80, '80'],
    ]);
    expect(numbers('one seven three zero seventeen thirty')).toEqual([
      [1730, '1730'],
      [1730, '1730'],
    ]);
    expect(numbers('grid four four eight four one two three four')).toEqual([[44841234, '44841234']]);
  });
  it('reads quantities the way medics say them', () => {
    expect(numbers('pulse one twenty')).toEqual([[120, '120']]);
    expect(numbers('one oh eight')).toEqual([[108, '108']]);
    expect(numbers('one zero four')).toEqual([[104, '104']]);
    expect(numbers('ninety four percent')).toEqual([[94, '94']]);
    expect(numbers('thirteen hundred milligrams')).toEqual([[1300, '1300']]);
    expect(numbers('five hundred mils')).toEqual([[500, '500']]);
    expect(numbers('one hundred and twenty')).toEqual([[120, '120']]);
    expect(numbers('two thousand')).toEqual([[2000, '2000']]);
  });
  it('starts a new number at hundreds said after a lone digit, and reads a bare scale before its unit', () => {
    expect(numbers('six fifty times two thirteen hundred milligrams')).toEqual([
      [650, '650'],
      [2, '2'],
      [1300, '1300'],
    ]);
    expect(numbers('two twenty two hundred')).toEqual([
      [2, '2'],
      [2200, '2200'],
    ]);
    expect(numbers('zero six hundred')).toEqual([[600, '0600']]);
    expect(numbers('Tylenol thousand milligrams PO')).toEqual([[1000, undefined]]);
    expect(numbers('the hundred meter mark')).toEqual([]);
  });
  it('keeps the spoken digits for times and grids', () => {
    expect(numbers('fourteen thirty-two')).toEqual([[1432, '1432']]);
    expect(numbers('oh-nine-fifteen')).toEqual([[915, '0915']]);
    expect(numbers('oh-eight-hundred')).toEqual(numbers('oh eight hundred'));
    expect(numbers('zero nine one five')).toEqual([[915, '0915']]);
    expect(numbers('twenty one oh five')).toEqual([[2105, '2105']]);
    expect(numbers('twenty two ten')).toEqual([[2210, '2210']]);
    expect(numbers('four four eight four one two three four')[0][1]).toBe('44841234');
  });
  it('splits numbers at words that are not numbers', () => {
    expect(numbers('ninety over sixty')).toEqual([
      [90, '90'],
      [60, '60'],
    ]);
    expect(numbers('one unit')).toEqual([[1, '1']]);
  });
  it('joins number words across a hyphen, never across a pause written as a dash', () => {
    expect(numbers('resps thirty-six')).toEqual([[36, '36']]);
    expect(numbers('morphine TEN \u2014 ONE ZERO milligrams')).toEqual([
      [10, '10'],
      [10, '10'],
    ]);
    expect(numbers('sats ninety - nine zero')).toEqual([
      [90, '90'],
      [90, '90'],
    ]);
  });
  it('reads "a hundred" and "a thousand" as quantities without clock digits', () => {
    expect(numbers('a thousand milligrams')).toEqual([[1000, undefined]]);
    expect(numbers('a hundred and ten')).toEqual([[110, undefined]]);
    expect(numbers('a cut on the chin')).toEqual([]);
  });
  it('reads a bare "hundred and twelve" as a hundred and twelve, and leaves a lone "hundred" alone', () => {
    expect(numbers('pulse is hundred and twelve maybe')).toEqual([[112, undefined]]);
    expect(numbers('hundred percent')).toEqual([]);
  });
  it('treats a lone "oh" as a word, not zero', () => {
    expect(numbers('oh, he is bleeding')).toEqual([]);
  });
});

describe('normalization', () => {
  it('joins spelled acronyms it knows and leaves other letters alone', () => {
    const norms = readTokens('T X A two grams I O, R AC, I.V.', opts).map((t) => t.norm);
    expect(norms).toEqual(['txa', '2', 'grams', 'io', ',', 'r', 'ac', ',', 'iv', '.']);
  });
  it('joins the names of letters as a recogniser writes them when they spell an acronym it knows', () => {
    expect(readTokens('tee ex ay one gram, eye vee', opts).map((t) => t.norm)).toEqual(['txa', '1', 'gram', ',', 'iv']);
    // "oh" is the letter O after another letter, and stays a zero before a number word.
    expect(readTokens('eye oh zero three, one oh six', opts).map((t) => t.norm)).toEqual(['io', '3', ',', '106']);
    // Names that spell nothing known stay words ("give em tea").
    expect(readTokens('give em tee', opts).map((t) => t.norm)).toEqual(['give', 'em', 'tee']);
  });
  it('joins the digit of "SpO2" and "O2" said as a word, but not after a spelled letter', () => {
    expect(readTokens('spo two eighty nine, O two on', opts).map((t) => t.norm)).toEqual([
      'spo2',
      '89',
      ',',
      'o2',
      'on',
    ]);
    expect(readTokens('I O two units', opts).map((t) => t.norm)).toEqual(['io', '2', 'units']);
  });
  it('reads "tea" as the letter T only where the letters spell an acronym it knows', () => {
    expect(readTokens('tea x a two grams', opts).map((t) => t.norm)).toEqual(['txa', '2', 'grams']);
    expect(readTokens('a cup of tea and a nap', opts).map((t) => t.norm)).toEqual([
      'a',
      'cup',
      'of',
      'tea',
      'and',
      'a',
      'nap',
    ]);
  });
  it('drops fillers and re-joins words split around a digit', () => {
    expect(readTokens('uh SpO2 um 97%', opts).map((t) => t.norm)).toEqual(['spo2', '97', '%']);
  });
});

describe('digits said the radio way', () => {
  it('read the radio digits ("fife", "fower", "tree", "wun", "niner") and "tousand"', () => {
    expect(numbers('fentanyl fife zero micrograms')).toEqual([[50, '50']]);
    expect(numbers('time one fower tree niner')).toEqual([[1439, '1439']]);
    expect(numbers('pulse one tree zero')).toEqual([[130, '130']]);
    expect(numbers('time wun fife wun two, fluids wun tousand')).toEqual([
      [1512, '1512'],
      [1000, '1000'],
    ]);
  });
  it('leave "tree" a word when no number word is next to it, or an article is before it', () => {
    expect(numbers('fell from a tree at 1420')).toEqual([[1420, '1420']]);
    expect(numbers('fell from a tree two meters')).toEqual([[2, '2']]);
  });
  it('read "too" and "ait" as digits among other digits ("resps too six", "pulse wun too fife")', () => {
    expect(numbers('resps too six, sats ait niner')).toEqual([
      [26, '26'],
      [89, '89'],
    ]);
    expect(numbers('pulse wun too fife at zero ait fife too')).toEqual([
      [125, '125'],
      [852, '0852'],
    ]);
    expect(numbers('ketamine IM time zero seven zero too.')).toEqual([[702, '0702']]);
    expect(numbers('at time wun fower too, niner too')).toEqual([
      [142, '142'],
      [92, '92'],
    ]);
  });
  it('leave "too" a word beside no number word, or after a plain digit not said the radio way', () => {
    expect(numbers('the driver was hit too')).toEqual([]);
    expect(numbers('gave him twenty one too, then more')).toEqual([[21, '21']]);
    expect(numbers('gave him one too many, two tourniquets')).toEqual([
      [1, '1'],
      [2, '2'],
    ]);
  });
});

describe('where a spoken number ends', () => {
  it('ends a clock at four digits when the number words after it count a unit', () => {
    expect(numbers('at zero two twenty eighteen gauge')).toEqual([
      [220, '0220'],
      [18, '18'],
    ]);
  });
  it('keeps the digit after a tens word in the clock before a counted unit', () => {
    expect(numbers('i v eighteen twenty eight one liter')).toEqual([
      [1828, '1828'],
      [1, '1'],
    ]);
  });
  it('leaves "one" after a side the device when a clock said as hour and minute words follows', () => {
    expect(numbers('splints both arms, right one nineteen fifty-two, left one at nineteen fifty')).toEqual([
      [1952, '1952'],
      [1, '1'],
      [1950, '1950'],
    ]);
  });
  it('leaves "one" after an ordinal a pronoun when four digits follow it', () => {
    expect(numbers('just above the first one one five two seven')).toEqual([[1527, '1527']]);
  });
  it('ends a clock said as hour and minute words before the next one, and keeps a tens word its unit', () => {
    expect(numbers('morphine IM thirteen forty thirteen fifty pulse ninety')).toEqual([
      [1340, '1340'],
      [1350, '1350'],
      [90, '90'],
    ]);
    expect(numbers('at twenty thirty eleven gauge')).toEqual([
      [2030, '2030'],
      [11, '11'],
    ]);
    expect(numbers('at eighteen twenty five')).toEqual([[1825, '1825']]);
  });
  it('ends a count past any hour before a clock said as hour and minute words', () => {
    expect(numbers('resp rate thirty two sixteen forty then')).toEqual([
      [32, '32'],
      [1640, '1640'],
    ]);
    expect(numbers('pulse eighty eight ten fifteen')).toEqual([
      [88, '88'],
      [1015, '1015'],
    ]);
    // An hour and minute, or more number words after, stay one run.
    expect(numbers('at twenty one fifteen')).toEqual([[2115, '2115']]);
    expect(numbers('grid thirty four twelve thirty eighty')).toEqual([[34123080, '34123080']]);
  });
});

describe('a digit said as a homophone where only a number fits', () => {
  it('is the unit of a tens word that ends its sentence', () => {
    expect(numbers('Pulse ox reads eighty for. Resps twenty ate.')).toEqual([
      [84, '84'],
      [28, '28'],
    ]);
  });
  it('is a score before "out of"', () => {
    expect(numbers('Says it is a to out of ten')).toEqual([
      [2, '2'],
      [10, '10'],
    ]);
  });
  it('stays a word with more of its sentence after it', () => {
    expect(numbers('held pressure twenty for the bleed')).toEqual([[20, '20']]);
    expect(numbers('sats ninety to ninety four')).toEqual([
      [90, '90'],
      [94, '94'],
    ]);
  });
});

describe('a digit word before the teen of a gauge', () => {
  it('is a number of its own, since no needle is a hundreds gauge', () => {
    expect(numbers('oriented times three sixteen gauge')).toEqual([
      [3, '3'],
      [16, '16'],
    ]);
    expect(numbers('two eighteen gauge lines')).toEqual([
      [2, '2'],
      [18, '18'],
    ]);
  });
});

describe('a bare hundred said with its tens before the unit of an amount', () => {
  it('is a hundred and that many', () => {
    expect(numbers('hundred twenty milligrams')).toEqual([[120, undefined]]);
    expect(numbers('hundred thirty five ml')).toEqual([[135, undefined]]);
    expect(numbers('zero seven hundred twenty')).not.toEqual([[120, undefined]]);
  });
});

describe('a number cut off and begun again', () => {
  it('reads a word with a dash and a space after it as cut off, not hyphened to the next', () => {
    expect(numbers('needle at, um, twenty- twenty-two fifteen')).toEqual([
      [20, '20'],
      [2215, '2215'],
    ]);
    expect(numbers('sats eighty- eighty-eight')).toEqual([
      [80, '80'],
      [88, '88'],
    ]);
  });
  it('still joins a hyphen written between number words, with or without a space before it', () => {
    expect(numbers('pulse one twenty-two, resps thirty -two')).toEqual([
      [122, '122'],
      [32, '32'],
    ]);
  });
});
