/**
 * The roles a casualty is known by ("the driver", "the gunner", "Grandma", "your walker") and the one reading of a
 * role said at a token, "driver's" included where the "'s" is "is" ("Driver's got a mangled foot").
 */
import type { Token } from '../text/tokenize.js';
import { CHILD_ROLES, CREW_ROLES, KIN_ROLES } from './lexicon/people.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { lexiconReads } from './switch-phrases.js';
import { norm } from './switch-words.js';
import { NAME_WORD } from './name-shape.js';

/** Roles a casualty is known by: in a crew or a team ("the driver", "the gunner"), or by who they are. */
export const ROLES: ReadonlySet<string> = new Set([
  ...CREW_ROLES,
  // People known by who they are to each other or by their age ("a farmer and his daughter … the father has …").
  'father',
  'mother',
  ...CHILD_ROLES,
  'woman',
  'lady',
  ...KIN_ROLES,
  'wife',
  'husband',
  'brother',
  'sister',
  'suspect',
  // An enemy fighter taken and treated, a patient beside the friendly casualties ("The detainee is male, thirties, GSW").
  'detainee',
  'prisoner',
  // A civilian known by the house he was hurt in ("The homeowner, an older man, …").
  'homeowner',
  // A casualty who walks, handed over after the litters ("Your walker is Sergeant Aarav Mehta").
  'walker',
]);

/** Verbs after a role's "'s" that make it "has" or "is", never a possessive ("Driver's got …", "Gunner's been hit"). */
const CLITIC_VERBS = new Set(['got', 'been', 'gotten', 'taken']);
/** Words for how or where someone is, said after "'s" ("Driver's out now", "Gunner's down", "Driver's fine"). */
const STATES = new Set(
  'out down pinned stuck stable awake conscious unconscious fine okay ok unhurt uninjured'.split(' '),
);

/** Words for where someone sits or lies, said after "'s" ("Grandma's behind him", "Driver's in the cab"): "is". */
const SEATED = new Set(['behind', 'beside', 'inside', 'in', 'next', 'under', 'underneath']);

/** Words of what someone is allergic to, said after "'s" ("Driver's NKDA", "Gunner's allergic to sulfa"): "is". */
const ALLERGY_STATES = new Set(['nkda', 'nka', 'allergic']);

