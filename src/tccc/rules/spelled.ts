/**
 * Codes spoken or typed as letters and digits: grids ("three eight sierra mike bravo four four...",
 * "41R PR 5521 8834") and battle roster numbers ("romeo alpha four four seven one", "BC-7702").
 */
import type { Doc } from './document.js';
import { hesitationAfter } from './hesitations.js';
import { CASUALTY_LABEL_NOUNS, NATO_LETTERS } from './lexicon/identity.js';
import type { Token } from '../text/tokenize.js';
import { norm } from './switch-words.js';

/** A code read as a sequence of letter and digit groups, with the tokens it used. */
export interface SpelledCode {
  /** Letter/digit groups in order, letters upper-case: ["41", "R", "PR", "5521", "8834"]. */
  groups: { kind: 'letters' | 'digits'; text: string }[];
  start: number;
  end: number;
}

/**
 * Words that announce a battle roster number ("roster", "zap", "BRN"), said with "is" ("His zap's bravo …"), or
 * several ("Rosters: Kaur HK-6620, …").
 */
export const ROSTER_WORDS: ReadonlySet<string> = new Set(['zap', 'brn', 'roster', "zap's", "roster's", 'rosters']);
/** Words that label a roster number said right after them ("zap LB-3307", "roster KT4410", "BR 6620"). */
export const ROSTER_LABELS: ReadonlySet<string> = new Set(['zap', 'roster', 'br']);

/** Longest code read, in tokens. */
const MAX_TOKENS = 24;
const LEAD_WORDS = new Set([
  ':',
  'is',
  'number',
  'num',
  'no',
  '#',
  'at',
  'reference',
  'ref',
  'coordinates',
  'of',
  '-',
  'zap',
]);

/**
 * A lead word at token `i`, unless it is capitals written onto the digits of the code ("zap NO5518"), or before its
 * four digits by a writer who writes in lower case too ("roster IS 2281": her initials, not the verb).
 */
function isLeadWord(doc: Doc, i: number): boolean {
  const [t, next] = [doc.tokens[i], doc.tokens[i + 1]];
  if (!LEAD_WORDS.has(t.norm)) return false;
  if (!/^[A-Z]{2,3}$/.test(t.raw) || next?.kind !== 'number') return true;
  return next.spaced && !(next.digits?.length === 4 && /\p{Ll}/u.test(doc.text));
}

const isLetters = (w: string): boolean => w.length <= 3 && /^[a-z]+$/.test(w);

/**
 * "Casualty ending 4471", "patient ending in seven seven two zero": the token where the last four of his service number
 * begin, when "ending" at token `i` follows the casualty it tells (never a time, "ending at 0410"); else -1. The one
 * reading of it, for the roster field (battle-roster.ts) and the casualty it labels (list-cues.ts).
 */
export function endingDigitsAt(tokens: readonly { readonly norm: string }[], i: number): number {
  if (tokens[i]?.norm !== 'ending' || !CASUALTY_LABEL_NOUNS.has(tokens[i - 1]?.norm ?? '')) return -1;
  return tokens[i + 1]?.norm === 'in' ? i + 2 : i + 1;
}

/** Reads a code starting at token `from` (after skipping a few lead words); stops at anything else. */
export function readSpelledCode(doc: Doc, from: number): SpelledCode | null {
  let i = from;
  for (let skipped = 0; skipped < 3 && i < doc.tokens.length && isLeadWord(doc, i); skipped++) i++;
  // "roster number is, um, victor delta …": the commas of a dropped hesitation before the code.
  if (i > from) i += hesitationAfter(doc, i);
  const start = i;
  const groups: SpelledCode['groups'] = [];
  const push = (kind: 'letters' | 'digits', text: string): void => {
    const last = groups[groups.length - 1];
    if (last && last.kind === kind && kind === 'letters') last.text += text;
    else groups.push({ kind, text });
  };
  while (i < doc.tokens.length && i - start < MAX_TOKENS) {
    const t = doc.tokens[i];
    const nato = Object.hasOwn(NATO_LETTERS, t.norm) ? NATO_LETTERS[t.norm] : undefined;
    // "sierra x ray delta", "x-ray": the letter X said as two words is one letter, not X then "RAY".
    const xRay = xRayEnd(doc, i);
    if (xRay > i) {
      push('letters', 'X');
      i = xRay;
      continue;
    }
    if (t.kind === 'number' && t.digits !== undefined) push('digits', t.digits);
    else if (nato) push('letters', nato);
    else if (t.kind === 'word' && isLetters(t.norm)) push('letters', t.norm.toUpperCase());
    else if ((t.norm === '-' && !t.spaced) || t.norm === 'dash') {
      // "BC-7702", "charlie hotel dash six six": a hyphen inside a code.
      if (groups.length === 0) break;
    } else break;
    i++;
  }
  return groups.length > 0 ? { groups, start, end: i } : null;
}

