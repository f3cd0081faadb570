/**
 * Self-corrections: "left leg, correction, right leg" keeps only "right leg". The phrase after the
 * marker says what kind of thing is corrected (a body location, a number or time, a drug...); the
 * nearest thing of that kind before the marker is removed along with the marker.
 */
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS, LIMB_CODES, LOCATION_FILLERS, SIDE_WORDS } from './lexicon/body.js';
import { DOSE_UNITS } from './lexicon/drugs.js';
import type { PhraseMatcher, Mention } from './matcher.js';

/** How far back a corrected phrase may start. */
const LOOK_BACK = 8;

/** 'location', 'number', or a mention's kind. */
type Kind = string;

const isLocationWord = (w: string): boolean =>
  Object.hasOwn(SIDE_WORDS, w) || Object.hasOwn(BODY_PART_WORDS, w) || Object.hasOwn(LIMB_CODES, w);
const isNumber = (t: Token): boolean => t.kind === 'number' || t.kind === 'clock';
const isSkippable = (t: Token): boolean => t.norm === ',' || t.norm === '-' || t.norm === '.';
/** Words between the marker and the corrected phrase that say nothing of its kind ("scratch that, the left forearm"). */
const LEADING_WORDS = new Set([
  'the',
  'his',
  'her',
  'a',
  'an',
  'it',
  "it's",
  'its',
  'was',
  'is',
  'on',
  'to',
  'in',
  'at',
  'gave',
  'give',
  'given',
  'just',
  // "pain's an eight, no wait, he says seven"
  'he',
  'she',
  "he's",
  "she's",
  'says',
  'said',
]);
/** Pauses around a lone "no" that takes back what was just said ("left, no, right arm"; "TXA given \u2014 no, not given"). */
const PAUSES = new Set([',', '-', '...']);

function kindAt(tokens: Token[], i: number, mentionAt: Map<number, Mention>): Kind | null {
  const t = tokens[i];
  if (!t) return null;
  const m = mentionAt.get(i);
  // "scratch that, no tourniquet": what is corrected is of the kind the negation covers.
  if (m && m.tags[0].cat === 'negate') return m.tags[0].dir === 'forward' ? kindAt(tokens, m.end, mentionAt) : null;
  if (m) return m.tags[0].cat;
  if (isLocationWord(t.norm)) return 'location';
  if (isNumber(t)) return 'number';
  return null;
}

/** Returns the tokens with each corrected phrase and its correction marker removed. */
export function applyCorrections(tokens: Token[], matcher: PhraseMatcher): Token[] {
  const mentions = matcher.match(tokens);
  const mentionAt = new Map<number, Mention>();
  for (const m of mentions) mentionAt.set(m.start, m);
  const drop = new Uint8Array(tokens.length);
  const markers = mentions.filter((m) => m.tags.some((t) => t.cat === 'correction'));
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].norm !== 'no' || !PAUSES.has(tokens[i - 1].norm) || tokens[i + 1].norm !== ',') continue;
    const next = mentionAt.get(i + 2);
    const negation = next?.tags[0].cat === 'negate' && next.tags[0].dir === 'backward';
    // A lone "no" before "not given" joins the negation to what it takes back.
    if (negation) drop[i - 1] = drop[i] = drop[i + 1] = 1;
    else if (['location', 'number'].includes(kindAt(tokens, i + 2, mentionAt) ?? ''))
      markers.push({ start: i, end: i + 1, tags: [{ cat: 'correction' }], negated: false });
  }
  if (markers.length === 0) return drop.includes(1) ? tokens.filter((_, i) => drop[i] === 0) : tokens;
  /** Old dose token index → the corrected dose tokens that take its place ("800 mcg OTFC 0105. Correction, 400 mcg"). */
  const moved = new Map<number, Token[]>();
  for (const marker of markers) {
    let after = marker.end;
    while (after < tokens.length && (isSkippable(tokens[after]) || LEADING_WORDS.has(tokens[after].norm))) after++;
    const kind = kindAt(tokens, after, mentionAt);
    if (!kind) continue;
    const dose = kind === 'number' ? previousDose(tokens, marker.start, after) : -1;
    if (dose >= 0) {
      moved.set(dose, [tokens[after], tokens[after + 1]]);
      drop[dose] = drop[dose + 1] = 1;
      for (let i = marker.start; i < after + 2; i++) drop[i] = 1;
      continue;
    }
    const from = findPrevious(tokens, marker.start, kind, mentionAt);
    if (from < 0) continue;
    for (let i = from; i < after; i++) drop[i] = 1;
  }
  return tokens.flatMap((t, i) => [...(moved.get(i) ?? []), ...(drop[i] === 0 ? [t] : [])]);
}

/**
 * A dose corrected in the sentence after it ("Fentanyl 800 mcg OTFC at 0105. Correction, 400 mcg"):
 * the index of the earlier number said with the same unit, when the marker opens its sentence; else -1.
 * The nearest number before the marker would be the time, so the unit picks the dose.
 */
function previousDose(tokens: Token[], markerStart: number, after: number): number {
  const unit = DOSE_UNITS[tokens[after + 1]?.norm ?? ''];
  if (!unit || !isNumber(tokens[after]) || !['.', ';', '\n'].includes(tokens[markerStart - 1]?.norm ?? '')) return -1;
  for (let i = markerStart - 2; i >= 0 && i >= markerStart - 2 * LOOK_BACK; i--) {
    if (['.', ';', '\n'].includes(tokens[i].norm)) return -1;
    if (isNumber(tokens[i]) && DOSE_UNITS[tokens[i + 1]?.norm ?? ''] === unit) return i;
  }
  return -1;
}

function findPrevious(tokens: Token[], markerStart: number, kind: Kind, mentionAt: Map<number, Mention>): number {
  const stop = Math.max(0, markerStart - LOOK_BACK);
  for (let i = markerStart - 1; i >= stop; i--) {
    const t = tokens[i];
    if (t.norm === '.' || t.norm === '\n') return -1;
    if (kind === 'location' && isLocationWord(t.norm)) {
      // Extend back over the rest of the location phrase ("left upper arm").
      let start = i;
      while (
        start - 1 >= stop &&
        (isLocationWord(tokens[start - 1].norm) ||
          (LOCATION_FILLERS.has(tokens[start - 1].norm) && tokens[start - 1].norm !== ','))
      )
        start--;
      while (start < i && !isLocationWord(tokens[start].norm)) start++;
      return start;
    }
    if (kind === 'number' && isNumber(t)) return i;
    if (kind !== 'location' && kind !== 'number' && kindAt(tokens, i, mentionAt) === kind) return i;
  }
  return -1;
}
