/** Words that say whom a sentence is about: someone other than the casualty, or this card's casualty again. */
import { INTERVENTION_PHRASES, SHIELD_ON_PHRASES } from './interventions.js';
import type { Lexicon, Tag } from './tags.js';

const other: Tag = { cat: 'other_person' };
/** Someone else named at the start of the remark about them, so the remark can begin mid-sentence. */
const otherOpens: Tag = { cat: 'other_person', opensRemark: true };

/**
 * "his buddy got a tourniquet on the left thigh": the buddy put the device on this casualty. Named whole with the
 * device, so "his buddy" marks nothing else as someone else's, and "his buddy got hit too" still does.
 */
const BUDDY_GOT_DEVICE: Lexicon = ['his buddy', 'her buddy'].flatMap((helper) =>
  ['a', 'the'].flatMap((article) =>
    // A shield put on is said with its verb, never after "got a" (and would teach the spelling words "taped").
    INTERVENTION_PHRASES.filter((entry) => !SHIELD_ON_PHRASES.includes(entry)).map(
      ([device, tags]): [string, readonly Tag[]] => [`${helper} got ${article} ${device}`, tags],
    ),
  ),
);

/** Roles a casualty is known by in a crew or a team ("the driver", "the gunner"). */
export const CREW_ROLES: ReadonlySet<string> = new Set([
  'driver',
  'gunner',
  'tc',
  'rto',
  'interpreter',
  'dismount',
  'passenger',
  'commander',
  // An aircraft's crew ("the pilot, Captain Beatriz Santos, …", "Copilot: burns R hand").
  'pilot',
  'copilot',
  'loadmaster',
  // A platoon's duty positions, a casualty known by his job ("the FO took a round", "Third, the dog handler, …", "the
  // terp, Farid, took one through the cheek", "AG in the back of the truck: bell rung").
  'terp',
  'handler',
  'fo',
  'ag',
]);

/** Titles of the one whose work is care ("Doc: TQ L thigh 1631", "The range medic, SPC Adair, …"): no casualty's name. */
export const MEDIC_TITLES: ReadonlySet<string> = new Set(['medic', 'cls', 'corpsman', 'doc']);

/** Who someone is in a family a medic takes one by one ("the mom … grandpa's riding shotgun … the kid"). */
export const KIN_ROLES: ReadonlySet<string> = new Set([
  'mom',
  'mum',
  'dad',
  'grandma',
  'grandmother',
  'grandpa',
  'grandfather',
]);

/** Words for a child ("the kid in the back", "the little girl"): "kid" and "child" say no sex, the others do. */
export const CHILD_ROLES: ReadonlySet<string> = new Set([
  'kid',
  'child',
  'boy',
  'girl',
  'son',
  'daughter',
  'grandson',
  'granddaughter',
  'baby',
  'infant',
]);

/** The sex a role says ("the little boy", "Grandma's behind him", "the female is …"); "kid" and "driver" say none. */
export const SEX_OF_ROLE: Readonly<Record<string, 'male' | 'female'>> = {
  male: 'male',
  boy: 'male',
  son: 'male',
  grandson: 'male',
  father: 'male',
  dad: 'male',
  grandfather: 'male',
  grandpa: 'male',
  husband: 'male',
  brother: 'male',
  female: 'female',
  girl: 'female',
  daughter: 'female',
  granddaughter: 'female',
  mother: 'female',
  mom: 'female',
  mum: 'female',
  grandmother: 'female',
  grandma: 'female',
  wife: 'female',
  sister: 'female',
  woman: 'female',
  lady: 'female',
};

