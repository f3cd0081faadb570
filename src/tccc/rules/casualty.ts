/**
 * Who the casualty is: name (without rank), battle roster number, unit, sex and allergies, each
 * only when stated, and never from a sentence about someone else. The name is read by `casualty-name.ts`.
 */
import type { CasualtyDetails } from '../record.js';
import { isAffirmed } from './attributes.js';
import type { Doc } from './document.js';
import { join, spanOf, type Found, type Span } from './found.js';
import { CASUALTY_LABEL_NOUNS, NATO_LETTERS, RANK_WORDS } from './lexicon/identity.js';
import { findUnit } from './units.js';
import { tagOf } from './matcher.js';
import { findName } from './casualty-name.js';
import { findOpeningName } from './opening-names.js';
import { answeredAllergies } from './answers.js';
import { findCapitalSurname } from './capital-surnames.js';
import { withGivenName, withSurnameSaidFirst } from './name-glosses.js';
import { findAddressedName, findRoleName } from './unranked-names.js';
import { sexLetterAfterName, sexLetterInBrackets, sexLetterWithAge } from './casualty-sex-letters.js';
import { cardValue, saysWhoseCard } from './card-fields.js';
import { findRoster } from './battle-roster.js';
import { readAllergy, readAllergyBefore } from './allergies.js';
import { sentenceStart } from './sentence-ends.js';
import { isCareAct } from './caregivers.js';
import { CREW_ROLES } from './lexicon/people.js';

/** The casualty fields stated in the narrative. */
export function findCasualty(doc: Doc): Found<CasualtyDetails> | null {
  const value: CasualtyDetails = {};
  const fields: Partial<Record<keyof CasualtyDetails, Span>> = {};
  const set = <K extends keyof CasualtyDetails>(key: K, v: CasualtyDetails[K], span: Span): void => {
    if (value[key] !== undefined) return;
    value[key] = v;
    fields[key] = span;
  };
  const said =
    findName(doc) ?? findOpeningName(doc) ?? findCapitalSurname(doc) ?? findAddressedName(doc) ?? findRoleName(doc);
  // "Cas is SSG Reyes... Reyes, Tomas.": the first name said with the surname again.
  // "Faleolo. Tavita, look at me": the surname said alone before the first name he is called by.
  const name = said && withSurnameSaidFirst(doc, withGivenName(doc, said));
  if (name) set('name', name.value, name.span);
  const letter =
    (name ? sexLetterAfterName(doc, name.value) : null) ?? sexLetterInBrackets(doc) ?? sexLetterWithAge(doc);
  if (letter) set('sex', letter.value, letter.span);
  const roster = findRoster(doc);
  if (roster) set('battle_roster', roster.value, roster.span);
  const unit = findUnit(doc, roster?.span ?? name?.span);
  if (unit) set('unit', unit.value, unit.span);
  doc.mentions.forEach((m, k) => {
    if (!isAffirmed(doc, k)) return;
    const sex = tagOf(m, 'sex');
    if (sex) set('sex', sex.value, spanOf(doc, m.start, m.end));
    if (tagOf(m, 'allergy_none')) set('allergies', 'NKDA', spanOf(doc, m.start, m.end));
    if (tagOf(m, 'allergy')) {
      const allergy = readAllergy(doc, cardValue(doc, m.start, m.end)) ?? readAllergyBefore(doc, m.start);
      if (allergy) set('allergies', allergy.value, join(spanOf(doc, m.start, m.end), allergy.span));
    }
  });
  const answered = answeredAllergies(doc);
  if (answered) set('allergies', answered.value, answered.span);
  const spans = Object.values(fields);
  if (spans.length === 0) return null;
  return { value, span: spans.reduce(join), fields };
}

