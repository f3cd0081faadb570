/**
 * Two medics' labels reconciled in one report: one numbered the casualties, the other lettered them, and the text says
 * which is which ("my #1 = Villanueva's Bravo", "my Cas 2 = her Pt A", "my three is his Delta") and then calls each by
 * either label or both ("Cas 2 / Pt A", "one slash Charlie", "Bravo/#1", "Pt A (my Cas 2)"). Each such mention is
 * read as the one label "Casualty n" (n from the numbering), so the splitter sees one casualty per pair, not two; the
 * sentences that only say which label is which are left out, as they say nothing of anyone's care.
 */
import { NATO_LETTERS } from '../text/phonetic-alphabet.js';
import { DIGIT_WORDS, RADIO_HOMONYMS, RADIO_ONLY_DIGITS } from '../text/number-words.js';
import { RewrittenText } from './rewritten-text.js';
import { textSentencesOf } from './sentence-ends.js';

/** The spoken digits a medic numbers casualties with ("my three"), not the radio's or those that are plain words too. */
const NUMBER_WORDS = Object.keys(DIGIT_WORDS).filter(
  (w) => DIGIT_WORDS[w] > 0 && !RADIO_HOMONYMS.has(w) && !RADIO_ONLY_DIGITS.has(w),
);
const LETTER_WORDS = Object.keys(NATO_LETTERS).filter((w) => !w.includes('-'));
const NUMBER = `(?:[1-9]|${NUMBER_WORDS.join('|')})`;
/** A label's noun: "Cas 2", "Pt A", "Casualty B", "number 2", "#1". */
const NOUN = `(?:cas(?:ualty)?|pt|patient|number|no\\.)`;
/** One label: a number or a letter, with its noun; or a spoken letter or a number without one. */
const LABEL = `(?<![\\w#])(?:${NOUN}\\s*(?:${NUMBER}|[A-Z](?![\\w'])|(?:${LETTER_WORDS.join('|')}))|#\\s*[1-9]|${NUMBER}|(?:${LETTER_WORDS.join('|')}))(?![\\w'-])`;
/** Whose label it is: "his", "her", "Villanueva's", "Sgt Okafor's", "my". */
const OWNER = `(?:(?:my|his|her|their)\\s+|(?:[A-Z][\\w.]*\\s+)?[A-Z][\\w-]*['’]s\\s+)`;
/** "my #1 = his Bravo", "my three is his Delta", "my number 2 is Sgt Okafor's Charlie". */
const DECLARED = new RegExp(`\\bmy\\s+(${LABEL})\\s*(?:=|is|was)\\s*${OWNER}(${LABEL})`, 'gi');
/** Two labels for one casualty: "Cas 2 / Pt A", "one, slash Charlie", "Two, his Alpha", "Three, Delta", "Pt A (my Cas 2)". */
const PAIRED = new RegExp(
  `(?:${OWNER})?(${LABEL})(?:\\s*/\\s*|,?\\s+slash\\s+|\\s*=\\s*|,\\s+|\\s*\\()${OWNER}?(${LABEL})\\)?`,
  'gi',
);
/** One label said alone ("Pt B", "his Charlie", "my Cas 2", "#3"), read only once the text has said which is which. */
const ALONE = new RegExp(`(?:${OWNER})?(${LABEL})`, 'gi');

/** A label's number ("1", "one", "#1" → 1) or letter ("Pt B", "bravo" → B). */
function labelValue(label: string): { number?: number; letter?: string } {
  const said = label.replace(new RegExp(`^${NOUN}\\s*|^#\\s*`, 'i'), '').trim();
  const word = said.toLowerCase();
  if (/^[1-9]$/.test(word)) return { number: Number(word) };
  if (Object.hasOwn(DIGIT_WORDS, word)) return { number: DIGIT_WORDS[word] };
  if (Object.hasOwn(NATO_LETTERS, word)) return { letter: NATO_LETTERS[word] };
  // A lone letter is a label in capitals only ("Pt A", not "patient a bit pale").
  return /^[A-Z]$/.test(said) ? { letter: said } : {};
}

/** The number a label names in `numbers` (letter → number), whichever scheme it is of. */
function numberOf(label: string, numbers: ReadonlyMap<string, number>): number | undefined {
  const { number, letter } = labelValue(label);
  return number ?? (letter === undefined ? undefined : numbers.get(letter));
}

