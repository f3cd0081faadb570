/**
 * The time a statement's sentence opens with, in the written forms of a sworn statement or a report for the record:
 * after a short phrase set off by a comma ("For the record, at approximately 2310 hours …", "On 2 June, at
 * approximately 2105 hours, …"), and how far from it the event is when asides set off by commas come between
 * ("At approximately 1417 hours SGT Nash, a Soldier of my squad, was struck …").
 */
import { readClock } from '../text/clock.js';
import { MONTH_ABBREVIATIONS, MONTH_NAMES } from '../text/months.js';
import type { Doc } from './document.js';

/** Most tokens of a phrase set off before the time ("For the record,", "On the morning of 9 June,"). */
const LEAD_REACH = 6;
/** Words a phrase set off before the time opens with: a date, a setting or the record ("On 2 June,", "For the record,"). */
const LEAD_PREPOSITIONS = new Set(['on', 'for', 'in', 'during']);
/** Months, whose name makes a phrase opened by "on" a date ("On 2 June at 1652 …"). */
const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** Most phrases set off between the time and the event, and most tokens they may hold together. */
const MAX_ASIDES = 3;
const ASIDE_REACH = 22;

/**
 * The token after the short phrases set off by a comma, opened by a preposition, that open the sentence starting at `start` ("For the record,"
 * "On 2 June,"), when no mention and no time stands in them; `start` when none does.
 */
export function pastLeadPhrases(doc: Doc, start: number): number {
  let at = start;
  for (let n = 0; n < 2; n++) {
    const dated = dateBeforeAt(doc, at);
    if (dated > 0) return dated;
    const comma = doc.chunkEnd[at] - 1;
    if (
      doc.tokens[comma]?.norm !== ',' ||
      comma - at > LEAD_REACH ||
      doc.sentence[comma] !== doc.sentence[start] ||
      !LEAD_PREPOSITIONS.has(doc.tokens[at].norm)
    )
      return at;
    for (let k = at; k < comma; k++) if (doc.mentionIndex[k] >= 0 || readClock(doc.tokens, k)) return at;
    at = comma + 1;
  }
  return at;
}

/** Words a witness opens an estimate with before "it was" ("I believe it was around 1500 when …"). */
const BELIEVING = new Set(['believe', 'think', 'guess', 'reckon', 'recall']);

/**
 * The token after "it was" opening the sentence at `at`, itself after "I believe" or "I think" ("I believe it was
 * around 1500 when he was shot"): the time that follows is the sentence's opening time. `at` when none opens it.
 */
export function pastItWas(doc: Doc, at: number): number {
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  const from = norm(at) === 'i' && BELIEVING.has(norm(at + 1)) ? at + 2 : at;
  return norm(from) === 'it' && norm(from + 1) === 'was' ? from + 2 : at;
}

/**
 * "On 2 June at 1652, the lead MRAP struck an IED": the token "at" when a date opened by "on" runs straight into
 * "at" and a time, with no comma between; else -1. Only a month's name makes it a date ("On arrival at 1652" is none).
 */
function dateBeforeAt(doc: Doc, start: number): number {
  if (doc.tokens[start]?.norm !== 'on') return -1;
  let month = false;
  for (let k = start + 1; k <= start + LEAD_REACH && doc.sentence[k] === doc.sentence[start]; k++) {
    const t = doc.tokens[k];
    if (t.norm === 'at') return month && readClock(doc.tokens, k + 1) ? k : -1;
    if (MONTHS.has(t.norm)) month = true;
    else if (t.kind !== 'number' && !['the', 'of', 'st', 'nd', 'rd', 'th'].includes(t.norm)) return -1;
  }
  return -1;
}

/**
 * The tokens between the clock ending at `from` and the event word at `to` that stand in up to three phrases set off by
 * commas on both sides ("…, a female Soldier assigned to my squad, …", "…, during a patrol, 1st Platoon, C Company, …"): they
 * describe who or where, and neither lengthen the way to the event nor name a later act. Empty when the asides are
 * more or longer than that.
 */
export function asidesBetween(doc: Doc, from: number, to: number): Set<number> {
  const first = doc.chunk[from - 1];
  const last = doc.chunk[to];
  const aside = new Set<number>();
  let asides = 0;
  for (let k = from; k < to; k++) {
    if (doc.chunk[k] === first || doc.chunk[k] === last) continue;
    if (doc.chunk[k] !== doc.chunk[k - 1]) asides++;
    aside.add(k);
  }
  return asides <= MAX_ASIDES && aside.size <= ASIDE_REACH ? aside : new Set();
}
