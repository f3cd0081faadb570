/**
 * TCCC abbreviations, brand names and field slang, as data. Each alias found in a text adds its expansion's words,
 * at index time (a passage that says "TQ" is also found by "tourniquet") and at query time (a medic who types
 * "TQ" also searches "tourniquet"). Aliases are matched as whole words; spaces and hyphens in them match either.
 */
interface Synonym {
  /** Words added to the text when an alias is found. */
  expansion: string;
  aliases: string[];
}

const SYNONYMS: readonly Synonym[] = [
  { expansion: 'tourniquet', aliases: ['tq', 'tqs', 'tk', 'cat tourniquet', 'sof-t', 'soft-t', 'windlass'] },
  { expansion: 'junctional tourniquet', aliases: ['sam-jt', 'samjt', 'jt', 'croc', 'combat ready clamp', 'jett'] },
  {
    expansion: 'needle decompression',
    aliases: [
      'ndc',
      'needle d',
      'needle-d',
      'nd',
      'needle thoracostomy',
      'decompress',
      'decompressed',
      'needle the chest',
    ],
  },
  { expansion: 'tension pneumothorax', aliases: ['tension pneumo', 'tension ptx', 'tpx', 'tension'] },
  { expansion: 'pneumothorax', aliases: ['ptx', 'pneumo', 'collapsed lung'] },
  {
    expansion: 'open chest wound chest seal',
    aliases: ['sucking chest wound', 'scw', 'hyfin', 'halo seal', 'asherman', 'bolin', 'occlusive dressing'],
  },
  { expansion: 'tranexamic acid', aliases: ['txa', 'cyklokapron'] },
  { expansion: 'intraosseous', aliases: ['io', 'fast1', 'fast-1', 'ez-io', 'ezio', 'sternal io'] },
  { expansion: 'intravenous', aliases: ['iv', 'saline lock', 'hep lock'] },
  { expansion: 'intramuscular', aliases: ['im'] },
  { expansion: 'oral by mouth', aliases: ['po', 'pill', 'pills', 'tablet', 'tablets', 'swallow'] },
  {
    expansion: 'oral transmucosal fentanyl citrate',
    aliases: ['otfc', 'lollipop', 'lolly', 'fentanyl lozenge', 'fentanyl lollipop', 'actiq'],
  },
  {
    expansion: 'hypothermia prevention and management kit',
    aliases: ['hpmk', 'ready-heat', 'readyheat', 'blizzard blanket', 'space blanket', 'hrs'],
  },
  { expansion: 'hypothermia', aliases: ['keep warm', 'keep him warm', 'keep her warm', 'warming', 'cold casualty'] },
  {
    expansion: 'supraglottic airway',
    aliases: ['sga', 'i-gel', 'igel', 'king lt', 'king airway', 'extraglottic', 'lma'],
  },
  {
    expansion: 'cricothyroidotomy surgical airway',
    aliases: ['cric', 'crike', 'crick', 'crickey', 'surgical cric', 'cricothyrotomy', 'cut the throat'],
  },
  { expansion: 'nasopharyngeal airway', aliases: ['npa', 'nasal trumpet', 'nasal airway', 'nose hose', 'trumpet'] },
  { expansion: 'endotracheal intubation', aliases: ['et tube', 'ett', 'et-tube', 'intubate', 'tube him'] },
  { expansion: 'gunshot wound', aliases: ['gsw', 'gsws', 'shot', 'bullet'] },
  { expansion: 'improvised explosive device blast', aliases: ['ied', 'vbied', 'roadside bomb'] },
  { expansion: 'motor vehicle crash', aliases: ['mvc', 'mva', 'rollover', 'vehicle rollover'] },
  { expansion: 'rocket propelled grenade', aliases: ['rpg'] },
  { expansion: 'whole blood', aliases: ['ltowb', 'lto wb', 'fwb', 'walking blood bank', 'wb', 'o low titer'] },
  { expansion: 'red blood cells', aliases: ['prbc', 'prbcs', 'rbc', 'rbcs', 'packed cells'] },
  { expansion: 'plasma', aliases: ['ffp', 'fdp', 'freeze-dried plasma', 'ffdp'] },
  { expansion: 'blood products transfusion', aliases: ['transfuse', 'transfusion', 'units'] },
  {
    expansion: 'lactated ringers crystalloid',
    aliases: ['lr', 'ringers', 'ns', 'normal saline', 'saline', 'plasmalyte', 'plasma-lyte'],
  },
  {
    expansion: 'casualty card dd 1380',
    aliases: ['dd1380', 'dd 1380', 'dd-1380', '1380', 'tccc card', 'casualty card', 'card'],
  },
  {
    expansion: '9 line medevac request',
    aliases: ['9-line', '9 line', '9line', 'nine line', 'nine-line', 'medevac request', 'nine liner'],
  },
  { expansion: 'evacuation', aliases: ['evac', 'medevac', 'casevac', 'dustoff', 'dust off', 'bird', 'helo', 'pickup'] },
  { expansion: 'mist handover report', aliases: ['zmist', 'mist', 'atmist', 'handoff', 'hand off', 'turnover'] },
  { expansion: 'zap number battle roster', aliases: ['zap', 'zap number', 'roster number', 'battle roster number'] },
  { expansion: 'moxifloxacin antibiotic', aliases: ['moxi', 'moxy', 'avelox'] },
  { expansion: 'ertapenem antibiotic', aliases: ['invanz', 'erta'] },
  { expansion: 'cefazolin antibiotic', aliases: ['ancef', 'kefzol', 'cefaz'] },
  { expansion: 'antibiotics', aliases: ['abx', 'antibiotic'] },
  { expansion: 'acetaminophen', aliases: ['tylenol', 'apap', 'paracetamol'] },
  { expansion: 'meloxicam', aliases: ['mobic', 'nsaid'] },
  { expansion: 'ondansetron nausea', aliases: ['zofran', 'puking', 'throwing up', 'vomiting'] },
  { expansion: 'naloxone', aliases: ['narcan', 'reversal', 'reverse'] },
  { expansion: 'ketamine', aliases: ['ket', 'k', 'ketalar'] },
  { expansion: 'combat wound medication pack pill pack', aliases: ['cwmp', 'pill pack', 'combat pill pack', 'cpp'] },
  { expansion: 'pain analgesia', aliases: ['pain meds', 'analgesic', 'painkiller', 'painkillers', 'hurts'] },
  { expansion: 'calcium', aliases: ['calcium gluconate', 'calcium chloride', 'cacl', 'ca gluconate'] },
  {
    expansion: 'hemostatic dressing',
    aliases: [
      'combat gauze',
      'quikclot',
      'quick clot',
      'qc',
      'celox',
      'chitogauze',
      'hemostatic gauze',
      'pack the wound',
      'wound packing',
    ],
  },
  {
    expansion: 'pressure dressing',
    aliases: ['israeli bandage', 'israeli', 'etd', 'emergency trauma dressing', 'olaes', 'ace wrap'],
  },
  { expansion: 'pelvic binder', aliases: ['sam pelvic sling', 'pelvic sling', 'sheet the pelvis', 'binder'] },
  {
    expansion: 'hemorrhage bleeding',
    aliases: ['bleed', 'bleeding', 'bleeds', 'bleeder', 'bleeding out', 'hemorrhaging', 'blood loss'],
  },
  { expansion: 'amputation', aliases: ['amp', 'amputee', 'amputated', 'blown off', 'traumatic amp'] },
  {
    expansion: 'traumatic brain injury head',
    aliases: ['tbi', 'head injury', 'head wound', 'head trauma', 'concussion'],
  },
  { expansion: 'total body surface area', aliases: ['tbsa', 'bsa'] },
  { expansion: 'intercostal space', aliases: ['ics'] },
  { expansion: 'anterior axillary line', aliases: ['aal'] },
  { expansion: 'midclavicular line', aliases: ['mcl'] },
  { expansion: 'mechanism of injury', aliases: ['moi'] },
  { expansion: 'tactical field care', aliases: ['tfc'] },
  { expansion: 'care under fire', aliases: ['cuf', 'under fire', 'taking fire', 'contact'] },
  { expansion: 'tactical evacuation care', aliases: ['tacevac', 'tec'] },
  {
    expansion: 'cardiopulmonary resuscitation cardiac arrest',
    aliases: ['cpr', 'no pulse', 'pulseless', 'coded', 'arrest'],
  },
  { expansion: 'end tidal co2 capnography', aliases: ['etco2', 'capno', 'capnograph'] },
  { expansion: 'hypertonic saline', aliases: ['hts', '3 percent saline'] },
  { expansion: 'glasgow coma scale', aliases: ['gcs'] },
  { expansion: 'avpu alert voice pain unresponsive', aliases: ['a&o', 'loc', 'level of consciousness', 'responsive'] },
  { expansion: 'enemy prisoner of war', aliases: ['epw', 'detainee', 'pow'] },
  { expansion: 'blood pressure systolic', aliases: ['bp', 'sbp'] },
  {
    expansion: 'oxygen saturation pulse oximetry spo2',
    aliases: ['sat', 'sats', 'spo2', 'o2 sat', 'pulse ox', 'pulseox'],
  },
  { expansion: 'oxygen', aliases: ['o2'] },
  { expansion: 'respiratory rate breathing', aliases: ['rr', 'resp', 'resps', 'resp rate'] },
  { expansion: 'pulse heart rate', aliases: ['hr'] },
  { expansion: 'vital signs', aliases: ['vitals', 'vs', 'signs and symptoms'] },
  { expansion: 'reassess reassessment', aliases: ['recheck', 're-check', 're-assess', 'check again'] },
  { expansion: 'hours', aliases: ['hrs', 'hr'] },
  { expansion: 'minutes', aliases: ['min', 'mins'] },
  { expansion: 'no known drug allergies', aliases: ['nkda'] },
  { expansion: 'eye shield', aliases: ['eye pro', 'shield the eye'] },
  { expansion: 'splint', aliases: ['sam splint', 'broken bone', 'broken leg', 'broken arm', 'fx'] },
];

function aliasPattern(alias: string): string {
  return alias
    .split(/[\s-]+/)
    .map((part) => part.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&'))
    .join('[\\s-]+');
}

/** One compiled matcher per synonym entry: whole-word, case-insensitive. */
const MATCHERS = SYNONYMS.map((synonym) => ({
  words: synonym.expansion.split(' '),
  pattern: new RegExp(`(?<![a-z0-9])(?:${synonym.aliases.map(aliasPattern).join('|')})(?![a-z0-9])`, 'i'),
}));

/** The expansion words for every alias present in `text`, each entry's words once. */
export function synonymExpansions(text: string): string[] {
  // Every alias has a letter, so blank text (an empty search box, at every render) needs no pattern:
  // testing them all would compile each one, the costliest part of the Library view's first render.
  if (!text.trim()) return [];
  const words: string[] = [];
  for (const matcher of MATCHERS) {
    if (matcher.pattern.test(text)) words.push(...matcher.words);
  }
  return words;
}
