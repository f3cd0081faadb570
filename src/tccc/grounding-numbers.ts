/**
 * The narrative as the grounding check reads it, through the rules engine's own reader (text/ and its lexicon
 * options): spoken numbers merged ("one thirty" → 130, "fourteen thirty two" → "1432"), spelled acronyms joined
 * ("T X A" → txa), fillers dropped. So a value means the same here as it does to the rules engine.
 */
import { UNIT_WORDS } from './grounding-lexicon.js';
import { NORMALIZE_OPTIONS } from './rules/lexicon/index.js';
import { UNIT_TAKEN_BACK_WORDS } from './rules/unit-corrections.js';
import { NATO_LETTERS } from './rules/lexicon/identity.js';
import { FULL_STOPS, SENTENCE_ENDS } from './rules/sentence-ends.js';
import { minutesOntoHour, readClock, readsAsTime, timeTypedAgain } from './text/clock.js';
import { readTokens } from './text/normalize.js';
import { tensThenDigit } from './text/paused-numbers.js';
import type { Token } from './text/tokenize.js';

export interface NarrativeReading {
  /** Normalized tokens in order; a spoken number is one entry, its value ("one thirty" → "130"). */
  words: string[];
  /** Every number stated, as decimal strings: values and digit strings ("0915" → "915"). */
  numbers: Set<string>;
  /** The numbers stated by entry `index - 1` of `words` (to tie an amount to the unit after it). */
  numbersBefore: (index: number) => Set<string>;
  /** True when entry `index` of `words` opens a sentence or a clause: a number before it belongs to what went before. */
  opensClause: (index: number) => boolean;
  /** Clock times as the rules engine reads them ("2:15 pm" → "14:15"). */
  times: Set<string>;
  /** "30 mg" for "20 mg IV, no, make that 30": an amount said bare to correct a dose, with that dose's unit word. */
  correctedDoses: Set<string>;
  /** Letters and digits run together, NATO words as letters, upper-case: for grids and roster numbers. */
  squashed: string;
}

/** Marks that end a clause: a number before one is not the count of the word after it. */
const CLAUSE_MARKS = new Set([',', ';']);

const readingsOf = (t: Token | undefined): string[] =>
  t?.value === undefined ? [] : [String(t.value), ...(t.digits !== undefined ? [String(Number(t.digits))] : [])];

/**
 * "zero six two two one unit …": a recogniser's text without punctuation runs a time said digit by digit into the
 * count after it, one spoken number of five digits. When its first four are a clock, the last is the count.
 */
function countAfterClock(t: Token | undefined): string[] {
  const d = t?.spoken ? t.digits : undefined;
  if (d?.length !== 5 || Number(d.slice(0, 2)) > 23 || Number(d.slice(2, 4)) > 59) return [];
  return [d.slice(4)];
}

/** "pulse 1 20", "rr 3-0": two written numbers said apart, read as one by the vitals reader, so stated as one. */
function splitReading(a: Token, b: Token | undefined): string[] {
  if (
    a.spoken ||
    b?.spoken ||
    a.digits === undefined ||
    b?.digits === undefined ||
    a.digits.length + b.digits.length > 3
  )
    return [];
  return [String(Number(a.digits + b.digits))];
}

/** Reads a narrative once for all grounding questions. */
export function readNarrative(text: string): NarrativeReading {
  const all = readTokens(text, NORMALIZE_OPTIONS);
  const tokens = all.filter((t) => t.kind !== 'punct');
  return {
    times: new Set([...all.flatMap((_, i) => readClock(all, i)?.time ?? []), ...correctedMinutes(all)]),
    words: tokens.map((t) => (t.value !== undefined && t.spoken ? String(t.value) : t.norm)),
    numbers: new Set([
      ...tokens.flatMap(readingsOf),
      ...tokens.flatMap((t, i) => splitReading(t, tokens[i + 1])),
      ...all.flatMap((_, i) => {
        const paused = tensThenDigit(all, i);
        return paused ? [String(paused.value)] : [];
      }),
    ]),
    numbersBefore: (index) => new Set([...readingsOf(tokens[index - 1]), ...countAfterClock(tokens[index - 1])]),
    opensClause: (index) => {
      const at = all.indexOf(tokens[index]);
      return at <= 0 || FULL_STOPS.has(all[at - 1].norm) || CLAUSE_MARKS.has(all[at - 1].norm);
    },
    correctedDoses: correctedDoses(all),
    squashed: tokens
      .map(
        (t) =>
          t.digits ?? (Object.hasOwn(NATO_LETTERS, t.norm) ? NATO_LETTERS[t.norm] : undefined) ?? t.norm.toUpperCase(),
      )
      .join(''),
  };
}

