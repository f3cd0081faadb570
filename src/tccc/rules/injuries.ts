/**
 * Injuries, mechanisms and the evacuation priority.
 * An injury word takes the locations named after it in its phrase and in the comma-separated
 * phrases that continue it ("two rounds, one to the abdomen, and one to the right arm"); failing
 * that, the location just before it ("scalp lac", "pelvic fx").
 */
import type { EvacPriority, Injury, Mechanism } from '../record.js';
import { clauseStart, isAffirmed, isThing, nextThingStart } from './attributes.js';
import type { Doc } from './document.js';
import { crashAfterClause } from './crashes.js';
import { fallFromHeight } from './falls.js';
import { spanOf, type Found } from './found.js';
import { namesUnmappedPart, readLocations, type FoundLocation } from './locations.js';
import { tagOf } from './matcher.js';
import { UNIT_NOUNS } from './lexicon/identity.js';
import { sideCarry } from './sides.js';
import { lastNamed, lookBehindStart, ownPlaceBefore } from './injury-places.js';

/** An IED, mine, grenade or shell is named as such, not also as a blast. */
const EXPLOSIVES = new Set<Mechanism>(['ied', 'landmine', 'grenade', 'rpg', 'artillery']);

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
  let locations = readLocations(doc.tokens, m.end, phraseEnd, sideCarry(doc));
  locations = ownPlaceBefore(doc, k, locations) ?? locations.concat(continuationLocations(doc, k));
  // The words before the injury, and the injury word itself when it names a limb ("L BKA").
  if (locations.length === 0)
    locations = lastNamed(readLocations(doc.tokens, lookBehindStart(doc, k), m.end, sideCarry(doc)));
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

/** Each distinct mechanism once, in narrative order; "blast" only when no explosive is named. */
export function findMechanisms(doc: Doc): Found<Mechanism>[] {
  const found = new Map<Mechanism, Found<Mechanism>>();
  doc.mentions.forEach((m, k) => {
    const tag = tagOf(m, 'mechanism');
    if (tag && isAffirmed(doc, k) && !found.has(tag.value) && !pinnedInVehicle(doc, k) && !namesTheUnit(doc, k))
      found.set(tag.value, { value: tag.value, span: spanOf(doc, m.start, m.end) });
  });
  // "Mech: blunt": blunt given as the mechanism (a blunt injury alone names none).
  const blunt = doc.tokens.findIndex(
    (t, i) =>
      t.norm === 'blunt' &&
      !doc.excluded.has(doc.sentence[i]) &&
      MECHANISM_LABELS.has(doc.tokens[previousWord(doc, i)]?.norm ?? ''),
  );
  if (blunt >= 0 && !found.has('blunt')) found.set('blunt', { value: 'blunt', span: spanOf(doc, blunt, blunt + 1) });
  const fall = found.has('fall') ? -1 : fallFromHeight(doc);
  if (fall >= 0) found.set('fall', { value: 'fall', span: spanOf(doc, fall, fall + 2) });
  const crash = found.has('mvc') ? -1 : crashAfterClause(doc);
  if (crash >= 0) found.set('mvc', { value: 'mvc', span: spanOf(doc, crash, crash + 1) });
  const list = [...found.values()];
  const explosive = list.some((f) => EXPLOSIVES.has(f.value));
  // Burns name the injury; the mechanism is what burned them: a fire said ("vehicle fire", "fuel ignited"), or burn given as the mechanism.
  const fireNamed =
    doc.tokens.some((t, i) => FIRE_WORDS.has(t.norm) && !doc.excluded.has(doc.sentence[i])) ||
    doc.mentions.some(
      (m, k) =>
        tagOf(m, 'mechanism')?.value === 'burn' &&
        (!tagOf(m, 'injury') || givenAsMechanism(doc, m.start)) &&
        isAffirmed(doc, k),
    );
  return list.filter(
    (f) => !(f.value === 'burn' && !fireNamed) && !(explosive && f.value === 'blast' && !boxChecked(doc, 'blast')),
  );
}

/** A vehicle's own parts, which pin its driver in a crash ("pinned by the dash", "pinned, chest against the wheel"). */
const VEHICLE_PARTS = new Set([
  'dash',
  'dashboard',
  'wheel',
  'steering',
  'column',
  'pedals',
  'pedal',
  'seat',
  'seatbelt',
]);
/** How many words after "pinned" name what pins the casualty. */
const PINNED_REACH = 5;

/**
 * True for a lone "pinned" that is no crush: held in a vehicle by its own parts, which is the crash itself ("the
 * driver's pinned by the steering column"), or taken back at once ("he was pinned, no, he's out now").
 */
