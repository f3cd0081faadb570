/**
 * Time of injury: when the casualty was hurt, read only where the narrative ties a time to the
 * injury itself ("time of injury 0253", "TOI 1142", "IED blast 0253", "hit at about fourteen twenty",
 * "injured at 0540", "stepped on a landmine at 0815"). The time care began is never read as one.
 * The clock is claimed, so no treatment or vitals set takes it as its own time.
 */
import { readClock } from '../text/clock.js';
import { claim, mentionAt } from './attributes.js';
import { tagOf } from './matcher.js';
import type { Doc } from './document.js';
import type { Found } from './found.js';
import { fallFromHeight } from './falls.js';
import { incomingAt, laterAct, offVehicle, saysNoOneHurt, setOffEnd } from './event-verbs.js';
import { asidesBetween, pastItWas, pastLeadPhrases } from './opening-times.js';
import { isAssault } from './assaults.js';
import { spanOf } from './found.js';
import { EVENT_WORDS, HEDGES, continuesEvent, triggerEnd } from './injury-events.js';
import { isOwnFire } from './own-fire.js';
import { sentenceStart } from './sentence-ends.js';
import { answerToGuess, answeredTime } from './asked-times.js';
import { endOfRange, eventClock } from './event-clocks.js';
import { restatedTime } from './restated-times.js';
import { labelAt, pastAskedLabel, pastLabelGap } from './toi-labels.js';

/** Event words only when the time comes right after them ("IED strike 1130"; "air strike called in at 0500" is none). */
const TIME_RIGHT_AFTER = new Set(['strike']);
/** How many tokens after an event word, in its sentence, its time may be ("caught R hand btwn MRAP door and frame ~0120"). */
const EVENT_REACH = 10;
/** How far into a following chunk that continues the event its time may be ("that was at about 1350"). */
const CHUNK_REACH = 6;
/** Mentions that name something other than the event, and so end its phrase: care, signs, a priority. */
const ENDS_EVENT = new Set(['intervention', 'medication', 'fluid', 'access', 'vital', 'avpu', 'evac', 'repeat']);

/** The time of injury and the token its clock starts at, or null when the narrative ties no time to the injury. */
export function findTimeOfInjury(doc: Doc): (Found<string> & { at: number }) | null {
  const { tokens } = doc;
  const fall = fallFromHeight(doc);
  // "TOI above is off, it was 2140": the field set right wins over what it says.
  const restated = restatedTime(doc, (i) => {
    const label = doc.excluded.has(doc.sentence[i]) ? undefined : labelAt(tokens, i);
    return label ? i + label.length : 0;
  });
  if (restated) {
    claim(doc, restated);
    return {
      value: restated.time,
      span: spanOf(doc, restated.label, restated.end),
      at: restated.start,
    };
  }
  // "About 1410 the truck hit an IED. [TOI 1412 per the radio log]": a labelled time wins over the event's.
  for (let i = 0; i < tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i])) continue;
    const label = labelAt(tokens, i);
    if (!label) continue;
    const j = pastAskedLabel(tokens, pastLabelGap(tokens, i + label.length));
    // "T.O.I. 0253": the dots of the label end no sentence of its time.
    const found = clockAt(doc, i, j, j);
    if (found) return found;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i]) || labelAt(tokens, i)) continue;
    if (tokens[i].norm === 'time' && inMechanismLine(doc, i)) {
      const found = clockAt(doc, i, pastLabelGap(tokens, i + 1));
      if (found) return found;
    }
    // "call it one one four zero for the injury": the label said after the time.
    const clock = readClock(tokens, i);
    if (clock && tokens[clock.end]?.norm === 'for') {
      const k = clock.end + (tokens[clock.end + 1]?.norm === 'the' ? 2 : 1);
      if (['injury', 'wounding'].includes(tokens[k]?.norm ?? '')) {
        const found = clockAt(doc, i, i);
        if (found) return found;
      }
    }
    if (TIME_RIGHT_AFTER.has(tokens[i].norm) && tokens[i + 1]?.kind !== 'word') {
      const found = clockAt(doc, i, i + 1);
      if (found) return found;
    }
    // "came off the ledge, maybe six meters": a fall told by its height is the event as "fell" is.
    if (!isEvent(doc, i) && i !== fall) continue;
    const found = eventTime(doc, i) ?? openingTime(doc, i) ?? nextSentenceTime(doc, i);
    if (found) return found;
  }
  // "what time did he get hit?" "1539ish": asked and answered, when no time is tied to the event as it is told.
  const answer = answeredTime(
    doc,
    (j) => isEvent(doc, j) || j === fall,
    (j) => namesOther(doc, j),
  );
  if (!answer) return null;
  claim(doc, answer);
  return {
    value: answer.time,
    span: spanOf(doc, answer.start, answer.end),
    at: answer.start,
  };
}

