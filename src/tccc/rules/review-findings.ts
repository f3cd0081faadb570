/**
 * A reviewer's findings on a medic's card, each after the card's entry it judges: the entry quoted ('4. "TQ R thigh
 * 1420". Per the radio log it went on at 1402.') or a table's row ("Grid 33U VP 1234 5678 | Wrong. Pickup was 33U VP
 * 1243 5678."). What the finding puts right takes the card's place in the entry, and the finding, no fact of its own,
 * is dropped: a time, a dose, a roster number, a grid or a labelled reading said again with another value; the drug,
 * fluid or device the card named wrongly ("Moxi 400 mg PO 0930 | Wrong … ertapenem 1 g IV at 0930") with its route;
 * a side ("Wrong side. The wound is on the right upper arm"). An entry the finding strikes ("Not performed", "CT shows
 * no pelvic fracture") is no fact. A finding that agrees ("Concur", "Correct"), or says only what the card left out
 * ("also found a fragment wound to the left calf"), leaves the entry as it is. Only a text that calls itself a review
 * in its first line or a heading is read so, and there only a quote after a list marker or a row under an "entry |
 * finding" header: elsewhere a quote is someone's words and a bar splits a line, not a card's entry from its finding.
 */
import { readClock } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { AMOUNT_UNITS } from '../text/units.js';
import { BODY_PART_WORDS, SIDE_WORDS, isLocationWord } from './lexicon/body.js';
import { VOLUME_UNITS } from './lexicon/drugs.js';
import type { Mention } from './matcher.js';
import { isGridSquare } from './grid-squares.js';
import type { Value } from './not-old-values.js';
import { QUOTE_MARKS } from './sentence-ends.js';

/** A text that reviews a card, said in its first line or a heading: its findings may put the card right. */
const REVIEW = /\b(?:review(?:ed|er|ing)?|qa|audit(?:ed)?|findings?)\b/i;
/** A table's header row naming the card's entry, then the finding: only the rows under it are entries. */
const ENTRY_CELL = /\b(?:card|entry|entries)\b/i;
const FINDING_CELL = /\b(?:findings?|review(?:er)?|comments?|qa)\b/i;
/** Words a finding agrees with the card in, opening it. */
const AGREES = new Set(['concur', 'concurs', 'confirmed', 'correct', 'agree', 'agreed', 'appropriate', 'matches']);
/** Words that strike an entry ("Strike it", "Not performed"): what it says was never done. */
const STRIKES =
  /\b(?:strike\s+(?:it|this|that)|not\s+(?:performed|done|given|placed|applied)|never\s+(?:performed|done|given))\b/i;
/** The kinds of thing a finding may name in the card's place. */
const THINGS = new Set(['medication', 'fluid', 'intervention']);

interface Entry {
  start: number;
  end: number;
  /** The finding on the entry: tokens [findingStart, findingEnd). */
  findingStart: number;
  findingEnd: number;
}

/** A quote mark, straight or curly, setting off a card's entry. */
const isQuote = (t: Token | undefined): boolean => t !== undefined && QUOTE_MARKS.has(t.norm);

/** The first token of a line after its list marker ("4.", "a.", "b)"), from line start `i`. */
function afterListMarker(tokens: Token[], i: number): number {
  const marker = tokens[i];
  const isMarker = marker && (marker.kind === 'number' || (marker.kind === 'word' && marker.norm.length === 1));
  return isMarker && ['.', ')'].includes(tokens[i + 1]?.norm ?? '') ? i + 2 : i;
}

/** True when the text calls itself a review in its first line or in a heading (a line that is no sentence). */
function isReview(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim());
  return lines.some((l, k) => REVIEW.test(l) && (k === 0 || !/[.!?]\s*$/.test(l)));
}

/** True when the line is a table's header row: the card's entry in its first cell, the finding in a later one. */
function isHeaderRow(line: string): boolean {
  const [entry, ...rest] = line.split('|');
  return rest.length > 0 && ENTRY_CELL.test(entry) && rest.some((cell) => FINDING_CELL.test(cell));
}

/** The card entries of the line [from, to) and the finding after each: a row under a header, or a listed quote. */
function entriesOfLine(tokens: Token[], from: number, to: number, underHeader: boolean): Entry[] {
  const first = afterListMarker(tokens, from);
  const bar = tokens.slice(first, to).findIndex((t) => t.norm === '|');
  if (bar > 0 && underHeader)
    return [{ start: first, end: first + bar, findingStart: first + bar + 1, findingEnd: to }];
  // Only a quote after a list marker ('4. "TQ R thigh 1420"') is an entry: elsewhere a quote is someone's words.
  if (first === from || !isQuote(tokens[first])) return [];
  const out: Entry[] = [];
  for (let i = first; i < to && isQuote(tokens[i]);) {
    let close = i + 1;
    while (close < to && !isQuote(tokens[close])) close++;
    if (close >= to) break;
    let next = close + 1;
    while (next < to && !isQuote(tokens[next])) next++;
    out.push({ start: i + 1, end: close, findingStart: close + 1, findingEnd: next });
    i = next;
  }
  return out;
}

