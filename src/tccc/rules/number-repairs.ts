/**
 * Numbers the speaker repairs or hedges before settling on one: "one fifteen, er, thirteen fifteen", "one forty?
 * One forty-five", "ninety, ninety-one, call it ninety-one", "one thirty, maybe one thirty-four". The value the
 * speaker settles on is the one kept; a vague number ("one thirty-something") is never a value.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { MEASURED_AGAIN } from './correction-leads.js';
import { HESITATION } from './hesitations.js';
import { DOSE_UNITS } from './lexicon/drugs.js';
import { GUESS_THEN_COUNT, guessCountWidth, READ_OFF, readOffWidth } from './read-off.js';
import { sentenceEndFrom } from './sentence-ends.js';
import { boundStart, settledInDecade, vagueEnd } from './vague-numbers.js';

const isPause = (t: Token | undefined): boolean => t !== undefined && [',', '-', '.', '...'].includes(t.norm);
/** Words after "no" that say the reading before it was wrong ("no, I counted wrong", "no, I meant"). */
const REPAIR_WORDS = [
  'i',
  'counted',
  'miscounted',
  'wrong',
  'said',
  'meant',
  'misread',
  'read',
  'wait',
  'scratch',
  'that',
  // "one-ten, no, redid it, one-oh-four"
  ...MEASURED_AGAIN,
  'it',
  // "fourteen twenty. No, watch says fourteen twenty-two": the time read again off a watch or clock.
  'my',
  'watch',
  'clock',
  'says',
  'shows',
  'reads',
];
/** Words that take a number back, said over or with an apology, in English or a Spanish-speaking medic's words. */
const TAKE_BACKS = ['no', 'sorry', 'perdon'];
// "wrote" is passed over to the number after it, which WROTE, not REPAIR, may take.
const REPAIRING = new Set([...REPAIR_WORDS, ...TAKE_BACKS, 'wrote']);
/**
 * "oh-two-fourteen. No, no, perdón, oh-two-forty-one", "No, sorry, 0241": a taking-back said over (read without its
 * accent) before another number. Never the same number: "96, no, sorry, 96 was Kim's" speaks of it.
 */
const TAKEN_BACK_OVER = new RegExp(
  `^[\\s,.\u2014-]*\\b(?:${TAKE_BACKS.join('|')})\\b(?:[\\s,.]+(?:${TAKE_BACKS.join('|')})\\b)+[\\s,.-]*$`,
  'i',
);
/** A repair with no filler: "one forty? One forty-five.", "time is one three one eight no one three one nine". */
const REPAIR = new RegExp(
  `^\\s*\\?\\s*$|^[\\s,.\u2014-]*\\bno\\b(?:[\\s,.]+(?:${REPAIR_WORDS.join('|')}))*[\\s,.-]*$`,
  'i',
);
/** "2340, no, I wrote 2345": the number read off the card, kept unless another follows it ("I wrote 2345, 2344"). */
const WROTE = /^[\s,.\u2014-]*\bno\b[\s,.]+i\s+wrote\s*$/i;
const saysAnotherAfter = (tokens: Token[], j: number): boolean =>
  tokens.slice(j + 1, sentenceEndFrom(tokens, j + 1)).some(isNumeric);
/** Nothing but pauses between two numbers ("1418... 1416", "100/70, 104/70"). */
const ONLY_PAUSES = /^[\s,.-]*$/;
/**
 * A number cut off and said again whole across a pause ("one-twenty... one-twenty-four", "thirty... thirty-two",
 * "eight... eighty-nine"): the words of the first begin the second.
 */
const CUT_OFF = /^\s*(?:\.\.\.|\u2026|\s\u2014)\s*$/;
/** What joins the two numbers of a blood pressure ("ninety over sixty", "90/60"). */
const PAIR_JOINS = new Set(['over', '/']);
/** An apology said after the second of two readings, which takes the first back ("1418... 1416, sorry."). */
const SORRY_AFTER = /^\s*,?\s*(?:sorry|my bad)\b/i;
/** Words that settle a reading said just before ("ninety, call it ninety-one", "one thirty, maybe one thirty-four"). */
const SETTLER =
  "(?:so,? )?(?:call it|make it|more like|closer to|actually|i'll (?:put|say|call it)|going with|go with)";
/**
 * Words of measuring again, which settle a reading only beside a settling word ("actually, recount, one-oh-four"): alone
 * ("pulse 124, recheck 1945 pulse 110") they start a new set of vitals, whose time must not take back the first reading.
 */
