/**
 * French words of francophone medics writing in English ("garrot cuisse droite à 10h05", "pansement compressif",
 * "FC 120, TA 110/70"), each with the English words the readers already know, as lexicon/spanish.ts does for Spanish.
 * Keys are lower case and without accents ("kétamine" and "ketamine" are both looked up as "ketamine"); a phrase of
 * several words is matched before its single words. A French word spelt as an English one ("mine", "pose", "chute",
 * "main") is glossed only within a phrase that is French whole.
 */

/** Body parts, named as the English table names them ("la cuisse" → thigh → leg). */
const BODY: Readonly<Record<string, string>> = {
  bras: 'arm',
  'avant bras': 'forearm',
  'main droite': 'right hand',
  'main gauche': 'left hand',
  poignet: 'wrist',
  coude: 'elbow',
  epaule: 'shoulder',
  jambe: 'leg',
  jambes: 'legs',
  cuisse: 'thigh',
  cuisses: 'thighs',
  genou: 'knee',
  mollet: 'calf',
  cheville: 'ankle',
  pied: 'foot',
  pieds: 'feet',
  tete: 'head',
  'cuir chevelu': 'scalp',
  crane: 'skull',
  visage: 'face',
  oeil: 'eye',
  joue: 'cheek',
  machoire: 'jaw',
  cou: 'neck',
  poitrine: 'chest',
  thorax: 'chest',
  ventre: 'belly',
  flanc: 'flank',
  bassin: 'pelvis',
  fesse: 'buttock',
  femur: 'femur',
  humerale: 'humeral',
  sternale: 'sternal',
  tibiale: 'tibial',
};

/** Sides, said after the part in French ("bras droit"); the gloss puts them before it, as English says them. */
export const FRENCH_SIDES: Readonly<Record<string, string>> = {
  gauche: 'left',
  droit: 'right',
  droite: 'right',
};

/** Wounds and what caused them ("plaie du cuir chevelu", "blessé par balle", "criblage de la jambe"). */
const HURTS: Readonly<Record<string, string>> = {
  plaie: 'wound',
  plaies: 'wounds',
  'blesse par balle': 'gunshot wound',
  'blessee par balle': 'gunshot wound',
  balle: 'bullet',
  eclats: 'fragments',
  // "criblage de la jambe": a limb riddled with small fragments.
  criblage: 'fragments',
  brulure: 'burn',
  brulures: 'burns',
  fermee: 'closed',
  ouverte: 'open',
  'amputation traumatique': 'traumatic amputation',
  'chute de': 'fall from',
  "chute d'un": 'fall from a',
  "chute d'une": 'fall from a',
  toit: 'roof',
  metres: 'meters',
  saignait: 'was bleeding',
  saigne: 'bleeding',
  hemorragie: 'hemorrhage',
  "pas d'orifice de sortie": 'no exit wound',
};

/** Care given ("garrot posé", "pansement compressif", "VVP 18G", "couverture de survie"). */
const CARE: Readonly<Record<string, string>> = {
  garrot: 'tourniquet',
  garrots: 'tourniquets',
  'pansement compressif': 'pressure dressing',
  'pansement israelien': 'israeli bandage',
  'pansement israelien compressif': 'israeli pressure dressing',
  pansement: 'dressing',
  'attelle de traction': 'traction splint',
  attelle: 'splint',
  'couverture de survie': 'space blanket',
  couverture: 'blanket',
  // "voie veineuse périphérique", "VVP": a line into a vein; "voie intra-osseuse": into the bone.
  vvp: 'iv',
  'voie veineuse': 'iv',
  'voie intra osseuse': 'io',
  'intra osseuse': 'io',
  posee: 'placed',
  // "paracétamol", "kétamine": the drug lexicon's own spelling, without the accent.
  paracetamol: 'paracetamol',
  ketamine: 'ketamine',
  'acide tranexamique': 'tranexamic acid',
  exacyl: 'txa',
  'plasma lyophilise': 'freeze dried plasma',
  'sang total': 'whole blood',
  poche: 'unit',
  poches: 'units',
  ertapeneme: 'ertapenem',
  penicilline: 'penicillin',
  'pour la douleur': 'for pain',
};

/** Vital signs and their French shorthand ("FC 120", "TA 110/70", "FR 20", "EVA 7/10", "répond à la voix"). */
const SIGNS: Readonly<Record<string, string>> = {
  // "Bilan à 02h12: FC 104 …", "Contrôle à 02h40": the check a set of signs is headed by.
  bilan: 'assessment',
  controle: 'recheck',
  fc: 'hr',
  ta: 'bp',
  fr: 'rr',
  eva: 'pain',
  conscient: 'alert',
  consciente: 'alert',
  inconscient: 'unresponsive',
  inconsciente: 'unresponsive',
  repond: 'responds',
  voix: 'voice',
  douleur: 'pain',
};

/** Shorthand written in capitals, glossed only so and only before its reading ("FC 120"; "Fr. Dupont" is no rate). */
export const FRENCH_SIGN_SHORTHAND: ReadonlySet<string> = new Set(['fc', 'ta', 'fr', 'eva']);

/** Who the casualty is and whom the note is for ("Blessé: Soldat Moussa Diarra", "Caporale", "femme"). */
const PEOPLE: Readonly<Record<string, string>> = {
  blesse: 'casualty',
  blessee: 'casualty',
  soldat: 'private',
  caporal: 'corporal',
  caporale: 'corporal',
  sergent: 'sergeant',
  capitaine: 'captain',
  homme: 'male',
  femme: 'female',
  // "2e compagnie", "1er bataillon": the unit's noun (its ordinal is read as "2nd" is: units.ts).
  compagnie: 'company',
  escadron: 'squadron',
  bataillon: 'battalion',
  regiment: 'regiment',
  peloton: 'platoon',
  allergie: 'allergy',
  'aucune connue': 'none known',
};

/** Small words of the sentence ("sur la", "du", "et"), read as English so the readers' grammar finds its way. */
const GRAMMAR: Readonly<Record<string, string>> = {
  sur: 'on',
  'sur la': 'on the',
  'sur le': 'on the',
  du: 'of the',
  'de la': 'of the',
  et: 'and',
  avec: 'with',
  puis: 'then',
  vers: 'about',
  environ: 'about',
  'non pardon': 'correction',
};

export const FRENCH_GLOSSES: Readonly<Record<string, string>> = {
  ...BODY,
  ...FRENCH_SIDES,
  ...HURTS,
  ...CARE,
  ...SIGNS,
  ...PEOPLE,
  ...GRAMMAR,
};

/** Ranks written with a capital before a name anywhere in a sentence ("et le Caporal Petit"). */
export const FRENCH_CAPITALIZED: ReadonlySet<string> = new Set([
  'soldat',
  'caporal',
  'caporale',
  'sergent',
  'capitaine',
]);