/** The value said from token `i`: a grid, a roster number, a reading after its label, an amount or a time; else null. */
function valueAt(tokens: Token[], i: number, mentionAt: ReadonlyMap<number, Mention>): Value | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (isGridSquare(tokens, i + 2)) {
    let end = i + 3;
    while (end < tokens.length && tokens[end].kind === 'number' && end < i + 5) end++;
    return {
      start: i,
      end,
      kind: 'grid',
      said: tokens
        .slice(i, end)
        .map((x) => x.norm)
        .join(''),
    };
  }
  // "AL6621": letters and the digits written on to them.
  if (
    t.kind === 'word' &&
    /^[a-z]{1,3}$/.test(t.norm) &&
    next?.kind === 'number' &&
    !next.spaced &&
    (next.digits ?? '').length >= 3
  )
    return { start: i + 1, end: i + 2, kind: `code ${t.norm.length}`, said: `${t.norm}${next.digits}` };
  const label = mentionAt.get(i);
  if (label?.tags[0].cat === 'vital') {
    const at = [':', 'of', 'is', 'was'].includes(next?.norm ?? '') ? i + 2 : i + 1;
    if (!isNumeric(tokens[at])) return null;
    const end = tokens[at + 1]?.norm === '/' && isNumeric(tokens[at + 2]) ? at + 3 : at + 1;
    const said = tokens
      .slice(at, end)
      .map((x) => x.norm)
      .join('');
    return { start: at, end, kind: `vital ${String(label.tags[0].value)}`, said };
  }
  if (!isNumeric(t)) return null;
  if (next?.kind === 'word' && AMOUNT_UNITS.has(next.norm)) {
    // "50 mg/mL" is a strength, not a dose.
    if (tokens[i + 2]?.norm === '/') return null;
    const kind = Object.hasOwn(VOLUME_UNITS, next.norm) ? 'volume' : 'dose';
    return { start: i, end: i + 2, kind, said: `${t.norm} ${next.norm}` };
  }
  const clock = readClock(tokens, i);
  return clock ? { start: i, end: clock.end, kind: 'time', said: clock.time } : null;
}

function valuesIn(tokens: Token[], from: number, to: number, mentionAt: ReadonlyMap<number, Mention>): Value[] {
  const out: Value[] = [];
  for (let i = from; i < to; i++) {
    const v = valueAt(tokens, i, mentionAt);
    if (!v || v.end > to) continue;
    out.push(v);
    i = v.end - 1;
  }
  return out;
}

const catOf = (m: Mention): string => m.tags[0].cat;
const valueOf = (m: Mention): string => {
  const value = (m.tags[0] as { value?: unknown }).value;
  return typeof value === 'string' ? value.toUpperCase() : '';
};
/** A route said, or a line named where a route is said ("1 g IV"). */
const isRoute = (m: Mention): boolean => catOf(m) === 'route' || catOf(m) === 'access';

function mentionsIn(from: number, to: number, mentionAt: ReadonlyMap<number, Mention>): Mention[] {
  return [...mentionAt.values()].filter((m) => m.start >= from && m.end <= to).sort((a, b) => a.start - b.start);
}

/** The side of token `i` where a side is said of a part ("L hand", "left upper arm"); not a reading's label ("R 24"). */
function sideAt(tokens: Token[], i: number, ofPart: boolean): string | undefined {
  const side = Object.hasOwn(SIDE_WORDS, tokens[i].norm) ? SIDE_WORDS[tokens[i].norm] : undefined;
  if (!side || side === 'both' || isNumeric(tokens[i + 1]) || tokens[i + 1]?.norm === ':') return undefined;
  const part = (k: number): boolean => Object.hasOwn(BODY_PART_WORDS, tokens[k]?.norm ?? '');
  return !ofPart || part(i + 1) || part(i + 2) ? side : undefined;
}

