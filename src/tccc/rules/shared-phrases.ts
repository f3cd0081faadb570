/**
 * Phrases said of every casualty of a narrative ("both urgent surgical", "pickup grid for both …", "all from the
 * rollover at 0440"): `casualty-split.ts` gives each casualty these words besides its own, and the time headers
 * time-headers.ts reads.
 */
import { readClock } from '../text/clock.js';
import type { Token } from '../text/tokenize.js';
import { isBoundary, norm } from './casualty-switch.js';
import { MATCHER } from './lexicon/index.js';
import { opensSentence, SENTENCE_ENDS, sentenceEndFrom } from './sentence-ends.js';
import { fieldForAllAt } from './shared-fields.js';
import { labelAt } from './toi-labels.js';
import { saidOfPair } from './paired-parts.js';
import { PRIORITY_WORDS } from './list-cues.js';

// The character range is defined in a leaf (text-part.ts), so the readers of lines and cells need no phrases.
import type { TextPart } from './text-part.js';
export type { TextPart };

/** Words after "all" and a count that make it every casualty ("All four from the VBIED"), not "all four limbs". */
const AFTER_COUNT = new Set(['from', 'casualties', 'patients', 'are', 'were', 'hit', 'injured', 'wounded', 'urgent']);

/** True at "all" (token `i`) and a count said of every casualty ("All four from the VBIED at 1558."). */
const countsAll = (tokens: Token[], i: number): boolean =>
  norm(tokens, i) === 'all' && tokens[i + 1]?.kind === 'number' && AFTER_COUNT.has(norm(tokens, i + 2));

/** "Both of these are from the IED at 0602.": "both of these/them" opening a sentence as its subject is every casualty. */
const bothOfThem = (tokens: Token[], i: number): boolean =>
  isBoundary(tokens[i - 1]) &&
  norm(tokens, i + 1) === 'of' &&
  ['these', 'them', 'those'].includes(norm(tokens, i + 2)) &&
  // "Both of them went urgent surgical.": so too the verb that sends them on, and one that says them hurt ("Both of
  // them hit by the same burst at about ten-thirty-five").
  ['are', 'were', 'went', 'go', 'hit', 'hurt', 'injured', 'wounded'].includes(norm(tokens, i + 3));

/** Words after "all" that say where a wound spreads, never who ("glass cuts all over his face", "all along the arm"). */
const SPREAD_OVER = new Set(['over', 'around', 'along', 'across', 'down', 'up']);

/** Phrases said of every casualty: the phrase from "both"/"all" to its end, or the whole phrase ending "for both". */
export function sharedPhrases(tokens: Token[], switchStarts: readonly number[]): TextPart[] {
  const out: TextPart[] = [];
  const switchAtToken = new Set(switchStarts);
  for (let i = 0; i < tokens.length; i++) {
    const w = norm(tokens, i);
    const closing =
      closingBothOfThem(tokens, i, switchAtToken) ??
      eachOfThemSentence(tokens, i, switchAtToken) ??
      eventSentenceAt(tokens, i, switchAtToken) ??
      closingGridAt(tokens, i, switchStarts) ??
      fieldForAllAt(tokens, i);
    if (closing) {
      out.push(closing);
      while (i + 1 < tokens.length && tokens[i + 1].start < closing.end) i++;
      continue;
    }
    if (
      (w !== 'both' && w !== 'all') ||
      (w === 'all' && SPREAD_OVER.has(norm(tokens, i + 1))) ||
      (saidOfPair(tokens, i) && !countsAll(tokens, i) && !bothOfThem(tokens, i))
    )
      continue;
    let end = i + 1;
    // Unpunctuated speech: the phrase also ends where the next casualty starts ("both hit by the blast first one …").
    while (end < tokens.length && !isBoundary(tokens[end]) && !switchAtToken.has(end)) end++;
    let start = i;
    // "… for both.", "time of injury for both 2240", "NKDA both.": the whole phrase is said of each.
    const closes = end === i + 1 && (end === tokens.length || SENTENCE_ENDS.has(norm(tokens, end)));
    const before = norm(tokens, i - 1);
    const label = labelBefore(tokens, i);
    // "HPMK on all three.", "TQ times written on both of them.": a count or "of them" says it is every casualty.
    const onEach = before === 'on' && (tokens[i + 1]?.kind === 'number' || norm(tokens, i + 1) === 'of');
    if ((isBoundary(tokens[i + 1]) && ['to', 'of'].includes(before)) || before === 'for' || onEach)
      start = phraseStartBefore(tokens, i, switchAtToken);
    // "TOI both 1729": the label said before "both" is of the phrase, so each reads its time as a time of injury.
    else if (label >= 0) start = label;
    else if (closes && !isBoundary(tokens[i - 1])) {
      // "NKDA both.": only a sentence of its own, never the end of a longer one ("burns to the hands, dressed both.").
      const from = phraseStartBefore(tokens, i, switchAtToken);
      if (opensSentence(tokens, from)) start = from;
    }
    // "Pickup grid for both: 42S …", "Both from the same grenade, thrown at 2255.": what the sentence goes on to say
    // is said of each too, when it tells only where, when or how they were hurt.
    const opens = opensSentence(tokens, start);
    if (norm(tokens, end) === ':' || (opens && norm(tokens, end) === ',')) {
      let to = end;
      while (to < tokens.length && !SENTENCE_ENDS.has(norm(tokens, to)) && !switchAtToken.has(to)) to++;
      if (!carriesCare(tokens, end, to)) end = to;
    }
    // The full stop goes with the phrase, so it is said once for each casualty.
    let last = ['.', ';', '!'].includes(norm(tokens, end)) ? end : end - 1;
    // "both were hit at. At fourteen oh two.": a phrase broken off where its time would come goes on to that time.
    if (last === end && ['at', 'about', 'around'].includes(norm(tokens, end - 1)))
      last = timeAfter(tokens, end + 1) ?? last;
    // "Four beds, all from the VBIED yesterday, fifteen forty.": a time alone after its comma, closing the sentence, too.
    else if (norm(tokens, end) === ',') last = timeAfter(tokens, end + 1) ?? last;
    out.push({ start: tokens[start].start, end: tokens[last].end });
    i = end;
  }
  return out;
}

