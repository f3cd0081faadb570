/**
 * A value put right by saying the old one after "not", far from where the old one was said: "Lam's BP at 1805 was
 * 88/50, not 98/50", "the shot was at 1102, not 1120", as a reply puts right a report read long before. The new
 * value takes the old one's place where it was first said, and the correcting words are no fact of their own. Only a
 * value no other could be mistaken for is moved: a time, a reading of two numbers ("98/50"), an amount with its unit
 * ("25 mg"), or a bare number said after the same word both times ("HR 58" … "HR at 2222 was 56, not 58"); else a
 * bare number ("not 100") could be any reading, and is left as it is. The other order, the old time denied first and
 * the right one after ("not 1950 for the fent, it was 1945"), is denied-times.ts's. A time may be followed by a few
 * words of when before "not" ("it went on at 1108 after the blood, not 1058").
 */
import { readClock } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { AMOUNT_UNITS } from '../text/units.js';
import { PAUSES } from './correction-leads.js';
import type { Mention } from './matcher.js';
import { sentenceEndFrom, sentenceStartFrom } from './sentence-ends.js';
import { sameThing } from './moved-numbers.js';

/** What may follow the old value: the end of its sentence or a pause before a remark ("not 1120, I checked"). */
const AFTER_OLD = new Set([',', '-', '.', ';', '!', '\n', ')']);
/** A pictograph a chat's writer ends a line with ("not 11:05 😅", "0932 ✅"): it closes the value as a full stop would. */
const PICTOGRAPH = /^\p{Extended_Pictographic}/u;
const endsOld = (t: Token | undefined): boolean => !t || AFTER_OLD.has(t.norm) || PICTOGRAPH.test(t.raw);

export interface Value {
  start: number;
  end: number;
  /** The value as said, the same wherever it is said ("98/50", "11:20", "25 mg"). */
  said: string;
  /** What the value is: a time, a reading of two numbers, or an amount in its unit ("mg"). */
  kind: string;
}

/** The time, two-number reading or amount with its unit said from token `i`, or null. */
export function valueAt(tokens: Token[], i: number): Value | null {
  const t = tokens[i];
  if (!isNumeric(t)) return null;
  const [by, b] = [tokens[i + 1], tokens[i + 2]];
  if ((by?.norm === '/' || by?.norm === 'over') && isNumeric(b))
    return { start: i, end: i + 3, said: `${t.value}/${b.value}`, kind: 'pair' };
  const clock = readClock(tokens, i);
  if (clock) return { start: i, end: clock.end, said: clock.time, kind: 'time' };
  const unit = tokens[i + 1];
  if (unit?.kind === 'word' && AMOUNT_UNITS.has(unit.norm))
    return { start: i, end: i + 2, said: `${t.value} ${unit.norm}`, kind: unit.norm };
  return { start: i, end: i + 1, said: String(t.value), kind: 'bare' };
}

/** The value ending right before token `end`, or null. */
function valueEndingAt(tokens: Token[], end: number): Value | null {
  for (let i = Math.max(0, end - 3); i < end; i++) {
    const v = valueAt(tokens, i);
    if (v?.end === end) return v;
  }
  return null;
}

/**
 * "Zofran was 4 mg, not 8": a bare old number after an amount in its unit is an amount in that unit ("8 mg"), the
 * unit said once for both.
 */
const inUnitOf = (old: Value, fresh: Value): Value =>
  old.kind === 'bare' && !['bare', 'pair', 'time'].includes(fresh.kind)
    ? { ...old, said: `${old.said} ${fresh.kind}`, kind: fresh.kind }
    : old;

/** How many words may stand between a new time and "not" ("it went on at 1108 after the blood, not 1058"). */
const WHEN_WORDS = 4;

/**
 * A time said with words of when after it, before ", not <old time>" ("at 1108 after the blood, not 1058"): the right
 * time of the act, the words between no number and no pause of their own. Only a time: a reading or a dose so far from
 * "not" could be another's.
 */
function timeBefore(tokens: Token[], to: number, old: Value): Value | null {
  if (old.kind !== 'time') return null;
  for (let end = to - 1; end > 0 && end >= to - WHEN_WORDS; end--) {
    const t = tokens[end];
    if (isNumeric(t) || AFTER_OLD.has(t.norm) || t.kind !== 'word') return null;
    const v = valueEndingAt(tokens, end);
    if (v) return v.kind === 'time' ? v : null;
  }
  return null;
}

