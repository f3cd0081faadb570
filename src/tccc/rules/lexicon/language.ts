/** Vital signs, AVPU, evacuation priority, negation and hedging, and the words around a casualty's identity. */
import { avpu, backward, evac, forward, intendedCare, vital, type Lexicon, type Tag } from './tags.js';

const other: Tag = { cat: 'other_person' };
/** Someone else named at the start of the remark about them, so the remark can begin mid-sentence. */
const otherOpens: Tag = { cat: 'other_person', opensRemark: true };
const correction: Tag = { cat: 'correction' };
const newSet: Tag = { cat: 'vitals_set' };

export const VITAL_PHRASES: Lexicon = [
  ['hr', [vital('pulse')]],
  ['pulse', [vital('pulse')]],
  ['pulse rate', [vital('pulse')]],
  ['heart rate', [vital('pulse')]],
  ['heartrate', [vital('pulse')]],
  // Plain words of non-native speakers ("the heart is 1 1 6", "breath 3-0"); a value must follow.
  ['heart', [vital('pulse')]],
  ['heart beating', [vital('pulse')]],
  ['breath', [vital('resp_rate')]],
  ['bp', [vital('bp')]],
  ['blood pressure', [vital('bp')]],
  ['pressure', [vital('bp')]],
  ['rr', [vital('resp_rate')]],
  ['resp', [vital('resp_rate')]],
  ['resps', [vital('resp_rate')]],
  ['resp rate', [vital('resp_rate')]],
  ['respirations', [vital('resp_rate')]],
  ['respiratory rate', [vital('resp_rate')]],
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
  ['pain', [vital('pain')]],
  ['pain score', [vital('pain')]],
  ["pain's", [vital('pain')]],
  ["pulse's", [vital('pulse')]],
  ["heart rate's", [vital('pulse')]],
  ["bp's", [vital('bp')]],
  ["sat's", [vital('spo2')]],
  ["sats are", [vital('spo2')]],
  ['avpu', [vital('avpu')]],
  ['alert', [avpu('A')]],
  ['a&o', [avpu('A')]],
  ['a & ox', [avpu('A')]],
  ['aox', [avpu('A')]],
  ['aao', [avpu('A')]],
  ['responds to voice', [avpu('V')]],
  ['responding to voice', [avpu('V')]],
  ['responsive to voice', [avpu('V')]],
  ['response to voice', [avpu('V')]],
  ['responds to verbal', [avpu('V')]],
  ['responsive to verbal', [avpu('V')]],
  ['responds to verbal stimuli', [avpu('V')]],
  ['responds to pain', [avpu('P')]],
  ['responding to pain', [avpu('P')]],
  ['responsive to pain', [avpu('P')]],
  ['response to pain', [avpu('P')]],
  ['responds to painful stimuli', [avpu('P')]],
  ['responds only to voice', [avpu('V')]],
  ['responding only to voice', [avpu('V')]],
  ['resp to voice', [avpu('V')]],
  ['opens eyes to voice', [avpu('V')]],
  ['opens his eyes to voice', [avpu('V')]],
  ['opens her eyes to voice', [avpu('V')]],
  ['opens eyes to verbal', [avpu('V')]],
  ['eyes open to voice', [avpu('V')]],
  ['opens his eyes when i talk to him', [avpu('V')]],
  ['opens her eyes when i talk to her', [avpu('V')]],
  ['responds only to pain', [avpu('P')]],
  ['responding only to pain', [avpu('P')]],
  ['resp to pain', [avpu('P')]],
  ['opens eyes to pain', [avpu('P')]],
  ['opens his eyes to pain', [avpu('P')]],
  ['opens her eyes to pain', [avpu('P')]],
  ['eyes open to pain', [avpu('P')]],
  ['is awake', [avpu('A')]],
  ['awake and talking', [avpu('A')]],
  ['unresponsive', [avpu('U')]],
  ['unconscious', [avpu('U')]],
  ['not responsive', [avpu('U')]],
  ['not responding', [avpu('U')]],
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

/** Ordinary words one letter away from a lexicon word, which must not be read as it. */
export const UNCORRECTED_WORDS: readonly string[] = [
  'tight', 'gauge', 'litter', 'ranger', 'buried', 'opens', 'plate', 'negatives', 'heard', 'mortal', 'bleed', 'bleeds', 'wounds', 'burst',
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
  ['unable to', [forward]],
  ['without', [forward]],
  ['denies', [forward]],
  ['negative for', [forward]],
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
  ['not indicated', [backward]],
  ['not needed', [backward]],
  ['not required', [backward]],
  ['not given', [backward]],
  ['not done', [backward]],
  ['not placed', [backward]],
  ['not applied', [backward]],
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
  ['?', [backward]],
];

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
  // "dressed by his buddy with a pressure dressing": the buddy as the one who gave the care.
  ['by his buddy', []],
  ['by her buddy', []],
  ['her buddy placed', []],
  ['the other guy', [otherOpens]],
  ['the other soldier', [otherOpens]],
  ['also in vehicle', [other]],
  ['also in the vehicle', [other]],
  ['not him', [other]],
  ['not her', [other]],
  ['not hers', [other]],
  ['not his', [other]],
  ['his card', [other]],
  ['her card', [other]],
  ['his own card', [other]],
  ['her own card', [other]],
  ['their own card', [other]],
  ['own card', [other]],
  ['my own', [other]],
  ['myself', [other]],
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
  ['i mean', [correction]],
  ['scratch that', [correction]],
  // Spoken: "sats eighty eight no wait ninety two".
  ['no wait', [correction]],
  ['no , wait', [correction]],
  ['check that', [correction]],
  ['make that', [correction]],
  ['sorry', [correction]],
  ['hold that', [correction]],
  // Radio: "disregard last, …" corrects what was just said (a lone "disregard" after a remark withdraws it).
  ['disregard last', [correction]],
  ['disregard my last', [correction]],
  ['disregard that', [correction]],
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
  'but', 'due', 'because', 'since', 'so', 'then', 'instead', 'which', 'except', 'although', 'however', 'and', 'went', 'gave',
]);
/**
 * A hedge between a drug and a later "not given" / "held" carries the negation back across a comma or
 * "but" ("morphine considered, not given", "TXA considered but held"): the words that may stand there,
 * at least one of them from HEDGE_WORDS.
 */