/** What an explosive does, before "off" ("went off", "going off", "goes off"). */
const GOING = new Set(['went', 'going', 'goes']);

/** A structure or load falling on those under it, by its verb and the word after ("came down", "slid off"). */
const FALLING = new Map([
  ['came', ['down']],
  ['slid', ['down', 'off']],
]);

function isEvent(doc: Doc, i: number): boolean {
  if (isOwnFire(doc, i) || saysNoOneHurt(doc, i)) return false;
  if (EVENT_WORDS.has(doc.tokens[i].norm) || incomingAt(doc, i) || isAssault(doc, i)) return true;
  // "— Grenade. — When? — Went off about twenty-one forty.": what the explosive did, said of it.
  // "The breach team's log has the charge going off at 0141."; "set off a second one at 0842".
  if ((GOING.has(doc.tokens[i].norm) && doc.tokens[i + 1]?.norm === 'off') || setOffEnd(doc, i) > 0) return true;
  // "Wall came down at 1520", "pinned under the trailer, it slid off the ramp at 1925": a structure or load falling.
  if (FALLING.get(doc.tokens[i].norm)?.includes(doc.tokens[i + 1]?.norm ?? '')) return true;
  // "came off a quad bike at about 1040", "thrown off the ATV": the rider leaving the vehicle is the crash.
  if (['came', 'fell'].includes(doc.tokens[i].norm) && offVehicle(doc, i + 1)) return true;
  const m = mentionAt(doc, i);
  return m !== undefined && !m.negated && tagOf(m, 'mechanism') !== undefined;
}

/**
 * The first clock in the phrase of the event word at `i`: right after it or after a hedge ("landed by the ECP
 * 1705", "collapsed around oh nine hundred", "hit at about 1420"), in its chunk or a following chunk that is
 * only the time or speaks of the event again ("that was at about thirteen fifty"); nothing but words of the
 * event between. Null when care or a sign is named first: its time is not the injury's.
 */
function eventTime(doc: Doc, i: number): (Found<string> & { at: number }) | null {
  const { tokens } = doc;
  // The event's own phrase is read to its end when it is not much longer than the reach ("fell approx 8 m from a
  // rope bridge onto rocks, 0950"), so a time said as the next phrase is still found.
  const phraseEnd = doc.chunkEnd[i] - i <= 2 * EVENT_REACH ? doc.chunkEnd[i] + 1 : 0;
  let end = Math.min(doc.sentenceEnd[i], Math.max(i + 1 + EVENT_REACH, phraseEnd));
  let through = 0;
  // "fall from rooftop (~5 m) during compound clearance 0140L": words in brackets are an aside within the phrase.
  let afterAside = -1;
  // "rear-ended", "T-boned": the event's own words are none of what ends its phrase.
  const own = mentionAt(doc, i);
  for (let j = Math.max(own && own.start === i ? own.end : i + 1, setOffEnd(doc, i)); j < end; j++) {
    // "IED, pressure plate, 0458": a phrase that opens on the event's own kind is read as no sign or care.
    if (doc.chunk[j] !== doc.chunk[j - 1]) through = continuesEvent(doc, j)?.through ?? through;
    const m = j < through ? undefined : mentionAt(doc, j);
    if (m && m.tags.some((t) => ENDS_EVENT.has(t.cat))) return null;
    if (laterAct(doc, j, i)) return null;
    const aside = doc.chunk[j] !== doc.chunk[j - 1] && tokens[j - 1].norm === '(' ? asideEnd(doc, j) : -1;
    if (aside > 0) {
      afterAside = aside;
      end = Math.min(doc.sentenceEnd[i], end + aside - j + 1);
    } else if (doc.chunk[j] !== doc.chunk[j - 1] && j !== afterAside) {
      const continuation = continuesEvent(doc, j);
      if (!continuation) return null;
      // A phrase on how the weapon came or how far the fall was is the event's own: read to its end, as the
      // event's first phrase is, so a time said as the next phrase is still found.
      end = continuation.keepsReach
        ? Math.min(doc.sentenceEnd[i], Math.max(end, doc.chunkEnd[j] + 1))
        : Math.min(doc.sentenceEnd[i], continuation.from + CHUNK_REACH);
    }
    if (!doc.claimed[j] && eventClock(doc, j)) return clockAt(doc, i, j);
  }
  return null;
}

