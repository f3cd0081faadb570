/**
 * Injuries and the evacuation priority (how the casualty was hurt is mechanisms.ts's).
 * An injury word takes the locations named after it in its phrase and in the comma-separated
 * phrases that continue it ("two rounds, one to the abdomen, and one to the right arm"); failing
 * that, the location just before it ("scalp lac", "pelvic fx").
 */
import type { EvacPriority, Injury } from '../record.js';
import { clauseStart, isAffirmed, isThing, nextThingStart } from './attributes.js';
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { namesUnmappedPart, readLocations, type FoundLocation } from './locations.js';
import { tagOf } from './matcher.js';
import { RECATEGORIZED } from './lexicon/recategorized.js';
import { LONE_NO, PAUSES } from './correction-leads.js';
import { sideCarry } from './sides.js';
import { headingPlace, lastNamed, lookBehindStart, ownPlaceBefore, withoutNextWoundsPlace } from './injury-places.js';

/** The injuries at mention `k`, one per location named. */
export function readInjuries(doc: Doc, k: number): Found<Injury>[] {
  const m = doc.mentions[k];
  const tag = tagOf(m, 'injury');
  if (!tag || namesCause(doc, k)) return [];
  if (tag.location) return [{ value: { type: tag.value, location: tag.location }, span: spanOf(doc, m.start, m.end) }];
  // "burns to the neck and he breathed in smoke, soot in the mouth": a clause with its own subject is no place of the burn.
  const phraseEnd = Math.min(
    doc.chunkEnd[m.start],
    nextThingStart(doc, k),
    negatedFindingStart(doc, k),
    clauseStart(doc, m.end),
  );
  if (namesUnmappedPart(doc.tokens, m.end, phraseEnd)) return [];
  let locations = withoutNextWoundsPlace(doc, k, readLocations(doc.tokens, m.end, phraseEnd, sideCarry(doc)));
  locations = ownPlaceBefore(doc, k, locations) ?? locations.concat(continuationLocations(doc, k));
  // The words before the injury, and the injury word itself when it names a limb ("L BKA").
  if (locations.length === 0)
    locations = lastNamed(readLocations(doc.tokens, lookBehindStart(doc, k), m.end, sideCarry(doc)));
  if (locations.length === 0) locations = headingPlace(doc, k);
  return locations.map((l) => ({
    value: { type: tag.value, location: l.location },
    span: spanOf(doc, Math.min(m.start, l.start), Math.max(m.end, l.end)),
  }));
}

/** How far before "from the round" the wound it caused may be named. */
const CAUSE_REACH = 10;

/**
 * True when mention `k` names a mechanism as the cause of a wound of another kind named just before it ("a
 * laceration on the neck from the round skipping off the wall"): the cause is no wound of its own there. A wound
 * not named by kind takes its kind from the cause ("wound from bullet in the stomach" is a gunshot wound).
 */
function namesCause(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (!tagOf(m, 'mechanism')) return false;
  let j = m.start - 1;
  if (['the', 'a', 'an', 'that'].includes(doc.tokens[j]?.norm ?? '')) j--;
  if (!['from', 'by'].includes(doc.tokens[j]?.norm ?? '')) return false;
  for (let b = k - 1; b >= 0 && m.start - doc.mentions[b].start <= CAUSE_REACH; b--) {
    if (doc.sentence[doc.mentions[b].start] !== doc.sentence[m.start]) return false;
    if (tagOf(doc.mentions[b], 'injury')) return true;
  }
  return false;
}

/** Where a negated finding after mention `k` starts ("GSW left chest entry only no exit on the back"): its place is not the injury's. */
function negatedFindingStart(doc: Doc, k: number): number {
  for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < doc.chunkEnd[doc.mentions[k].start]; j++)
    if (doc.mentions[j].negated && tagOf(doc.mentions[j], 'finding')) return doc.mentions[j].start;
  return doc.tokens.length;
}

/** Words that open a check of a limb's use ("moving both legs", "wiggles his toes", "can feel both feet"). */
const FUNCTION_CHECKS = new Set(['moving', 'moves', 'wiggling', 'wiggles', 'can', 'feels', 'feeling', 'able']);
/** Signs seen on a body part that are no wound there ("pinpoint pupils", "runny nose", "chest tight", "twitching in both arms"). */
const SIGNS = new Set([
  'pupils',
  'pupil',
  'runny',
  'drooling',
  'tight',
  'tightness',
  'twitching',
  'twitches',
  'fasciculations',
  'wheezing',
  'numb',
  'numbness',
  'tingling',
]);