const REMEASURE = 're-?(?:check|count)(?:ed|ing)?';
/** Settling words, with words of measuring again or reading off a record among them, and nothing else between. */
const SETTLES = new RegExp(
  `^[\\s,.-]*(?:\\b${REMEASURE}\\b[\\s,.-]*)*\\b${SETTLER}\\b[\\s,.-]*(?:\\b(?:${SETTLER}|${REMEASURE}|${READ_OFF})\\b[\\s,.-]*)*$`,
  'i',
);
/** A guess said after a reading ("ninety-one, maybe ninety-two"): the speaker is unsure of both, so neither is kept. */
const UNSURE = /^[\s,.-]*\bmaybe\b[\s,.-]*$/i;
const digitCount = (t: Token): number => String(t.value ?? '').length;
/** The words with their accents taken off, so a word list of plain letters reads "perdón" as "perdon". */
const withoutAccents = (words: string): string => words.normalize('NFD').replace(/\p{M}/gu, '');

/** Both numbers could be the same reading said twice: as many digits, or both clock-like. */
const sameShape = (a: Token, b: Token): boolean =>
  digitCount(a) === digitCount(b) || (digitCount(a) >= 3 && digitCount(b) >= 3);

/**
 * Drops each number the speaker takes back: the first of two said across a hesitation, a question mark, a bare
 * "no" or a settling word, or before one with "sorry" after it; a number cut off before it is said whole; every
 * number of a run said before a settling word ("ninety, ninety-one, call it ninety-one"); and a vague number with its
 * vague word. Only numbers of the same shape, so a list ("120, uh, 18
 * breaths") stays as said.
 */
export function dropRepairedNumbers(tokens: Token[], text: string): Token[] {
  if (!text) return tokens;
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    if (!isNumeric(tokens[i])) continue;
    const vague = vagueEnd(tokens, i);
    if (vague > i) {
      // "pulse was ninety-something... no, wait, got it here, ninety six": what the speaker says before settling goes
      // with the vague number, so the reading he settles on is the sign's.
      const settled = settledInDecade(tokens, i, vague);
      for (let d = i; d <= vague || d < settled; d++) drop.add(d);
      continue;
    }
    const bound = boundStart(tokens, i);
    if (bound < i) {
      for (let d = bound; d <= i; d++) drop.add(d);
      continue;
    }
    if (isRepairedDose(tokens, i, text)) {
      drop.add(i).add(i + 1);
      continue;
    }
    const j = nextNumber(tokens, i);
    // "pain's nine, he's saying ten, call it ten": the casualty's word for it is one more reading of the run.
    const report = tokens[j - 1]?.norm === ',' ? reportWidth(tokens, j) : 0;
    if (report > 0 && isNumeric(tokens[j + report]) && settledAfter(tokens, j + report, text)) {
      for (let d = i; d < j + report; d++) drop.add(d);
      continue;
    }
    const next = tokens[j];
    if (!next || !isNumeric(next)) continue;
    // "ninety over sixty, no, ninety-four over sixty": a pressure is repaired whole, as a pair (corrections.ts), never
    // its diastolic alone, which would leave "ninety over ninety-four".
    const ends = PAIR_JOINS.has(tokens[i - 1]?.norm ?? '');
    const opens = PAIR_JOINS.has(tokens[j + 1]?.norm ?? '');
    if (ends || opens) {
      // "BP 100/70... 104/70, sorry": the whole first pair is taken back.
      const pairs = ends && opens && isNumeric(tokens[i - 2]) && isNumeric(tokens[j + 2]);
      if (
        pairs &&
        ONLY_PAUSES.test(text.slice(tokens[i].end, next.start)) &&
        SORRY_AFTER.test(text.slice(tokens[j + 2].end))
      )
        for (let d = i - 2; d < j; d++) drop.add(d);
      continue;
    }
    const between = withoutAccents(text.slice(tokens[i].end, next.start));
    const restarted = tokens[i].raw.toLowerCase();
    if (CUT_OFF.test(between) && restarted !== next.raw.toLowerCase() && next.raw.toLowerCase().startsWith(restarted)) {
      drop.add(i);
      continue;
    }
    // "about a hundred and twenty... okay, counted, one thirty-two": the count replaces a guess of any shape.
    const counted = GUESS_THEN_COUNT.test(between);
    if (!sameShape(tokens[i], next) && !counted) continue;
    if (UNSURE.test(between)) {
      for (let d = i; d <= j; d++) drop.add(d);
      continue;
    }
    const apology = ONLY_PAUSES.test(between) && SORRY_AFTER.test(text.slice(next.end));
    const over = TAKEN_BACK_OVER.test(between) && next.value !== tokens[i].value;
    const offCard = WROTE.test(between) && !saysAnotherAfter(tokens, j);
    const settled = HESITATION.test(between) || REPAIR.test(between) || SETTLES.test(between) || counted;
    if (settled || apology || over || offCard) {
      for (let d = i; d < j; d++) drop.add(d);
      continue;
    }
    // "ninety, ninety-one, call it ninety-one": a run of readings ended by a settling word goes for the last.
    if (/^\s*,\s*$/.test(between) && settledAfter(tokens, j, text)) for (let d = i; d < j; d++) drop.add(d);
  }
  return drop.size === 0 ? tokens : tokens.filter((_, i) => !drop.has(i));
}

