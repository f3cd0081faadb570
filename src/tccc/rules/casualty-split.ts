/**
 * Several casualties in one narrative: splits the text into the parts said of each casualty, in the
 * order the narrative introduces them ("Casualty one of two … two of two", "Cas A / Cas B", "Patient 1",
 * "First is … Second is", "this guy … the other one … back to the first one", "next patient",
 * "moving on to the second guy", a mass-casualty list "One: … Two: …", and "the driver … the gunner"
 * once the narrative says it has two). What comes before the first casualty, and a phrase said of
 * all of them ("both urgent surgical", "for both"), is shared.
 */
import { readTokens } from '../text/normalize.js';
import type { Token } from '../text/tokenize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';

/** A character range `[start, end)` of the narrative. */
export interface TextPart {
  start: number;
  end: number;
}

export interface CasualtySplit {
  /** The parts said of each casualty, in order of introduction; none when the narrative names no casualty by a label. */
  casualties: TextPart[][];
  /** Said before the first casualty: facts every casualty shares (mechanism, grid, time of injury, priority). */
  preamble: TextPart[];
  /** Said of all of them ("both routine", "grid … for both"). */
  shared: TextPart[];
  /** The words that switch casualty ("second casualty", "back to the first one"): not facts, and not someone else. */
  labels: TextPart[];
  /** Per casualty, a lone name said right after its label ("This guy, Lopez, GSW…", "Patient 1, Kowalski,"). */
  calledBy: (string | undefined)[];
}

const CASUALTY_NOUNS = new Set(['casualty', 'cas', 'patient', 'pt', 'wounded', 'litter']);
const PERSON_NOUNS = new Set(['casualty', 'cas', 'patient', 'pt', 'guy', 'man', 'soldier', 'one', 'wounded', 'is']);
const LETTERS: Record<string, number> = {
  a: 1,
  b: 2,
  c: 3,
  d: 4,
  e: 5,
  alpha: 1,
  bravo: 2,
  charlie: 3,
  delta: 4,
  echo: 5,
};
const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};
const ROLES = new Set(['driver', 'gunner', 'tc', 'rto', 'interpreter', 'dismount']);
/** Words after "both" or "all" that make it a body part said twice, not every casualty ("burns to both hands"). */
const PAIRED_PARTS = new Set([
  'hands',
  'arms',
  'forearms',
  'legs',
  'thighs',
  'feet',
  'eyes',
  'ears',
  'sides',
  'knees',
  'ankles',
  'shins',
  'calves',
  'lungs',
  'upper',
  'lower',
  'of',
  'the',
  'his',
  'her',
  'four',
  'extremities',
  'limbs',
  'wrists',
  'shoulders',
]);
/** "I've got two", "two casualties", "3 patients": the narrative says it covers several. */
const COUNT_NOUNS = new Set(['casualties', 'patients', 'wounded', 'pts', 'cas', 'guys', 'litter', 'urgent']);

/** A switch to a casualty: by a key and the number it says (1-based), to the one being spoken of, the other one, or the next one. */
type Target = { key: string; number?: number } | { other: true } | { next: true } | { current: true };

interface Switch {
  /** Token where the switch phrase starts ("back to the first one") and the one after it. */
  at: number;
  end: number;
  target: Target;
}

/** Words that lead into a switch ("moving on to the second guy", "back to the first one"). */
const LEAD_INS = new Set(['the', 'back', 'to', 'moving', 'on', 'and', 'now']);
const NONE: CasualtySplit = { casualties: [], preamble: [], shared: [], labels: [], calledBy: [] };
/** Capitalized words that open a phrase but are no name. */
const NOT_NAMES = new Set([
  'he',
  'she',
  'his',
  'her',
  'the',
  'this',
  'that',
  'they',
  'we',
  'i',
  'ok',
  'okay',
  'so',
  'and',
  'both',
  'all',
  'same',
  'no',
  'pt',
  'casualty',
  'patient',
  'male',
  'female',
  'urgent',
  'priority',
  'routine',
]);

