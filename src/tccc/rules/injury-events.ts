/**
 * The words of an injuring event and the phrases that go on telling it: the time-of-injury reader takes a time
 * said in the event's phrase as when it happened, and one said after a word of later care as not.
 */
import { readClock } from '../text/clock.js';
import { mentionAt } from './attributes.js';
import type { Doc } from './document.js';
import type { Token } from '../text/tokenize.js';
import { tagOf } from './matcher.js';
import { LIMB_CODES } from './lexicon/body.js';

/**
 * Words of the injuring event (besides the mechanisms the lexicon names: "IED", "mortar", "GSW"); a time said
 * in the event's phrase, before anything else is named, is when it happened.
 */
export const EVENT_WORDS = new Set([
  'hit',
  'hurt',
  'injured',
  'wounded',
  'wia', // wounded in action, as a report counts them ("All 4 WIA at approx 2215")
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
  // Said short ("det was zero six fifteen"); as a unit's detachment ("Det 1") it is before no clock time.
  'det',
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
  // A vehicle turned over ("the Humvee that flipped in the training area at 0950").
  'flipped',
  'overturned',
  'collided',
  // A round glancing off something into the casualty ("ricochet off the steel target, 1102").
  'ricochet',
  'ricocheted',
  // Held under a weight ("pinned when the wall came down on her at 0930").
  'pinned',
  'trapped',
  'crushed',
  // The event named as a whole ("fast-rope mishap at 0215", "range accident at 1410").
  'mishap',
  'accident',
  // A burst of fire ("both off that PKM burst, 1120").
  'burst',
  // A fire that burned the casualty ("generator fire in the motor pool around sixteen oh five", "tent fire, 0310"); a
  // unit taking fire at a time is hurt by it as well.
  'fire',
  // The event named by what the enemy or a weapon did ("from the ambush at one eight five five", "insider attack at
  // the range, fifteen forty", "negligent discharge at 1017"), or what a vehicle or a building did ("convoy
  // collision at 0512", "collapse at 0930").
  'ambush',
  'attack',
  'discharge',
  'collision',
  'collapse',
  // Flung by the event ("thrown from the ATV at approx 0415"), or a craft coming down hard ("hard landing at the HLZ, 0207").
  'thrown',
  'landing',
]);
/** How an explosive was set off, said as a phrase after it ("IED, pressure plate, 0458", "IED, command wire"). */
const TRIGGERS = [
  ['pressure', 'plate'],
  ['command', 'wire'],
  ['command', 'detonated'],
  ['remote', 'detonated'],
  ['radio', 'controlled'],
  ['victim', 'operated'],
  ['tripwire'],
  ['trip', 'wire'],
];
/**
 * The end of the words of how an explosive was set off that start at `j` ("pressure plate", "pressure-plate"), or -1:
 * they name the event's kind, and "pressure" there is no blood pressure.
 */