/**
 * Marks, in `drop` and `moved`, each "<new>, not <old>" whose old value was said before and that no correction marker
 * put right already (nothing of it dropped): the new one takes the old one's place.
 */
export function moveNotOldValues(
  tokens: Token[],
  drop: Uint8Array,
  moved: Map<number, Token[]>,
  mentionAt: ReadonlyMap<number, Mention>,
): void {
  /** Each old value put right → the value that took its place. */
  const putRight = new Map<string, string>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].norm !== 'not') continue;
    const said = valueAt(tokens, i + 1);
    if (!said || !endsOld(tokens[said.end])) continue;
    let j = i;
    while (j > 0 && PAUSES.has(tokens[j - 1].norm)) j--;
    const fresh = valueEndingAt(tokens, j) ?? timeBefore(tokens, j, said);
    const old = fresh ? inUnitOf(said, fresh) : said;
    if (!fresh || fresh.said === old.said || fresh.kind !== old.kind || drop.subarray(fresh.start, old.end).includes(1))
      continue;
    const opens = sentenceStartFrom(tokens, fresh.start);
    // The same correction said again ("only thing to flag: Lam's BP was 88/50, not 98/50") is no new reading.
    const again = putRight.get(old.said) === fresh.said;
    const first = again ? null : saidBefore(tokens, fresh.start, old.said, drop);
    // "HR at 2222 was 56, not 58": a bare number only where the word before the old one is said in the correction.
    const label = first?.kind === 'bare' ? tokens[first.start - 1] : undefined;
    if (first?.kind === 'bare' && !(label?.kind === 'word' && saysWord(tokens, opens, fresh.start, label.norm)))
      continue;
    if (!first && !again) continue;
    // "Correction: the binder went on at 1846, not 1848." after "T-POD on at 1848": the correction names the thing
    // better than where its time was first said; it is left to be read as it stands.
    if (first && namesOther(tokens, opens, fresh.start, first.start, mentionAt)) continue;
    // "Correction: the binder went on at 1846, not 1848.": words that say nothing new go with it, so "the binder went
    // on at" is no second binder; words with a number not said before stay ("TQ #2 at 1412, not 1410").
    const from = restates(tokens, opens, fresh.start) ? opens : fresh.start;
    for (let k = from; k < old.end; k++) drop[k] = 1;
    if (!first) continue;
    for (let k = first.start; k < first.end; k++) drop[k] = 1;
    moved.set(first.start, tokens.slice(fresh.start, fresh.end));
    putRight.set(old.said, fresh.said);
  }
}

/** True when every number in tokens `[from, to)` was said before `from` ("Holm HR at 2222 was …" after "at 2222"). */
const restates = (tokens: Token[], from: number, to: number): boolean =>
  tokens
    .slice(from, to)
    .every((t) => !isNumeric(t) || tokens.slice(0, from).some((b) => isNumeric(b) && b.value === t.value));

/** True when tokens `[from, to)` name a thing (a tourniquet, a drug) that the sentence of token `at` does not. */
function namesOther(
  tokens: Token[],
  from: number,
  to: number,
  at: number,
  mentionAt: ReadonlyMap<number, Mention>,
): boolean {
  const things = (a: number, b: number): Mention[] =>
    [...mentionAt.entries()]
      .filter(([k, m]) => k >= a && k < b && !['negate', 'correction'].includes(m.tags[0].cat))
      .map(([, m]) => m);
  const there = things(sentenceStartFrom(tokens, at), sentenceEndFrom(tokens, at));
  return things(from, to).some((t) => !there.some((m) => sameThing(m, t)));
}

const saysWord = (tokens: Token[], from: number, to: number, word: string): boolean =>
  tokens.slice(from, to).some((t) => t.norm === word);

/** The last place before token `to` where `said` was said and not taken back already, or null. */
function saidBefore(tokens: Token[], to: number, said: string, drop: Uint8Array): Value | null {
  for (let k = to - 1; k >= 0; k--) {
    if (drop[k] || tokens[k - 1]?.norm === 'not') continue;
    const v = valueAt(tokens, k);
    if (v?.said === said && v.end <= to) return v;
  }
  return null;
}