/** Splits a narrative by casualty. `names` are surnames already known to belong to casualty n (index n-1). */
export function splitCasualties(text: string, names: readonly (string | undefined)[] = []): CasualtySplit {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  // A narrative that says which card it is for ("this card is casualty two") is read for that one casualty.
  if (tokens.some((t) => t.norm === 'card')) return NONE;
  const roles = saysSeveral(tokens);
  const switches: Switch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const s = switchAt(tokens, i, roles, names);
    if (!s) continue;
    let at = i;
    const floor = switches.length > 0 ? switches[switches.length - 1].end : 0;
    while (at - 1 >= floor && LEAD_INS.has(norm(tokens, at - 1))) at--;
    switches.push({ at, end: s.end, target: s.target });
    i = s.end - 1;
  }
  // A report that opens "casualty two of two" is that casualty's card; the one-card reader leaves the others out.
  const opening = switches[0];
  if (
    opening &&
    norm(tokens, opening.end - 2) === 'of' &&
    'number' in opening.target &&
    (opening.target.number ?? 1) > 1
  )
    return NONE;
  // "I've got Park first, GSW … Other casualty is Grant": what came before "the other one" was the first casualty.
  if (switches[0] && 'other' in switches[0].target && switches[0].at > 0 && saysSomething(tokens, switches[0].at))
    switches.unshift({ at: 0, end: 0, target: { key: '#first' } });
  // Each switch names a casualty: one already introduced, or a new one (order of introduction).
  const keys: string[] = [];
  const owner: number[] = [];
  let current = -1;
  for (const s of switches) {
    const index = casualtyIndex(s.target, keys, current);
    if (index === keys.length) keys.push('key' in s.target ? s.target.key : `#${keys.length + 1}`);
    owner.push(index);
    current = index;
  }
  if (keys.length === 0) return NONE;
  const labels = switches
    .filter((s) => s.end > s.at)
    .map((s) => ({ start: tokens[s.at].start, end: tokens[s.end - 1].end }));
  const calledBy: (string | undefined)[] = keys.map(() => undefined);
  switches.forEach((s, k) => (calledBy[owner[k]] ??= s.end > s.at ? loneName(tokens, s.end) : undefined));
  const split: CasualtySplit = { casualties: keys.map(() => []), preamble: [], shared: [], labels, calledBy };
  const firstAt = switches[0].at;
  if (firstAt > 0) split.preamble.push({ start: 0, end: tokens[firstAt].start });
  const sharedRanges = sharedPhrases(
    tokens,
    switches.map((s) => s.at),
  );
  switches.forEach((s, k) => {
    const start = tokens[s.at].start;
    const end = k + 1 < switches.length ? tokens[switches[k + 1].at].start : text.length;
    split.casualties[owner[k]].push(...cut({ start, end }, sharedRanges));
  });
  split.shared = sharedRanges.filter((r) => r.start >= tokens[firstAt].start);
  return split;
}

/** The index of the casualty a switch names; `keys.length` for a new one. */
function casualtyIndex(target: Target, keys: readonly string[], current: number): number {
  if ('current' in target) return Math.max(current, 0);
  if ('next' in target) return Math.min(current + 1, keys.length);
  // "the other one": of two, the one not being spoken of; otherwise someone new.
  if ('other' in target) return keys.length === 2 && current >= 0 ? 1 - current : keys.length;
  const known = keys.indexOf(target.key);
  if (known >= 0) return known;
  // "back to the first one" after "this guy … the other one": the n-th introduced, unless casualties were numbered ("two of two … one of two").
  const isNumber = (k: string): boolean => /^n\d+$/.test(k);
  const numbered = isNumber(target.key) && keys.some(isNumber);
  return !numbered && target.number !== undefined && target.number - 1 < keys.length ? target.number - 1 : keys.length;
}

