import { describe, expect, it } from 'vitest';
import { readClock, timeTypedAgain, typedAgain } from './clock.js';
import type { Token } from './tokenize.js';
import { readTokens } from './normalize.js';

const opts = { acronyms: new Set<string>(), joinedWords: new Set<string>() };
/** The first clock time in the text. */
function firstTime(text: string): string | null {
  const tokens = readTokens(text, opts);
  for (let i = 0; i < tokens.length; i++) {
    const c = readClock(tokens, i);
    if (c) return c.time;
  }
  return null;
}

describe('readClock', () => {
  it.each([
    ['TQ 1432', '14:32'],
    ['at 14:32', '14:32'],
    ['at 2:32 pm', '14:32'],
    ['at 12:05 a.m.', '00:05'],
    ['fourteen thirty two', '14:32'],
    ['oh-nine-fifteen', '09:15'],
    ['at zero nine one five', '09:15'],
    ['at nine fifteen', '09:15'],
    ['eleven oh five', '11:05'],
    ['fourteen hundred hours', '14:00'],
    ['0740', '07:40'],
    ['TQ 1420Z', '14:20'],
    ['TQ 1420hrs', '14:20'],
    ['TQ 1420L', '14:20'],
    ['TQ 1420ish', '14:20'],
    ['TXA at 1420MST', '14:20'],
    ['TQ applied T1420', '14:20'],
  ])('%s → %s', (text, time) => {
    expect(firstTime(text)).toBe(time);
  });
  it.each([
    ['1300 mg'],
    ['1000 ml'],
    ['nine fifteen'],
    ['2599'],
    ['pulse 118'],
    ['7760 meters'],
    // A blood unit's, a lot's or a serial's number: digits written onto letters no time is written with.
    ['unit W0412'],
    ['unit W0412 2302 5561'],
    ['lot 2309C'],
  ])('%s is not a time', (text) => {
    expect(firstTime(text)).toBeNull();
  });
  it('reads an hour and its minutes said with the part of the day, on that part of the clock', () => {
    expect(firstTime('about eight forty this morning')).toBe('08:40');
    expect(firstTime('around four oh five this afternoon')).toBe('16:05');
    expect(firstTime('at nineteen ten this evening')).toBe('19:10');
  });
  it('reads the part of the day said with "in the" ("3:25 in the afternoon") the same way', () => {
    expect(firstTime('splinted it at 3:25 in the afternoon')).toBe('15:25');
    expect(firstTime('around 7:05 in the evening')).toBe('19:05');
    expect(firstTime('at 6:50 in the morning')).toBe('06:50');
    // A bare hour, and a time on the 24-hour clock, keep their own readings.
    expect(firstTime('at four in the afternoon')).toBeNull();
    expect(firstTime('at 1710 in the afternoon')).toBe('17:10');
  });
  it('leaves a bare hour said with the part of the day to the readers of whole phrases', () => {
    expect(firstTime('nine this morning')).toBeNull();
  });
  it('reads a time before a spaced slash and keeps Z and hrs suffixes', () => {
    const opts2 = { acronyms: new Set<string>(), joinedWords: new Set<string>() };
    const tokens = readTokens('TQ 0902 / HR 150', opts2);
    expect(readClock(tokens, 1)).toEqual({ time: '09:02', end: 2 });
    expect(readClock(readTokens('1432Z', opts2), 0)).toEqual({ time: '14:32', end: 2 });
    expect(readClock(readTokens('1202hrs', opts2), 0)).toEqual({ time: '12:02', end: 2 });
    expect(readClock(readTokens('120/80', opts2), 0)).toBeNull();
  });
  it('reads a number said with thousands as a quantity, and "ten hundred" as the time', () => {
    expect(firstTime('LR, one thousand, IO')).toBeNull();
    expect(firstTime('LR, ten hundred, IO')).toBe('10:00');
  });
});

describe('hours and minutes typed apart', () => {
  it('reads "at 15 40" as a time', () => {
    expect(firstTime('that was at 15 40 wrote it on the strap')).toBe('15:40');
  });
  it('reads an hour typed digit by digit ("at 0 4 25", "at 0 7 hundred"), as a recogniser prints "oh four twenty-five"', () => {
    expect(firstTime('needle in at 0 4 25 left chest')).toBe('04:25');
    expect(firstTime('reassessed at 0 7 hundred')).toBe('07:00');
    expect(firstTime('at 2 2 15 he was moved')).toBe('22:15');
    expect(firstTime('at 2 5 15 he was moved')).toBeNull();
    expect(firstTime('at 0 4 25 mg')).toBeNull();
  });
  it('leaves two numbers alone without "at", or with a unit after them', () => {
    expect(firstTime('pulse 15 40')).toBeNull();
    expect(firstTime('at 10 30 mg')).toBeNull();
    expect(firstTime('at 12 5')).toBeNull();
  });
});

describe('a time before "by"', () => {
  it('is a time when a word follows "by", and a size when a number does', () => {
    expect(firstTime('Morphine given at 1105 by the platoon CLS.')).toBe('11:05');
    expect(firstTime('Wound 1010 by 1020 cm.')).toBeNull();
  });
});