/** Puts the finding's words in the entry's place; true when anything was put right. */
function putRight(
  tokens: Token[],
  e: Entry,
  mentionAt: ReadonlyMap<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): boolean {
  const replace = (start: number, end: number, by: Token[]): void => {
    moved.set(start, by);
    drop.fill(1, start, end);
  };
  let changed = false;
  const fresh = valuesIn(tokens, e.findingStart, e.findingEnd, mentionAt);
  const old = valuesIn(tokens, e.start, e.end, mentionAt);
  for (const v of old) {
    if (old.filter((o) => o.kind === v.kind).length > 1) continue;
    const by = fresh.find((f) => f.kind === v.kind && f.said !== v.said);
    if (!by) continue;
    replace(v.start, v.end, tokens.slice(by.start, by.end));
    changed = true;
  }
  const said = mentionsIn(e.start, e.end, mentionAt);
  const found = mentionsIn(e.findingStart, e.findingEnd, mentionAt);
  const thing = said.find((m) => THINGS.has(catOf(m)));
  const other = thing && found.find((m) => catOf(m) === catOf(thing) && valueOf(m) !== valueOf(thing));
  if (thing && other && said.filter((m) => catOf(m) === catOf(thing)).length === 1) {
    replace(thing.start, thing.end, tokens.slice(other.start, other.end));
    changed = true;
    // "Moxi 400 mg PO | … ertapenem 1 g IV": the route said with the right drug.
    const route = said.find((m) => m.start > thing.start && isRoute(m));
    const by = found.find((m) => m.start > other.start && isRoute(m));
    if (route && by && valueOf(route) !== valueOf(by)) replace(route.start, route.end, tokens.slice(by.start, by.end));
  }
  const oldSides = new Set<string>();
  const newSides: number[] = [];
  for (let i = e.start; i < e.end; i++) if (sideAt(tokens, i, false)) oldSides.add(sideAt(tokens, i, false) as string);
  for (let i = e.findingStart; i < e.findingEnd; i++) if (sideAt(tokens, i, true)) newSides.push(i);
  const side = newSides.length ? sideAt(tokens, newSides[0], true) : undefined;
  if (oldSides.size === 1 && side && !oldSides.has(side) && newSides.every((i) => sideAt(tokens, i, true) === side)) {
    for (let i = e.start; i < e.end; i++) if (sideAt(tokens, i, false)) replace(i, i + 1, [tokens[newSides[0]]]);
    changed = true;
  }
  return changed;
}

/** True when the finding says the entry's care was never done or its wound is not there ("CT shows no pelvic fracture"). */
function strikes(tokens: Token[], e: Entry, text: string, mentionAt: ReadonlyMap<number, Mention>): boolean {
  const words = text.slice(tokens[e.findingStart]?.start ?? 0, tokens[e.findingEnd - 1]?.end ?? 0);
  if (STRIKES.test(words)) return true;
  const said = mentionsIn(e.start, e.end, mentionAt);
  const found = mentionsIn(e.findingStart, e.findingEnd, mentionAt);
  // "no pelvic fracture": the negation just before the thing, or with only its place between.
  const denied = (m: Mention, k: number): boolean =>
    k > 0 &&
    (found[k - 1].tags[0] as { cat: string; dir?: string }).dir === 'forward' &&
    catOf(found[k - 1]) === 'negate' &&
    tokens.slice(found[k - 1].end, m.start).every((t) => isLocationWord(t.norm));
  return found.some((m, k) => denied(m, k) && said.some((s) => catOf(s) === catOf(m) && valueOf(s) === valueOf(m)));
}

/** Marks, in `drop` and `moved`, each card entry a review's finding puts right or strikes, and the finding. */
export function moveReviewFindings(
  tokens: Token[],
  mentionAt: ReadonlyMap<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
  text: string,
): void {
  if (!isReview(text)) return;
  // A table runs from its header row to the first line with no bar.
  let inTable = false;
  for (let from = 0; from < tokens.length;) {
    let to = from;
    while (to < tokens.length && tokens[to].norm !== '\n') to++;
    const line = from < to ? text.slice(tokens[from].start, tokens[to - 1].end) : '';
    const header = isHeaderRow(line);
    const underHeader: boolean = inTable && !header && line.includes('|');
    inTable = header || underHeader;
    for (const e of entriesOfLine(tokens, from, to, underHeader)) {
      if (drop.subarray(e.start, e.findingEnd).includes(1) || e.findingStart >= e.findingEnd) continue;
      let opening = e.findingStart;
      while (opening < e.findingEnd && tokens[opening].kind === 'punct') opening++;
      if (AGREES.has(tokens[opening]?.norm ?? '')) continue;
      const struck = strikes(tokens, e, text, mentionAt);
      if (!struck && !putRight(tokens, e, mentionAt, drop, moved)) continue;
      if (struck) drop.fill(1, e.start, e.end);
      drop.fill(1, e.findingStart, e.findingEnd);
    }
    from = to + 1;
  }
}