/** A phrase or short value ("Luis Alvarado", "tranexamic acid") as the same normalized words. */
export function wordsOf(text: string): string[] {
  return readTokens(text, NORMALIZE_OPTIONS)
    .filter((t) => t.kind !== 'punct')
    .map((t) => t.norm);
}

/** `amount` said right after one of `phrases` ("Ket 50 IM"), or before "of" and one ("twenty of ketamine"). */
export function saysAmountBeside(reading: NarrativeReading, phrases: readonly string[], amount: number): boolean {
  const { words, numbersBefore } = reading;
  const said = String(amount);
  return phrases.some((phrase) => {
    const parts = phrase.split(' ');
    return words.some(
      (_, start) =>
        parts.every((p, k) => words[start + k] === p) &&
        (numbersBefore(start + parts.length + 1).has(said) ||
          (words[start - 1] === 'of' && numbersBefore(start - 1).has(said))),
    );
  });
}

/** Any word a dose unit is said with, as the check reads it. */
const ANY_UNIT = new Set(Object.values(UNIT_WORDS).flat());

/**
 * "fifty milligrams, sorry, micrograms": the index of the unit the unit at `i` takes back, whose amount is the
 * amount said for both; else -1.
 */
export function unitTakenBack(tokens: string[], i: number): number {
  let k = i - 1;
  while (k > i - 4 && UNIT_TAKEN_BACK_WORDS.has(tokens[k] ?? '')) k--;
  return k < i - 1 && ANY_UNIT.has(tokens[k] ?? '') ? k : -1;
}

/** Words that take back what was just said, and the words that may lead the amount said instead. */
const CORRECTION_WORDS = new Set(['no', 'correction', 'sorry', 'wait', 'scratch']);
const LEADING_WORDS = new Set(['make', 'that', 'it', "it's", 'its', "that's", ',', '-', '...']);

/**
 * "Ketamine 20 mg IV, no, make that 30": an amount said bare after a correction word, whose sentence's last number
 * before that word is a dose with its unit, is said in that unit ("30 mg"). A clock time is never such an amount.
 */
function correctedDoses(all: Token[]): Set<string> {
  const found = new Set<string>();
  all.forEach((t, j) => {
    if (t.value === undefined || readsAsTime(all, j)) return;
    let k = j - 1;
    while (k >= 0 && LEADING_WORDS.has(all[k].norm)) k--;
    if (!CORRECTION_WORDS.has(all[k]?.norm ?? '')) return;
    for (let i = k - 1; i >= 0 && i >= k - 8 && !SENTENCE_ENDS.has(all[i].norm); i--) {
      if (all[i].value === undefined) continue;
      const unit = all[i + 1]?.norm ?? '';
      if (ANY_UNIT.has(unit)) found.add(`${t.value} ${unit}`);
      return;
    }
  });
  return found;
}

/** How many tokens after the word taking a time back its minutes may be said ("no wait, I wrote 44 on my hand"). */
const MINUTES_REACH = 8;
/** Words the minutes may follow ("make it 28", "I wrote 44"); after any other word ("pulse 48") a number is a reading. */
const MINUTES_LEADS = new Set([...LEADING_WORDS, ...CORRECTION_WORDS, 'wrote', 'was', 'is', 'be']);

/**
 * "Ketamine IO at 2342, no wait, I wrote 44 on my hand, 44", "Eleven twenty-seven!" / "no, make it twenty-eight":
 * minutes said alone after a word taking back the time said right before it put its minutes right, so the time of
 * its hour with them is said ("23:44", "11:28"). A "no" that opens words of its own ("1402, no distal pulse") takes
 * nothing back, and a number after a reading's label ("No, wait, pulse 48") is that reading.
 */
