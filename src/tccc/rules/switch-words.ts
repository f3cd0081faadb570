/**
 * The word of a token as the casualty switches read it, where a phrase ends, the number a label says, and what a
 * switch finds: shared by every switch reader.
 */
import { readClock } from '../text/clock.js';
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { DASHES } from './handover-turns.js';

/** A token's normalized word; a number word keeps its spelling ("the other one" is not "the other 1"). */
export const norm = (tokens: Token[], i: number): string => {
  const t = tokens[i];
  return t === undefined ? '' : t.kind === 'number' && t.spoken && !t.raw.includes(' ') ? t.raw.toLowerCase() : t.norm;
};
/** The word without a possessive or "is" clitic ("this guy's got", "Lopez's pulse"). */
export const noun = (tokens: Token[], i: number): string => norm(tokens, i).replace(/'s$/, '');

/** Verbs after a capitalized word that make it the subject of a clause about a casualty ("Boyd has burns"). */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'has',
  'had',
  'is',
  'was',
  'got',
  'took',
  'needs',
  'caught',
  // "Tango Whiskey three nine eight eight lost his left hand."
  'lost',
]);

/**
 * A vehicle's bumper number opening at token `i` ("C-13", "B-24's"): one capital letter, a hyphen and a number
 * written together, perhaps owning what follows. The token after it, else -1: a convoy report names a crew's seats by
 * it ("C-13 gunner: …", "B-24's gunner got hit").
 */
function bumperNumberEnd(tokens: Token[], i: number): number {
  const joined = (k: number): boolean => tokens[k] !== undefined && !tokens[k].spaced;
  const bumper =
    /^\p{Lu}$/u.test(tokens[i]?.raw ?? '') &&
    norm(tokens, i + 1) === '-' &&
    joined(i + 1) &&
    tokens[i + 2]?.kind === 'number' &&
    joined(i + 2) &&
    /^\d+$/.test(tokens[i + 2].raw);
  if (!bumper) return -1;
  return norm(tokens, i + 3) === "'" && norm(tokens, i + 4) === 's' && joined(i + 3) && joined(i + 4) ? i + 5 : i + 3;
}

/** True at punctuation that ends a phrase, or past the end; a quote mark opens or closes what one speaker says. */
export const isBoundary = (t: Token | undefined): boolean =>
  t === undefined || ['.', ';', '\n', ':', ',', '!', '?', '(', ')', '"', '“', '”'].includes(t.norm);

/** True when token `i` opens the text or a line. */
export const startsLine = (tokens: Token[], i: number): boolean => i === 0 || norm(tokens, i - 1) === '\n';

/** Words after a log line's time that say its clock ("1410Z", "0202 local", "2015 hrs"). */
const CLOCK_WORDS = new Set(['z', 'zulu', 'local', 'hrs', 'hours', 'l']);

/**
 * Where the time a log line opens with stands right before token `i` ("1410Z L1 humeral IO", "0246 L3 RR 8"): the
 * stamp's first token, else -1. Written in four digits or as a clock, at the text's or a line's start.
 */
export function lineStampBefore(tokens: Token[], i: number): number {
  let k = i - 1;
  // "1410Z" written on, "0202 local" apart.
  if (CLOCK_WORDS.has(norm(tokens, k)) && (!tokens[k].spaced || norm(tokens, k).length > 1)) k--;
  const t = tokens[k];
  const clock = t?.kind === 'clock' || (t?.kind === 'number' && /^\d{4}$/.test(t.raw));
  return clock && startsLine(tokens, k) ? k : -1;
}

/** The casualty switch k switches to (`owner[k]`) for the last switch starting at or before token `i`, else -1. */
export function switchOwnerAt(starts: readonly number[], owner: readonly number[], i: number): number {
  let k = -1;
  while (k + 1 < starts.length && starts[k + 1] <= i) k++;
  return k < 0 ? -1 : owner[k];
}

