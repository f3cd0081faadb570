/**
 * The words by which a narrative mentions each enum value of the record, for the grounding check.
 * Each entry is a list of phrases (space-separated tokens, matched as consecutive tokens of the normalized text).
 * An enum value with no entry ("other") makes no checkable claim and is accepted.
 */

type Lexicon = Record<string, readonly string[]>;

export const DRUG_WORDS: Lexicon = {
  txa: ['txa', 't x a', 'tranexamic'],
  ketamine: ['ketamine', 'ketalar', 'ket'],
  fentanyl: ['fentanyl', 'fent', 'otfc', 'lollipop', 'actiq'],
  morphine: ['morphine', 'mso'],
  ertapenem: ['ertapenem', 'invanz'],
  moxifloxacin: ['moxifloxacin', 'moxi', 'avelox'],
  cefazolin: ['cefazolin', 'ancef'],
  ondansetron: ['ondansetron', 'zofran'],
  naloxone: ['naloxone', 'narcan'],
  acetaminophen: ['acetaminophen', 'tylenol', 'paracetamol'],
  meloxicam: ['meloxicam', 'mobic'],
  calcium: ['calcium'],
};

export const INTERVENTION_WORDS: Lexicon = {
  tourniquet: ['tourniquet', 'tourniquets', 'tq', 't q', 'cat', 'tk'],
  junctional_tourniquet: ['junctional'],
  pressure_dressing: ['pressure dressing', 'pressure bandage', 'israeli', 'emergency bandage', 'pressure'],
  hemostatic_dressing: ['hemostatic', 'haemostatic', 'combat gauze', 'quikclot', 'quick clot', 'celox', 'packed', 'packing', 'gauze'],
  npa: ['npa', 'n p a', 'nasopharyngeal', 'nasal airway'],
  cric: ['cric', 'crike', 'cricothyroidotomy', 'cricothyrotomy'],
  sga: ['sga', 's g a', 'supraglottic', 'igel', 'i gel', 'king'],
  et_tube: ['et', 'e t', 'endotracheal', 'intubated', 'intubation', 'intubate'],
  chest_seal: ['chest seal', 'seal', 'hyfin', 'occlusive'],
  needle_decompression: ['needle', 'ncd', 'decompression', 'decompressed', 'needled', 'nd'],
  chest_tube: ['chest tube', 'thoracostomy'],
  oxygen: ['oxygen', 'o2', 'o 2'],
  iv: ['iv', 'i v', 'intravenous', 'saline lock', 'lock'],
  io: ['io', 'i o', 'intraosseous', 'fast1', 'fast 1', 'ez io', 'ezio'],
  splint: ['splint', 'splinted', 'sam', 'traction'],
  pelvic_binder: ['pelvic binder', 'binder', 'sam pelvic'],
  hypothermia_prevention: ['hypothermia', 'hpmk', 'blizzard', 'blanket', 'warming', 'heat reflective'],
  eye_shield: ['eye shield', 'shield', 'rigid shield'],
};

export const INJURY_WORDS: Lexicon = {
  gsw: ['gsw', 'g s w', 'gunshot', 'gunshots', 'gun shot', 'shot', 'shots', 'bullet', 'bullets', 'round', 'rounds'],
  amputation: ['amputation', 'amputated', 'amp', 'blown off', 'traumatic'],
  laceration: ['laceration', 'lac', 'lacerations', 'cut', 'gash'],
  burn: ['burn', 'burns', 'burned', 'burnt'],
  fracture: ['fracture', 'fractured', 'fx', 'broken', 'break', 'deformity', 'deformed'],
  penetrating: ['penetrating', 'frag', 'fragment', 'fragments', 'fragmentation', 'shrapnel', 'stab', 'puncture'],
  blunt: ['blunt'],
  hemorrhage: ['hemorrhage', 'haemorrhage', 'bleeding', 'bleed', 'bleeder'],
  tension_pneumothorax: ['tension', 'pneumothorax', 'pneumo'],
  open_chest_wound: ['sucking', 'open chest', 'chest wound'],
  tbi: ['tbi', 't b i', 'head injury', 'concussion', 'confused', 'disoriented', 'altered'],
};

