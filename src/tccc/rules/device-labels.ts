/** Device words that are not devices where they stand: labels of a line of the card, the weather. */
import type { Doc } from './document.js';
import { tagOf } from './matcher.js';
import { nextThingStart } from './attributes.js';
import { ARTICLES } from '../text/number-words.js';
import { shieldsASide } from './eye-shields.js';

/**
 * A device word used as a label: "Cat: routine" (the evacuation category, not a CAT tourniquet), or "TQ: SAM
 * junctional tourniquet R groin" (a heading, the device said after it).
 */
function isLabel(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const gap = doc.tokens[m.end]?.norm;
  if (gap !== ':' && gap !== '-') return false;
  // "Cat: routine", "Cats: Alvarez urgent surg, Moss priority": the categories said after the label.
  if (gap === ':' && ['cat', 'cats'].includes(doc.tokens[m.start].norm) && evacFollows(doc, k)) return true;
  let n = m.end + 1;
  // "TQ: SAM junctional tourniquet": a brand word may come before the device it names.
  if (doc.mentionIndex[n] < 0 && doc.tokens[n]?.kind === 'word' && /^[A-Z]+$/.test(doc.tokens[n].raw)) n++;
  const next = doc.mentionIndex[n] ?? -1;
  if (next < 0) return false;
  if (m.end - m.start === 1 && doc.tokens[m.start].norm === 'cat' && tagOf(doc.mentions[next], 'evac')) return true;
  return gap === ':' && tagOf(doc.mentions[next], 'intervention') !== undefined;
}

/** True when an evacuation category is said after mention `k` in its sentence. */
function evacFollows(doc: Doc, k: number): boolean {
  const end = doc.sentenceEnd[doc.mentions[k].start];
  for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < end; j++)
    if (tagOf(doc.mentions[j], 'evac')) return true;
  return false;
}

/** Words that make the device after them the landmark another is placed by ("proximal to the ground TQ"). */
const LANDMARK_WORDS = new Set(['proximal', 'distal', 'above', 'below']);
/** Words that may stand between such a word and the device ("proximal to the first", "above his ground"). */
const LANDMARK_FILLERS = new Set(['to', 'the', 'his', 'her', 'first', 'ground', 'old', 'existing', 'other']);

/**
 * True when the device at mention `k` is only where another is placed ("second TQ applied proximal to ground TQ",
 * "a CAT just below the junctional"): it names one already counted, not a new one.
 */
function isLandmark(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  for (let i = m.start - 1; i >= 0 && i >= m.start - 4 && doc.chunk[i] === doc.chunk[m.start]; i--) {
    const w = doc.tokens[i].norm;
    if (LANDMARK_WORDS.has(w)) return true;
    if (!LANDMARK_FILLERS.has(w)) return false;
  }
  return false;
}

/** Words by which a casualty is out in weather ("caught in a blizzard", "through the blizzard", "during a blizzard"). */
const OUT_IN = new Set(['in', 'into', 'through', 'during', 'amid', 'despite']);
/** Verbs that put a casualty into the wrap ("wrapping him in the Blizzard", "tucked her into a Blizzard"). */
const PUT_IN = new Set([
  'wrap',
  'wrapped',
  'wrapping',
  'put',
  'putting',
  'placed',
  'tucked',
  'zipped',
  'bundled',
  'rolled',
]);
/** What weather does, said of it ("a blizzard blew in", "the blizzard hit at 0300"). */
const WEATHER_VERBS = new Set(['blew', 'blowing', 'hit', 'raged', 'raging', 'swept', 'struck', 'set']);
/** What the brand names when said before it ("blizzard bags", "blizzard blankets"). */
const KIT_NOUNS = new Set(['bag', 'bags', 'blanket', 'blankets', 'wrap', 'wraps']);
/** How many words may stand between such a verb and the word by which the wrap is gone into ("wrapped him up in"). */
const PUT_IN_REACH = 4;

/**
 * True when the brand word "Blizzard" alone at mention `k` is the weather: gone through or caught in with no one put
 * in it ("got caught in a blizzard on the ridge"), or doing what weather does ("a blizzard blew in"). Put on or round
 * a casualty ("Blizzard on the driver", "got a Blizzard round him", "wrapping him in the Blizzard") it is the wrap.
 */
function isWeather(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (m.end - m.start !== 1 || doc.tokens[m.start].norm !== 'blizzard') return false;
  // "all three in blizzard bags": the kit said of several, its noun read on its own.
  if (KIT_NOUNS.has(doc.tokens[m.end]?.norm ?? '')) return false;
  let p = m.start - 1;
  const article = ARTICLES.has(doc.tokens[p]?.norm ?? '');
  if (article) p--;
  if (article && WEATHER_VERBS.has(doc.tokens[m.end]?.norm ?? '')) return true;
  if (p < 0 || !OUT_IN.has(doc.tokens[p].norm)) return false;
  for (let i = p - 1; i >= 0 && i >= p - PUT_IN_REACH && doc.chunk[i] === doc.chunk[p]; i--)
    if (PUT_IN.has(doc.tokens[i].norm)) return false;
  return true;
}

