/** Vital signs and AVPU as medics name them, and the words that open a new set of them. */
import { avpu, vital, type Lexicon, type Tag } from './tags.js';

const newSet: Tag = { cat: 'vitals_set' };

/** The blood pressure cuff said as the pressure's label, with the verbs of its display ("cuff says 110 over 70"). */
const CUFF_LABELS = ['cuff', "cuff's", 'cuff reads', 'cuff read', 'cuff says', 'cuff said', 'cuff shows'];

/** Every tense of a verb of responding ("she responded to voice", "opening his eyes to my voice"). */
const RESPONSE_VERBS = [
  'responds',
  'responded',
  'responding',
  'responsive',
  'answers',
  'answered',
  'answering',
  'moans',
  'moaned',
  'moaning',
  'withdraws',
  'withdrew',
  'withdrawing',
  'reacts',
  'reacted',
  'reacting',
  ...['opens', 'opened', 'opening'].flatMap((v) => [`${v} eyes`, `${v} his eyes`, `${v} her eyes`]),
];
/**
 * The stimulus each level answers to, with or without whose it is ("to my voice"), and with the article and the
 * preposition of a translated report ("answers only on the voice", "reacts only on the pain").
 */
const STIMULI: [string, Tag][] = [
  ['voice', avpu('V')],
  ['my voice', avpu('V')],
  ['verbal', avpu('V')],
  ['pain', avpu('P')],
  ['the voice', avpu('V')],
  ['the pain', avpu('P')],
];
const STIMULUS_PREPOSITIONS = ['to', 'on'];
/**
 * The voice said as what the medic does to the casualty ("responds when I talk to him", "opens his eyes when I
 * shout"). Not a painful act ("moans when I pinch him"): medics say its level again after it ("pain response only"),
 * and the two would read as two sets.
 */
const STIMULUS_ACTS: [string, Tag][] = [
  'talk',
  'speak',
  'shout',
  'yell',
  'call his name',
  'call her name',
  'say his name',
  'say her name',
].map((act): [string, Tag] => [act, avpu('V')]);
const NO_RESPONSE = ["doesn't respond", 'does not respond', "didn't respond", 'did not respond', 'not responding'];
/**
 * "<verb> (only) to <stimulus>": the family the listed phrases below belong to, in every tense; and the level said as
 * the response itself, with "only" to mark it the best one ("pain response only", "verbal response only").
 */
const RESPONSES: Lexicon = [
  ...RESPONSE_VERBS.flatMap((verb) =>
    STIMULI.flatMap(([stimulus, level]) =>
      STIMULUS_PREPOSITIONS.flatMap((to): [string, Tag[]][] => [
        [`${verb} ${to} ${stimulus}`, [level]],
        [`${verb} only ${to} ${stimulus}`, [level]],
      ]),
    ),
  ),
  ...RESPONSE_VERBS.flatMap((verb) =>
    STIMULUS_ACTS.map(([act, level]): [string, Tag[]] => [`${verb} when i ${act}`, [level]]),
  ),
  // The response said before the act, as the exam's "eyes open to voice" is ("eyes open when I say his name").
  ...STIMULUS_ACTS.map(([act, level]): [string, Tag[]] => [`eyes open when i ${act}`, [level]]),
  // No response to the act says only which level it is not ("doesn't respond when I talk to him").
  ...NO_RESPONSE.flatMap((no) => STIMULUS_ACTS.map(([act]): [string, Tag[]] => [`${no} when i ${act}`, []])),
  ...STIMULI.filter(([stimulus]) => !stimulus.includes(' ')).map(([stimulus, level]): [string, Tag[]] => [
    `${stimulus} response only`,
    [level],
  ]),
];

