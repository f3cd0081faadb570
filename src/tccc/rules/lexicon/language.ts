/**
 * Evacuation priority, negation and hedging, corrections, findings and re-checks. Vital signs, the words about
 * other people and the words of identity are in vitals.ts, people.ts and identity.ts.
 */
import { backward, evac, forward, intendedCare, type Lexicon, type Tag } from './tags.js';

const correction: Tag = { cat: 'correction' };

/** Ordinary words one letter away from a lexicon word, which must not be read as it. */
export const UNCORRECTED_WORDS: readonly string[] = [
  'tight',
  'gauge',
  'litter',
  'ranger',
  'buried',
  'opens',
  'plate',
  'negatives',
  'heard',
  'mortal',
  'bleed',
  'bleeds',
  'wounds',
  'burst',
  // Ordinary words one letter from a word the rules read, said as themselves: "lozenge stuck in his cheek" is not
  // "struck", "later" no "liter", "sitting up" no "satting", "airway patent" no "patient", "J. Mills" no "mils".
  'stuck',
  'later',
  'sitting',
  'while',
  'mills',
  'track',
  'taking',
  'swell',
  'patent',
  'noise',
  'drone',
  'angle',
  'burping',
  'pinked',
  // "scalp's split", "split lip": a wound torn open, never a splint.
  'split',
  'splits',
];

export const EVAC_PHRASES: Lexicon = [
  ['urgent', [evac('urgent')]],
  ['urgent surgical', [evac('urgent_surgical')]],
  ['urgent - surgical', [evac('urgent_surgical')]],
  ['urgent surg', [evac('urgent_surgical')]],
  ['urgent surgery', [evac('urgent_surgical')]],
  ['urg surg', [evac('urgent_surgical')]],
  ['urg surgical', [evac('urgent_surgical')]],
  ['urgent - surg', [evac('urgent_surgical')]],
  ['priority', [evac('priority')]],
  ['routine', [evac('routine')]],
  ['rtne', [evac('routine')]],
  // A 9-line's precedence letters (line 3): A urgent, B urgent surgical, C priority, D routine, E convenience.
  ...(
    [
      ['a', 'urgent'],
      ['b', 'urgent_surgical'],
      ['c', 'priority'],
      ['d', 'routine'],
      ['e', 'convenience'],
    ] as const
  ).flatMap(([letter, priority]): [string, Tag[]][] => [
    [`precedence ${letter}`, [evac(priority)]],
    [`precedence : ${letter}`, [evac(priority)]],
  ]),
  ['convenience', [evac('convenience')]],
];