/** Capitalized words that take "'s" without being a person ("That's", "He's", "Time's 0914"). */
const NOT_POSSESSORS = new Set([
  'time',
  'he',
  'she',
  'it',
  'that',
  'there',
  'what',
  'let',
  'who',
  'here',
  'where',
  'this',
  'one',
  'everyone',
  'nobody',
  // "Casualty's pulse was 90", "Student's 9-line requested urgent": a role opening a sentence is no one's name.
  'casualty',
  'patient',
  'student',
  'evaluator',
  'instructor',
  'grader',
  // "Squad's clearing a compound, somebody lobs a grenade": a group opening a sentence is no one person spoken of.
  'squad',
  'platoon',
  'team',
  'section',
  'patrol',
  'convoy',
  'crew',
  'element',
  'company',
  'unit',
  'crowd',
]);

/** Verbs that make a named person the subject of a state of their own ("Kline has smoke inhalation"). */
const STATE_VERBS = new Set(['has', 'had']);

/**
 * Marks as excluded each sentence that speaks of another named person's signs or wounds ("Lee's
 * pulse was ninety", or a ranked "Pfc Kline" of whom "Kline has smoke inhalation"), once the
 * casualty's own name is known; the casualty's name ("Kowalski's") is kept.
 */
export function excludeOtherNamed(doc: Doc, casualtyName: string | undefined): void {
  if (!casualtyName) return;
  const own = new Set(casualtyName.toLowerCase().split(' '));
  const ranked = new Set<string>();
  // A word inside a lexicon phrase is no name: "lactated Ringer's" is a fluid, not Ringer's sentence.
  const named = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) named.fill(1, m.start, m.end);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || named[i]) continue;
    if (RANK_WORDS.has(t.norm) && /^[A-Z][a-z]+$/.test(doc.tokens[i + 1]?.raw ?? ''))
      ranked.add(doc.tokens[i + 1].norm);
    const stateOf = ranked.has(t.norm) && !own.has(t.norm) && STATE_VERBS.has(doc.tokens[i + 1]?.norm ?? '');
    if (stateOf) doc.excluded.add(doc.sentence[i]);
    if (!/^[A-Z][a-z]+['\u2019]s$/.test(t.raw)) continue;
    const stem = t.norm.slice(0, -2);
    if (own.has(stem) || NOT_POSSESSORS.has(stem) || RANK_WORDS.has(stem) || Object.hasOwn(NATO_LETTERS, stem))
      continue;
    if (caresForHim(doc, i) || rolesHim(doc, i, own)) continue;
    doc.excluded.add(doc.sentence[i]);
  }
}

/**
 * "SGT Bell, Red Two's driver, hit at 1424": a possessive and a crew role set off after the casualty's own name say
 * whose crew he is on, not someone else. The possessor is up to three capitalized words ("Red Two's", "Alpha's").
 */
function rolesHim(doc: Doc, i: number, own: ReadonlySet<string>): boolean {
  if (!CREW_ROLES.has(doc.tokens[i + 1]?.norm ?? '')) return false;
  let k = i;
  while (k > i - 3 && /^\p{Lu}/u.test(doc.tokens[k - 1]?.raw ?? '')) k--;
  return doc.tokens[k - 1]?.norm === ',' && own.has(doc.tokens[k - 2]?.norm ?? '');
}

/** Words after a name's "'s" that make it "is/has" doing something for someone ("Pham's got him", "Ruiz's on her"). */
const CARE_CLITICS = new Set(['got', 'on', 'with', 'holding', 'treating', 'watching']);

/**
 * "frag in his hand, Doc Pham's got him, pressure dressing", "Doc Kim's got Private Wallace": the name at `i` cares
 * for the casualty, has no sign.
 */
const caresForHim = (doc: Doc, i: number): boolean =>
  (CARE_CLITICS.has(doc.tokens[i + 1]?.norm ?? '') &&
    (['him', 'her'].includes(doc.tokens[i + 2]?.norm ?? '') || RANK_WORDS.has(doc.tokens[i + 2]?.norm ?? ''))) ||
  medicAtWork(doc, i);

/** Words after "Doc's" that say the medic is at work or says so ("Doc's got an IV in", "Doc's wrapping him"). */
const AT_WORK = new Set([...CARE_CLITICS, 'wrapping', 'working', 'saying', 'starting', 'doing']);

