/**
 * Verbs that tell an injuring event itself, where a past participle would otherwise be read as care given after it
 * (time-of-injury.ts): how the event began, where a vehicle came to rest, a rider coming off the vehicle.
 */
import { ONE_WORD_VEHICLES } from './crashes.js';
import type { Doc } from './document.js';
import { isLaterAct } from './injury-events.js';
import { mentionAt } from './attributes.js';
import { tagOf } from './matcher.js';
import { sentenceStart } from './sentence-ends.js';

/** Rounds coming in together, each an event that may hurt ("0441 - first volley", "the second barrage"). */
const INCOMING = new Set(['volley', 'volleys', 'salvo', 'salvos', 'barrage']);
/** What warns of rounds before they land ("At 0135 the siren went for a second salvo"). */
const WARNINGS = new Set(['siren', 'sirens', 'alarm', 'alarms', 'klaxon', 'horn']);

/**
 * True when token `i` tells rounds coming in, as an event that may hurt; not when the sentence says only that a
 * siren or alarm went for them ("At 0135 the siren went for a second salvo, so we carried her out"): that is
 * when the medic moved someone already hurt, no time of injury.
 */
export function incomingAt(doc: Doc, i: number): boolean {
  if (!INCOMING.has(doc.tokens[i].norm)) return false;
  // "Sirens going, first salvo at 0210": the warning said beside the salvo, not for it, leaves it an event.
  const from = sentenceStart(doc, i);
  const warned = doc.tokens.slice(from, i).findIndex((t) => WARNINGS.has(t.norm));
  return warned < 0 || !doc.tokens.slice(from + warned, i).some((t) => t.norm === 'for');
}

/** Who a sentence says was hurt when it says no one was ("nobody new hit", "no one else was hurt", "none injured"). */
const NO_ONE = new Set(['nobody', 'noone', 'none']);
/** What no one was ("nobody hit", "no one else was hurt"). */
const HURT = new Set(['hit', 'hurt', 'injured', 'wounded', 'struck', 'shot']);
/** Words between that subject and what no one was ("no one was hurt", "nobody new hit"). */
const NO_ONE_REACH = 3;
/**
 * Words that turn a sentence to another event ("no one hit at first, then a second IED caught Ruiz", "nobody hurt by
 * the first round, but the next one …"): a no-one-hurt said across one speaks of the other event.
 */
const TURNS = new Set(['then', 'but', 'until', 'till', 'before', 'after', 'later', 'except']);

/**
 * True when the sentence of the event word at `i` says no one was hurt ("0452 - second volley, nobody new hit",
 * "mortar landed short, no one was injured"): it tells of no wound, so its time is no one's time of injury.
 */
export function saysNoOneHurt(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  for (let k = sentenceStart(doc, i); k < doc.sentenceEnd[i]; k++) {
    // "no one" is read with its number ("no 1").
    const noOne =
      NO_ONE.has(tokens[k].norm) || (tokens[k].norm === 'no' && /^(one|1)$/i.test(tokens[k + 1]?.raw ?? ''));
    if (!noOne || turnsBetween(doc, k, i)) continue;
    for (let j = k + 1; j < doc.sentenceEnd[i] && j - k <= NO_ONE_REACH + 1; j++) {
      // "IED at 2215, no one else was hurt": the casualty was, at that time.
      if (tokens[j].norm === 'else') break;
      if (HURT.has(tokens[j].norm)) return true;
    }
  }
  return false;
}

/** True when a word turning the sentence to another event stands between tokens `a` and `b`, in either order. */
function turnsBetween(doc: Doc, a: number, b: number): boolean {
  for (let j = Math.min(a, b) + 1; j < Math.max(a, b); j++) if (TURNS.has(doc.tokens[j].norm)) return true;
  return false;
}

/** Articles and owners between "off" and the vehicle ("off a quad bike", "off his motorbike"). */
const VEHICLE_DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their']);

/** True when "off" at `j` is followed by a vehicle ("off a quad bike", "off the bike"). */
export function offVehicle(doc: Doc, j: number): boolean {
  if (doc.tokens[j]?.norm !== 'off') return false;
  const k = VEHICLE_DETERMINERS.has(doc.tokens[j + 1]?.norm ?? '') ? j + 2 : j + 1;
  return ONE_WORD_VEHICLES.has(doc.tokens[k]?.norm ?? '');
}

/** What an event did as it began, said right after it ("attack kicked off at 1104", "the ambush started at 0540"). */
const BEGAN = new Set(['started', 'began', 'commenced', 'kicked']);

/** What a verb moved someone onto before the event word ("entered on a mine", "drove onto an IED"). */
const ONTO = new Set(['on', 'onto', 'into']);
/** How many words may stand between that preposition and the event word ("on an anti-personnel mine"). */
const ONTO_REACH = 3;

/**
 * True for a word at `j` saying something was done after the event (isLaterAct), unless it tells the event itself:
 * its beginning said right after the event word at `event` ("Attack kicked off at eleven-oh-four"), or where the
 * vehicle came to rest ("rolled, ended up on the passenger side"), or the move onto what hurt them just before it.
 */
export function laterAct(doc: Doc, j: number, event = -1): boolean {
  const { tokens } = doc;
  if (!isLaterAct(tokens[j].norm)) return false;
  if (tokens[j].norm === 'ended' && tokens[j + 1]?.norm === 'up') return false;
  if (tokens[j].norm === 'kicked' && tokens[j + 1]?.norm !== 'off') return true;
  // "the patrol entered on an anti-personnel mine" (a translation's "stepped on"): the move that set the event off.
  if (ONTO.has(tokens[j + 1]?.norm ?? '') && event > j + 1 && wordsBetween(doc, j + 1, event) <= ONTO_REACH)
    return false;
  return !(BEGAN.has(tokens[j].norm) && event >= 0 && j === event + 1);
}

/** The words between tokens `from` and `to`, hyphens not counted ("an anti-personnel" is two). */
const wordsBetween = (doc: Doc, from: number, to: number): number =>
  doc.tokens.slice(from + 1, to).filter((t) => t.norm !== '-').length;

/** Setting a device off, said before "off" ("set off a second one", "sets off another"). */
const SETTING = new Set(['set', 'sets', 'setting']);
/** What opens the device set off, after "off" ("a second one", "the other"); "set off for the LZ" (left) has none. */
const SET_OFF_OBJECTS = new Set(['a', 'an', 'another', 'the', 'that']);

/**
 * "ran in after him and set off a second one at 0842": the token after the device a casualty set off, said at `i`,
 * else -1. The device said again ("a second one", "another") is the mine's, no dose given again.
 */
export function setOffEnd(doc: Doc, i: number): number {
  const { tokens } = doc;
  if (!SETTING.has(tokens[i].norm) || tokens[i + 1]?.norm !== 'off') return -1;
  if (!SET_OFF_OBJECTS.has(tokens[i + 2]?.norm ?? '')) return -1;
  const again = [i + 2, i + 3].map((k) => mentionAt(doc, k)).find((m) => m && tagOf(m, 'repeat'));
  if (again) return again.end;
  // A bare article sets off no device said again: "set off a red smoke for the bird" is a signal, not the event.
  return tokens[i + 2].norm === 'the' && tokens[i + 3]?.norm === 'other' ? i + 4 : -1;
}