describe('hour and minutes with a dot between', () => {
  it.each([
    ['Splint placed at 16.05 hours.', '16:05'],
    ['Reassessed 9.15 hrs, no change', '09:15'],
    ['Chest seal at 21.47; breathing eased', '21:47'],
    ['Second dose 05.10 and third 05.40', '05:10'],
  ])('%s → %s', (text, time) => {
    expect(firstTime(text)).toBe(time);
  });
  it.each([['Glucose at 12.50 mg'], ['pH 7.35'], ['Temperature 36.60'], ['Gave 2.50 then'], ['Measured 9.15 of it']])(
    '%s is no time',
    (text) => {
      expect(firstTime(text)).toBeNull();
    },
  );
});

describe('an hour and its minutes said as sentences apart', () => {
  it.each([
    ['Seal on at twenty one. Forty. Then', '21:40'],
    ['Splint at zero six. Oh two.', '06:02'],
    ['Blanket on at nineteen. Hundred.', '19:00'],
  ])('%s → %s', (text, time) => {
    expect(firstTime(text)).toBe(time);
  });
  it('is no time without "at", or when the minutes have more words after them', () => {
    expect(firstTime('Pulse twenty one. Forty.')).toBeNull();
    expect(firstTime('at fourteen. Twenty guys came.')).toBeNull();
  });
});

describe('four digits before a capital L', () => {
  it('reads the time when the L is the left side of a word after it', () => {
    expect(firstTime('0712 L forearm lac dressed')).toBe('07:12');
    expect(firstTime('2248 L AC 18g')).toBe('22:48');
  });
  it('keeps a round number, or one with no word after the L, an amount in litres', () => {
    expect(firstTime('2000 L bag hung')).toBeNull();
    expect(firstTime('0712 L.')).toBeNull();
  });
});

describe('an hour named by its word', () => {
  it('reads "at noon" and "at midnight"', () => {
    const tokens = readTokens('pulse checked at noon, splint at midnight', opts);
    expect(readClock(tokens, 3)).toEqual({ time: '12:00', end: 4 });
    expect(readClock(tokens, 7)).toEqual({ time: '00:00', end: 8 });
  });
  it('reads the word said as a sentence of its own ("Midnight. Eklund pulse one hundred")', () => {
    expect(readClock(readTokens('HR 98.\nMidnight. Pulse 100.', opts), 4)).toEqual({ time: '00:00', end: 5 });
  });
  it('reads no time from the word without "at"', () => {
    const tokens = readTokens('noon chow then midnight watch', opts);
    expect(readClock(tokens, 0)).toBeNull();
    expect(readClock(tokens, 3)).toBeNull();
  });
});

describe('a number that names a place', () => {
  it('reads no time from a hill or a route named by its number', () => {
    expect(firstTime('IED on the footpath below Hill eleven oh four')).toBeNull();
    expect(firstTime('3 pts off Hill 1141')).toBeNull();
    expect(firstTime('ambushed on Route 1130')).toBeNull();
  });
  it('keeps the time after a surname Hill, or after a route said in lower case', () => {
    expect(firstTime('SGT Hill 1430 TQ R thigh')).toBe('14:30');
    expect(firstTime('Back to Hill 1450, HR 96')).toBe('14:50');
    expect(firstTime('TQ on Hill 1432, left thigh')).toBe('14:32');
    expect(firstTime('en route 1130')).toBe('11:30');
  });
});

describe('a time typed as two numbers, typed again', () => {
  /** The first time said and the two tokens after the correction word. */
  function positions(text: string): [Token[], number, number] {
    const tokens = readTokens(text, opts);
    const word = tokens.findIndex((t) => t.norm === 'correction');
    return [tokens, tokens.findIndex((t) => t.kind === 'number'), word + 2];
  }
  const typedAgainIn = (text: string): boolean => typedAgain(...positions(text));
  const timeIn = (text: string): string | null => timeTypedAgain(...positions(text));

  it('takes back the whole time when the correction types it again as two numbers', () => {
    expect(typedAgainIn('at 14 13, correction, 14 15')).toBe(true);
    expect(timeIn('at 14 13, correction, 14 15')).toBe('14:15');
    expect(typedAgainIn('at 14 13, correction, 1415 hrs')).toBe(false);
    expect(typedAgainIn('at 1413, correction, 14 15')).toBe(false);
  });

  it('reads the time as after the word the first one had, none where the numbers make none', () => {
    expect(typedAgainIn('at 14 13, correction, 14 5')).toBe(true);
    expect(timeIn('at 14 13, correction, 14 5')).toBeNull();
  });

  it('takes nothing back from a time opening the text, with no word before it', () => {
    expect(timeIn('1432 hours, correction, 14 35')).toBeNull();
  });

  it('reads the "p" or "a" written onto a time with its colon as its am/pm', () => {
    expect(firstTime('TQ applied 2:20p')).toBe('14:20');
    expect(firstTime('TQ applied 2:20a')).toBe('02:20');
    expect(firstTime('lot 2309C')).toBeNull();
  });
});