/** Letter → number, from what the text says is which; null where it says one label is two casualties. */
function reconciled(text: string): Map<string, number> | null {
  const numbers = new Map<string, number>();
  const said = [...text.matchAll(DECLARED)].map((m) => [m[1], m[2]]);
  // Both labels joined without a word of who gave which ("Bravo/#1", "Cas 2 / Pt A"), written with a slash or "slash".
  const joined = [...text.matchAll(PAIRED)].filter((m) => /\/|slash/i.test(m[0])).map((m) => [m[1], m[2]]);
  for (const [a, b] of [...said, ...joined]) {
    const [x, y] = [labelValue(a), labelValue(b)];
    const number = x.number ?? y.number;
    const letter = x.letter ?? y.letter;
    if (number === undefined || letter === undefined) continue;
    if ((numbers.get(letter) ?? number) !== number) return null;
    numbers.set(letter, number);
  }
  // Two schemes are reconciled only where the text says so of two casualties and gives no two letters one number.
  const taken = [...numbers.values()];
  return said.length > 0 && numbers.size >= 2 && new Set(taken).size === taken.length ? numbers : null;
}

/** The words between two matches of a sentence that only says which label is which ("So: …, my two is his Alpha."). */
const ONLY_KEY = /^[\s,;:.]*(?:and|so|i\.e\.|that is)?[\s,;:.]*$/i;

/** The narrative with each casualty's label or pair of labels as "Casualty n"; null where no two schemes are reconciled. */
export function readAliasedLabels(text: string): RewrittenText | null {
  const numbers = reconciled(text);
  if (!numbers) return null;
  const cuts: { start: number; end: number; words: string }[] = [];
  // The sentences that only pair labels: left out.
  for (const sentence of textSentencesOf(text)) {
    const found = [...sentence.words.matchAll(DECLARED)];
    if (found.length === 0) continue;
    const between = sentence.words.split(DECLARED).filter((_, k) => k % 3 === 0);
    if (between.every((w) => ONLY_KEY.test(w))) cuts.push({ start: sentence.start, end: sentence.end, words: '' });
  }
  const free = (start: number, end: number): boolean => !cuts.some((c) => start < c.end && end > c.start);
  for (const m of text.matchAll(PAIRED)) {
    const n = numberOf(m[1], numbers);
    if (n === undefined || n !== numberOf(m[2], numbers) || !free(m.index, m.index + m[0].length)) continue;
    // Two labels of one scheme ("one, two") are a count, not a pair.
    if ((labelValue(m[1]).number === undefined) === (labelValue(m[2]).number === undefined)) continue;
    cuts.push({ start: m.index, end: m.index + m[0].length, words: `Casualty ${n}` });
  }
  for (const m of text.matchAll(ALONE)) {
    const n = numberOf(m[1], numbers);
    const [start, end] = [m.index, m.index + m[0].length];
    if (n === undefined || !free(start, end) || !aloneLabel(text, m[1], start, end - m[1].length, end)) continue;
    cuts.push({ start, end, words: `Casualty ${n}` });
  }
  // Nothing to read as one label: the text as it is (returning it rewritten would read it again, and again).
  if (cuts.length === 0) return null;
  cuts.sort((a, b) => a.start - b.start);
  const out = new RewrittenText();
  let at = 0;
  for (const cut of cuts) {
    out.copy(text, at, cut.start).join(cut.words);
    at = cut.end;
    // "My #1 = Villanueva's Bravo = SPC Haddad": the label heads his words.
    const equals = /^\s*=\s*/.exec(text.slice(at));
    if (cut.words && equals) {
      out.join(': ');
      at += equals[0].length;
    }
  }
  return out.copy(text, at, text.length);
}

/** Words after a letter that make it a company's, a troop's or a platoon's ("Bravo Co", "Charlie Troop"). */
const UNIT_AFTER = new Set([
  'co',
  'coy',
  'company',
  'troop',
  'trp',
  'btry',
  'battery',
  'plt',
  'platoon',
  'squad',
  'sqd',
]);

/**
 * A label said alone is one only with its noun or "#" ("Pt B", "#3") opening a line or a clause, or after whose it is
 * (not "TQ #2", a second tourniquet), or as a capitalised spoken letter that no other spoken letter or number runs on
 * from, as in a roster number ("zap bravo oscar four one one two"), and that names no unit ("Bravo Co").
 * `from` is where the match starts (its owner, if any), `start` where the label does.
 */
function aloneLabel(text: string, label: string, from: number, start: number, end: number): boolean {
  if (new RegExp(`^(?:${NOUN}|#)`, 'i').test(label))
    return from < start || /(?:^|[\n,;:.(/=-])\s*$/.test(text.slice(Math.max(0, start - 10), start));
  if (labelValue(label).letter === undefined || !/^[A-Z]/.test(label)) return false;
  // Words run on across a space or a comma, not across a sentence's end.
  const before = /([\w-]+)[\s,]*$/.exec(text.slice(Math.max(0, start - 20), start))?.[1].toLowerCase() ?? '';
  const after = /^[\s,]*([\w-]+)/.exec(text.slice(end, end + 20))?.[1].toLowerCase() ?? '';
  const spelled = (w: string): boolean =>
    Object.hasOwn(NATO_LETTERS, w) || Object.hasOwn(DIGIT_WORDS, w) || /^\d/.test(w);
  return !spelled(before) && !spelled(after) && !UNIT_AFTER.has(after);
}
