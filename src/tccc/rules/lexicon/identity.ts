/** The words around a casualty's identity: spoken letters, ranks, unit names and what introduces a name. */

export { NATO_LETTERS } from '../../text/phonetic-alphabet.js';

/** Nouns that label a casualty by the number or letter said after them ("casualty two", "Cas B", "pt 2"). */
export const CASUALTY_LABEL_NOUNS: ReadonlySet<string> = new Set(['casualty', 'cas', 'patient', 'pt']);

/**
 * A sailor's rate said before his name: the rating's letters and the class ("IC3 Bautista", "ET2 Greg Lindqvist",
 * "MM3 Dana Okafor", "BM1 Sorensen"), written as one word. Unrated seamen and firemen ("SN Moss", "FN Briggs") too;
 * the other unrated rates ("AN", "HR", "SA") are common words and stay out.
 */
const NAVY_RATINGS = [
  'ab',
  'ac',
  'ad',
  'ae',
  'ag',
  'am',
  'ao',
  'as',
  'at',
  'aw',
  'az',
  'bm',
  'bu',
  'ce',
  'cm',
  'cs',
  'ct',
  'dc',
  'ea',
  'em',
  'en',
  'eo',
  'et',
  'fc',
  'ft',
  'gm',
  'gs',
  'hm',
  'ht',
  'ic',
  'is',
  'it',
  'ln',
  'ls',
  'ma',
  'mc',
  'mm',
  'mn',
  'mr',
  'mt',
  'nc',
  'nd',
  'os',
  'pr',
  'ps',
  'qm',
  'rp',
  'sb',
  'sh',
  'so',
  'st',
  'sw',
  'ut',
  'yn',
];
/** Navy rates written with their class digit, one word once joined ("ic3"). */
export const NAVY_RATES: readonly string[] = NAVY_RATINGS.flatMap((r) => [`${r}1`, `${r}2`, `${r}3`]);

/** Ranks that come before a name ("SGT Luis Alvarado", "Specialist Ramirez"); multi-word ranks end with one of these. */
export const RANK_WORDS: ReadonlySet<string> = new Set([
  ...NAVY_RATES,
  'sn',
  'fn',
  'pvt',
  'private',
  'pv1',
  'pv2',
  'pfc',
  'spc',
  'spec',
  'specialist',
  'cpl',
  'corporal',
  'lcpl',
  'sgt',
  'sergeant',
  'ssg',
  'ssgt',
  'sfc',
  'msg',
  'msgt',
  '1sg',
  'sgm',
  'csm',
  'lt',
  'lieutenant',
  '2lt',
  '1lt',
  'cpt',
  'capt',
  'captain',
  'maj',
  'major',
  'ltc',
  'col',
  'colonel',
  'airman',
  'seaman',
  'ens',
  'ensign',
  'po3',
  'po2',
  'cw2',
  'cw3',
  'cw4',
  'cw5',
  'wo1',
  'sra',
  'a1c',
  'tsgt',
  'lance',
  'staff',
  'gunnery',
  'petty',
  'warrant',
  'gysgt',
  'mgysgt',
  'cpo',
  'hn',
  'po1',
  // Commonwealth ranks, written short ("Bdr Hollis", "Gnr Pike", "Pte Shaw", "LBdr Quinn").
  'pte',
  'lbdr',
  'bdr',
  'bombardier',
  'gnr',
  'tpr',
  'spr',
  'cfn',
  'rfn',
  'gdsm',
  'wo2',
  // And said in full ("Sapper Tom Reilly", "Trooper Kane", "Rifleman Gurung").
  'sapper',
  'trooper',
  'rifleman',
  'guardsman',
  'craftsman',
  'fusilier',
  // A police rank said the same way ("Deputy Ana Reyes", "Detective Park", "Officer Dana Reyes"); "Officer down" names
  // no one, as the name after "officer" must be capitalized (casualty-name.ts).
  'deputy',
  'detective',
  'officer',
  // Titles said the same way of civilians ("Ms Parwana Sadiq", "Mr. Haidari").
  'mr',
  'mrs',
  'ms',
]);

