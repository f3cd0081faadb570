/**
 * Casualties of an attack on a base known by the building or bunker where the sweep found them, each paragraph
 * headed by its place: "Hut 4. Frag to the L thigh … The chapel. Female, frag R forearm … Bunker 2. Twisted his
 * ankle running in." Once two lines or more open with different places, each such line opens the casualty found
 * there; not a line opening with where something was done ("At the gate, TQ …"), nor after a casualty named or
 * wounded before the first. A place said within a line ("In bunker 3: HR 118") is where the one spoken of was carried,
 * no one else; a heading that names another headed place in brackets ("Bunker 5 (the CHU 9 pt):") turns back to
 * the one found there. A category said after a headed place ("Evac: hut 4 urgent surgical, chapel priority") is the
 * category of the one found there, the place said in full or by its last words ("Tent 3" of "Aid tent 3").
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { opensSentence } from './sentence-ends.js';
import { opensLine } from './switch-openings.js';
import type { TriageList } from './switch-triage-lists.js';
import { norm, type SwitchFound } from './switch-words.js';
import { triageItem } from './triage-items.js';

/** The buildings, shelters and yards of a base a casualty is found in. */
const PLACES = new Set([
  'hut',
  'gym',
  'bunker',
  'tower',
  'pool',
  'motorpool',
  'dfac',
  'toc',
  'chu',
  'tent',
  'barracks',
  'latrine',
  'latrines',
  'shower',
  'showers',
  'chapel',
  'hangar',
  'conex',
  'connex',
  'building',
  'bldg',
  'laundry',
  'px',
  'warehouse',
  'ecp',
  'gate',
]);
/** Most words a place's name runs to before its noun ("Aid tent", "Q-hut", "the motor pool"). */
const MAX_BEFORE = 2;
/** What sets a heading place off from what is said of the one found there. */
const SET_OFF = new Set(['.', ':', ',', '(', '-']);
/** Words that make a place where something was done, not a place's name ("At the gate, TQ R thigh"). */
const NOT_NAME = new Set(['at', 'in', 'into', 'to', 'from', 'on', 'back', 'by', 'near', 'outside', 'inside', 'toward']);
/** Words that tell a casualty already named or wounded before any place heads a line. */
const SAID_OF_ONE = new Set([...RANK_WORDS, 'gsw', 'frag', 'shrapnel', 'amputation', 'laceration']);

/** The place named at token `i` ("Hut 4", "the chapel", "CHU 9"): its words as a key and the token after them. */
function placeAt(tokens: Token[], i: number): { key: string; end: number } | undefined {
  const from = norm(tokens, i) === 'the' ? i + 1 : i;
  for (let k = from; k <= from + MAX_BEFORE; k++) {
    const t = tokens[k];
    if (!t || (t.kind !== 'word' && norm(tokens, k) !== '-') || NOT_NAME.has(t.norm)) return undefined;
    if (!PLACES.has(t.norm)) continue;
    // "Bunker 2", "Hut 4", "Aid tent three": a number telling it from others of its kind.
    const end = tokens[k + 1]?.kind === 'number' ? k + 2 : k + 1;
    const words = tokens.slice(from, end).filter((w) => w.norm !== '-');
    return { key: words.map((w) => w.norm).join(' '), end };
  }
  return undefined;
}

/** The place heading a line at token `i`, set off from what follows. */
function headingAt(tokens: Token[], i: number): { key: string; end: number } | undefined {
  if (!opensLine(tokens, i)) return undefined;
  const place = placeAt(tokens, i);
  return place && SET_OFF.has(norm(tokens, place.end)) ? place : undefined;
}

const placesOf = new WeakMap<Token[], readonly string[]>();

/**
 * The places that head lines, once per narrative; none unless two or more, and none when the words before the first
 * already name or wound a casualty ("PFC Moss, frag R calf.\nTent 3: TQ …": where one casualty was treated).
 */
function headedPlaces(tokens: Token[]): readonly string[] {
  let places = placesOf.get(tokens);
  if (!places) {
    const found = new Set<string>();
    let first = -1;
    tokens.forEach((_, i) => {
      const heading = headingAt(tokens, i);
      if (heading) found.add(heading.key);
      if (heading && first < 0) first = i;
    });
    const saidOfOne = tokens.slice(0, Math.max(first, 0)).some((t) => SAID_OF_ONE.has(t.norm));
    places = found.size >= 2 && !saidOfOne ? [...found] : [];
    placesOf.set(tokens, places);
  }
  return places;
}

/** A headed place other than `key` named within the brackets at token `i` ("(the CHU 9 pt)"). */
function bracketedPlace(tokens: Token[], i: number, key: string, places: readonly string[]): string | undefined {
  if (norm(tokens, i) !== '(') return undefined;
  for (let k = i + 1; k < tokens.length && norm(tokens, k) !== ')' && norm(tokens, k) !== '\n'; k++) {
    const place = placeAt(tokens, k);
    if (place && place.key !== key && places.includes(place.key)) return place.key;
  }
  return undefined;
}

/** The switch at token `i` to the casualty found at the place heading its line; else null. */
export function placeSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  const heading = headingAt(tokens, i);
  if (!heading) return null;
  const places = headedPlaces(tokens);
  if (!places.includes(heading.key)) return null;
  const key = bracketedPlace(tokens, heading.end, heading.key, places) ?? heading.key;
  return { target: { key: `place:${key}` }, end: heading.end };
}

/** What may stand between a place and its category ("gym urgent", "TOC: priority", "bunker 3 - routine"). */
const BEFORE_CATEGORY = new Set([':', '-', 'is']);

/**
 * The categories said after headed places, each opening a sentence or an item of a list ("Evac: hut 4 urgent
 * surgical, chapel priority, the one who fell routine"), where the narrative's casualties are keyed `keys`.
 */
export function placeTriages(tokens: Token[], keys: readonly string[]): TriageList[] {
  const places = keys.filter((k) => k.startsWith('place:')).map((k) => k.slice('place:'.length));
  if (places.length < 2) return [];
  const found: TriageList[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensSentence(tokens, i) && ![',', ':', ';'].includes(norm(tokens, i - 1))) continue;
    const place = placeAt(tokens, i);
    // Said in full or by its last words, of one headed place only.
    const of = place ? places.filter((p) => p === place.key || p.endsWith(` ${place.key}`)) : [];
    if (!place || of.length !== 1) continue;
    const item = triageItem(tokens, i, place.end, BEFORE_CATEGORY, `place:${of[0]}`);
    if (item) found.push(item.list);
  }
  return found;
}