export const MECHANISM_WORDS: Lexicon = {
  gsw: INJURY_WORDS.gsw ?? [],
  ied: ['ied', 'i e d', 'improvised explosive'],
  blast: ['blast', 'explosion', 'explosive'],
  fall: ['fall', 'fell', 'fallen'],
  mvc: ['mvc', 'mva', 'vehicle', 'rollover', 'roll over', 'rolled', 'crash', 'collision', 'accident', 'mrap', 'matv', 'humvee', 'hmmwv', 'truck'],
  burn: INJURY_WORDS.burn ?? [],
  grenade: ['grenade'],
  landmine: ['landmine', 'land mine', 'mine'],
  rpg: ['rpg', 'r p g', 'rocket'],
  artillery: ['artillery', 'mortar', 'indirect', 'shell', 'shelling'],
  fragment: ['fragment', 'fragments', 'frag', 'shrapnel'],
  crush: ['crush', 'crushed', 'pinned'],
  blunt: ['blunt'],
};

export const FLUID_WORDS: Lexicon = {
  whole_blood: ['whole blood', 'ltowb', 'wb', 'blood'],
  plasma: ['plasma', 'ffp'],
  prbc: ['prbc', 'prbcs', 'packed red', 'red cells', 'rbc'],
  crystalloid: ['crystalloid', 'saline', 'ns', 'lactated', 'lr', 'ringer', 'ringers', 'plasmalyte'],
  hextend: ['hextend', 'hespan'],
};

export const ROUTE_WORDS: Lexicon = {
  IV: ['iv', 'i v', 'intravenous', 'intravenously'],
  IO: ['io', 'i o', 'intraosseous'],
  IM: ['im', 'i m', 'intramuscular', 'intramuscularly'],
  IN: ['intranasal', 'nasal', 'i n', 'nasally'],
  PO: ['po', 'p o', 'oral', 'orally', 'by mouth'],
  OTFC: ['otfc', 'lollipop', 'lozenge', 'transmucosal'],
};

export const PRIORITY_WORDS: Lexicon = {
  urgent: ['urgent'],
  urgent_surgical: ['urgent surgical', 'surgical'],
  priority: ['priority'],
  routine: ['routine'],
  convenience: ['convenience'],
};

export const AVPU_WORDS: Lexicon = {
  A: ['alert', 'avpu a', 'oriented', 'a o', 'aox', 'a ox'],
  V: ['voice', 'verbal', 'avpu v'],
  P: ['pain', 'painful', 'avpu p'],
  U: ['unresponsive', 'unconscious', 'avpu u'],
};

export const SEX_WORDS: Lexicon = {
  male: ['male', 'man', 'he', 'him', 'his'],
  female: ['female', 'woman', 'she', 'her'],
};

/** Body parts by record region; arm and leg regions also need a side word near the part. */
export const REGION_WORDS: Lexicon = {
  head: ['head', 'scalp', 'skull', 'forehead', 'temple'],
  face: ['face', 'facial', 'eye', 'eyes', 'cheek', 'jaw', 'nose', 'mouth'],
  neck: ['neck', 'throat'],
  chest: ['chest', 'thorax', 'thoracic', 'sternal', 'sternum', 'rib', 'ribs'],
  abdomen: ['abdomen', 'abdominal', 'abd', 'belly', 'stomach', 'gut'],
  pelvis: ['pelvis', 'pelvic', 'hip', 'hips'],
  groin: ['groin', 'inguinal'],
  back: ['back', 'flank', 'spine', 'lumbar'],
  arm: ['arm', 'arms', 'hand', 'forearm', 'elbow', 'shoulder', 'ac', 'humeral', 'humerus', 'wrist', 'bicep', 'biceps', 'finger', 'fingers', 'deltoid', 'forearms', 'hands', 'shoulders', 'elbows', 'wrists'],
  leg: ['leg', 'legs', 'thigh', 'knee', 'shin', 'ankle', 'foot', 'calf', 'tibial', 'tibia', 'femur', 'femoral', 'hamstring', 'thighs', 'knees', 'feet', 'ankles', 'shins'],
};

export const SIDE_WORDS: Lexicon = {
  left: ['left', 'l', 'lt', 'both', 'bilateral'],
  right: ['right', 'r', 'rt', 'both', 'bilateral'],
};

/** Dose units as written in the record, with the ways a narrative says them. */
export const UNIT_WORDS: Lexicon = {
  g: ['g', 'gm', 'gram', 'grams', 'gms'],
  mg: ['mg', 'milligram', 'milligrams', 'migs', 'mgs'],
  mcg: ['mcg', 'microgram', 'micrograms', 'ug', 'mics', 'mikes'],
  ml: ['ml', 'milliliter', 'milliliters', 'millilitre', 'millilitres', 'cc', 'ccs', 'mls'],
  units: ['unit', 'units'],
};

/** "No known drug allergies" phrasings behind an "NKDA". */
export const NKDA_WORDS = ['nkda', 'no known drug allergies', 'no known allergies', 'no allergies', 'n k d a'];