function pinnedInVehicle(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (m.end !== m.start + 1 || doc.tokens[m.start].norm !== 'pinned') return false;
  const end = Math.min(doc.sentenceEnd[m.start], m.end + PINNED_REACH);
  if (doc.tokens[m.end]?.norm === 'no') return true;
  for (let j = m.end; j < end; j++) if (VEHICLE_PARTS.has(doc.tokens[j].norm)) return true;
  return false;
}

/** What follows a weapon's name when the words name the men who fire it, not what hit ("mortar section sergeant"). */
const CREW_WORDS = new Set([
  ...UNIT_NOUNS,
  'section',
  'team',
  'crew',
  'sergeant',
  'nco',
  'gunner',
  'man',
  'men',
  'pit',
]);

/** True for a weapon said as the name of those who fire it ("the mortar section sergeant", "our mortar team"). */
function namesTheUnit(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  return (
    m.end === m.start + 1 && doc.tokens[m.start].norm === 'mortar' && CREW_WORDS.has(doc.tokens[m.end]?.norm ?? '')
  );
}

/** Words between a card's mechanism box and "checked" ("blast box is checked"). */
const BOX_WORDS = new Set(['box', 'is', 'was', 'also']);
const CHECKED = new Set(['checked', 'ticked', 'marked']);

/**
 * True when the card read aloud has the box of `mechanism` checked ("artillery box is checked, and blast is
 * checked"): marked as a mechanism of its own, beside the explosive.
 */
function boxChecked(doc: Doc, mechanism: Mechanism): boolean {
  return doc.mentions.some((m, k) => {
    if (tagOf(m, 'mechanism')?.value !== mechanism || !isAffirmed(doc, k)) return false;
    let i = m.end;
    while (BOX_WORDS.has(doc.tokens[i]?.norm ?? '')) i++;
    return CHECKED.has(doc.tokens[i]?.norm ?? '');
  });
}

/** Words that say a fire burned the casualty ("from the fuel fire", "when the generator fuel ignited", "fuel bladder exploded"). */
const FIRE_WORDS = new Set(['fire', 'fires', 'flame', 'flames', 'ignited', 'ignition', 'fireball', 'napalm', 'fuel']);
/** Labels that give what follows as the mechanism ("Mechanism: burn", "MOI burn"). */
const MECHANISM_LABELS = new Set(['mechanism', 'moi', 'mech']);

/**
 * True when the words at token `at` fill a mechanism's field: right after its label ("Mechanism: burn") or after
 * other mechanisms listed there ("MOI: RPG / burn", "Mech: IED and burn").
 */
function givenAsMechanism(doc: Doc, at: number): boolean {
  let j = previousWord(doc, at);
  for (let listed = 0; j >= 0 && listed < 3; listed++, j = previousWord(doc, j)) {
    if (MECHANISM_LABELS.has(doc.tokens[j].norm)) return true;
    const k = doc.mentionIndex[j];
    if (doc.tokens[j].norm === 'and') continue;
    if (k === undefined || k < 0 || !tagOf(doc.mentions[k], 'mechanism')) return false;
    j = doc.mentions[k].start;
  }
  return false;
}

/** The token of the word before token `i`, past punctuation ("Mechanism: burn" → "mechanism"). */
function previousWord(doc: Doc, i: number): number {
  let j = i - 1;
  while (j >= 0 && doc.tokens[j].kind === 'punct' && doc.tokens[j].norm !== '\n') j--;
  return j;
}

/** Words that make "priority" after them the name of the evacuation field ("Evac priority:"). */
const EVAC_LABELS = new Set(['evac', 'evacuation', 'medevac', 'casevac']);
/** Words of a category being changed ("ground called him urgent, I'm upgrading"). */
const RECATEGORIZED = new Set([
  'upgrading',
  'upgraded',
  'downgrading',
  'downgraded',
  'upgrade',
  'downgrade',
  // "PRIORITY (first called routine, changed after finding pelvis)": the call changed, in whichever direction.
  'changed',
  'changing',
  'bumped',
]);

/**
 * True when the category at mention `m` is taken back: "should read urgent surgical, not urgent", or another's call
 * that the speaker changes in the same sentence ("ground called him urgent, I'm upgrading").
 */
function takenBack(doc: Doc, start: number): boolean {
  if (doc.tokens[start - 1]?.norm === 'not') return true;
  const called = [1, 2].some((k) => ['called', 'calling', 'had'].includes(doc.tokens[start - k]?.norm ?? ''));
  const sentence = doc.sentence[start];
  return called && doc.tokens.some((t, i) => i > start && doc.sentence[i] === sentence && RECATEGORIZED.has(t.norm));
}

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
      doc.tokens[last.start - 1]?.kind === 'word',
  );
  return ofAnother ? null : { value: last.value, span: spanOf(doc, last.start, last.end) };
}