/** The role said at token `i`: "driver", or "driver's" before a verb ("Driver's got a mangled foot"); else undefined. */
export function roleAt(tokens: Token[], i: number): string | undefined {
  const w = norm(tokens, i);
  if (ROLES.has(w)) return w;
  const base = w.replace(/'s$/, '');
  // "Driver's urgent, gunner's priority": "is" before a triage category. "Driver's pinned", "Driver's out now": "is"
  // before how he is (a participle, or a word for where or how he is), never what is his ("driver's side").
  const next = norm(tokens, i + 1);
  const is =
    CLITIC_VERBS.has(next) ||
    // "Gunner's the bad one", "Driver's a mess": "is", for what is his never comes before an article.
    ['the', 'a', 'an'].includes(next) ||
    PRIORITY_WORDS.has(next) ||
    STATES.has(next) ||
    ALLERGY_STATES.has(next) ||
    (/^[a-z]{3,}ed$/.test(next) && !lexiconReads(tokens).has(i + 1)) ||
    // "Grandpa's riding shotgun", "Grandma's behind him": "is" before what he is doing or where he sits, for what is
    // his is a thing, never a doing or a place.
    (/^[a-z]{3,}ing$/.test(next) && !lexiconReads(tokens).has(i + 1)) ||
    SEATED.has(next) ||
    // "Gunner's Aiyana Redcloud, female, …": "is" before the full name he or she is, for what is his is no person.
    namedAfter(tokens, i + 1) ||
    // "RTO's name is Duc Tran": his name, said of him as much as "is" says it.
    next === 'name';
  return base !== w && ROLES.has(base) && is ? base : undefined;
}

/** True when a first name and surname, both capitalized, start at token `i` and close with a comma or a stop. */
const namedAfter = (tokens: Token[], i: number): boolean =>
  [i, i + 1].every((k) => tokens[k]?.kind === 'word' && NAME_WORD.test(tokens[k].raw)) &&
  [',', '.', ';', '\n'].includes(norm(tokens, i + 2));

/** People a role may do something for ("the lady's name", "the kid's arm"), beside the roles themselves. */
const PEOPLE = new Set(['lady', 'woman', 'man', 'guy', 'boy', 'girl', 'kid', 'patient', 'casualty']);

/**
 * True when the role at `i` does something for someone else named right after the verb ("Terp got the lady's name",
 * "Driver held the kid's arm"): the sentence is about the other one, so it opens no words of the role's.
 */
export function actsForAnother(tokens: Token[], i: number): boolean {
  const owner = norm(tokens, i + 3).replace(/'s$/, '');
  return (
    (norm(tokens, i + 2) === 'the' &&
      norm(tokens, i + 3).endsWith("'s") &&
      (PEOPLE.has(owner) || ROLES.has(owner)) &&
      !['is', 'was', "'s"].includes(norm(tokens, i + 1))) ||
    tellsOfAnother(tokens, i)
  );
}

/** Verbs of telling the medic something, and the words that may stand between them and what is told. */
const TELLS = new Set(['told', 'tells', 'says', 'said']);
const TOLD_FILLERS = new Set(['just', 'also', 'then', 'now', 'us', 'me', 'that']);

/**
 * "The grandfather just told us the little one is Yusuf": a role telling the medic of a family member told apart by
 * age, who the sentence is about; never "The father says he's fine", said of himself.
 */
function tellsOfAnother(tokens: Token[], i: number): boolean {
  let k = i + 1;
  if (TOLD_FILLERS.has(norm(tokens, k))) k++;
  if (!TELLS.has(norm(tokens, k++))) return false;
  while (TOLD_FILLERS.has(norm(tokens, k)) && k < i + 5) k++;
  return norm(tokens, k) === 'the' && agedRoleAt(tokens, k + 1) !== undefined;
}

/** Words for how old family members are against each other ("the older boy", "the youngest daughter"). */
const AGE_WORDS = new Set(['older', 'oldest', 'elder', 'eldest', 'younger', 'youngest']);
/** Words for a child's size, said before "one" ("the little one", "the baby one"). */
const SIZE_WORDS = new Set(['little', 'big', 'baby', 'small']);
/** The people an age word tells apart. */
const AGED = new Set([...CHILD_ROLES, ...KIN_ROLES, 'brother', 'sister', 'one']);

/**
 * "The older boy, male, about 13", "The little one, female, 3": after "the", an age word and a child or relative (or
 * "one", after a word for size too) name a family member told apart from the others by age: the role ("older boy")
 * and its width in tokens, else undefined. "The little girl" stays "girl", which other readers take.
 */
export function agedRoleAt(tokens: Token[], i: number): { role: string; width: number } | undefined {
  const age = norm(tokens, i);
  const who = norm(tokens, i + 1).replace(/'s$/, '');
  if (norm(tokens, i - 1) !== 'the') return undefined;
  const aged = (AGE_WORDS.has(age) && AGED.has(who)) || (SIZE_WORDS.has(age) && who === 'one');
  return aged ? { role: `${age} ${who}`, width: 2 } : undefined;
}

/**
 * "Two brothers, the older one about 15, the younger about 9": a count of people (token `i`) told apart by age right
 * after it says several casualties, whatever word names them.
 */
export function countedByAge(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== 'number' || t.value! < 2 || t.value! > 9 || tokens[i + 1]?.kind !== 'word') return false;
  return norm(tokens, i + 2) === ',' && agedRoleAt(tokens, i + 4) !== undefined;
}