/** "Patient 1, Kowalski, …": one capitalized word set off by punctuation right after a label. */
function loneName(tokens: Token[], i: number): string | undefined {
  if (![',', ':', '('].includes(norm(tokens, i))) return undefined;
  const t = tokens[i + 1];
  if (!t || t.kind !== 'word' || t.raw.length < 3 || !/^[A-Z][a-z'-]+$/.test(t.raw) || NOT_NAMES.has(t.norm))
    return undefined;
  return [',', ':', ')', '.', ';'].includes(norm(tokens, i + 2)) ? t.raw : undefined;
}

/** A part with the shared ranges taken out. */
function cut(part: TextPart, shared: readonly TextPart[]): TextPart[] {
  let pieces = [part];
  for (const s of shared) {
    pieces = pieces.flatMap((p) =>
      s.end <= p.start || s.start >= p.end
        ? [p]
        : [
            { start: p.start, end: s.start },
            { start: s.end, end: p.end },
          ].filter((q) => q.end > q.start),
    );
  }
  return pieces;
}

/** A token's normalized word; a number word keeps its spelling ("the other one" is not "the other 1"). */
const norm = (tokens: Token[], i: number): string => {
  const t = tokens[i];
  return t === undefined ? '' : t.kind === 'number' && t.spoken && !t.raw.includes(' ') ? t.raw.toLowerCase() : t.norm;
};
/** The word without a possessive or "is" clitic ("this guy's got", "second guy's pulse"). */
const noun = (tokens: Token[], i: number): string => norm(tokens, i).replace(/'s$/, '');
const isBoundary = (t: Token | undefined): boolean =>
  t === undefined || ['.', ';', '\n', ':', ',', '!', '?', '(', ')'].includes(t.norm);

/** The casualty number a token names: "1", "one", "A", "alpha", or undefined. */
function numberAt(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number' && Number.isInteger(t.value) && t.value! >= 1 && t.value! <= 9) return t.value;
  return Object.hasOwn(LETTERS, t.norm) && (t.norm.length > 1 || t.raw === t.raw.toUpperCase())
    ? LETTERS[t.norm]
    : undefined;
}

function switchAt(
  tokens: Token[],
  i: number,
  roles: boolean,
  names: readonly (string | undefined)[],
): { target: Target; end: number } | null {
  const w = norm(tokens, i);
  const startsPhrase =
    isBoundary(tokens[i - 1]) || ['to', 'the', 'and', 'on', 'so', 'now', 'ok', 'okay'].includes(norm(tokens, i - 1));
  // "Casualty one", "Cas A", "patient number 2", "casualty 1 of 3", "Line 1 casualty".
  if (CASUALTY_NOUNS.has(w)) {
    let j = i + 1;
    if (norm(tokens, j) === 'number' || norm(tokens, j) === '#' || norm(tokens, j) === 'no') j++;
    const n = numberAt(tokens, j);
    if (n !== undefined) {
      const end = norm(tokens, j + 1) === 'of' && numberAt(tokens, j + 2) !== undefined ? j + 3 : j + 1;
      return { target: { key: `n${n}`, number: n }, end };
    }
  }
  if (w === 'line' && numberAt(tokens, i + 1) !== undefined && CASUALTY_NOUNS.has(norm(tokens, i + 2))) {
    const n = numberAt(tokens, i + 1)!;
    return { target: { key: `n${n}`, number: n }, end: i + 3 };
  }
  // A list of casualties: "One: PFC Tran …", "Two: SPC Wolfe …".
  if (
    isBoundary(tokens[i - 1]) &&
    tokens[i]?.spoken &&
    numberAt(tokens, i) !== undefined &&
    norm(tokens, i + 1) === ':'
  ) {
    const n = numberAt(tokens, i)!;
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  // A numbered list once several are said: "#1 CPL Webb: …", "#2 PFC Ngata: …".
  if (roles && w === '#' && isBoundary(tokens[i - 1]) && numberAt(tokens, i + 1) !== undefined) {
    const n = numberAt(tokens, i + 1)!;
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  // A lettered list: "Alpha: Sgt Cole …", "Bravo: Cpl Yates …" (the spelled letter, never a lone "A:").
  if (isBoundary(tokens[i - 1]) && w.length > 1 && Object.hasOwn(LETTERS, w) && norm(tokens, i + 1) === ':') {
    const n = LETTERS[w];
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  // "First casualty", "second guy", "the first one", "First is", "The second, PV2 Moss".
  if (
    Object.hasOwn(ORDINALS, w) &&
    (PERSON_NOUNS.has(noun(tokens, i + 1)) || (norm(tokens, i - 1) === 'the' && norm(tokens, i + 1) === ','))
  ) {
    if (norm(tokens, i + 1) === 'is' && !isBoundary(tokens[i - 1])) return null;
    // "two TQs left thigh, first one 0744 second one 0747": devices counted, not casualties.
    const after = tokens[i + 2];
    if (
      norm(tokens, i + 1) === 'one' &&
      (after?.kind === 'number' || after?.kind === 'clock' || ['at', '@'].includes(after?.norm ?? ''))
    )
      return null;
    const n = ORDINALS[w];
    return { target: { key: `n${n}`, number: n }, end: i + 2 };
  }
  if (w === 'next' && ['patient', 'casualty', 'pt', 'guy', 'one'].includes(noun(tokens, i + 1)))
    return { target: { next: true }, end: i + 2 };
  if (w === 'this' && noun(tokens, i + 1) === 'guy') return { target: { current: true }, end: i + 2 };
  // "My guy's got a tension pneumo … the other one … my guy is urgent": always the same one.
  if (w === 'my' && ['guy', 'patient', 'casualty'].includes(noun(tokens, i + 1)))
    return { target: { key: 'mine' }, end: i + 2 };
  // "the other one", and "Other casualty is …" opening a sentence.
  if (
    w === 'other' &&
    (norm(tokens, i - 1) === 'the' || isBoundary(tokens[i - 1])) &&
    ['one', 'guy', 'casualty', 'patient'].includes(noun(tokens, i + 1))
  )
    return { target: { other: true }, end: i + 2 };
  if (roles && ROLES.has(w) && (norm(tokens, i - 1) === 'the' || isBoundary(tokens[i - 1])))
    return { target: { key: `role:${w}` }, end: i + 1 };
  // A casualty already named: "Back to Lopez", "Young urgent, Torres routine".
  // Capitalized, or lower case after "back to" (a recogniser prints no capitals).
  const back = norm(tokens, i - 1) === 'back' || (norm(tokens, i - 1) === 'to' && norm(tokens, i - 2) === 'back');
  const named = names.findIndex(
    (n) => n !== undefined && n === w && (back || tokens[i].raw[0] !== tokens[i].raw[0].toLowerCase()),
  );
  if (named >= 0 && (startsPhrase || norm(tokens, i - 1) === 'back'))
    return { target: { key: `name:${w}`, number: named + 1 }, end: i + 1 };
  return null;
}

/** True when the words before token `to` hold more than a few words of their own (not a lone "Okay, so"). */
function saysSomething(tokens: Token[], to: number): boolean {
  return tokens.slice(0, to).filter((t) => t.kind !== 'punct').length > 4;
}

/** True when the narrative says it covers several casualties ("I've got two", "two casualties"). */
function saysSeveral(tokens: Token[]): boolean {
  return tokens.some(
    (t, i) =>
      t.kind === 'number' &&
      t.value! >= 2 &&
      t.value! <= 9 &&
      (COUNT_NOUNS.has(norm(tokens, i + 1)) || (norm(tokens, i - 1) === 'got' && isBoundary(tokens[i + 1]))),
  );
}

/** Phrases said of every casualty: the phrase from "both"/"all" to its end, or the whole phrase ending "for both". */
function sharedPhrases(tokens: Token[], switchStarts: readonly number[]): TextPart[] {
  const out: TextPart[] = [];
  const switchAtToken = new Set(switchStarts);
  for (let i = 0; i < tokens.length; i++) {
    const w = norm(tokens, i);
    if ((w !== 'both' && w !== 'all') || PAIRED_PARTS.has(norm(tokens, i + 1))) continue;
    let end = i + 1;
    // Unpunctuated speech: the phrase also ends where the next casualty starts ("both hit by the blast first one …").
    while (end < tokens.length && !isBoundary(tokens[end]) && !switchAtToken.has(end)) end++;
    let start = i;
    // "… for both." and "time of injury for both 2240": the whole phrase is said of each.
    if ((isBoundary(tokens[i + 1]) && ['to', 'of'].includes(norm(tokens, i - 1))) || norm(tokens, i - 1) === 'for')
      while (start > 0 && !isBoundary(tokens[start - 1])) start--;
    // The full stop goes with the phrase, so it is said once for each casualty.
    const last = ['.', ';', '!'].includes(norm(tokens, end)) ? end : end - 1;
    out.push({ start: tokens[start].start, end: tokens[last].end });
    i = end;
  }
  return out;
}
