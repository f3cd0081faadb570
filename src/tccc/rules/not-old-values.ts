/**
 * A value put right by saying the old one after "not", far from where the old one was said: "Lam's BP at 1805 was
 * 88/50, not 98/50", "the shot was at 1102, not 1120", as a reply puts right a report read long before. The new
 * value takes the old one's place where it was first said, and the correcting words are no fact of their own. Only a
 * value no other could be mistaken for is moved: a time, a reading of two numbers ("98/50") or an amount with its unit
 * ("25 mg"); a bare number ("not 100") could be any reading, and is left as it is.
 */
import { readClock } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { AMOUNT_UNITS } from '../text/units.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** What may stand between the new value and "not" the old one ("1102, not 1120"; "88/50 - not 98/50"). */
const PAUSES = new Set([',', '-', '...']);
/** What may follow the old value: the end of its sentence or a pause before a remark ("not 1120, I checked"). */
const AFTER_OLD = new Set([',', '-', '.', ';', '!', '\n', ')']);

interface Value {
  start: number;
  end: number;
  /** The value as said, the same wherever it is said ("98/50", "11:20", "25 mg"). */
  said: string;
  /** What the value is: a time, a reading of two numbers, or an amount in its unit ("mg"). */
  kind: string;
}

/** The time, two-number reading or amount with its unit said from token `i`, or null. */
function valueAt(tokens: Token[], i: number): Value | null {
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
  return null;
}

/** The value ending right before token `end`, or null. */
function valueEndingAt(tokens: Token[], end: number): Value | null {
  for (let i = Math.max(0, end - 3); i < end; i++) {
    const v = valueAt(tokens, i);
    if (v?.end === end) return v;
  }
  return null;
}

/** Marks, in `drop` and `moved`, each "<new>, not <old>" whose old value was said before: the new one takes its place. */
export function moveNotOldValues(
  tokens: Token[],
  drop: Uint8Array,
  moved: Map<number, Token[]>,
  markers: readonly number[],
): void {
  /** Each old value put right → the value that took its place. */
  const putRight = new Map<string, string>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].norm !== 'not') continue;
    const old = valueAt(tokens, i + 1);
    if (!old || (tokens[old.end] && !AFTER_OLD.has(tokens[old.end].norm))) continue;
    let j = i;
    while (j > 0 && PAUSES.has(tokens[j - 1].norm)) j--;
    const fresh = valueEndingAt(tokens, j);
    if (!fresh || fresh.said === old.said || fresh.kind !== old.kind) continue;
    // "Correction: the binder went on at 1846, not 1848.": a marker's sentence is the marker's to read (corrections.ts).
    let opens = fresh.start;
    while (opens > 0 && !SENTENCE_ENDS.has(tokens[opens - 1].norm)) opens--;
    if (markers.some((m) => m >= opens && m < fresh.start)) continue;
    // The same correction said again ("only thing to flag: Lam's BP was 88/50, not 98/50") is no new reading.
    const again = putRight.get(old.said) === fresh.said;
    const first = again ? null : saidBefore(tokens, fresh.start, old.said, drop);
    if (!first && !again) continue;
    for (let k = fresh.start; k < old.end; k++) drop[k] = 1;
    if (!first) continue;
    for (let k = first.start; k < first.end; k++) drop[k] = 1;
    moved.set(first.start, tokens.slice(fresh.start, fresh.end));
    putRight.set(old.said, fresh.said);
  }
}

/** The last place before token `to` where `said` was said and not taken back already, or null. */
function saidBefore(tokens: Token[], to: number, said: string, drop: Uint8Array): Value | null {
  for (let k = to - 1; k >= 0; k--) {
    if (drop[k] || tokens[k - 1]?.norm === 'not') continue;
    const v = valueAt(tokens, k);
    if (v?.said === said && v.end <= to) return v;
  }
  return null;
}
