/**
 * A handover in question and answer, with speaker labels or dashes ("RN: TQs?\nMEDIC: One. Right thigh, 1322.",
 * "— Allergies? — Says penicillin."): the short answer takes its meaning from the field the question asks for, as
 * a card's "TQ: right thigh, 1322" does, so the question is read as that field's label and its answer as the value.
 * A question that asks for no field ("Who's worse?", "He got shot?") keeps its question mark: its own words are no
 * fact. Speaker labels ("FLIGHT MEDIC:", "Nurse:") name nobody and are dropped.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { isLocationWord } from './lexicon/body.js';

/** Words a speaker label is made of ("RN:", "FLIGHT MEDIC:", "Nurse:"); read from the words as written. */
const SPEAKER_WORDS = new Set([
  'rn',
  'nurse',
  'medic',
  'flight',
  'fm',
  'doc',
  'doctor',
  'emt',
  'pa',
  'md',
  'surgeon',
  'physician',
  'corpsman',
  'er',
  'receiving',
  'trauma',
  'team',
  'lead',
]);

/** Dashes that open a spoken turn ("— When? — Went off about 2140."). */
export const DASHES: ReadonlySet<string> = new Set(['-', '\u2014', '\u2013']);

/** Most words a question that names a field may have ("Time on the binder?", "Name and roster?"). */
const MAX_FIELD_WORDS = 4;

/**
 * Words that make a question more than a field's name: who or what is asked of, a verb, a person ("Who's worse?",
 * "How's his breathing?", "You gonna needle him?", "Is there an exit?", "And her?").
 */
const ASKING_WORDS = new Set([
  'who',
  "who's",
  'whos',
  'how',
  "how's",
  'hows',
  'why',
  'is',
  'are',
  'was',
  'were',
  'did',
  'does',
  'do',
  'has',
  'had',
  'have',
  'you',
  'he',
  'she',
  "he's",
  "she's",
  'him',
  'her',
  'his',
  'they',
  'them',
  'it',
  'this',
  'that',
  'there',
  'got',
  'gonna',
  'can',
  'any',
  'else',
  'one',
  'guy',
  'first',
  'second',
  'number',
  'next',
  'other',
  'many',
  'either',
  'both',
  'ok',
  'okay',
  'better',
  'worse',
  'now',
]);

/**
 * Words opening an answer that says the field asked for was not done ("TXA? — Not yet.", "Didn't give it.", "No."):
 * the question stays a question, whose own words are no fact.
 */
const DECLINING = new Set([
  'no',
  'not',
  'none',
  'nothing',
  'negative',
  'nope',
  'nah',
  "didn't",
  'didnt',
  "haven't",
  "hasn't",
  'held',
  'holding',
  'withheld',
  'never',
]);

/** A count of things said alone ("TQs? — Two."), never a time. */
const MAX_COUNT = 10;

const isTurnStart = (tokens: readonly Token[], i: number): boolean =>
  i === 0 || SENTENCE_ENDS.has(tokens[i - 1].norm) || tokens[i - 1].norm === '...';

/** True when a line's label is one this reader takes for a speaker's ("FLIGHT MEDIC", "RN", "Doc"). */
export const isSpeakerLabel = (label: string): boolean => {
  const words = label.split(' ');
  return words.length <= 2 && words.every((w) => SPEAKER_WORDS.has(w.toLowerCase()));
};

/** The token after a speaker label or turn dash opening at token `i` ("FLIGHT MEDIC:", "—"); `i` when none. */
export function afterTurnMark(tokens: readonly Token[], i: number): number {
  if (!isTurnStart(tokens, i)) return i;
  if (DASHES.has(tokens[i]?.raw ?? '') && tokens[i + 1]?.spaced) return i + 1;
  let k = i;
  while (k - i < 2 && tokens[k]?.kind === 'word' && SPEAKER_WORDS.has(tokens[k].raw.toLowerCase())) k++;
  return k > i && tokens[k]?.norm === ':' ? k + 1 : i;
}

/** True when the words `[from, to)` ask for a field by its name alone ("TQs", "Last set", "Burns where"). */
function namesField(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  return (
    words.length > 0 &&
    words.length <= MAX_FIELD_WORDS &&
    words.every((t) => t.kind === 'word' && !ASKING_WORDS.has(t.norm) && !ASKING_WORDS.has(t.raw.toLowerCase()))
  );
}

/** Words that ask what or how something of the casualty's is ("What's his name?", "How's her breathing?"). */
const ASKING_WHAT = new Set(["what's", 'whats', "how's", 'hows']);