/** Airway devices through which another device's oxygen or air is given. */
const AIRWAYS = new Set(['cric', 'et_tube', 'sga', 'npa']);
/** Words that say what is given goes by way of the device after them ("O2 on the cric", "via the ET tube"). */
const BY_WAY_OF = new Set(['on', 'through', 'thru', 'via', 'into', 'to']);
/** Words that may stand between such a word and the airway ("on the cric", "through his tube"). */
const AIRWAY_FILLERS = new Set(['the', 'his', 'her', 'their']);

/** Words of bagging a casualty through an airway ("BVM on the cric", "bagging via the tube"). */
const BAGGING = new Set(['bvm', 'bagging', 'bagged', 'ventilating', 'ventilated']);

/**
 * True when the airway at mention `k` is only the way oxygen just named goes in ("oxygen on the cric fifteen liters",
 * "O2 at 10 L via the ET tube"), or the way a casualty is bagged through one named before ("Cric 2210. 2216 BVM on the
 * cric"): the airway already placed, not a second one.
 */
function isOxygenWay(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  const airway = tagOf(m, 'intervention');
  if (!airway || !AIRWAYS.has(airway.value)) return false;
  let i = m.start - 1;
  while (i >= 0 && AIRWAY_FILLERS.has(doc.tokens[i].norm)) i--;
  if (i < 0 || !BY_WAY_OF.has(doc.tokens[i].norm)) return false;
  const prev = doc.mentions[k - 1];
  const bagged = BAGGING.has(doc.tokens[i - 1]?.norm ?? '');
  if (bagged && doc.mentions.slice(0, k).some((b) => tagOf(b, 'intervention')?.value === airway.value)) return true;
  return (
    prev !== undefined &&
    tagOf(prev, 'intervention')?.value === 'oxygen' &&
    i - prev.end <= 3 &&
    doc.sentence[prev.start] === doc.sentence[m.start]
  );
}

/**
 * Where the time said after device `k` may reach: the next thing, past an airway its oxygen goes by ("on the cric"),
 * and past a device joined right to it, the two one act ("hemostatic gauze + pressure dsg 0145": both at 0145).
 */
export function timeReach(doc: Doc, k: number): number {
  const next = nextThingStart(doc, k);
  const j = doc.mentionIndex[next] ?? -1;
  if (j > k && isOxygenWay(doc, j)) return nextThingStart(doc, j);
  return j > k && joinedDevice(doc, k, j) ? timeReach(doc, j) : next;
}

/** Signs that join two devices put on as one act, with nothing else between them ("and" may join two acts). */
const DEVICE_JOINS = new Set(['+', '&']);

/** True when device `j` follows device `k` with only a join between ("Combat Gauze + pressure dsg"). */
const joinedDevice = (doc: Doc, k: number, j: number): boolean =>
  doc.mentions[j] !== undefined &&
  doc.mentions[j].start === doc.mentions[k].end + 1 &&
  DEVICE_JOINS.has(doc.tokens[doc.mentions[k].end].norm) &&
  tagOf(doc.mentions[k], 'intervention') !== undefined &&
  tagOf(doc.mentions[j], 'intervention') !== undefined;

/** Words that may stand between "after" or "since" and the device it points back at ("after the TQ"). */
const BACK_DETERMINERS = new Set(['the', 'his', 'her', 'that', 'their']);

/**
 * "no distal pulse after TQ (expected)", "pain's better since the splint.": a device named after "after" or "since"
 * and ending its clause is the one already on, spoken of, not put on again; so it borrows no place from the words
 * around it ("L foot" is where the pulse was felt). "after TQ applied" says the act itself and is read so.
 */
export function pointsBackAfter(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  let i = m.start - 1;
  if (BACK_DETERMINERS.has(doc.tokens[i]?.norm ?? '')) i--;
  if (!['after', 'since'].includes(doc.tokens[i]?.norm ?? '')) return false;
  const next = doc.tokens[m.end];
  return !next || (next.kind === 'punct' && next.norm !== ':') || doc.sentence[m.end] !== doc.sentence[m.start];
}

/** True when the time read for device `k` is said past the device joined to it, so is that one's too ("gauze + dsg 0145"). */
export function timeOfJoined(doc: Doc, k: number, time: { start: number }): boolean {
  const next = nextThingStart(doc, k);
  const j = doc.mentionIndex[next] ?? -1;
  return j > k && time.start >= next && joinedDevice(doc, k, j);
}

/**
 * True when device mention `k` names no device placed where it stands: a label of the card's ("Cat: routine"), a
 * landmark ("above the TQ"), the way oxygen goes ("O2 via the ET tube"), the weather ("caught in a blizzard"), or a
 * shield held over a casualty's side ("placed his shield over the left side").
 */
export const namesNoDevice = (doc: Doc, k: number): boolean =>
  isLabel(doc, k) || isLandmark(doc, k) || isOxygenWay(doc, k) || isWeather(doc, k) || shieldsASide(doc, k);
