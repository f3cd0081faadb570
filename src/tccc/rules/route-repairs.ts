/**
 * A route the medic says over right after saying another: "Push 20 of ket IV... IO, IO", "ket 20 IV, IO, whatever,
 * through the IO". A different route said straight after the first, with only a pause between, and said once more
 * soon after, is the route he meant; a second route said once ("IV, IO") may be a choice, so it stays the first.
 */
import type { MedicationRoute } from '../record.js';
import { findRoute, mentionAt, type Read } from './attributes.js';
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';

/** A route said at `i`, a line's name counting as one here ("IV... IO"), as the route of the dose before. */
function routeAt(doc: Doc, i: number): Read<MedicationRoute> | null {
  const m = mentionAt(doc, i);
  const line = m && tagOf(m, 'access')?.value;
  if (m && (line === 'iv' || line === 'io')) return { value: line === 'iv' ? 'IV' : 'IO', start: m.start, end: m.end };
  return findRoute(doc, i, i + 1);
}

/** Words between the two routes that only pause ("IV... IO", "IV, IO"). */
const PAUSE_WORDS: ReadonlySet<string> = new Set([',', '...', '-']);
/** Words that only lead the route said again ("whatever, through the IO", "sorry, via the IO"). */
const RESTATING_WORDS: ReadonlySet<string> = new Set([
  'whatever',
  'sorry',
  'i',
  'mean',
  'through',
  'via',
  'the',
  'into',
]);
/** How far after the second route it may be said again ("IO, whatever, through the IO"). */
const REPEAT_REACH = 6;

/** Words that open the taking back of what was just said ("IV... wait, no, IN"). */
const TAKING_BACK: ReadonlySet<string> = new Set(['wait', 'sorry', 'correction', 'actually']);
/** Words that may lead the route said instead ("no, I gave it IN", "no, it went IO", "no, make that IM"). */
const SAID_INSTEAD: ReadonlySet<string> = new Set(['i', 'gave', 'it', 'was', 'went', 'make', 'that', "it's"]);

/**
 * "Fentanyl 50 mcg IV... wait, no, I gave it IN": a lone "no" between pauses after the route, then another route, takes
 * the first back. The "no" must stand alone: "IV, no IO access" says what there was not.
 */
function routeSaidInstead(doc: Doc, first: Read<MedicationRoute>, to: number): Read<MedicationRoute> | null {
  const t = (i: number): string => doc.tokens[i]?.norm ?? '';
  let i = first.end;
  let takenBack = false;
  for (; i < to; i++) {
    const loneNo = t(i) === 'no' && PAUSE_WORDS.has(t(i - 1)) && PAUSE_WORDS.has(t(i + 1));
    if (!PAUSE_WORDS.has(t(i)) && !TAKING_BACK.has(t(i)) && !loneNo) break;
    takenBack ||= loneNo;
  }
  if (!takenBack) return null;
  while (i < to && SAID_INSTEAD.has(t(i))) i++;
  const next = i < to ? routeAt(doc, i) : null;
  return next && next.value !== first.value ? next : null;
}

/** The route said over `first` before `to`, or `first` when none is. */
export function repairedRoute(doc: Doc, first: Read<MedicationRoute>, to: number): Read<MedicationRoute> {
  const instead = routeSaidInstead(doc, first, to);
  if (instead) return instead;
  let i = first.end;
  while (i < to && PAUSE_WORDS.has(doc.tokens[i].norm)) i++;
  if (i === first.end) return first;
  const next = routeAt(doc, i);
  if (!next || next.value === first.value) return first;
  for (let j = next.end; j < Math.min(to, next.end + REPEAT_REACH); j++) {
    if (routeAt(doc, j)?.value === next.value) return next;
    // "IO placed, IO flushed": a word that says more than the route makes the second naming another act.
    if (!PAUSE_WORDS.has(doc.tokens[j].norm) && !RESTATING_WORDS.has(doc.tokens[j].norm)) return first;
  }
  return first;
}
