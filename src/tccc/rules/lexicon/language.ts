/**
 * Evacuation priority, corrections, findings and re-checks. Negation and hedging are in negation.ts; vital signs,
 * the words about other people and the words of identity are in vitals.ts, people.ts and identity.ts.
 */
import { evac, type Lexicon, type Tag } from './tags.js';

const correction: Tag = { cat: 'correction' };

/** Ordinary words one letter away from a lexicon word, which must not be read as it. */
export const UNCORRECTED_WORDS: readonly string[] = [
  // "Slipped off the wall": a fall, never the "skipped" that passes care over.
  'slipped',
  // "Wasted: vial cracked": a drug not given, never "wanted".
  'wasted',
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
  // A chest seal is burped to let trapped air out ("seal on, burped"): no burn.
  'burp',
  'burps',
  'burped',
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
  // "cat priority", "CAT: urgent": the evacuation category shortened before it, no tourniquet.
  ...(['urgent', 'urgent_surgical', 'priority', 'routine'] as const).flatMap((p): [string, Tag[]][] => [
    [`cat ${p.replace('_', ' ')}`, [evac(p)]],
    [`cat : ${p.replace('_', ' ')}`, [evac(p)]],
  ]),
  // A tracker's or chat's short forms: "URG-SURG", "Urg", "urg-s".
  ['urg', [evac('urgent')]],
  ['urg - surg', [evac('urgent_surgical')]],
  ['urg - surgical', [evac('urgent_surgical')]],
  ['urg - s', [evac('urgent_surgical')]],
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
  // The same said the other way round ("gauze to neck with pressure held"): pressure kept on, not care withheld.
  ...['held', 'holding', 'maintained'].map((verb): [string, Tag[]] => [`pressure ${verb}`, [finding]]),
];

const recheck: Tag = { cat: 'recheck' };
/** Words that make an intervention mention a re-check of one already placed. */
export const RECHECK_PHRASES: Lexicon = [
  ['reassessed', [recheck]],
  ['re - assessed', [recheck]],
  ['rechecked', [recheck]],
  ['checked', [recheck]],
  // A log's row "0203 TQ check: bleeding controlled": the tourniquet already on, looked at, no other placed.
  ...['tq', 'tourniquet', 'cat'].map((device): [string, Tag[]] => [`${device} check`, []]),
  // "TQ conversion, thigh packed …": the tourniquet already on is taken down for a dressing, none put on.
  ...['tq', 'tourniquet'].map((device): [string, Tag[]] => [`${device} conversion`, []]),
  ['still holding', [recheck]],
  ['still in place', [recheck]],
  ['still on', [recheck]],
  ['remains in place', [recheck]],
  ['converted', [recheck]],
  // "converted it to a pressure dressing": the new device is placed, not re-checked.
  ['converted to', []],
  ['converted it to', []],
  ['loosened', [recheck]],
  ['loosening', [recheck]],
];

export const CORRECTION_PHRASES: Lexicon = [
  ['correction', [correction]],
  // Written shorthand in notes ("lac R forearm, corr L forearm").
  ['corr', [correction]],
  ['i mean', [correction]],
  // A note's own fix said as done, set off from what it fixes: "(first written IN, corrected: IO)", "IN, corrected to
  // IO", "FDP IV at 1540 – should read 1547" (not "hypotension corrected to 104/62", a change in the casualty).
  [', corrected to', [correction]],
  ['corrected :', [correction]],
  [', should read', [correction]],
  ['- should read', [correction]],
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
  // "sixty over forty. Wait, that's wrong, ninety over sixty": the reading said is called wrong and said again.
  ["that's wrong", [correction]],
  ['thats wrong', [correction]],
  ['that is wrong', [correction]],
  ['that was wrong', [correction]],
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
  // "a boy weight about twenty five kilos", "Little girl, maybe eight", "local boy caught a round": a child said to be
  // a boy or a girl.
  ...['a', 'little', 'young', 'local', 'teenage'].flatMap((before): [string, readonly Tag[]][] => [
    [`${before} boy`, [{ cat: 'sex', value: 'male' }]],
    [`${before} girl`, [{ cat: 'sex', value: 'female' }]],
  ]),
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
  // A note's shorthand drops the "to" ("Allergic morphine"); a reaction is no allergen ("allergic reaction to ...").
  ['allergic', [{ cat: 'allergy' }]],
  ['allergic reaction', []],
  ['allergy to', [{ cat: 'allergy' }]],
  ['allergies', [{ cat: 'allergy' }]],
  ['allergy', [{ cat: 'allergy' }]],
  // A card's field label cut short: "Allg: latex".
  ['allg', [{ cat: 'allergy' }]],
];