export const NEGATION_PHRASES: Lexicon = [
  ['no', [forward]],
  ['not', [forward]],
  ["didn't", [forward]],
  ['didnt', [forward]],
  ["wasn't", [forward]],
  ["isn't", [forward]],
  ["don't", [forward]],
  ["couldn't", [forward]],
  // Care that cannot be done is not done ("Can't get an NPA in, face is too bad"); "can't" alone is often a sign
  // ("can't feel his legs").
  ["can't get", [forward]],
  ['cant get', [forward]],
  ['cannot get', [forward]],
  ['unable to', [forward]],
  ['without', [forward]],
  ['denies', [forward]],
  ['negative for', [forward]],
  // Radio: "negative on the TXA" is "no TXA".
  ['negative on', [forward]],
  ['never', [forward]],
  ['none', [forward]],
  ['considered', [forward]],
  ['considering', [forward]],
  ['thought about', [forward]],
  ['gonna', [forward]],
  ['going to', [forward]],
  ['was going to', [forward]],
  ['planned', [forward]],
  ['planning', [forward]],
  ['plan to', [forward]],
  ['wanted to', [forward]],
  ['would', [forward]],
  ['should', [forward]],
  ['may need', [forward]],
  ['might', [forward]],
  ['if', [forward]],
  ['possible', [forward]],
  ['possibly', [forward]],
  ['suspected', [forward]],
  ['suspect', [forward]],
  ['rule out', [forward]],
  ['r / o', [forward]],
  ['held off', [forward]],
  // "ketamine 50 mg IM instead of fentanyl": the drug named after it is the one not given.
  ['instead of', [forward]],
  ['withheld', [forward]],
  ['ready to', [forward]],
  // Care asked for or intended is not care given ("requested TXA from the BAS", "will give calcium").
  ['requested', [intendedCare]],
  ['request', [intendedCare]],
  ['will give', [intendedCare]],
  // Care about to be done is not yet done: a later mention of it ("needle's in, time 0920") says it was.
  ['about to', [intendedCare]],
  ['plan', [forward]],
  ['consider', [forward]],
  ['monitor for', [forward]],
  ['watch for', [forward]],
  // A condition said after the care ("needle decompression if she deteriorates") leaves it undone.
  ['if he', [backward]],
  ['if she', [backward]],
  ['if it', [backward]],
  ['if they', [backward]],
  ['if needed', [backward]],
  ['if required', [backward]],
  ['if necessary', [backward]],
  ['if indicated', [backward]],
  ['failed', [backward]],
  // Attempts said to fail after a pause ("Two IV attempts, both failed"): the comma is part of the phrase, so the
  // failure reaches back into the attempt's phrase.
  [', both failed', [backward]],
  [', all failed', [backward]],
  // Care judged of no use before it is done ("Combat gauze won't do much here"): it is not done.
  ["won't do", [backward]],
  ["won't work", [backward]],
  ["won't help", [backward]],
  ['not indicated', [backward]],
  ['not needed', [backward]],
  ['not required', [backward]],
  ['not given', [backward]],
  ['not done', [backward]],
  ['not placed', [backward]],
  ['not applied', [backward]],
  // A card read aloud: "Tourniquet section is blank", "IV box left blank": nothing was written there.
  ['is blank', [backward]],
  ['was blank', [backward]],
  ['are blank', [backward]],
  ['left blank', [backward]],
  // A tourniquet staged is laid on loose, ready to tighten: not yet care given ("TQs staged, not tightened").
  ['staged', [backward]],
  ['not tightened', [backward]],
  ['held', [backward]],
  ['held it', [backward]],
  ['withheld', [backward]],
  ['deferred', [backward]],
  ['declined', [backward]],
  ['refused', [backward]],
  ['unsuccessful', [backward]],
  ['not established', [backward]],
  ['not obtained', [backward]],
  ['not started', [backward]],
  ['not successful', [backward]],
  ['was considered', [backward]],
  // Radio brevity: "TXA negative" is no TXA.
  ['negative', [backward]],
  ['?', [backward]],
];

const finding: Tag = { cat: 'finding' };
/** Things looked for on exam that the record has no place for; named so a negation before them ends with them. */
export const FINDING_PHRASES: Lexicon = [
  ['exit', [finding]],
  ['exit wound', [finding]],
  ['exit wounds', [finding]],
  ['entry wound', [finding]],
  ['bleeding', [finding]],
  ['deformity', [finding]],
  ['swelling', [finding]],
  ['crepitus', [finding]],
  // Pressure pressed on a wound by hand is care with no field of its own, never the blood pressure: the time said
  // after it stays with the dressing it holds ("packing with gauze holding pressure twenty one ten sat ninety four").
  // "Applying" is left out: "applying pressure dressing" names the dressing.
  ...['holding', 'hold', 'held', 'keep', 'keeping', 'direct'].map((verb): [string, Tag[]] => [
    `${verb} pressure`,
    [finding],
  ]),
];