/** True when token `j` names care, a sign or a later act: what a time after it is said of. */
const namesOther = (doc: Doc, j: number): boolean =>
  mentionAt(doc, j)?.tags.some((t) => ENDS_EVENT.has(t.cat)) === true || laterAct(doc, j);

/** Words a sentence cannot end on, so a pause there leaves it to the next ("both were hit at. At fourteen oh two."). */
const DANGLING = new Set(['at', 'about', 'around']);

/**
 * The time said in the sentence after the event word at `i`'s, when its own sentence names nothing after the event
 * and either breaks off where the time would come ("both were hit at. At fourteen oh two.") or the next one speaks
 * of the event again ("… dropped a grenade into our position. This was right after stand-to, like oh-five-thirty.").
 */
function nextSentenceTime(doc: Doc, i: number): (Found<string> & { at: number }) | null {
  const { tokens } = doc;
  const next = doc.sentenceEnd[i];
  if (next >= tokens.length) return null;
  // "… came off the ramp and fell, fractured ankle, splinted. That happened about 1930.": what happened is the event,
  // never the care told after it.
  const happened = ['this', 'that', 'it'].includes(tokens[next].norm) && tokens[next + 1]?.norm === 'happened';
  for (let j = i + 1; j < next && !happened; j++) if (namesOther(doc, j)) return null;
  const dangling = DANGLING.has(tokens[next - 2]?.norm ?? '') && next - 2 > i;
  const refers = happened || (['this', 'that', 'it'].includes(tokens[next].norm) && tokens[next + 1]?.norm === 'was');
  if (!dangling && !refers) return null;
  for (let j = next; j < doc.sentenceEnd[next]; j++) {
    if (namesOther(doc, j)) return null;
    if (!doc.claimed[j] && eventClock(doc, j)) return clockAt(doc, i, j, j);
  }
  return null;
}

/** The token after the ")" closing the bracket opened just before token `j`, in its sentence; else -1. */
function asideEnd(doc: Doc, j: number): number {
  for (let k = j; k < doc.sentenceEnd[j]; k++) if (doc.tokens[k].norm === ')') return k + 1;
  return -1;
}

/**
 * The clock a sentence opens with when the event word at `i` follows it with nothing named between
 * ("At 0240 he was hit by a sniper round", "0240: IED strike on the lead vehicle").
 */
function openingTime(doc: Doc, i: number): (Found<string> & { at: number }) | null {
  const start = sentenceStart(doc, i);
  // "At about fourteen twenty our lead MATV rolled": every hedge before the clock is skipped, and a short phrase
  // set off before it ("For the record, at approximately 2310 hours Cpl Pruitt fell").
  let at = pastItWas(doc, pastLeadPhrases(doc, start));
  while (at < i && HEDGES.has(doc.tokens[at].norm)) at++;
  const clock = at < i ? readClock(doc.tokens, at) : null;
  const asides = clock ? asidesBetween(doc, clock.end, i) : new Set<number>();
  if (!clock) return null;
  // "At approximately 0215, he was moving along the roof when the parapet gave way and he fell": the time of the
  // scene a "when" clause breaks into is its event's, however long the scene is told.
  // Fire a "when" brings is the unit's contact ("… on patrol when we received small-arms fire"), not yet a wound.
  const when = doc.tokens[i].norm === 'fire' ? clock.end : clock.end + whenAfter(doc, clock.end, i);
  if (i - clock.end - asides.size > EVENT_REACH && (when <= clock.end || i - when > EVENT_REACH)) return null;
  for (let j = clock.end; j < i; j++) {
    // "At 0253 the lead element initiated a pressure-plate IED": how it was set off names no sign.
    const trigger = triggerEnd(doc, j);
    if (trigger > 0) {
      j = trigger - 1;
      continue;
    }
    const m = mentionAt(doc, j);
    if (m && m.tags.some((t) => ENDS_EVENT.has(t.cat))) return null;
    // "a chained dog broke loose and attacked …": a participle after an article describes, it is no later act.
    const describes = ['a', 'an', 'the'].includes(doc.tokens[j - 1]?.norm ?? '');
    if (laterAct(doc, j, i) && !asides.has(j) && !describes && !receivesFire(doc, j, i)) return null;
  }
  return clockAt(doc, start, at);
}