/**
 * "it was a car bomb, both of them.", "IED went off at 0520, both of them hurt by it.": "both of them", "all of them"
 * or "all three" (and how they were hurt) closing a sentence after a comma says the whole sentence of each casualty, when it tells only where, when or how they were hurt and no casualty's label is in it.
 */
function closingBothOfThem(tokens: Token[], i: number, switchAtToken: ReadonlySet<number>): TextPart | undefined {
  // "Pickup at the east gate, grid …, all three.": "all" and the count of them says every casualty as well.
  const counted = norm(tokens, i) === 'all' && tokens[i + 1]?.kind === 'number';
  const ofThem = norm(tokens, i + 1) === 'of' && ['them', 'these', 'those'].includes(norm(tokens, i + 2));
  const tail = hurtByItEnd(tokens, counted ? i + 2 : i + 3);
  const closes = tail >= tokens.length || SENTENCE_ENDS.has(norm(tokens, tail));
  if (!['both', 'all'].includes(norm(tokens, i)) || norm(tokens, i - 1) !== ',' || !(ofThem || counted) || !closes)
    return undefined;
  let start = i - 1;
  while (!opensSentence(tokens, start)) start--;
  if (switchesBetween(switchAtToken, start - 1, i) || carriesCare(tokens, start, i)) return undefined;
  const last = tail < tokens.length ? tail : tail - 1;
  return { start: tokens[start].start, end: tokens[last].end };
}

/**
 * "Gave each of them OTFC 800 mcg at 0630.", "18g IV L AC on each of them.": a sentence that gives "each of them" its
 * care, and names no casualty, says it of every one.
 */
function eachOfThemSentence(tokens: Token[], i: number, switchAtToken: ReadonlySet<number>): TextPart | undefined {
  if (
    norm(tokens, i) !== 'each' ||
    norm(tokens, i + 1) !== 'of' ||
    !['them', 'these', 'those'].includes(norm(tokens, i + 2))
  )
    return undefined;
  let start = i;
  while (!opensSentence(tokens, start)) start--;
  const end = sentenceEndFrom(tokens, i);
  if (switchesBetween(switchAtToken, start - 1, end)) return undefined;
  const last = end < tokens.length ? end : end - 1;
  return { start: tokens[start].start, end: tokens[last].end };
}

/** Words that say how they were hurt, after "both of them" ("both of them hurt by it", "all of them hit by the blast"). */
const HURT_BY = new Set(['hurt', 'hit', 'injured', 'wounded']);

/** Where "hurt by it" or "hit by the blast" said at `i` ends (its words only, up to four), else `i`. */
function hurtByItEnd(tokens: Token[], i: number): number {
  if (!HURT_BY.has(norm(tokens, i)) || norm(tokens, i + 1) !== 'by') return i;
  let end = i + 2;
  while (end < i + 5 && tokens[end]?.kind === 'word') end++;
  return end;
}

/** Verbs that say an event took place ("Shooting happened at 1642.", "The blast occurred at 0600."). */
const EVENT_VERBS = new Set(['happened', 'occurred']);

/** Words that say whose the event was, so it is not every casualty's ("his", "her", "he"). */
const PERSONS = new Set(['he', 'she', 'his', 'her', 'him', "he's", "she's"]);

/**
 * "Shooting happened at 1642.": a sentence closing the narrative whose subject, a few words, is said to have
 * happened tells when every casualty was hurt; never one that says whose it was or tells of care.
 */
