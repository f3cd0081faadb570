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
  // "dans l'avant-bras droit", "l'œil droit": the part with its article elided.
  "l'avant bras": 'the forearm',
  "l'oeil": 'the eye',
  "l'œil": 'the eye',
  mains: 'hands',
  'aux deux mains': 'to both hands',
  'les deux mains': 'both hands',
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
  // "entrée sur la face latérale": the side of a limb a wound is on, never the face.
  'face laterale': 'lateral side',
  'face interne': 'inner side',
  'face externe': 'outer side',
  'face anterieure': 'front',
  'face posterieure': 'back',
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
  eclat: 'fragment',
  feu: 'fire',
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
  'protecteur oculaire': 'eye shield',
  oxygene: 'oxygen',
  'au masque': 'by mask',
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
  // "cinquante milligrammes", "mille millilitres", "quinze litres": the units of a dose or a flow.
  milligramme: 'milligram',
  milligrammes: 'milligrams',
  microgrammes: 'micrograms',
  gramme: 'gram',
  grammes: 'grams',
  millilitres: 'milliliters',
  litre: 'liter',
  litres: 'liters',
  'par la bouche': 'by mouth',
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
  pouls: 'pulse',
};

/** Shorthand written in capitals, glossed only so and only before its reading ("FC 120"; "Fr. Dupont" is no rate). */
export const FRENCH_SIGN_SHORTHAND: ReadonlySet<string> = new Set(['fc', 'ta', 'fr', 'eva']);

/** Who the casualty is and whom the note is for ("Blessé: Soldat Moussa Diarra", "Caporale", "femme"). */
const PEOPLE: Readonly<Record<string, string>> = {
  blesse: 'casualty',
  blessee: 'casualty',
  blesses: 'casualties',
  blessees: 'casualties',
  soldat: 'private',
  caporal: 'corporal',
  caporale: 'corporal',
  // "caporal-chef": the Canadian master corporal.
  'caporal chef': 'master corporal',
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
  'il dit aucune': 'he says none',
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
  aux: 'to the',
  'pour les deux': 'for both',
  // "Urgent surgical, je répète, urgent chirurgical": a category said again in French.
  'je repete': 'i say again',
  'urgent chirurgical': 'urgent surgical',
  puis: 'then',
  vers: 'about',
  environ: 'about',
  'non pardon': 'correction',
  // "Non attends — vingt milligrammes", "Fentanyl, non, je garde ça": a word taken back, or care said no to.
  'non attends': 'no wait',
  attendez: 'wait',
  'pas besoin': 'not needed',
  // "Je considère la cric si ça ferme": care thought of, not given.
  'je considere': 'considering',
  'pas de': 'no',
};

/**
 * Words glossed only standing alone, before a comma or "c'est": the casualties of a scene taken in turn ("Le premier,
 * c'est le caporal …", "La deuxième, soldat Gagnon"), never a thing's rank ("la deuxième fois", "le premier garrot");
 * a "non" said alone ("Fentanyl, non, je garde ça"), never the English prefix ("non responsive").
 */
export const FRENCH_STANDING_ALONE: Readonly<Record<string, string>> = {
  non: 'no',
  'le premier': 'the first one',
  'la premiere': 'the first one',
  'le deuxieme': 'the second one',
  'la deuxieme': 'the second one',
  'le second': 'the second one',
  'la seconde': 'the second one',
  'le troisieme': 'the third one',
  'la troisieme': 'the third one',
};

export const FRENCH_GLOSSES: Readonly<Record<string, string>> = {
  ...FRENCH_STANDING_ALONE,
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