/** Words that take back the code said just before: "correction", "corr", "I mean". */
const TAKE_BACKS: readonly (readonly string[])[] = [['correction'], ['corr'], ['i', 'mean']];
/** Pauses between a code and the take-back. */
const PAUSES = new Set([',', '.', '...', '-', '\n']);

/** The same groups, with as many digits in each digit group: the same kind of code said again. */
const sameShape = (a: SpelledCode, b: SpelledCode): boolean =>
  a.groups.length === b.groups.length &&
  a.groups.every(
    (g, k) => g.kind === b.groups[k].kind && (g.kind === 'letters' || g.text.length === b.groups[k].text.length),
  );

/**
 * The code said again after a correction right after `code` ("golf tango four four nine one … correction golf tango
 * four four nine seven"): the later one, when it has the same shape; else `code`. A transcript's stamp may stand
 * between them, as the next line of dictation.
 */
export function correctedCode(doc: Doc, code: SpelledCode): SpelledCode {
  let i = code.end;
  for (let moved = true; moved;) {
    const from = i;
    while (PAUSES.has(doc.tokens[i]?.norm ?? '')) i++;
    i = stampEnd(doc, i);
    moved = i > from;
  }
  const words = TAKE_BACKS.find((w) => w.every((n, k) => doc.tokens[i + k]?.norm === n));
  if (!words) return code;
  i += words.length;
  while (doc.tokens[i]?.norm === ',' || doc.tokens[i]?.norm === ':') i++;
  const again = readSpelledCode(doc, i);
  return again && again.start === i && sameShape(code, again) ? again : code;
}

/** The end of a transcript's bracketed stamp at token `i` ("[00:04:42]": numbers and colons), else `i`. */
function stampEnd(doc: Doc, i: number): number {
  if (doc.tokens[i]?.norm !== '[') return i;
  let j = i + 1;
  while (doc.tokens[j] && (['number', 'clock'].includes(doc.tokens[j].kind) || doc.tokens[j].norm === ':')) j++;
  return doc.tokens[j]?.norm === ']' && j > i + 1 ? j + 1 : i;
}

/** The end of the letter X said as "x ray" or "x-ray" from token `i`, else `i`. */
function xRayEnd(doc: Doc, i: number): number {
  if (doc.tokens[i].norm !== 'x') return i;
  if (doc.tokens[i + 1]?.norm === 'ray') return i + 2;
  return doc.tokens[i + 1]?.norm === '-' && !doc.tokens[i + 1].spaced && doc.tokens[i + 2]?.norm === 'ray' ? i + 3 : i;
}

/**
 * "BR4490", "DV-2207": two letters and four digits written as one word, or joined by a hyphen; how many tokens the
 * number spans at `i` (the digits are the last), else 0. After a word that announces the number ("Zap WL 2290") the
 * letters and digits may stand apart, as a card prints them.
 */
export function rosterLength(tokens: Token[], i: number): number {
  if (!/^[a-z]{2}$/.test(norm(tokens, i))) return 0;
  const hyphen = norm(tokens, i + 1) === '-' && !tokens[i + 1].spaced ? 1 : 0;
  const digits = tokens[i + 1 + hyphen];
  const announced = ROSTER_WORDS.has(norm(tokens, i - 1)) && /^[A-Z]{2}$/.test(tokens[i].raw);
  return digits?.kind === 'number' && digits.digits?.length === 4 && (!digits.spaced || announced) ? 2 + hyphen : 0;
}

/** "BR4490", "DV-2207": a battle roster number at token `i`. */
export const rosterAt = (tokens: Token[], i: number): boolean => rosterLength(tokens, i) > 0;