/**
 * "TXA, a gram, uh, two grams IV": a dose said with its unit, a hesitation, then another amount of the same unit is the
 * speaker settling on the second. Only a different amount, so a dose said again ("5 mg, uh, 5 mg again") stays two.
 */
function isRepairedDose(tokens: Token[], i: number, text: string): boolean {
  const unit = DOSE_UNITS[tokens[i + 1]?.norm ?? ''];
  if (!unit) return false;
  let j = i + 2;
  while (isPause(tokens[j])) j++;
  const next = tokens[j];
  if (!next || !isNumeric(next) || DOSE_UNITS[tokens[j + 1]?.norm ?? ''] !== unit) return false;
  return next.value !== tokens[i].value && HESITATION.test(text.slice(tokens[i + 1].end, next.start));
}

/** The index of the token after `i` past pauses, question marks and "no" (where a repeated number would be). */
function nextNumber(tokens: Token[], i: number): number {
  let j = i + 1;
  // Pauses and settling words may alternate ("one-ten... actually, recount... one-oh-four"); the caller checks the words.
  for (let skipped = true; skipped;) {
    skipped = false;
    let no = false;
    while (
      j < tokens.length &&
      (isPause(tokens[j]) || ['?', 'no'].includes(tokens[j].norm) || (no && REPAIRING.has(tokens[j].norm)))
    ) {
      if (tokens[j].norm === 'no') no = true;
      j++;
    }
    // "call it", "make it", "more like", "closer to", "maybe", "actually" before the number.
    // "one one four two so call it one one four zero"
    if (tokens[j]?.norm === 'so' && ['call', 'make'].includes(tokens[j + 1]?.norm ?? '')) j++;
    const w = tokens[j]?.norm ?? '';
    const width = settlingWidth(tokens, j) || readOffWidth(tokens, j) || guessCountWidth(tokens, j);
    if (w === 'maybe' || width > 0) {
      j += Math.max(width, 1);
      skipped = true;
    }
  }
  return j;
}

const SPEAKERS = new Set(['he', 'she', 'they', "he's", "she's", 'patient', 'casualty']);
const SAYS = new Set(['says', 'say', 'saying', 'said', 'reckons', 'rates', 'rate', 'calls', 'call']);

/** How many tokens of the casualty's own word for a reading start at `j` ("he's saying", "she says"); 0 if none. */
function reportWidth(tokens: Token[], j: number): number {
  if (!SPEAKERS.has(tokens[j]?.norm ?? '')) return 0;
  const at = ['is', 'was'].includes(tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  if (!SAYS.has(tokens[at]?.norm ?? '')) return 0;
  // "rates it", "calls it" before the number.
  return tokens[at + 1]?.norm === 'it' ? at + 2 - j : at + 1 - j;
}

/** How many tokens a settling or re-measuring phrase at `j` spans ("actually", "call it", "re - check"); 0 if none. */
function settlingWidth(tokens: Token[], j: number): number {
  const w = tokens[j]?.norm ?? '';
  if (w === 'actually' || /^re(?:check|count)(?:ed|ing)?$/.test(w)) return 1;
  if (w === 're' && tokens[j + 1]?.norm === '-' && /^(?:check|count)(?:ed|ing)?$/.test(tokens[j + 2]?.norm ?? ''))
    return 3;
  const pairs =
    ['call', 'make', 'more', 'closer'].includes(w) && ['it', 'like', 'to'].includes(tokens[j + 1]?.norm ?? '');
  // "written on the strap as 1514, go with 1514": the value settled on.
  const goes = ['go', 'going'].includes(w) && tokens[j + 1]?.norm === 'with';
  return pairs || goes ? 2 : 0;
}

/** True when the number at `j` is followed, within a run of same-shape numbers, by a settling word and a number. */
function settledAfter(tokens: Token[], j: number, text: string): boolean {
  for (let k = j; k < tokens.length && k < j + 12;) {
    const n = nextNumber(tokens, k);
    const next = tokens[n];
    if (!next || !isNumeric(next) || !sameShape(tokens[k], next)) return false;
    const between = text.slice(tokens[k].end, next.start);
    if (SETTLES.test(between)) return true;
    if (!/^\s*,\s*$/.test(between)) return false;
    k = n;
  }
  return false;
}