/**
 * How far after the clock's end `from` a "when" opens the clause of the event at `event`, within twice the event's
 * reach (a scene told at some length); 0 where none does.
 */
function whenAfter(doc: Doc, from: number, event: number): number {
  for (let k = from; k < event && k - from <= 2 * EVENT_REACH; k++) if (doc.tokens[k].norm === 'when') return k - from;
  return 0;
}

/** How many words may stand between "received" and the fire it took ("received effective small-arms fire"). */
const FIRE_REACH = 6;

/**
 * "At 1548, … the platoon received effective small-arms fire": "received" with the event's "fire" (at `event`) soon
 * after it is the unit taking fire, not care given later ("received at the CCP").
 */
const receivesFire = (doc: Doc, j: number, event: number): boolean =>
  doc.tokens[j].norm === 'received' && doc.tokens[event].norm === 'fire' && event > j && event - j <= FIRE_REACH;

function clockAt(doc: Doc, from: number, at: number, inSentenceOf = from): (Found<string> & { at: number }) | null {
  if (doc.claimed[at] || doc.sentence[at] !== doc.sentence[inSentenceOf]) return null;
  const clock = eventClock(doc, at);
  if (!clock || headsSigns(doc, clock.end) || endOfRange(doc, at, clock.end)) return null;
  // "Grenade was like oh-three-forty, right?": a guess the next turn confirms or sets right.
  const answer = answerToGuess(doc, clock.end);
  if (answer === null) return null;
  if (answer) {
    claim(doc, answer);
    return {
      value: answer.time,
      span: spanOf(doc, answer.start, answer.end),
      at: answer.start,
    };
  }
  claim(doc, { start: at, end: clock.end });
  return { value: clock.time, span: spanOf(doc, from, clock.end), at };
}

/**
 * "GSW abdomen: 0610 HR 130 BP 86/50": a time the signs follow with no pause, or only a colon, heads their set and
 * is not the wound's. After a comma it may be either ("IED at 0610, HR 130"), and stays the event's.
 */
function headsSigns(doc: Doc, i: number): boolean {
  const m = mentionAt(doc, doc.tokens[i]?.norm === ':' ? i + 1 : i);
  return m !== undefined && (tagOf(m, 'vital') !== undefined || tagOf(m, 'avpu') !== undefined);
}

/** How far back in its sentence the word "time" may be from the label of a MIST report's M line. */
const LINE_REACH = 16;
/** What follows the M line's label ("Line Mike: GSW", "M - blast"), so a name ("Mike Hale") is no label. */
const LINE_MARKS = new Set([':', ',', '-']);

/**
 * True when the word "time" at `i` is in the M line of a MIST report, the line of the mechanism and its time
 * ("Line Mike: GSW, single round, time one-niner-two-zero"), with no care or sign named between.
 */
function inMechanismLine(doc: Doc, i: number): boolean {
  for (let j = i - 1; j >= 0 && i - j <= LINE_REACH && doc.sentence[j] === doc.sentence[i]; j--) {
    const m = mentionAt(doc, j);
    if (m && m.tags.some((t) => ENDS_EVENT.has(t.cat))) return false;
    const w = doc.tokens[j].norm;
    if ((w === 'mike' || w === 'm') && LINE_MARKS.has(doc.tokens[j + 1]?.norm ?? ''))
      return j === 0 || doc.sentence[j - 1] !== doc.sentence[j] || doc.tokens[j - 1].norm === 'line';
  }
  return false;
}
