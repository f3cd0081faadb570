/**
 * How the casualty was hurt: each mechanism once, in narrative order ("blast" only when no explosive is named, a
 * burn only when a fire is said or burn is given as the mechanism, "pinned" in a crash no crush, a thrown rock blunt).
 */
import type { Mechanism } from '../record.js';
import { isAffirmed } from './attributes.js';
import type { Doc } from './document.js';
import { crashAfterClause } from './crashes.js';
import { fallFromHeight } from './falls.js';
import { thrownObject } from './thrown-objects.js';
import { spanOf, type Found } from './found.js';
import { tagOf } from './matcher.js';
import { UNIT_NOUNS } from './lexicon/identity.js';

/** An IED, mine, grenade or shell is named as such, not also as a blast. */
const EXPLOSIVES = new Set<Mechanism>(['ied', 'landmine', 'grenade', 'rpg', 'artillery']);

/** Each distinct mechanism once, in narrative order; "blast" only when no explosive is named. */
export function findMechanisms(doc: Doc): Found<Mechanism>[] {
  const found = new Map<Mechanism, Found<Mechanism>>();
  doc.mentions.forEach((m, k) => {
    const tag = tagOf(m, 'mechanism');
    if (
      tag &&
      isAffirmed(doc, k) &&
      !found.has(tag.value) &&
      !pinnedInVehicle(doc, k) &&
      !namesTheUnit(doc, k) &&
      !munitionFell(doc, k) &&
      !rocketAttackOfRpg(doc, k) &&
      !gunnerWalkedUp(doc, k)
    )
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
  // "a rock came over the shields and hit him": a blow; the rock one fell onto ("head hit a rock") ended a fall, and a
  // stone a mine threw up ("a stone caught her on the cheek") is the blast's.
  const debris = [...found.keys()].some((v) => v === 'fall' || v === 'blast' || EXPLOSIVES.has(v));
  const thrown = found.size > 0 || debris ? -1 : thrownObject(doc);
  if (thrown >= 0) found.set('blunt', { value: 'blunt', span: spanOf(doc, thrown, thrown + 1) });
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
  // "in a hard landing … Mech: blunt": "other" is what an event the schema has no word for gives (mechanisms lexicon);
  // a medic who fills in the mechanism has said what it was.
  return list.filter(
    (f) =>
      !(f.value === 'burn' && !fireNamed) &&
      !(explosive && f.value === 'blast' && !boxChecked(doc, 'blast')) &&
      !(f.value === 'other' && blunt >= 0),
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

/**
 * True for a rocket attack said with an RPG in its sentence ("convoy hit by a rocket attack at 1300, RPG hit the lead
 * truck"): the rockets are the RPG's, fired at the men; a base's rocket attack, its RPG named elsewhere or not at all
 * ("… 107mm impacted by the DFAC. Earlier patrol saw an RPG team"), is indirect fire.
 */
function rocketAttackOfRpg(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (tagOf(m, 'mechanism')?.value !== 'artillery' || doc.tokens[m.start].norm !== 'rocket') return false;
  if (!/^attacks?$/.test(doc.tokens[m.start + 1]?.norm ?? '')) return false;
  return doc.mentions.some(
    (o, j) =>
      tagOf(o, 'mechanism')?.value === 'rpg' && doc.sentence[o.start] === doc.sentence[m.start] && isAffirmed(doc, j),
  );
}

/** Direct-fire weapons, whose bursts walk up a wall toward the men ("PKM opened up, rounds walking up the wall"). */
const DIRECT_FIRE_WORDS = new Set(['pkm', 'rifle']);

/** True for a direct-fire weapon named at token `i`: "PKM", "rifle", "machine gun", or "MG" in capitals (not mg). */
function namesDirectFire(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (DIRECT_FIRE_WORDS.has(t.norm) || t.raw === 'MG') return true;
  return t.norm === 'machine' && /^guns?$/.test(doc.tokens[i + 1]?.norm ?? '');
}

/**
 * True for rounds walking up said with a direct-fire weapon in their sentence ("PKM opened up at 1415, rounds walking
 * up the wall toward us"): a gunner's bursts, no indirect fire; with none named ("incoming, rounds walking up the hill
 * toward the OP") they are shells adjusted onto the men.
 */
function gunnerWalkedUp(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (tagOf(m, 'mechanism')?.value !== 'artillery' || !/^walk(ing|ed)$/.test(doc.tokens[m.end - 1].norm)) return false;
  if (doc.tokens[m.end]?.norm !== 'up') return false;
  const s = doc.sentence[m.start];
  return doc.tokens.some((_, i) => doc.sentence[i] === s && namesDirectFire(doc, i));
}

/** Words between a munition and its falling ("a shell that fell", "the round had fallen"). */
const FELL_LINKS = new Set(['that', 'which', 'had', 'has', 'just']);

/**
 * True for a fall said of a munition, which lands where it falls ("an artillery shell fell near the patrol", "the
 * mortar round that fell behind us"): the explosive hurt them, no one fell.
 */
function munitionFell(doc: Doc, k: number): boolean {
  if (tagOf(doc.mentions[k], 'mechanism')?.value !== 'fall') return false;
  let j = doc.mentions[k].start - 1;
  while (j >= 0 && FELL_LINKS.has(doc.tokens[j].norm)) j--;
  const before = doc.mentions.find((m) => m.end === j + 1);
  const value = before && tagOf(before, 'mechanism')?.value;
  return value !== undefined && EXPLOSIVES.has(value);
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