const recheck: Tag = { cat: 'recheck' };
/** Words that make an intervention mention a re-check of one already placed. */
export const RECHECK_PHRASES: Lexicon = [
  ['reassessed', [recheck]],
  ['re - assessed', [recheck]],
  ['rechecked', [recheck]],
  ['checked', [recheck]],
  ['still holding', [recheck]],
  ['still in place', [recheck]],
  ['still on', [recheck]],
  ['remains in place', [recheck]],
  ['converted', [recheck]],
  // "converted it to a pressure dressing": the new device is placed, not re-checked.
  ['converted to', []],
  ['converted it to', []],
  ['loosened', [recheck]],
];

export const CORRECTION_PHRASES: Lexicon = [
  ['correction', [correction]],
  // Written shorthand in notes ("lac R forearm, corr L forearm").
  ['corr', [correction]],
  ['i mean', [correction]],
  // Said by medics whose first language is not English: "fifty microgram... no, I correct, twenty-five microgram".
  ['i correct', [correction]],
  ['let me correct', [correction]],
  ['scratch that', [correction]],
  // Spoken: "sats eighty eight no wait ninety two".
  ['no wait', [correction]],
  ['no , wait', [correction]],
  // The same two words the other way round: "one hundred micrograms, wait no, fifty micrograms".
  ['wait no', [correction]],
  ['wait , no', [correction]],
  ['check that', [correction]],
  ['make that', [correction]],
  ['sorry', [correction]],
  ['hold that', [correction]],
  // Radio: "disregard last, …" corrects what was just said (a lone "disregard" after a remark withdraws it).
  ['disregard last', [correction]],
  ['disregard my last', [correction]],
  ['disregard that', [correction]],
  ['cancel that', [correction]],
  ['strike that', [correction]],
];

export const IDENTITY_PHRASES: Lexicon = [
  ['male', [{ cat: 'sex', value: 'male' }]],
  ['female', [{ cat: 'sex', value: 'female' }]],
  ['this man', [{ cat: 'sex', value: 'male' }]],
  ['this woman', [{ cat: 'sex', value: 'female' }]],
  ['is a man', [{ cat: 'sex', value: 'male' }]],
  ['is a woman', [{ cat: 'sex', value: 'female' }]],
  ['is man', [{ cat: 'sex', value: 'male' }]],
  ['is woman', [{ cat: 'sex', value: 'female' }]],
  ['nkda', [{ cat: 'allergy_none' }]],
  ['nka', [{ cat: 'allergy_none' }]],
  ['no known drug allergies', [{ cat: 'allergy_none' }]],
  ['no known allergies', [{ cat: 'allergy_none' }]],
  ['no drug allergies', [{ cat: 'allergy_none' }]],
  ['no allergies', [{ cat: 'allergy_none' }]],
  ['no allergy', [{ cat: 'allergy_none' }]],
  ['denies allergies', [{ cat: 'allergy_none' }]],
  ['denies any allergies', [{ cat: 'allergy_none' }]],
  ['denies drug allergies', [{ cat: 'allergy_none' }]],
  ['denies any drug allergies', [{ cat: 'allergy_none' }]],
  ['allergic to', [{ cat: 'allergy' }]],
  ['allergy to', [{ cat: 'allergy' }]],
  ['allergies', [{ cat: 'allergy' }]],
  ['allergy', [{ cat: 'allergy' }]],
];

/** Words that end the scope of a forward negation ("considered TXA but gave ketamine"). */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'but',
  'due',
  'because',
  'since',
  'so',
  'then',
  'instead',
  'which',
  'except',
  'although',
  'however',
  'and',
  'went',
  'gave',
]);
/**
 * A hedge between a drug and a later "not given" / "held" carries the negation back across a comma or
 * "but" ("morphine considered, not given", "TXA considered but held"): the words that may stand there,
 * at least one of them from HEDGE_WORDS.
 */
export const HEDGE_BRIDGE: ReadonlySet<string> = new Set([
  'considered',
  'discussed',
  ',',
  'but',
  'was',
  'were',
  'initially',
]);
export const HEDGE_WORDS: ReadonlySet<string> = new Set(['considered', 'discussed']);
/** How many tokens a negation reaches. */
export const NEGATION_REACH = 6;