const LISTED_PHRASES: Lexicon = [
  ['hr', [vital('pulse')]],
  ['pulse', [vital('pulse')]],
  ['pulse rate', [vital('pulse')]],
  ['heart rate', [vital('pulse')]],
  // The pulse felt at the wrist, named by its place ("radial's thready, about one twenty").
  ['radial', [vital('pulse')]],
  ["radial's", [vital('pulse')]],
  ['radial pulse', [vital('pulse')]],
  ['heartrate', [vital('pulse')]],
  // Plain words of non-native speakers ("the heart is 1 1 6", "breath 3-0"); a value must follow.
  ['heart', [vital('pulse')]],
  ['heart beating', [vital('pulse')]],
  ['breath', [vital('resp_rate')]],
  // The signs in the words of a translated report ("fréquence cardiaque", "tension artérielle"): "cardiac frequency
  // 112, respiratory frequency 20", "arterial tension 110 on 70".
  ['cardiac frequency', [vital('pulse')]],
  ['heart frequency', [vital('pulse')]],
  ['respiratory frequency', [vital('resp_rate')]],
  ['breathing frequency', [vital('resp_rate')]],
  ['arterial tension', [vital('bp')]],
  // The same words left in the order French writes them ("fréquence respiratoire 22", "fréquence cardiaque 112").
  ['frequency respiratory', [vital('resp_rate')]],
  ['frequency cardiac', [vital('pulse')]],
  ['bp', [vital('bp')]],
  // Written on forms as "B/P 104/68"; the lone "P" would otherwise read as a pulse label.
  ['b/p', [vital('bp')]],
  // The systolic pressure's label, written before the systolic alone ("SBP 84 palp") or the whole pressure ("SBP 96/60").
  ['sbp', [vital('bp')]],
  ['blood pressure', [vital('bp')]],
  ['pressure', [vital('bp')]],
  // The machine named for the pressure it takes ("cuff reads one forty over ninety"); vital-reading.ts takes only a
  // pair after it, so the cuff's own settings ("cuff at 250") are no reading.
  ...CUFF_LABELS.map((label): [string, Tag[]] => [label, [vital('bp')]]),
  ['rr', [vital('resp_rate')]],
  ['resp', [vital('resp_rate')]],
  ['resps', [vital('resp_rate')]],
  ['resp rate', [vital('resp_rate')]],
  ['respirations', [vital('resp_rate')]],
  ['respiratory rate', [vital('resp_rate')]],
  // The rate's word left out at a pause ("Respiratory. Twenty four."); a value must follow, so "respiratory distress"
  // is no reading.
  ['respiratory', [vital('resp_rate')]],
  ['respiration rate', [vital('resp_rate')]],
  ['breathing', [vital('resp_rate')]],
  ['spo2', [vital('spo2')]],
  ['sp02', [vital('spo2')]],
  ['sat', [vital('spo2')]],
  ['sats', [vital('spo2')]],
  ['satting', [vital('spo2')]],
  ['saturation', [vital('spo2')]],
  ['o2 sat', [vital('spo2')]],
  ['o2 sats', [vital('spo2')]],
  ['o2 saturation', [vital('spo2')]],
  ['oxygen sat', [vital('spo2')]],
  ['oxygen sats', [vital('spo2')]],
  ['pulse oximetry', [vital('spo2')]],
  ['oxygen saturation', [vital('spo2')]],
  ['pulse ox', [vital('spo2')]],
  // The pulse oximeter in a lay first aider's words ("the finger thing said 92"); a value must follow.
  ['finger thing', [vital('spo2')]],
  ['finger thingy', [vital('spo2')]],
  ['finger clip', [vital('spo2')]],
  ['finger monitor', [vital('spo2')]],
  ['pain', [vital('pain')]],
  ['pain score', [vital('pain')]],
  // The pain scale named for the score on it, as European reports write it ("VAS 7", "NRS 4/10"); a value must follow.
  ['vas', [vital('pain')]],
  ['nrs', [vital('pain')]],
  ["pain's", [vital('pain')]],
  ["pulse's", [vital('pulse')]],
  ["heart rate's", [vital('pulse')]],
  ["bp's", [vital('bp')]],
  ["sat's", [vital('spo2')]],
  ['sats are', [vital('spo2')]],
  ['avpu', [vital('avpu')]],
  ['alert', [avpu('A')]],
  ['a&o', [avpu('A')]],
  ['a & ox', [avpu('A')]],
  ['aox', [avpu('A')]],
  ['aao', [avpu('A')]],
  // "A and O times four", "A and O x3": alert and oriented said in words, always with its count.
  ['a and o times', [avpu('A')]],
  ['a and o x', [avpu('A')]],
  ['a and ox', [avpu('A')]],
  // Without its count ("A and O, pain eight out of ten"): no other phrase of a report says "a and o".
  ['a and o', [avpu('A')]],
  // Alert in the words of a translated report: "consciousness clear", "conscious, oriented".
  ['consciousness clear', [avpu('A')]],
  ['clear consciousness', [avpu('A')]],
  ['conscious and oriented', [avpu('A')]],
  ['conscious , oriented', [avpu('A')]],
  ['response to voice', [avpu('V')]],
  ['responds to verbal stimuli', [avpu('V')]],
  ['response to pain', [avpu('P')]],
  ['responds to painful stimuli', [avpu('P')]],
  ['resp to voice', [avpu('V')]],
  ['eyes open to voice', [avpu('V')]],
  ['opens his eyes when i talk to him', [avpu('V')]],
  ['opens her eyes when i talk to her', [avpu('V')]],
  // Other verbs of a response to a stimulus: "he's slow, answers to voice", "only moaning to pain".
  ['withdraws from pain', [avpu('P')]],
  ['resp to pain', [avpu('P')]],
  ['eyes open to pain', [avpu('P')]],
  // What a level responds to, said in the words of the exam ("opened his eyes to painful stimulus only").
  ['to painful stimulus', [avpu('P')]],
  ['to painful stimuli', [avpu('P')]],
  ['to verbal stimulus', [avpu('V')]],
  ['to verbal stimuli', [avpu('V')]],
  // The level said as a letter the casualty is ("He's awake, he's an A, pulse about one-thirty-two"), or as the
  // stimulus he answers to ("he's voice"); not "he's pain…", which may be "pain-free".
  ...["he's", "she's", 'he is', 'she is'].flatMap((who) => [
    ...(['A', 'V', 'P', 'U'] as const).flatMap((level): [string, Tag[]][] => [
      [`${who} a ${level.toLowerCase()}`, [avpu(level)]],
      [`${who} an ${level.toLowerCase()}`, [avpu(level)]],
    ]),
    [`${who} voice`, [avpu('V')]] as [string, Tag[]],
  ]),
  ['is awake', [avpu('A')]],
  ['awake and talking', [avpu('A')]],
  ['awake and oriented', [avpu('A')]],
  ['unresponsive', [avpu('U')]],
  ['unconscious', [avpu('U')]],
  ['not responsive', [avpu('U')]],
  ['not responding', [avpu('U')]],
  // Not responding to one stimulus says only which level it is not ("not responding to voice, responds to pain").
  ['not responding to voice', []],
  ['not responding to verbal', []],
  ['not responsive to voice', []],
  ['unresponsive to voice', []],
  ['unresponsive to verbal', []],
  ['nonresponsive', [avpu('U')]],
  ['non - responsive', [avpu('U')]],
  ['first set', [newSet]],
  ['second set', [newSet]],
  ['third set', [newSet]],
  ['next set', [newSet]],
  ['repeat vitals', [newSet]],
  ['first vitals', [newSet]],
  ['initial vitals', [newSet]],
  ['recheck', [newSet]],
  ['reassessment', [newSet]],
  ['on reassessment', [newSet]],
];

/** Single-letter vital labels of typed notes ("P 104, R 20"): a sign only when its value follows, else a side or AVPU letter. */
export const LETTER_VITAL_LABELS: Readonly<Record<string, Tag>> = { p: vital('pulse'), r: vital('resp_rate') };

/** The phrases listed one by one, and the family of responses to a stimulus (none of which is listed again). */
export const VITAL_PHRASES: Lexicon = [...LISTED_PHRASES, ...RESPONSES];