function eventSentenceAt(tokens: Token[], i: number, switchAtToken: ReadonlySet<number>): TextPart | undefined {
  if (!opensSentence(tokens, i)) return undefined;
  let verb = i + 1;
  while (verb < i + 4 && verb < tokens.length && !EVENT_VERBS.has(norm(tokens, verb))) verb++;
  if (!EVENT_VERBS.has(norm(tokens, verb))) return undefined;
  const end = sentenceEndFrom(tokens, verb);
  const words = tokens.slice(i, end);
  if (words.some((t) => PERSONS.has(t.norm) || t.kind === 'punct') || switchesBetween(switchAtToken, i - 1, end))
    return undefined;
  // Closing the narrative, after all the casualties: said inside one's words ("Cas 2: the fall happened at 0610,
  // pulse 90") it may be only his.
  if (carriesCare(tokens, i, end) || end < tokens.length - 1) return undefined;
  const last = end < tokens.length ? end : end - 1;
  return { start: tokens[i].start, end: tokens[last].end };
}

/** Words that may say what a grid is for before it ("Pickup grid", "LZ grid"). */
const GRID_PLACES = new Set(['pickup', 'lz', 'hlz', 'pz', 'evac', 'medevac']);
/** Radio words that close a report after its last line ("Over.", "Out."). */
const SIGN_OFFS = new Set(['over', 'out', 'break']);

/**
 * "Both priority. Grid four two sierra …": a sentence of a grid alone, after every casualty's words and closing the
 * report (but for a sign-off), is the one place they are all picked up from.
 */
function closingGridAt(tokens: Token[], i: number, switchStarts: readonly number[]): TextPart | undefined {
  if (!opensSentence(tokens, i) || switchStarts.length < 2 || switchStarts.some((s) => s >= i)) return undefined;
  const grid = GRID_PLACES.has(norm(tokens, i)) ? i + 1 : i;
  if (norm(tokens, grid) !== 'grid') return undefined;
  const end = sentenceEndFrom(tokens, grid);
  let rest = end + 1;
  while (rest < tokens.length && (SIGN_OFFS.has(norm(tokens, rest)) || SENTENCE_ENDS.has(norm(tokens, rest)))) rest++;
  if (rest < tokens.length || carriesCare(tokens, grid + 1, end)) return undefined;
  const last = end < tokens.length ? end : end - 1;
  return { start: tokens[i].start, end: tokens[last].end };
}

/** True when tokens `[from, to)` say something beyond where, when or how the casualties were hurt (a sign, an act). */
function carriesCare(tokens: Token[], from: number, to: number): boolean {
  return MATCHER.match(tokens.slice(from, to)).some((m) =>
    m.tags.some((t) => !['mechanism', 'evac', 'negate'].includes(t.cat)),
  );
}

/** How far back a phrase said "for both" may reach when no punctuation ends it before the last casualty's label. */
const UNPUNCTUATED_REACH = 6;

/** Where a time-of-injury label ending right before token `i` starts ("TOI both", "time of injury all"), else -1. */
function labelBefore(tokens: Token[], i: number): number {
  for (let k = Math.max(0, i - 6); k < i; k++) if (labelAt(tokens, k)?.length === i - k) return k;
  return -1;
}

/**
 * Where the phrase ending at "for both" (token `at`) starts: the punctuation before it; when a casualty's label
 * comes first (unpunctuated speech: "… sats ninety one urgent surgical for both"), no further back than a few
 * words, a number, an article or that label.
 */
function phraseStartBefore(tokens: Token[], at: number, switchAtToken: ReadonlySet<number>): number {
  let start = at;
  while (start > 0 && !isBoundary(tokens[start - 1])) start--;
  if (!switchesBetween(switchAtToken, start, at)) return start;
  start = at;
  while (
    start > 0 &&
    at - start < UNPUNCTUATED_REACH &&
    !isBoundary(tokens[start - 1]) &&
    tokens[start - 1].kind !== 'number' &&
    !switchAtToken.has(start) &&
    // "… bravo's routine the grid for both is …": an article opens the phrase; what comes before it is not of it.
    !['the', 'a', 'an'].includes(norm(tokens, start)) &&
    // "… pike is urgent surgical grid for both …": a triage category ends the casualty's words before what is said
    // for both; but "… urgent surgical for both" is the category said for both.
    !(start < at - 1 && categoryAt(tokens, start - 1) && !categoryAt(tokens, start))
  )
    start--;
  return start;
}

/** A word of a triage category ("urgent", "surgical"). */
const categoryAt = (tokens: Token[], k: number): boolean =>
  PRIORITY_WORDS.has(norm(tokens, k)) || norm(tokens, k) === 'surgical';

const switchesBetween = (switchAtToken: ReadonlySet<number>, from: number, to: number): boolean =>
  [...switchAtToken].some((s) => s > from && s <= to);

/** The end of a sentence from token `from` that is only a time ("At fourteen oh two."), its closing stop; else undefined. */
function timeAfter(tokens: Token[], from: number): number | undefined {
  let k = from;
  while (['at', 'about', 'around', 'approximately'].includes(norm(tokens, k))) k++;
  const clock = readClock(tokens, k);
  return clock && SENTENCE_ENDS.has(norm(tokens, clock.end)) ? clock.end : undefined;
}
