/**
 * A correction that names the sign it corrects: "Also correction on sats, sats niner zero", "correction to the pulse:
 * 104", "correction on BP, 110 over 70". The reading said after it replaces the last reading of that sign said before,
 * however far back (a later radio turn corrects an earlier one), so the sign is read once, with the corrected value.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { saidAs, type Mention } from './matcher.js';

/** Words between the marker and the sign's name ("correction on the sats", "correction to his pulse"). */
const LEADS = new Set(['on', 'to', 'for', 'of', 'the', 'his', 'her', ',', ':']);
/** Words between a sign's name and its value ("sats, 90", "pulse is 104", "sats of 88"). */
const LINKS = new Set([',', ':', 'is', 'was', 'of', 'now']);
/** How many link words may stand between a sign's name and its value. */
const MAX_LINKS = 2;

const vitalOf = (m: Mention | undefined): string | undefined =>
  m?.tags[0].cat === 'vital' ? m.tags[0].value : undefined;

/** The tokens of the value said from `i`: a number, or a pair said "over" or with "/" ("110 over 70"); else 0. */
function valueLength(tokens: readonly Token[], i: number): number {
  if (!isNumeric(tokens[i])) return 0;
  const by = tokens[i + 1]?.norm;
  return (by === 'over' || by === '/') && isNumeric(tokens[i + 2]) ? 3 : 1;
}

/** The index of the value after the sign's name ending at `end` (past a few link words, or its name said again). */
function valueAfter(tokens: readonly Token[], end: number, sign: string, mentionAt: Map<number, Mention>): number {
  let i = end;
  for (let links = 0; links < MAX_LINKS && LINKS.has(tokens[i]?.norm ?? ''); links++) i++;
  const again = mentionAt.get(i);
  if (vitalOf(again) === sign) return valueAfter(tokens, again!.end, sign, new Map());
  return valueLength(tokens, i) > 0 ? i : -1;
}

/**
 * Marks the replacement when the marker at `marker` names a sign and says its value, and a reading of that sign
 * was said before it; returns whether it did. The correcting words up to the new value are dropped, the old value is
 * dropped and the new one put in its place.
 */
export function correctNamedReading(
  tokens: Token[],
  marker: Mention,
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): boolean {
  let i = marker.end;
  while (LEADS.has(tokens[i]?.norm ?? '')) i++;
  const named = mentionAt.get(i);
  const sign = vitalOf(named);
  if (!sign) return false;
  const fresh = valueAfter(tokens, named!.end, sign, mentionAt);
  if (fresh < 0) return false;
  const freshLength = valueLength(tokens, fresh);
  const old = lastReading(tokens, marker.start, sign, mentionAt);
  if (old < 0 || valueLength(tokens, old) !== freshLength) return false;
  replaceReading(tokens, { old, fresh, length: freshLength, from: marker.start }, drop, moved);
  return true;
}

/**
 * Puts the value said at `fresh` in place of the old reading's at `old` (both `length` tokens), and drops the words
 * from `from` through the fresh value: the correction, said where it was, reads nothing more.
 */
function replaceReading(
  tokens: readonly Token[],
  at: { old: number; fresh: number; length: number; from: number },
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): void {
  moved.set(at.old, tokens.slice(at.fresh, at.fresh + at.length));
  drop.fill(1, at.old, at.old + at.length);
  drop.fill(1, at.from, at.fresh + at.length);
}

/** The index of the value of the last reading of `sign` said before token `to`, else -1. */
function lastReading(tokens: readonly Token[], to: number, sign: string, mentionAt: Map<number, Mention>): number {
  for (let i = to - 1; i >= 0; i--) {
    const m = mentionAt.get(i);
    if (vitalOf(m) !== sign) continue;
    const value = valueAfter(tokens, m!.end, sign, new Map());
    if (value >= 0 && value < to) return value;
  }
  return -1;
}

/** Pauses between a reading said again and the marker that takes it back ("pulse 110 — no, 116"). */
const PAUSES = new Set(['-', ',']);

/**
 * "HR 110, BP 130/85 … HR 110 — no, 116": a sign named again with the value read for it before, then taken back by
 * the marker at `marker`. The value after the marker replaces that earlier reading where it was said, and the words
 * said again go with the marker, so no second reading is left without its time. Returns whether it did.
 */
export function correctRestatedReading(
  tokens: Token[],
  marker: Mention,
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): boolean {
  let end = marker.start;
  while (end > 0 && PAUSES.has(tokens[end - 1].norm)) end--;
  const restated = valueLength(tokens, end - 3) === 3 ? end - 3 : end - 1;
  const length = valueLength(tokens, restated);
  if (restated < 1 || restated + length !== end) return false;
  const named = [1, 2, 3].map((n) => mentionAt.get(restated - n)).find((m) => m?.end === restated);
  const sign = vitalOf(named);
  if (!sign) return false;
  let fresh = marker.end;
  while (LEADS.has(tokens[fresh]?.norm ?? '')) fresh++;
  const old = lastReading(tokens, named!.start, sign, mentionAt);
  const said = (i: number): string => saidAs(tokens, { start: i, end: i + length });
  if (old < 0 || valueLength(tokens, fresh) !== length || said(old) !== said(restated)) return false;
  replaceReading(tokens, { old, fresh, length, from: named!.start }, drop, moved);
  return true;
}