/** A switch to a casualty: by a key and the number it says (1-based), to the one being spoken of, the other one, or the next one. */
export type Target = { key: string; number?: number } | { other: true } | { next: true } | { current: true };

/** A switch found at a token: its target, the token after its label, where it starts when not there, and a name it says. */
export interface SwitchFound {
  target: Target;
  end: number;
  start?: number;
  /** A role said of the casualty being spoken of ("the male is the driver"). */
  ofCurrent?: true;
  /** Said as a turn to someone ("moving on to the kid"): never the casualty being spoken of. */
  turns?: true;
  /** The casualty's name as the switch says it, when it heads the casualty's words ("Maria Estevez (female): …"). */
  called?: string;
}

/** Letters and spelled letters that label casualties ("Cas A", "Bravo:"). */
export const LETTERS: Record<string, number> = {
  a: 1,
  b: 2,
  c: 3,
  d: 4,
  e: 5,
  alpha: 1,
  bravo: 2,
  charlie: 3,
  delta: 4,
  echo: 5,
};

/** Number words a recogniser may print with "'s" glued on ("casualty two's BP"), as it reads no number in them. */
const OWNING_NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** "two's", "2's": a casualty's number 1-9 said as whose something is, at token `i`; else undefined. */
export function owningNumberAt(tokens: Token[], i: number): number | undefined {
  const m = /^(\w+)'s$/.exec(tokens[i]?.norm ?? '');
  if (!m) return undefined;
  const n = /^[1-9]$/.test(m[1]) ? Number(m[1]) : OWNING_NUMBERS.indexOf(m[1]) + 1;
  return n > 0 ? n : undefined;
}

/** The casualty number a token names: "1", "one", "A", "alpha", or undefined. */
export function numberAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // "Pt 3 2LT Harper": the reader joins the casualty's number to the digit of the rank after it ("3 2", "LT").
  const glued = /^([1-9]) (\d)$/.exec(t.raw);
  const next = tokens[i + 1];
  if (t.kind === 'number' && glued && next && !next.spaced && RANK_WORDS.has(glued[2] + next.norm))
    return Number(glued[1]);
  if (t.kind === 'number' && Number.isInteger(t.value) && t.value! >= 1 && t.value! <= 9) return t.value;
  return Object.hasOwn(LETTERS, t.norm) && (t.norm.length > 1 || t.raw === t.raw.toUpperCase())
    ? LETTERS[t.norm]
    : undefined;
}

/** Words that say someone is unhurt after "is" ("the other guy is fine"): a regular expression's alternatives. */
export const FINE_PATTERN = 'fine|ok|okay|good';

// "walked away, refused eval, no card", "walked off, denies complaints": someone who needed and got no card is no
// patient either; nor is the dead ("Cpl Dawes is KIA, nothing I could do", "the driver was killed").
const UNHURT = new RegExp(
  String.raw`\b(?:(?:is|he's|she's|was)\s+(?:${FINE_PATTERN})|uninjured|unhurt|(?:not|without|(?:didn't|did not) (?:have|get)|never got) a scratch|(?:didn't|did not|never) get (?:touched|hit|hurt)|not\s+(?:hurt|injured|wounded|a patient|a casualty|a cas|a pt)|(?:was|is|were)(?:n't|\s+not)\s+hit|walked (?:away|off)|denies (?:any )?complaints|refused (?:eval|evaluation)|no card|(?:is|was|he's|she's)\s+(?:kia|dead|deceased)|(?:was|been)\s+killed)\b`,
  'i',
);
/**
 * True when the words say someone is unhurt ("the other guy is fine", "CPT Hughes (cdr) uninjured", "not a cas"), was not
 * carded ("walked away, refused eval, no card") or is dead ("is KIA"): no patient.
 */
export const saysUnhurt = (words: string): boolean => UNHURT.test(words);

/** Where the sentence of "got" before token `i` opens, within four words ("Doc Kim's got", "I've got"); else undefined. */
export function sentenceOpening(tokens: Token[], i: number): number | undefined {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) if (isBoundary(tokens[k - 1])) return k;
  return undefined;
}