function correctedMinutes(all: Token[]): string[] {
  return all.flatMap((t, k) => {
    if (!CORRECTION_WORDS.has(t.norm)) return [];
    const next = all[k + 1];
    if (t.norm === 'no' && next?.kind !== 'punct' && !MINUTES_LEADS.has(next?.norm ?? '')) return [];
    let i = k - 1;
    while (i > k - 3 && all[i]?.kind === 'punct') i--;
    // "at 14 13, correction, 14 15": a time typed as two numbers, said again whole the same way after the word.
    let j = k + 1;
    while (all[j]?.kind === 'punct') j++;
    const again = timeTypedAgain(all, i - 1, j);
    if (again) return [again];
    const clock = i >= 0 ? readClock(all, i) : null;
    if (!clock || clock.end !== i + 1) return [];
    for (let j = k + 1; j < Math.min(all.length, k + MINUTES_REACH); j++) {
      if (FULL_STOPS.has(all[j].norm)) return [];
      const before = all[j - 1];
      if (all[j].kind !== 'number' || !(before.kind === 'punct' || MINUTES_LEADS.has(before.norm))) continue;
      const time = minutesOntoHour(clock.time, all[j].digits);
      if (time) return [time];
    }
    return [];
  });
}

/**
 * How many words after a counted unit the first of them may be timed: past what the units are and how they go in
 * ("units through the eye oh the first", "units low titer O whole blood through the IO, first at …").
 */
const ORDINAL_REACH = 12;
// "a unit", "first unit", "another bag": one of something; Tagalog's "isang unit" (a Filipino partner's "one unit").
const ONE_OF = new Set(['a', 'an', 'one', 'first', 'second', 'third', 'another', 'single', 'isang']);
// "unit 1 … unit 2", "bag two": the count after the unit numbers it, and each is one of them.
const COUNTED = /^(?:[1-9]|one|two|three|four|five|six)$/;
/** A clock time as the narrative's words hold it ("0625"). */
const CLOCK_WORD = /^[0-2]\d[0-5]\d$/;
/** A morning's time said as words, its leading zero lost ("zero seven fifty" is 750): a clock only after "at". */
const SAID_CLOCK = /^[1-9][0-5]\d$/;
/** Two clock times said one after the other, or with "and" between ("0625 and 0645", "at 750 and 810"). */
const listsTimes = (words: readonly string[]): boolean =>
  words.some((w, j) => {
    const clock = (word: string | undefined): boolean =>
      CLOCK_WORD.test(word ?? '') || (words[j - 1] === 'at' && SAID_CLOCK.test(word ?? ''));
    return clock(w) && (clock(words[j + 1]) || (words[j + 1] === 'and' && clock(words[j + 2])));
  });

/** True when the unit word `i` ("unit", "bag", "liter") counts one of something though no "1" is said before it. */
export function countsOne(reading: NarrativeReading, i: number): boolean {
  const { words, numbersBefore } = reading;
  return (
    ONE_OF.has(words[i - 1] ?? '') ||
    // "1st unit LTOWB via IO", "2nd unit IO": an ordinal written in digits, as "first" is.
    (['st', 'nd', 'rd', 'th'].includes(words[i - 1] ?? '') && /^[1-9]$/.test(words[i - 2] ?? '')) ||
    COUNTED.test(words[i + 1] ?? '') ||
    // "2 units IO, first 0541, second 0552", "two units through the eye oh the first at …": each unit is timed, so
    // each is one of them.
    words.slice(i + 1, i + ORDINAL_REACH).includes('first') ||
    // "two units via that IV, 0625 and 0645": the units timed in a list, so each is one of them.
    listsTimes(words.slice(i + 1, i + ORDINAL_REACH)) ||
    // "Liter of LR running", "… ten oh three. Unit of whole blood", "IO at zero four twenty, liter of LR": a unit
    // said with no count before it in its clause, of something, is one.
    (words[i + 1] === 'of' && (numbersBefore(i).size === 0 || reading.opensClause(i)) && words[i - 1] !== 'half')
  );
}