/**
 * The word a question `[from, to)` asks the value of, said after "what's" or "how's" and "his" or "her" ("What's his
 * name for the card?" asks the name, "How's his breathing?" the breathing); -1 when it asks otherwise.
 */
function askedOf(tokens: readonly Token[], from: number, to: number): number {
  const field = from + 2;
  const possessive = ['his', 'her'].includes(tokens[from + 1]?.norm ?? '');
  return ASKING_WHAT.has(tokens[from].norm) && possessive && field < to && tokens[field].kind === 'word' ? field : -1;
}

/** True when the question `[from, to)` asks for things counted ("TQs?", "Lines?"): its last word a plural. */
const asksForCount = (tokens: readonly Token[], to: number): boolean => /[a-z]s$/.test(tokens[to - 1].norm);

/**
 * The token after the words of an answer that open at `answer` and say its value: a lone count of what a plural
 * question asks for ("TQs? — One. Left thigh, 2146.") is passed over, for the words after it say each one.
 */
function valueStart(tokens: readonly Token[], answer: number, countAsked: boolean): number {
  const t = tokens[answer];
  const lone = tokens[answer + 1]?.norm === '.' && tokens[answer + 2]?.kind === 'word';
  return lone && countAsked && t.kind === 'number' && (t.value ?? 0) < MAX_COUNT ? answer + 2 : answer;
}

/**
 * True when the answer's first sentence from `at` says a value plainly: a few words before its first pause ("Sulfa.",
 * "Packed it, Combat Gauze."), a number, or a part of the body. Not a story the field's value comes later in ("Tourniquets? — Put them on loose
 * before the lift, …"), whose device would take whatever place and time is said next.
 */
function saysValue(tokens: readonly Token[], at: number): boolean {
  let end = at;
  while (end < tokens.length && !SENTENCE_ENDS.has(tokens[end].norm)) end++;
  const words = tokens.slice(at, end);
  const pause = words.findIndex((t) => t.norm === ',');
  const phrase = pause < 0 ? words : words.slice(0, pause);
  return (
    phrase.filter((t) => t.kind === 'word').length <= MAX_FIELD_WORDS ||
    words.some((t) => isNumeric(t) || isLocationWord(t.norm))
  );
}

/**
 * The narrative's tokens read as a handover: each field question right before an answer turn becomes that field's
 * label (its question mark a colon, the turn mark between them gone), and speaker labels are dropped. A narrative
 * with no question answered in a new turn is returned as it is.
 */
export function readTurns(tokens: Token[]): Token[] {
  const drop = new Set<number>();
  const labels = new Map<number, Token>();
  let turns = 0;
  for (let i = 0; i < tokens.length; i++) {
    const start = afterTurnMark(tokens, i);
    if (start === i) continue;
    turns++;
    for (let k = i; k < start; k++) drop.add(k);
    // The question: from the turn's first word to a question mark that ends the turn.
    let q = start;
    while (q < tokens.length && !SENTENCE_ENDS.has(tokens[q].norm)) q++;
    if (tokens[q]?.norm !== '?') continue;
    let next = q + 1;
    while (tokens[next]?.norm === '\n') next++;
    const answer = afterTurnMark(tokens, next);
    if (answer === next || answer >= tokens.length) continue;
    // "What's his name for the card?", "How's her breathing?": the field is the word after "his" or "her".
    const asked = askedOf(tokens, start, q);
    if (asked < 0 && !namesField(tokens, start, q)) continue;
    const value = valueStart(tokens, answer, asksForCount(tokens, q));
    if (DECLINING.has(tokens[value].norm) || !saysValue(tokens, value)) continue;
    labels.set(q, { ...tokens[q], norm: ':', raw: ':' });
    for (let k = q + 1; k < value; k++) drop.add(k);
    if (asked >= 0) for (let k = start; k < q; k++) if (k !== asked) drop.add(k);
    // "Last set? — Oh-five-thirty. One-ten, one-thirty over eighty-two": a time said alone is the time of what follows.
    const time = tokens[value];
    if (isNumeric(time) && (time.value ?? 0) >= MAX_COUNT && tokens[value + 1]?.norm === '.' && tokens[value + 2])
      labels.set(value + 1, { ...tokens[value + 1], norm: ',', raw: ',' });
  }
  if (turns < 2 || labels.size === 0) return tokens;
  return tokens.flatMap((t, i) => (drop.has(i) ? [] : [labels.get(i) ?? t]));
}