/** Markers that a sentence is about someone other than the casualty on this card. */
export const OTHER_PERSON_PHRASES: Lexicon = [
  ['not a casualty', [other]],
  ['not the casualty', [other]],
  ['not my casualty', [other]],
  ['not our casualty', [other]],
  ['not on this card', [other]],
  ['not on the card', [other]],
  ['separate card', [other]],
  ['another casualty', [otherOpens]],
  ['other casualty', [otherOpens]],
  ['second casualty', [otherOpens]],
  ['his buddy', [otherOpens]],
  // A partner's own state is someone else's; a partner giving care ("his partner applied a TQ to his leg") is this casualty's.
  ['his partner had', [otherOpens]],
  ['his partner has', [otherOpens]],
  ['his partner was', [otherOpens]],
  ['his partner is', [otherOpens]],
  ['her partner had', [otherOpens]],
  ['her partner has', [otherOpens]],
  ['her partner was', [otherOpens]],
  ['her partner is', [otherOpens]],
  ["his team leader's", [otherOpens]],
  ["her team leader's", [otherOpens]],
  ["his squad leader's", [otherOpens]],
  ["her squad leader's", [otherOpens]],
  // Radio: the remark just said is withdrawn.
  ['disregard', [other]],
  ['her buddy', [otherOpens]],
  // The buddy as the one who treated the casualty is not someone else's facts.
  ['his buddy put', []],
  ['her buddy put', []],
  ['his buddy applied', []],
  ['her buddy applied', []],
  ['his buddy placed', []],
  // "tourniquet's on, that went on at 0841, his buddy did it": the buddy as the one who gave the care.
  ['his buddy did', []],
  ['her buddy did', []],
  // "dressed by his buddy with a pressure dressing": the buddy as the one who gave the care.
  ['by his buddy', []],
  ['by her buddy', []],
  ['her buddy placed', []],
  // "crash was thirteen fifteen per her buddy", "his buddy says he went down at 0910": the buddy as the one who told it.
  ...['his buddy', 'her buddy'].flatMap((buddy): [string, readonly Tag[]][] => [
    [`per ${buddy}`, []],
    [`according to ${buddy}`, []],
    [`${buddy} says`, []],
    [`${buddy} said`, []],
  ]),
  ...BUDDY_GOT_DEVICE,
  // "the assailant was shot by the sentry": what is said of whoever attacked them is no casualty's.
  ...['assailant', 'attacker', 'gunman', 'shooter', 'bomber'].flatMap((enemy): [string, readonly Tag[]][] =>
    ['was', 'is', 'had', 'has', 'died'].map((verb): [string, readonly Tag[]] => [`the ${enemy} ${verb}`, [otherOpens]]),
  ),
  ['the other guy', [otherOpens]],
  ['the other soldier', [otherOpens]],
  ['also in vehicle', [other]],
  ['also in the vehicle', [other]],
  ['not him', [other]],
  ['not her', [other]],
  ['not hers', [other]],
  ['not his', [other]],
  // The card the medic is filling in is this casualty's own ("Okay, starting his card while Jonesy holds pressure").
  ...['starting', 'start', 'filling', 'filling out', 'fill out', 'writing', 'doing', 'working on'].flatMap(
    (verb): [string, Tag[]][] => [
      [`${verb} his card`, []],
      [`${verb} her card`, []],
    ],
  ),
  // The casualty's own card read as the source of a fact ("TQ placed in the field at 0312 per his card", "reading
  // off her card", "found his card, BR KA3318").
  ...['per', 'off', 'according to', 'found', 'read', 'reading'].flatMap((source): [string, Tag[]][] => [
    [`${source} his card`, []],
    [`${source} her card`, []],
  ]),
  ['his card', [other]],
  ['her card', [other]],
  ['his own card', [other]],
  ['her own card', [other]],
  ['their own card', [other]],
  ['own card', [other]],
  ['my own', [other]],
  ['myself', [other]],
  // "resps twelve, I counted them myself": the medic stressing that he measured the sign, no one else's words.
  ...['counted', 'checked', 'took', 'timed', 'felt', 'measured', 'read'].flatMap((verb) =>
    ['them', 'it', 'that', 'those'].map((what): [string, Tag[]] => [`${verb} ${what} myself`, []]),
  ),
  ["i'm the medic", [other]],
  ['i am the medic', [other]],
];

const self: Tag = { cat: 'this_casualty' };
/** Words that turn back to this card's casualty; after a remark on someone else they start a new sentence. */
export const THIS_CASUALTY_PHRASES: Lexicon = [
  ['this guy', [self]],
  ['this card', [self]],
  ['this casualty', [self]],
  ['this patient', [self]],
  ['this soldier', [self]],
  ['my casualty', [self]],
  ['my patient', [self]],
  ['our casualty', [self]],
  ['our patient', [self]],
  ['the actual casualty', [self]],
  ["the one i'm calling in", [self]],
  ['the one i am calling in', [self]],
  ['the one im calling in', [self]],
];

/** Words that say people were hurt ("were injured", "both hit"). */
export const HURT_VERBS: ReadonlySet<string> = new Set([
  'injured',
  'hurt',
  'wounded',
  'hit',
  'shot',
  'burned',
  'burnt',
]);