/** Locations in the following phrases of the same sentence, while they name no new thing and no negation. */
function continuationLocations(doc: Doc, k: number): FoundLocation[] {
  const m = doc.mentions[k];
  const limit = nextThingStart(doc, k);
  const sentenceEnd = doc.sentenceEnd[m.start];
  const out: FoundLocation[] = [];
  // The injury's own phrase already gave way to a clause about something else ("burns to the chest and she took in smoke").
  if (clauseStart(doc, m.end) < doc.chunkEnd[m.start]) return out;
  let start = doc.chunkEnd[m.start];
  while (start < sentenceEnd && start < limit) {
    // "blunt trauma lower back, moving both legs": a limb's use checked is a finding, not a wound.
    if (FUNCTION_CHECKS.has(doc.tokens[start].norm)) return out;
    // "broke his right wrist, and he says his lower back hurts": a clause with its own subject is about something else.
    const clause = clauseStart(doc, start);
    const end = Math.min(doc.chunkEnd[start], clause);
    // "frag wound to the right thigh, pinpoint pupils, chest tight": a sign listed after the wound is no more of it.
    for (let i = start; i < end; i++) if (SIGNS.has(doc.tokens[i].norm)) return out;
    for (let i = start; i < end; i++) {
      const j = doc.mentionIndex[i];
      if (j >= 0 && (tagOf(doc.mentions[j], 'negate') || isThing(doc.mentions[j]))) return out;
    }
    out.push(...readLocations(doc.tokens, start, end, sideCarry(doc)));
    if (clause < doc.chunkEnd[start]) return out;
    start = end;
  }
  return out;
}

/** Drops repeats of the same injury type at the same location. */
export function dedupeInjuries(found: Found<Injury>[]): Found<Injury>[] {
  const seen = new Set<string>();
  return found.filter((f) => {
    const key = `${f.value.type}@${f.value.location}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Words that make "priority" after them the name of the evacuation field ("Evac priority:"). */
const EVAC_LABELS = new Set(['evac', 'evacuation', 'medevac', 'casevac']);
/**
 * True when the category at mention `m` is taken back: "should read urgent surgical, not urgent", or another's call
 * that the speaker changes in the same sentence ("ground called him urgent, I'm upgrading").
 */
function takenBack(doc: Doc, start: number): boolean {
  if (doc.tokens[start - 1]?.norm === 'not') return true;
  const before = (w: string) => [1, 2].some((k) => doc.tokens[start - k]?.norm === w);
  const sentence = doc.sentence[start];
  const changed = (i: number) => i > start && doc.sentence[i] === sentence && RECATEGORIZED.has(doc.tokens[i].norm);
  if (['called', 'calling', 'had'].some(before)) return doc.tokens.some((_, i) => changed(i));
  // "Hollister was priority, changing him to urgent surgical": the category he had, changed in the same breath; a
  // change opening the next clause of someone ("He was urgent surgical, dressing changed") leaves it standing.
  return (
    before('was') &&
    doc.tokens.some(
      (_, i) => changed(i) && doc.tokens[i - 1]?.norm === ',' && RECHANGED.has(doc.tokens[i + 1]?.norm ?? ''),
    )
  );
}

/** Words after a change word that make it the casualty's category changed ("changing him to", "upgraded to"). */
const RECHANGED = new Set(['him', 'her', 'to']);

/** Verbs after "should" that set a written field right ("Evac block above should read URGENT SURGICAL"). */
const SET_RIGHT = new Set(['read', 'say', 'be']);

/**
 * True when the category at mention `k` is what the field should say ("should read urgent surgical"): a card set
 * right, which "should" alone would make a wish.
 */
function setRight(doc: Doc, k: number): boolean {
  const { start } = doc.mentions[k];
  const t = doc.tokens;
  return (
    t[start - 2]?.norm === 'should' && SET_RIGHT.has(t[start - 1]?.norm ?? '') && !doc.excluded.has(doc.sentence[start])
  );
}

/** The last evacuation priority stated (the request at the end of a report wins). */
export function findEvacPriority(doc: Doc): Found<EvacPriority> | null {
  const said: { value: EvacPriority; start: number; end: number }[] = [];
  doc.mentions.forEach((m, k) => {
    const tag = tagOf(m, 'evac');
    // "Evac priority: …", "Evacuation priority - …": the field's label, whose value follows, is no category.
    const label =
      tag?.value === 'priority' &&
      EVAC_LABELS.has(doc.tokens[m.start - 1]?.norm ?? '') &&
      [':', '-'].includes(doc.tokens[m.end]?.norm ?? '');
    if (tag && !label && (isAffirmed(doc, k) || setRight(doc, k)) && !takenBack(doc, m.start))
      said.push({ value: tag.value, start: m.start, end: m.end });
  });
  const last = said.at(-1);
  if (!last) return null;
  // "Father urgent surgical, boy priority.": priorities of two people, each after a pause and its own words.
  const ofAnother = said.some(
    (e) =>
      e.value !== last.value &&
      doc.sentence[e.start] === doc.sentence[last.start] &&
      doc.tokens.slice(e.end, last.start).some((t) => t.norm === ',') &&
      doc.tokens[last.start - 1]?.kind === 'word' &&
      // "requested as priority, upgraded to urgent": one call changed, not two people's.
      !doc.tokens.slice(e.end, last.start).some((t) => RECATEGORIZED.has(t.norm)) &&
      // "Urgent, no, priority, he's priority.": the last one said already as the correction of the other, restated.
      !said.some(
        (s) => s.value === last.value && s.start > e.end && s.start < last.start && correctsBefore(doc, s.start),
      ),
  );
  return ofAnother ? null : { value: last.value, span: spanOf(doc, last.start, last.end) };
}

/** True when a lone "no" or "correction" comes right before token `i`, pauses aside ("urgent — no, priority"). */
function correctsBefore(doc: Doc, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && PAUSES.has(doc.tokens[k].norm)) k--;
  const w = doc.tokens[k]?.norm ?? '';
  return LONE_NO.has(w) || w === 'correction';
}