export function triggerEnd(doc: Doc, j: number): number {
  for (const words of TRIGGERS) {
    let k = j;
    for (const [n, w] of words.entries()) {
      if (n > 0 && doc.tokens[k]?.norm === '-') k++;
      if (doc.tokens[k]?.norm !== w) break;
      k++;
      if (n === words.length - 1) return k;
    }
  }
  return -1;
}
/** Words that make a time or an extent approximate ("about 1420", "roughly six meters", "~0120"). */
export const APPROXIMATELY = ['about', 'around', 'approx', 'approximately', 'roughly', '~'];
/** Words that may stand right before the time ("at about 1420", "around oh nine hundred", "~0120"). */
export const HEDGES = new Set([
  'at',
  '@',
  ...APPROXIMATELY,
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
/** "the same IED on the south road, it blew at 0915": what an explosive did, said of it again. */
const BLEW = 'blew';
/**
 * How a weapon came, opening a phrase set off after the event ("a grenade, thrown over the wall at 2105"). Not
 * "fired": the casualty may be the one who fired ("shot in the leg, fired back at 0410").
 */
const WEAPON_PARTICIPLES = new Set(['thrown', 'lobbed', 'launched']);
/** Verbs of whoever the time is heard from, before it is said ("she thinks it was around ten fifteen"). */
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
  // How the casualty set the mine off ("At 0715 the patient stepped on an anti-personnel mine", "At 0940 the
  // point man triggered a tripwire IED").
  'stepped',
  'initiated',
  // What set a fire off ("burned when a fuel can flashed over at 1410"); no event word alone ("the IV flashed").
  'flashed',
  'triggered',
  'tripped',
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

/** Most tokens of a vehicle's type ("M-ATV", "MRAP", "HMMWV"). */
const VEHICLE_TYPE_MAX = 3;

/**
 * True when the chunk at `j` is only a vehicle's type in capitals ("M-ATV", "LMTV"), a mention of nothing: the
 * vehicle of the event, not a place on the body or a piece of care (those are mentions or limb codes).
 */
function namesVehicleType(doc: Doc, j: number): boolean {
  // The chunk ends on its comma.
  const end = doc.chunkEnd[j] - 1;
  if (end <= j || end - j > VEHICLE_TYPE_MAX || doc.tokens[end].norm !== ',') return false;
  for (let k = j; k < end; k++) {
    const t = doc.tokens[k];
    if (doc.mentionIndex[k] >= 0 || Object.hasOwn(LIMB_CODES, t.norm)) return false;
    if (t.norm !== '-' && !/^[A-Z][A-Z0-9]+$|^[A-Z]$/.test(t.raw)) return false;
  }
  return /[A-Z]{2}/.test(
    doc.tokens
      .slice(j, end)
      .map((t) => t.raw)
      .join(''),
  );
}

/** Units a fall's height or a throw's distance is said in ("maybe six meters", "~5 m"). */
const EXTENT_UNITS = new Set(['m', 'meter', 'meters', 'metre', 'metres', 'ft', 'foot', 'feet', 'yards']);
/** The word of what collided with what ("LMTV vs civilian truck", "car versus pedestrian"). */
const VERSUS = new Set(['vs', 'vs.', 'versus', 'v.']);
/** Hedges before an extent ("maybe six meters", "about three meters onto concrete"). */
const EXTENT_HEDGES = new Set(['maybe', ...APPROXIMATELY, 'some']);
/** What a casualty took that is the hit itself ("took it at 0844", "took one right about 1510"). */
const TAKEN = new Set(['it', 'one']);
/** Words that give the speaker's own estimate of the time before it ("call it", "I'd say", "I would say"). */
const ESTIMATES = [
  ['call', 'it'],
  ["i'd", 'say'],
  ['i', 'would', 'say'],
  ["i'd", 'guess'],
  ['i', 'guess'],
];

/** The token after an estimate's words at `k` ("call it 1420": the clock), else `k`. */
function pastEstimate(t: Token[], k: number): number {
  const words = ESTIMATES.find((w) => w.every((n, d) => t[k + d]?.norm === n));
  return words ? k + words.length : k;
}

/** The most words naming who the time is heard from ("mother says", "his team leader thinks"). */
const SPEAKER_WORDS = 3;

/** How a chunk after the event's own phrase goes on telling it, or null when it tells something else. */
export interface EventContinuation {
  /** True when the chunk is the event's own (how the weapon came, how far the fall was): the event's reach holds. */
  keepsReach: boolean;
  /** Otherwise the token the time's reach is counted from (past who the time is heard from). */
  from: number;
  /** The end of words that name the event's own kind, read as no sign or care ("pressure plate" is no BP). */
  through?: number;
}

/**
 * How the chunk starting at `j` continues the event: its time said apart, the event told on ("thrown over the wall",
 * "about three meters onto concrete") or spoken of again ("that was at 1350", "went off at 2045", "the mother says
 * it was around ten fifteen"). Null when it tells something else.
 */
export function continuesEvent(doc: Doc, j: number): EventContinuation | null {
  const t = doc.tokens;
  // "rolled down the embankment, uh, around eleven hundred": the filler dropped leaves a chunk of a lone comma.
  while (t[j]?.norm === ',') j++;
  // "Novak's hit — took it right at oh-eight forty-four": the hit said again as what the casualty took.
  let k = t[j]?.norm === 'took' && TAKEN.has(t[j + 1]?.raw.toLowerCase() ?? '') ? j + 2 : j;
  while (HEDGES.has(t[k]?.norm ?? '')) k++;
  // "RPG strike on his vehicle, time wun six wun zero": a radio report gives the event's time after the word "time".
  if (t[k]?.norm === 'time' && readClock(t, k + 1)) k++;
  // "took the round a couple of minutes before I got to him, call it fourteen twenty", "I'd say fourteen fifty".
  k = pastEstimate(t, k);
  while (HEDGES.has(t[k]?.norm ?? '')) k++;
  if (readClock(t, k)) return { keepsReach: false, from: j };
  // "hit by a grenade, thrown over the wall at 2105": a phrase that opens on how the weapon came still tells the event.
  if (WEAPON_PARTICIPLES.has(t[j]?.norm ?? '')) return { keepsReach: true, from: j };
  // "came off the ledge, maybe six meters, about twelve forty": how far the fall was is the event's own.
  k = j;
  while (EXTENT_HEDGES.has(t[k]?.norm ?? '')) k++;
  if (t[k]?.kind === 'number' && EXTENT_UNITS.has(t[k + 1]?.norm ?? '')) return { keepsReach: true, from: j };
  // "MVC, Humvee vs fuel truck, 2215": what ran into what is the collision's own.
  if (VERSUS.has(t[j + 1]?.norm ?? '') || VERSUS.has(t[j + 2]?.norm ?? '')) return { keepsReach: true, from: j };
  // "rollover, M-ATV, at 0335": the vehicle named by its type, in capitals, is the event's own.
  if (namesVehicleType(doc, j)) return { keepsReach: true, from: j };
  // "hit by an IED, an EFP, right side, at 0650": the weapon named again, or the side of the vehicle it struck.
  const weapon = mentionAt(doc, j + 1);
  const named =
    ['a', 'an'].includes(t[j]?.norm ?? '') && weapon !== undefined && tagOf(weapon, 'mechanism') !== undefined;
  if (named || (t[j + 1]?.norm === 'side' && ['left', 'right', "driver's", 'passenger'].includes(t[j]?.norm ?? '')))
    return { keepsReach: true, from: j };
  // "IED, pressure plate, 0458": how the explosive was set off is the event's own.
  const trigger = triggerEnd(doc, j);
  if (trigger > 0) return { keepsReach: true, from: j, through: trigger };
  // "grenade came over the wall, went off at 1730": what the weapon did, its subject left unsaid.
  if ((t[j]?.norm === WENT && t[j + 1]?.norm === 'off') || EVENT_WORDS.has(t[j]?.norm ?? ''))
    return { keepsReach: false, from: j };
  k = j;
  // "the wrecker rolled back, and that was at 0952": a clause joined by "and" refers back as one set off alone does.
  if (t[k]?.norm === 'and' && BACK_REFERENCES.has(t[k + 1]?.norm ?? '')) k++;
  // Whoever the time is heard from, a pronoun or a few words naming a person ("his mother says it was").
  const belief = t.slice(j, j + SPEAKER_WORDS + 1).findIndex((w) => BELIEF_VERBS.has(w.norm));
  // A unit's number may name the one heard from ("Role 1 says").
  const speaker = (w: Token, n: number): boolean =>
    (w.kind === 'word' && !BACK_REFERENCES.has(w.norm)) || (n > 0 && w.kind === 'number');
  if (belief > 0 && t.slice(j, j + belief).every(speaker)) k = j + belief + 1;
  // "when the RPG hit, Role 1 says about 0340": the time itself said after whoever it is heard from.
  if (k > j) {
    let h = k;
    while (HEDGES.has(t[h]?.norm ?? '')) h++;
    if (readClock(t, h)) return { keepsReach: false, from: k };
  }
  const verb = t[k + 1]?.norm ?? '';
  const refers =
    BACK_REFERENCES.has(t[k]?.norm ?? '') &&
    (REFERENCE_VERBS.has(verb) || verb === WENT || verb === BLEW || EVENT_WORDS.has(verb));
  return refers ? { keepsReach: false, from: k } : null;
}
