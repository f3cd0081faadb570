/**
 * Who gives care rather than takes it: a person named as the subject of a care act done to someone else ("Doc Kim
 * pushed TXA", "HM2 Ruiz had already cinched a TQ on her", "Cpl Ames is packing his wound"), or named with the
 * speaker ("me and LCpl Ortiz", "Ortiz and I"). Such a one is no casualty: he designates none and picks out no
 * second person.
 */
import type { Token } from '../text/tokenize.js';
import { RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { CHILD_ROLES, CREW_ROLES, KIN_ROLES, MEDIC_TITLES } from './lexicon/people.js';
import { FULL_STOPS } from './sentence-ends.js';
import { norm } from './switch-words.js';

/** Verbs of care a medic named is the subject of ("Doc Kim pushed TXA", "Doc Kim's got Private Wallace"). */
const CARE_VERBS = new Set([
  'got',
  'pushed',
  'gave',
  'put',
  'placed',
  'applied',
  'packed',
  'hung',
  'started',
  'dressed',
]);

/**
 * Verbs of care done to someone, said of anyone ("threw a CAT on him", "is packing her wound"). "got" is left out:
 * "SPC Lane got a TQ on her leg" and "SPC Lane got frag in her leg" cannot be told apart.
 */
const CARE_ACTS = new Set([
  ...[...CARE_VERBS].filter((v) => v !== 'got'),
  'threw',
  'thrown',
  'slapped',
  'cinched',
  'tied',
  'packing',
  'putting',
  'placing',
  'applying',
  'pushing',
  'giving',
  'dressing',
  'treating',
  'treated',
  // Taking him to care ("SFC Dunn accompanied them to the Role 2", "Ortiz dragged him behind the wall").
  'accompanied',
  'escorted',
  'carried',
  'dragged',
]);

/** True for a word of care done ("Packing was at 0640", "Dressing's holding"): the subject of a clause, yet no one's name. */
export const isCareAct = (w: string): boolean => CARE_ACTS.has(w);

/** Words between the person and the care act ("had already thrown", "is just packing"). */
const AUXILIARIES = new Set(['had', 'has', 'have', 'is', 'was', 'already', 'just', 'also', 'then', 'been']);

/**
 * The one cared for, after the act: an object pronoun ("a CAT on him", "cinched it on her at 0410"). "His" and "her"
 * before a noun are left out: "SGT Diaz put a TQ on his left thigh" is as often self-aid as a buddy's work, and a
 * casualty read as his own carer would give his wounds to another.
 */
const caredFor = (tokens: Token[], j: number): boolean => {
  const w = norm(tokens, j);
  if (w === 'him' || w === 'them' || othersOwn(w)) return true;
  const next = tokens[j + 1];
  return (
    w === 'her' &&
    (next === undefined || next.kind !== 'word' || CLAUSE_ENDS.has(next.norm) || AFTER_OBJECT.has(next.norm))
  );
};

/** "mom's", "the kid's", "the driver's": whose a body part is, said by who someone is, never the carer's own. */
const othersOwn = (w: string): boolean => {
  const base = w.replace(/'s$/, '');
  return base !== w && (KIN_ROLES.has(base) || CHILD_ROLES.has(base) || CREW_ROLES.has(base));
};

/** Words that follow "her" as an object, not as "her leg" ("on her at 0410", "on her now"). */
const AFTER_OBJECT = new Set(['at', 'now', 'too', 'again', 'already', 'with', 'in', 'on', 'up', 'down', 'while']);

const CLAUSE_ENDS = new Set(['.', ';', '!', '?', '\n', ',', 'and', 'but']);

/** True when a care act done to someone else follows the person ending at token `at` ("… had thrown a CAT on him"). */
function caresForAnother(tokens: Token[], at: number): boolean {
  let k = at + 1;
  while (AUXILIARIES.has(norm(tokens, k)) && k < at + 4) k++;
  // "Pruitt got an IV in mom's right arm": "got" too, when the body it went into is someone else's by name of who.
  const got = norm(tokens, k) === 'got';
  if (!CARE_ACTS.has(norm(tokens, k)) && !got) return false;
  for (let j = k + 1; j < tokens.length && !CLAUSE_ENDS.has(norm(tokens, j)); j++)
    if (got ? othersOwn(norm(tokens, j)) : caredFor(tokens, j)) return true;
  return false;
}

/** The first token of the person whose name ends at token `at`: back over capitalized names, initials and a rank. */
function personStart(tokens: Token[], at: number): number {
  let k = at;
  while (k > at - 4 && k > 0) {
    const before = norm(tokens, k - 1);
    // An initial's stop ("SGT K. Osei"): the letter before it is part of the name.
    if (before === '.' && /^\p{Lu}$/u.test(tokens[k - 2]?.raw ?? '')) {
      k -= 2;
      continue;
    }
    if (!(RANK_WORDS.has(before) || RANK_CONTINUATIONS.has(before) || /^\p{Lu}/u.test(tokens[k - 1].raw))) break;
    k--;
  }
  return k;
}

/** "me and LCpl Ortiz", "Ortiz and I": a person named with the speaker is one of those who help. */
const withSpeaker = (tokens: Token[], at: number): boolean => {
  const from = personStart(tokens, at);
  return (
    (norm(tokens, from - 1) === 'and' && ['me', 'i'].includes(norm(tokens, from - 2))) ||
    (norm(tokens, at + 1) === 'and' && ['i', 'me'].includes(norm(tokens, at + 2)))
  );
};

/** Care said done in the passive, by whom it was done after it ("CAT applied to the left thigh by SPC Nguyen"). */
const DONE_BY = new Set([...CARE_ACTS, 'given', 'inserted', 'performed', 'administered']);

/** "Chest seal applied at 1551 by SPC Ortega (platoon medic)": the person after "by" in a clause of care done. */
const doneBy = (tokens: Token[], at: number): boolean => {
  const from = personStart(tokens, at);
  if (norm(tokens, from - 1) !== 'by') return false;
  for (let k = from - 2; k >= 0 && !CLAUSE_ENDS.has(norm(tokens, k)) && norm(tokens, k) !== ':'; k--)
    if (DONE_BY.has(norm(tokens, k))) return true;
  return false;
};

/** Words that turn care back on the one who gave it. */
const SELF_WORDS = new Set(['himself', 'herself', 'own', 'themselves']);
/** Verbs a helper is credited with the care just told by, before "it" or "that" ("…, Ruiz did it, good man"). */
const CREDITED_WITH = new Set(['did', 'put', 'applied', 'placed']);

/**
 * True when the person whose name ends at token `at` is said to have given the care just told ("TQ went on before I
 * got there, Ruiz did it", "Okafor put that on"): the helper is credited, the words go on about the one treated.
 */
export const creditedWithCare = (tokens: Token[], at: number): boolean =>
  CREDITED_WITH.has(norm(tokens, at + 1)) &&
  ['it', 'that', 'them'].includes(norm(tokens, at + 2)) &&
  // "Okoro put it on himself", "Okoro did it himself": care he gave himself, so he is hurt, no helper.
  ![3, 4, 5].some((k) => SELF_WORDS.has(norm(tokens, at + k)));

/**
 * True when the person whose name is token `at` gives the care: "Doc Pham's got him", "Medic Ortiz is with her",
 * "Doc Kim pushed TXA" (a medic's title and what he does for the casualty), any person doing a care act to someone
 * else ("SSgt Hale had cinched a TQ on her"), one named with the speaker ("me and Cpl Ortiz"), or one by whom care
 * was done ("TQ applied at 0620 by SPC Nguyen").
 */
export function caregiverAt(tokens: Token[], at: number): boolean {
  const titled =
    ['doc', 'medic', 'corpsman'].includes(norm(tokens, at - 1)) &&
    ([1, 2, 3].some((k) => ['him', 'her'].includes(norm(tokens, at + k))) ||
      CARE_VERBS.has(norm(tokens, at + 1)) ||
      (/'s$/.test(norm(tokens, at)) && norm(tokens, at + 1) === 'got'));
  return (
    titled ||
    caresForAnother(tokens, at) ||
    creditedWithCare(tokens, at) ||
    withSpeaker(tokens, at) ||
    doneBy(tokens, at) ||
    namedMedic(tokens, at) ||
    carerField(tokens, at)
  );
}

/** Words of a field that names who gave the care ("First responder:", "Treated by:"). */
const CARER_FIELD_WORDS = new Set(['responder', 'provider', 'cls', 'treated', 'attending']);
/**
 * Words for a medic that name such a field only with more words in its label ("Medic (all cards):", "Treating medic:"):
 * "MEDIC: Sergeant Lucas Fry, blast, …" alone is a transcript's speaker answering who the casualty is.
 */
const MEDIC_FIELD_WORDS = new Set(['medic', 'corpsman']);
/** Most words a field's label runs to ("First responder (all cards)"). */
const FIELD_LABEL_WORDS = 6;

/**
 * "First responder (all cards): SSG Pruitt", "| Medic: HM2 Castellanos": a person filling a form's field for who gave
 * the care, the field opening its line or set off by a bar or a slash, unless his line says he was hurt.
 */
function carerField(tokens: Token[], at: number): boolean {
  const from = personStart(tokens, at);
  if (norm(tokens, from - 1) !== ':') return false;
  let carer = false;
  let medic = false;
  let k = from - 2;
  for (; k >= 0 && k > from - 2 - FIELD_LABEL_WORDS && !['\n', '|', '/'].includes(norm(tokens, k)); k--) {
    carer ||= CARER_FIELD_WORDS.has(norm(tokens, k));
    medic ||= MEDIC_FIELD_WORDS.has(norm(tokens, k));
  }
  if (k >= 0 && !['\n', '|', '/'].includes(norm(tokens, k))) return false;
  if (!carer && !(medic && from - 2 - k > 1)) return false;
  for (let j = at + 1; j < tokens.length && norm(tokens, j) !== '\n'; j++)
    if (HURT_WORDS.has(norm(tokens, j))) return false;
  return true;
}

/** Verbs of a medic coming to the casualty ("got to the bays", "came running"). */
const ARRIVALS = new Set(['get', 'came', 'arrived', 'ran', 'reached']);
/** What says the one named was hurt himself ("Our medic, SPC Ruiz, was hit in the arm"). */
const HURT_WORDS = new Set(['hit', 'hurt', 'wounded', 'injured', 'shot', 'burned', 'struck']);

/**
 * "The tower medic, SGT Ines Dacosta, put a tourniquet …", "our CLS, SPC Garza,": a ranked name set off after a word
 * for a medic, or before one ("PFC Lyle, our CLS, had it …"), and doing something, is the one giving care, unless his
 * own sentence says he was hurt.
 */
function namedMedic(tokens: Token[], at: number): boolean {
  let k = at;
  while (k > at - 3 && /^\p{Lu}/u.test(tokens[k - 1]?.raw ?? '') && !RANK_WORDS.has(norm(tokens, k - 1))) k--;
  // "PFC Lyle, our CLS, had it high and tight": the word for a medic set off after the name.
  const glossed = medicGlossAfter(tokens, at);
  const titled =
    RANK_WORDS.has(norm(tokens, k - 1)) && norm(tokens, k - 2) === ',' && MEDIC_TITLES.has(norm(tokens, k - 3));
  if (!titled && glossed < 0) return false;
  const after = glossed < 0 ? at + 1 : glossed;
  // What he does comes next ("…, put a tourniquet", "…, got to the bays"); "First the medic, SPC Ortega, frag L
  // thigh" is a casualty's label.
  const verb = norm(tokens, after + 1);
  if (
    norm(tokens, after) !== ',' ||
    !(CARE_VERBS.has(verb) || ARRIVALS.has(verb) || (glossed >= 0 && AUXILIARIES.has(verb)))
  )
    return false;
  for (let j = at + 1; j < tokens.length && !FULL_STOPS.has(norm(tokens, j)); j++)
    if (HURT_WORDS.has(norm(tokens, j))) return false;
  return true;
}

/** The token after ", our CLS" / ", the medic" set off after a name at `at` (its closing comma), else -1. */
function medicGlossAfter(tokens: Token[], at: number): number {
  if (norm(tokens, at + 1) !== ',') return -1;
  const k = ['our', 'the', 'a'].includes(norm(tokens, at + 2)) ? at + 3 : at + 2;
  return MEDIC_TITLES.has(norm(tokens, k)) ? k + 1 : -1;
}
