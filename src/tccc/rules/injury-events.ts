/**
 * The words of an injuring event and the phrases that go on telling it: the time-of-injury reader takes a time
 * said in the event's phrase as when it happened, and one said after a word of later care as not.
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';

/**
 * Words of the injuring event (besides the mechanisms the lexicon names: "IED", "mortar", "GSW"); a time said
 * in the event's phrase, before anything else is named, is when it happened.
 */
export const EVENT_WORDS = new Set([
  'hit',
  'hurt',
  'injured',
  'wounded',
  // "gunshot wound to the left forearm sustained at 1020"
  'sustained',
  'struck',
  'shot',
  'burned',
  'burnt',
  'blast',
  'explosion',
  'exploded',
  'detonated',
  'detonation',
  'impact',
  'impacted',
  'landed',
  'landmine',
  'rollover',
  'rolled',
  'crashed',
  'crash',
  'collapsed',
  'caught',
  'fell',
  'grenade',
  'mortar',
]);
/** Words that may stand right before the time ("at about 1420", "around oh nine hundred", "~0120"). */
export const HEDGES = new Set([
  'at',
  '@',
  'about',
  'around',
  'approx',
  'approximately',
  'roughly',
  '~',
  'or',
  'so',
  'near',
  // "got hit right about nine fifty-five"
  'right',
]);
const BACK_REFERENCES = new Set(['that', 'this', 'which', 'it']);
const REFERENCE_VERBS = new Set(['was', 'happened', 'occurred']);
/** "it went off at 2045": what an explosive or a vehicle did, said of the event again. */
const WENT = 'went';
/**
 * How a weapon came, opening a phrase set off after the event ("a grenade, thrown over the wall at 2105"). Not
 * "fired": the casualty may be the one who fired ("shot in the leg, fired back at 0410").
 */
export const WEAPON_PARTICIPLES = new Set(['thrown', 'lobbed', 'launched']);
/** Who the time is heard from, before it is said ("she thinks it was around ten fifteen"). */
const SPEAKERS = new Set(['he', 'she', 'i', 'they', 'we']);
const BELIEF_VERBS = new Set([
  'thinks',
  'think',
  'says',
  'said',
  'reckons',
  'reckon',
  'believes',
  'believe',
  'guesses',
]);

/** Participles of what was done after the event ("found", "seen"), which do not end in "-ed". */
const LATER_PARTICIPLES = new Set(['found', 'seen', 'given', 'taken', 'brought', 'put', 'done']);
/** Words ending in "-ed" that still speak of the event or its time. */
const EVENT_PARTICIPLES = new Set([
  'estimated',
  'reported',
  'bleed',
  'speed',
  // What the casualty was doing when hurt ("0440L dismounted IED strike", "mounted patrol").
  'dismounted',
  'mounted',
]);

/**
 * True for a word saying something was done after the event ("GSW chest noted at 1400", "dressed at 1400",
 * "treated at 1400"): a past participle that is not a word of the event itself. Its time is not the injury's.
 */
export function isLaterAct(word: string): boolean {
  if (LATER_PARTICIPLES.has(word)) return true;
  return (
    word.length > 4 &&
    word.endsWith('ed') &&
    !EVENT_WORDS.has(word) &&
    !WEAPON_PARTICIPLES.has(word) &&
    !REFERENCE_VERBS.has(word) &&
    !EVENT_PARTICIPLES.has(word)
  );
}

/**
 * True when the chunk starting at `j` is the event's time said apart, or speaks of the event again ("that was at
 * 1350", "it went off at 2045", "she thinks it was around ten fifteen").
 */
export function continuesEvent(doc: Doc, j: number): boolean {
  const t = doc.tokens;
  // "rolled down the embankment, uh, around eleven hundred": the filler dropped leaves a chunk of a lone comma.
  while (t[j]?.norm === ',') j++;
  let k = j;
  while (HEDGES.has(t[k]?.norm ?? '')) k++;
  if (readClock(t, k)) return true;
  // "hit by a grenade, thrown over the wall at 2105": a phrase that opens on how the weapon came still tells the event.
  if (WEAPON_PARTICIPLES.has(t[j]?.norm ?? '')) return true;
  k = j;
  if (SPEAKERS.has(t[k]?.norm ?? '') && BELIEF_VERBS.has(t[k + 1]?.norm ?? '')) k += 2;
  const verb = t[k + 1]?.norm ?? '';
  return BACK_REFERENCES.has(t[k]?.norm ?? '') && (REFERENCE_VERBS.has(verb) || verb === WENT || EVENT_WORDS.has(verb));
}