export const HEDGE_BRIDGE: ReadonlySet<string> = new Set(['considered', 'discussed', ',', 'but', 'was', 'were', 'initially']);
export const HEDGE_WORDS: ReadonlySet<string> = new Set(['considered', 'discussed']);
/** How many tokens a negation reaches. */
export const NEGATION_REACH = 6;

export const NATO_LETTERS: Readonly<Record<string, string>> = {
  alpha: 'A', alfa: 'A', bravo: 'B', charlie: 'C', delta: 'D', echo: 'E', foxtrot: 'F', golf: 'G', hotel: 'H', india: 'I',
  juliet: 'J', juliett: 'J', kilo: 'K', lima: 'L', mike: 'M', november: 'N', oscar: 'O', papa: 'P', quebec: 'Q', romeo: 'R',
  sierra: 'S', tango: 'T', uniform: 'U', victor: 'V', whiskey: 'W', whisky: 'W', xray: 'X', 'x-ray': 'X', yankee: 'Y', zulu: 'Z',
};

/** Ranks that come before a name ("SGT Luis Alvarado", "Specialist Ramirez"); multi-word ranks end with one of these. */
export const RANK_WORDS: ReadonlySet<string> = new Set([
  'pvt', 'private', 'pv1', 'pv2', 'pfc', 'spc', 'spec', 'specialist', 'cpl', 'corporal', 'lcpl', 'sgt', 'sergeant', 'ssg', 'ssgt',
  'sfc', 'msg', 'msgt', '1sg', 'sgm', 'csm', 'lt', 'lieutenant', '2lt', '1lt', 'cpt', 'capt', 'captain', 'maj', 'major', 'ltc',
  'col', 'colonel', 'airman', 'seaman', 'ens', 'ensign', 'hm3', 'hm2', 'po3', 'po2', 'cw2', 'wo1', 'sra', 'a1c', 'tsgt',
  'lance', 'staff', 'gunnery', 'petty', 'warrant', 'gysgt', 'mgysgt', 'cpo', 'hn', 'hm1', 'po1',
]);

/** Words that continue a rank already begun ("Private First Class", "Sergeant First Class", "Petty Officer Second Class"). */
export const RANK_CONTINUATIONS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'class', 'officer', 'major', 'sergeant', 'corporal', 'lieutenant', 'general', 'chief',
]);

export const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'company', 'co', 'troop', 'trp', 'battery', 'btry', 'platoon', 'plt', 'battalion', 'bn', 'squadron', 'sqdn', 'regiment', 'squad', 'sqd',
  'detachment', 'det',
]);

/** Units that need no name word before them ("HHC 1-502 IN"). */
export const STANDALONE_UNITS: ReadonlySet<string> = new Set(['hhc']);

/** Branch letters after a battalion number ("2-12 IN", "1-4 CAV"). */
export const UNIT_BRANCHES: ReadonlySet<string> = new Set(['in', 'inf', 'ar', 'cav', 'fa', 'en', 'avn', 'bsb', 'mp', 'sf', 'ada', 'mi', 'pir']);

/** Words that name a unit before its noun ("first platoon", "Weapons Company"); letters and "1st" are read apart. */
export const UNIT_NAME_WORDS: ReadonlySet<string> = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'weapons', 'headquarters', 'hq', 'hhc', 'support', 'scout', 'mortar', 'recon', 'forward', 'medical', 'signal', 'engineer',
]);

/** Word sequences that introduce the casualty's name without a rank ("this card is for Ramirez"). */
export const NAME_INTRODUCERS: ReadonlyArray<readonly string[]> = [
  ['name', 'is'], ['name'], ['card', 'is', 'for'], ['this', 'is', 'for'], ['casualty', 'is'], ['patient', 'is'], ['casualty', 'name'],
];