/** Words that continue a rank already begun ("Private First Class", "Sergeant First Class", "Petty Officer Second Class"). */
export const RANK_CONTINUATIONS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'class',
  'officer',
  'major',
  'sergeant',
  'corporal',
  'lieutenant',
  'general',
  'chief',
]);

export const UNIT_NOUNS: ReadonlySet<string> = new Set([
  'company',
  'co',
  // The Commonwealth's written forms ("C Coy", "2 Regt", "B Sqn", "A Bty").
  'coy',
  'regt',
  'sqn',
  'bty',
  'troop',
  'trp',
  'battery',
  'btry',
  'platoon',
  'plt',
  'battalion',
  'bn',
  'squadron',
  'sqdn',
  'regiment',
  'squad',
  'sqd',
  'detachment',
  'det',
  // The Marine Corps names a regiment by its number alone ("3rd Battalion, 7th Marines").
  'marines',
  // "3rd battalion of 72nd brigade": the brigade a battalion is of.
  'brigade',
  'bde',
]);

/** Units that need no name word before them ("HHC 1-502 IN"): a headquarters company, troop or battery. */
export const STANDALONE_UNITS: ReadonlySet<string> = new Set(['hhc', 'hht', 'hhb']);

/** Branch letters after a battalion number ("2-12 IN", "1-4 CAV"). */
export const UNIT_BRANCHES: ReadonlySet<string> = new Set([
  'in',
  'inf',
  'ar',
  'cav',
  'fa',
  'en',
  'avn',
  'bsb',
  'mp',
  'sf',
  'ada',
  'mi',
  'pir',
]);

/** Words that name a unit before its noun ("first platoon", "Weapons Company"); letters and "1st" are read apart. */
export const UNIT_NAME_WORDS: ReadonlySet<string> = new Set([
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'weapons',
  'headquarters',
  'hq',
  'hhc',
  'support',
  'scout',
  'scouts',
  'mortar',
  'recon',
  'forward',
  'medical',
  'signal',
  'engineer',
]);

/** Word sequences that introduce the casualty's name without a rank ("this card is for Ramirez"). */
export const NAME_INTRODUCERS: ReadonlyArray<readonly string[]> = [
  ['name', 'is'],
  ["name's"],
  ['name'],
  ['card', 'is', 'for'],
  ['this', 'is', 'for'],
  ['casualty', 'is'],
  ['patient', 'is'],
  // "casualty's Keanu Kahananui, roster …": the verb said short.
  ["casualty's"],
  ["patient's"],
  ['casualty', 'name'],
  ['patient', 'name'],
  // A call that someone is down, then who it is ("One down, it's Harlan", "Man down, Lindqvist,"): "one" is read "1".
  ['1', 'down', ',', "it's"],
  ['1', 'down', ','],
  ['man', 'down', ',', "it's"],
  ['man', 'down', ','],
];

/**
 * Words a casualty's first name and surname are said after, with no rank or "name is" ("second one, it's Erik
 * Lindqvist from first squad", "That's Piotr Kowal, he wasn't buried"). One word after them is no name ("it's Doc",
 * "that's Bravo").
 */
export const FULL_NAME_INTRODUCERS: ReadonlyArray<readonly string[]> = [
  ["it's"],
  ["that's"],
  ['it', 'is'],
  ['that', 'is'],
];

/**
 * The paragraphs of a commander's contact, SALUTE or LACE report, headed with a colon between its casualties' words
 * ("Enemy: four EKIA … Vehicles: Red Two took an RPG … Ammo: green on five five six"): sections, no one's name.
 */
export const REPORT_SECTIONS: ReadonlySet<string> = new Set([
  'enemy',
  'friendly',
  'friendlies',
  'vehicles',
  'vehicle',
  'ammo',
  'ammunition',
  'equipment',
  'weapons',
  'size',
  'activity',
  'unit',
  'water',
  'fuel',
  'damage',
  'situation',
  'mission',
  'contact',
]);