/** Kinds of care a medic's "'s" may own, put on or given to the casualty ("Doc's tourniquet", "the medic's TXA"). */
const CARE_KINDS = new Set(['intervention', 'medication', 'fluid']);

/**
 * "Doc's got an IV in", "Doc's saying five hundred", relayed by someone on the net: the medic's "'s" is "is" or "has"
 * of care he gives, the casualty's facts; never "Doc's hit". So is the care he owns ("Doc's tourniquet is on at
 * 0150"): the device he put on the casualty, not a sign of his own.
 */
const medicAtWork = (doc: Doc, i: number): boolean =>
  ["doc's", "medic's", "corpsman's"].includes(doc.tokens[i].norm) &&
  (AT_WORK.has(doc.tokens[i + 1]?.norm ?? '') ||
    isCareAct(doc.tokens[i + 1]?.norm ?? '') ||
    CARE_KINDS.has(doc.mentions[doc.mentionIndex[i + 1]]?.tags[0].cat ?? ''));

/** How far after "this card" its casualty number may be said ("this card is for casualty number two"). */
const CARD_REACH = 5;

/** The number or letter after a casualty label at token `i` ("casualty two", "Cas 2", "casualty number one", "Cas B"), or null. */
function labelOf(doc: Doc, i: number): string | null {
  if (!CASUALTY_LABEL_NOUNS.has(doc.tokens[i]?.norm ?? '')) return null;
  const j = doc.tokens[i + 1]?.norm === 'number' || doc.tokens[i + 1]?.norm === '#' ? i + 2 : i + 1;
  const n = doc.tokens[j];
  if (n?.kind === 'number')
    return n.value !== undefined && Number.isInteger(n.value) && n.value >= 1 && n.value <= 20 ? String(n.value) : null;
  // A capital letter said as a label ("Cas B:"), not the article of "patient a male".
  return n !== undefined && /^[A-Z]$/.test(n.raw) && CASUALTY_LABEL_ENDS.has(doc.tokens[j + 1]?.norm ?? '')
    ? n.raw
    : null;
}
/** What may follow a lettered casualty label ("Cas B:", "Cas B,", "Cas B -"). */
const CASUALTY_LABEL_ENDS = new Set([':', ',', '-', '.']);

/** The label opening the sentence of token `i` ("Cas A: SPC Ruiz, this card"), or null. */
function sentenceLabel(doc: Doc, i: number): string | null {
  const start = sentenceStart(doc, i);
  return labelOf(doc, start);
}

/**
 * When the narrative says which numbered or lettered casualty the card is for ("This card: Cas 2",
 * "Cas A: SPC Ruiz, this card"), marks as excluded each sentence or line that opens with another
 * casualty's label ("Casualty one, SPC Ruiz, ...").
 */
export function excludeOtherNumbered(doc: Doc): void {
  let own: string | null = null;
  let lookedBack = -1; // each sentence is walked back once, so many "this card"s stay linear
  for (let i = 0; i + 1 < doc.tokens.length && own === null; i++) {
    if (!saysWhoseCard(doc.tokens, i)) continue;
    for (let j = i + 1; j <= i + CARD_REACH && own === null; j++) own = labelOf(doc, j);
    if (own === null && lookedBack !== doc.sentence[i]) {
      lookedBack = doc.sentence[i];
      own = sentenceLabel(doc, i);
    }
  }
  // A radio header "casualty two of two" says which casualty this card is for.
  for (let i = 0; i < doc.tokens.length && own === null; i++) {
    if (doc.tokens[i + 2]?.norm === 'of' && doc.tokens[i + 3]?.kind === 'number') own = labelOf(doc, i);
  }
  if (own === null) return;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i > 0 && doc.sentence[i - 1] === doc.sentence[i]) continue;
    const n = labelOf(doc, i);
    if (n !== null && n !== own) doc.excluded.add(doc.sentence[i]);
  }
}