/**
 * The index after a bare time that opens a line or sentence, with what the clock reader takes with it ("0415",
 * "@1605", "at 0602 hrs", "1932Z"), or undefined when token `i` opens no such time.
 */
export function leadingTimeEnd(tokens: Token[], i: number): number | undefined {
  const at = ['@', 'at'].includes(norm(tokens, i)) ? i + 1 : i;
  const clock = readClock(tokens, at);
  // "Midnight. Eklund pulse one hundred": the hour named by its word heads as its digits do.
  if (at >= tokens.length || !(isClock(tokens[at]) || (clock && tokens[at].kind === 'word'))) return undefined;
  const end = clock?.end ?? at + 1;
  // "2100 - Nowicki: HR 112": a dash set off after the time sets it apart from the entry as a colon would.
  const dash = tokens[end];
  return dash && DASHES.has(dash.raw) && dash.spaced && tokens[end + 1]?.spaced ? end + 1 : end;
}

/** A time of day written as a clock or four digits ("14:05", "1405"). */
export const isClock = (t: Token): boolean =>
  t.kind === 'clock' || (t.kind === 'number' && t.digits?.length === 4 && t.value! % 100 < 60 && t.value! < 2400);

/**
 * True when a time opens the sentence and token `i` comes right after it ("@1606 bell hr 96", "0410 Diaz's pulse 88",
 * "At 0602 hrs Kerr is …"): the word after the time opens the sentence's clause, as the first word would.
 */
export function afterOpeningTime(tokens: Token[], i: number): boolean {
  for (let j = Math.max(0, i - 4); j < i; j++)
    if ((j === 0 || isBoundary(tokens[j - 1])) && leadingTimeEnd(tokens, j) === i) return true;
  return false;
}

/** True when token `i` follows "next to" or "close to" ("sit here next to Cole"): where someone is, no turn to him. */
export const besideAt = (tokens: Token[], i: number): boolean =>
  norm(tokens, i - 1) === 'to' && ['next', 'close'].includes(norm(tokens, i - 2));

/**
 * Words said before a role for where that one sits or what he commands ("rear passenger", "vehicle commander"), or
 * how old ("the little girl", "the teenage daughter"): part of the role.
 */
const SEATS = new Set([
  'rear',
  'front',
  'back',
  'lead',
  'vehicle',
  'door',
  'little',
  'teenage',
  'teen',
  'young',
  'elderly',
]);

/**
 * How many words from token `i` come before a role and are part of it: "- Rear passenger, SPC Pike:", "the front
 * passenger"; "The front-seat passenger, a woman, …", "back seat passenger" (the word "seat" too); "Back right
 * passenger", "rear left seat passenger" (which side of the row, after the row); "C-13 gunner: …", "B-24's gunner got
 * hit" (the vehicle's bumper number); "the SAW gunner" (his weapon). 0 when none.
 */
export function seatWordsAt(tokens: Token[], i: number): number {
  const bumper = bumperNumberEnd(tokens, i);
  if (bumper > i) return bumper - i;
  // "the left door gunner": the side of the aircraft before the seat word.
  const sided = ['left', 'right'].includes(norm(tokens, i)) && SEATS.has(norm(tokens, i + 1));
  if (sided) return 1 + seatWordsAt(tokens, i + 1);
  // "the SAW gunner", "the M240 gunner": the weapon he mans, named by its letters, before the gunner.
  if (/^[A-Z][A-Z0-9]{1,4}$/.test(tokens[i]?.raw ?? '') && norm(tokens, i + 1) === 'gunner') return 1;
  const w = norm(tokens, i);
  if (!SEATS.has(w)) return 0;
  const side = ['left', 'right'].includes(norm(tokens, i + 1)) ? 1 : 0;
  if (norm(tokens, i + 1 + side) === 'seat') return 2 + side;
  return norm(tokens, i + 1 + side) === '-' && norm(tokens, i + 2 + side) === 'seat' ? 3 + side : 1 + side;
}
