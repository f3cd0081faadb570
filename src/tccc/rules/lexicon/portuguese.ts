/**
 * Portuguese words of Brazilian medics writing in English ("garrote coxa esquerda às 14h20", "PA 90x60, FC 120 bpm",
 * "SF 0,9% 500 ml EV", "cetamina 50 mg IM", "sem ferida de saída"), each with the English words the readers already
 * know, as lexicon/french.ts does for French. Keys are lower case and without accents ("antebraço" is looked up as
 * "antebraco"); a phrase of several words is matched before its single words. They are glossed only in a narrative
 * written in Portuguese (portuguese-glosses.ts): "coxa", "tala", "dor" mean nothing in English, but "no", "do" and
 * "face" do.
 */

/** Body parts, named as the English table names them ("coxa" → thigh → leg). */
const BODY: Readonly<Record<string, string>> = {
  braco: 'arm',
  bracos: 'arms',
  antebraco: 'forearm',
  mao: 'hand',
  punho: 'wrist',
  cotovelo: 'elbow',
  ombro: 'shoulder',
  perna: 'leg',
  pernas: 'legs',
  coxa: 'thigh',
  coxas: 'thighs',
  joelho: 'knee',
  panturrilha: 'calf',
  tornozelo: 'ankle',
  cabeca: 'head',
  'couro cabeludo': 'scalp',
  cranio: 'skull',
  rosto: 'face',
  // English too, but named so that "na face" reads as "on the face".
  face: 'face',
  olho: 'eye',
  palpebra: 'eyelid',
  pescoco: 'neck',
  torax: 'chest',
  peito: 'chest',
  abdome: 'abdomen',
  abdomen: 'abdomen',
  barriga: 'belly',
  pelve: 'pelvis',
  quadril: 'hip',
  nadega: 'buttock',
  virilha: 'groin',
  costas: 'back',
  lado: 'side',
  umeral: 'humeral',
  esternal: 'sternal',
  tibial: 'tibial',
};

/** Sides, said after the part in Portuguese ("coxa esquerda"); the gloss puts them before it, as English says them. */
export const PORTUGUESE_SIDES: Readonly<Record<string, string>> = {
  esquerdo: 'left',
  esquerda: 'left',
  'esq.': 'left',
  direito: 'right',
  direita: 'right',
  'dir.': 'right',
};

/** Wounds and what caused them ("FAF abdome", "fratura exposta", "queda do telhado", "estilhaços na face"). */
const HURTS: Readonly<Record<string, string>> = {
  // Ferimento por arma de fogo: a gunshot wound.
  faf: 'gsw',
  'ferimento por arma de fogo': 'gunshot wound',
  baleado: 'shot',
  baleada: 'shot',
  ferida: 'wound',
  feridas: 'wounds',
  ferimento: 'wound',
  ferimentos: 'wounds',
  'ferida de saida': 'exit wound',
  'ferida de entrada': 'entry wound',
  transfixante: 'through and through',
  estilhaco: 'fragment',
  estilhacos: 'fragments',
  fratura: 'fracture',
  'fratura exposta': 'open fracture',
  queimadura: 'burn',
  queimaduras: 'burns',
  amputacao: 'amputation',
  'amputacao traumatica': 'traumatic amputation',
  // Traumatismo cranioencefálico: a brain hurt by a blow to the head.
  tce: 'tbi',
  queda: 'fall',
  'queda do': 'fall from the',
  'queda da': 'fall from the',
  granada: 'grenade',
  'granada de mao': 'hand grenade',
  explosao: 'explosion',
  sangramento: 'bleeding',
  sangrando: 'bleeding',
  hemorragia: 'hemorrhage',
  evisceracao: 'evisceration',
};

/** Care given ("garrote", "curativo compressivo", "tala SAM", "acesso venoso 18G", "manta térmica"). */
const CARE: Readonly<Record<string, string>> = {
  garrote: 'tourniquet',
  garrotes: 'tourniquets',
  torniquete: 'tourniquet',
  'curativo compressivo': 'pressure dressing',
  'curativo oclusivo': 'occlusive dressing',
  curativo: 'dressing',
  'gaze hemostatica': 'hemostatic gauze',
  'compressao manual': 'direct pressure',
  tala: 'splint',
  'acesso venoso': 'iv',
  'acesso intraosseo': 'io',
  'protetor ocular': 'eye shield',
  'manta termica': 'hypothermia prevention',
  'canula nasofaringea': 'npa',
  'colar cervical': 'c-collar',
  'cinta pelvica': 'pelvic binder',
  colocado: 'placed',
  colocada: 'placed',
  aplicado: 'applied',
  // The drugs as the lexicon spells them ("cetamina" is ketamine, "ácido tranexâmico" tranexamic acid).
  cetamina: 'ketamine',
  fentanil: 'fentanyl',
  morfina: 'morphine',
  'acido tranexamico': 'tranexamic acid',
  cefazolina: 'cefazolin',
  moxifloxacino: 'moxifloxacin',
  ondansetrona: 'ondansetron',
  naloxona: 'naloxone',
  'plasma liofilizado': 'freeze dried plasma',
  'sangue total': 'whole blood',
  'soro fisiologico': 'normal saline',
  'ringer lactato': 'lactated ringers',
  bolsa: 'unit',
  unidade: 'unit',
  'pacote de comprimidos de combate': 'combat pill pack',
  comprimidos: 'pills',
};

/** Shorthand of a note written in capitals ("SF 0,9%" saline, "EV" into a vein, "VO" by mouth). */
const SHORTHAND: Readonly<Record<string, string>> = {
  sf: 'normal saline',
  ev: 'iv',
  vo: 'po',
};

/** Vital signs and their shorthand ("SSVV: PA 132x84, FC 96 bpm, FR 18, SatO2 97%, dor 7/10, responde só à voz"). */
const SIGNS: Readonly<Record<string, string>> = {
  // Sinais vitais.
  ssvv: 'vitals',
  'sinais vitais': 'vitals',
  pa: 'bp',
  fc: 'hr',
  fr: 'rr',
  dor: 'pain',
  pulso: 'pulse',
  'pulso radial': 'radial pulse',
  consciente: 'alert',
  alerta: 'alert',
  inconsciente: 'unresponsive',
  orientado: 'oriented',
  orientada: 'oriented',
  confuso: 'confused',
  confusa: 'confused',
  responde: 'responds',
  voz: 'voice',
  'a voz': 'to voice',
};

/** Shorthand glossed only in capitals before its reading ("PA 90x60", "FC 120"; "pa" alone is no pressure). */
export const PORTUGUESE_SIGN_SHORTHAND: ReadonlySet<string> = new Set(['pa', 'fc', 'fr', 'sf', 'ev', 'vo', 'ssvv']);

/** Who the casualty is ("Cb Paulo Teixeira", "masc.", "alergia a dipirona", "alergias: nenhuma conhecida"). */
const PEOPLE: Readonly<Record<string, string>> = {
  paciente: 'patient',
  'masc.': 'male',
  masculino: 'male',
  'fem.': 'female',
  feminino: 'female',
  alergia: 'allergy',
  'alergia a': 'allergic to',
  alergias: 'allergies',
  'nenhuma conhecida': 'none known',
  soldado: 'private',
  cabo: 'corporal',
  sargento: 'sergeant',
  tenente: 'lieutenant',
  capitao: 'captain',
};

/** Ranks written short before a name, as the English ranks of the same grade ("Sd Lima", "Cb Paulo Teixeira"). */
export const PORTUGUESE_RANKS: Readonly<Record<string, string>> = {
  sd: 'pvt',
  cb: 'cpl',
  ten: 'lt',
};

/** Where and how soon the evacuation goes ("urgente cirúrgico", "prioridade", "coordenada 23K LP 3345 7781"). */
const EVAC: Readonly<Record<string, string>> = {
  urgente: 'urgent',
  'urgente cirurgico': 'urgent surgical',
  prioridade: 'priority',
  rotina: 'routine',
  coordenada: 'grid',
  coordenadas: 'grid',
  'pedido de evacuacao': 'evac request',
};

/** Small words of the sentence ("sem", "não", "às", "no abdome"), read as English so the readers' grammar finds its way. */
const GRAMMAR: Readonly<Record<string, string>> = {
  sem: 'no',
  nao: 'not',
  // "Não consegui veia": the line could not be placed; "acesso venoso não puncionei": none was put in.
  'nao consegui': 'failed',
  'nao puncionei': 'not placed',
  'nao coloquei': 'not placed',
  'nao dei': 'not given',
  tudo: 'all',
  corrigindo: 'correction',
  corrijo: 'correction',
  com: 'with',
  depois: 'after',
  antes: 'before',
};

export const PORTUGUESE_GLOSSES: Readonly<Record<string, string>> = {
  ...BODY,
  ...PORTUGUESE_SIDES,
  ...HURTS,
  ...CARE,
  ...SHORTHAND,
  ...SIGNS,
  ...PEOPLE,
  ...PORTUGUESE_RANKS,
  ...EVAC,
  ...GRAMMAR,
};

/** Words only Portuguese writes: three of them make a narrative Portuguese, so its words are glossed. */
export const PORTUGUESE_MARKERS: ReadonlySet<string> = new Set([
  'nao',
  'sem',
  'com',
  'esquerdo',
  'esquerda',
  'direito',
  'direita',
  'braco',
  'antebraco',
  'perna',
  'coxa',
  'cabeca',
  'pescoco',
  'garrote',
  'curativo',
  'ferida',
  'ferimento',
  'cetamina',
  'fentanil',
  'ssvv',
  'alergia',
  'alergias',
  'paciente',
  'depois',
  'pra',
  'pelo',
  'pela',
  'entao',
]);
