/** Interventions as medics name them, with abbreviations and slang. */
import { tx, type Lexicon, type Tag } from './tags.js';

const WHOSE = ['his', 'her'];
/**
 * "put his shield over the left eye": put or placed, a shield is an eye's only with the eye named. The eye itself is
 * left out of the phrase so it still places the shield on the face.
 */
const OVER_EYE = ['the', ...WHOSE].flatMap((det) => [`over ${det} left`, `over ${det} right`, `over ${det} eye`]);

/**
 * A shield taped on is an eye's ("taped her shield again", "taped his shield on"); a riot shield is held, and put up
 * or placed over a casualty ("placed his shield over the casualty"). Kept out of the spelling words (index.ts
 * vocabulary): "taped" would turn "already typed" into "already taped".
 */
export const SHIELD_ON_PHRASES: Lexicon = [
  ...['taped', 'tape', 'tapes', 'taping', 'retaped'].flatMap((verb) => WHOSE.map((whose) => `${verb} ${whose} shield`)),
  ...['placed', 'place', 'placing', 'put', 'puts', 'putting'].flatMap((verb) =>
    WHOSE.flatMap((whose) => OVER_EYE.map((eye) => `${verb} ${whose} shield ${eye}`)),
  ),
].map((phrase): [string, Tag[]] => [phrase, [tx('eye_shield')]]);

export const INTERVENTION_PHRASES: Lexicon = [
  ['tourniquet', [tx('tourniquet')]],
  ['tourniquets', [tx('tourniquet')]],
  ['tq', [tx('tourniquet')]],
  ['tqs', [tx('tourniquet')]],
  // Common misspellings from typed notes.
  ['turniquet', [tx('tourniquet')]],
  ['tourniquette', [tx('tourniquet')]],
  ['tournequet', [tx('tourniquet')]],
  ['tournaquet', [tx('tourniquet')]],
  ['torniquet', [tx('tourniquet')]],
  // Speech-to-text spellings of the spoken word.
  ['turnicut', [tx('tourniquet')]],
  ['tournicut', [tx('tourniquet')]],
  ['tourniket', [tx('tourniquet')]],
  ['turniket', [tx('tourniquet')]],
  // "tur-ni-kee", the last sound swallowed: a recogniser writes "tour nikki" (read as a slip of this spelling).
  ['tourniki', [tx('tourniquet')]],
  // "tor-a-kit", the "n" dropped, as a recogniser writes it: kept to these words, as its sound skeleton (t-r-k-t) is
  // that of ordinary words ("truck at").
  ['tore a kit', [tx('tourniquet')]],
  ['tor a kit', [tx('tourniquet')]],
  // "TQ" said as its letters, written by a recogniser as the words that sound like them.
  ['tea queue', [tx('tourniquet')]],
  ['tee queue', [tx('tourniquet')]],
  ['tee cue', [tx('tourniquet')]],
  ['cat', [tx('tourniquet')]],
  ['cats', [tx('tourniquet')]],
  // French for a tourniquet, kept by a translation ("I have posed the garrot on the thigh left").
  ['garrot', [tx('tourniquet')]],
  ['garrots', [tx('tourniquet')]],
  // "Evac cat you gave?": the evacuation category shortened, no tourniquet.
  ...['evac', 'evacuation', 'medevac', 'casevac'].map((w): [string, Tag[]] => [`${w} cat`, []]),
  // The brand before the device's name is one device ("CAT tourniquet high and tight"), not two.
  ['cat tourniquet', [tx('tourniquet')]],
  ['cat tq', [tx('tourniquet')]],
  ['c - a - t', [tx('tourniquet')]],
  ['sof - t', [tx('tourniquet')]],
  ['soft - t', [tx('tourniquet')]],
  ['swat - t', [tx('tourniquet')]],
  ['junctional tourniquet', [tx('junctional_tourniquet')]],
  ['junctional tq', [tx('junctional_tourniquet')]],
  ['sam junctional', [tx('junctional_tourniquet')]],
  ['sam junctional tourniquet', [tx('junctional_tourniquet')]],
  // The brand and the device's short name, one device ("SAM junctional TQ over the groin"), not a limb tourniquet too.
  ['sam junctional tq', [tx('junctional_tourniquet')]],
  ['sam jt', [tx('junctional_tourniquet')]],
  ['sam - jt', [tx('junctional_tourniquet')]],
  ['jett', [tx('junctional_tourniquet')]],
  ['croc', [tx('junctional_tourniquet')]],
  ['pressure dressing', [tx('pressure_dressing')]],
  ['pressure dressings', [tx('pressure_dressing')]],
  ['pressure bandages', [tx('pressure_dressing')]],
  ['pressure dsg', [tx('pressure_dressing')]],
  ['pressure drsg', [tx('pressure_dressing')]],
  // Note shorthand, as "dsg" is ("PD R leg 1118").
  ['pd', [tx('pressure_dressing')]],
  ['press dsg', [tx('pressure_dressing')]],
  ['press dressing', [tx('pressure_dressing')]],
  ['pressure bandage', [tx('pressure_dressing')]],
  // "Compressive bandage on the calf": the dressing named by what it does, as translated notes often say it.
  ['compressive bandage', [tx('pressure_dressing')]],
  ['compressive dressing', [tx('pressure_dressing')]],
  ['compression bandage', [tx('pressure_dressing')]],
  ['compression dressing', [tx('pressure_dressing')]],
  ['bandage with pressure', [tx('pressure_dressing')]],
  ['israeli', [tx('pressure_dressing')]],
  ['israeli bandage', [tx('pressure_dressing')]],
  ['israeli dressing', [tx('pressure_dressing')]],
  ['emergency trauma dressing', [tx('pressure_dressing')]],
  ['emergency bandage', [tx('pressure_dressing')]],
  ['etd', [tx('pressure_dressing')]],
  ['olaes', [tx('pressure_dressing')]],
  // The British Army's first field dressing, a bandage with its pad, tied on with pressure ("FFD over the wound").
  ['first field dressing', [tx('pressure_dressing')]],
  ['first field dressings', [tx('pressure_dressing')]],
  ['ffd', [tx('pressure_dressing')]],
  ['ffds', [tx('pressure_dressing')]],
  ['combat gauze', [tx('hemostatic_dressing')]],
  // The medic's written short form ("CG packed R thigh"); no dose is written in centigrams.
  ['cg', [tx('hemostatic_dressing')]],
  // Spellings of the spoken word that a recogniser or a hurried hand writes.
  ['combat gaws', [tx('hemostatic_dressing')]],
  ['combat gauss', [tx('hemostatic_dressing')]],
  ['combat guaze', [tx('hemostatic_dressing')]],
  ['hemostatic', [tx('hemostatic_dressing')]],
  ['hemostatic dressing', [tx('hemostatic_dressing')]],
  ['hemostatic gauze', [tx('hemostatic_dressing')]],
  ['quikclot', [tx('hemostatic_dressing')]],
  ['quick clot', [tx('hemostatic_dressing')]],
  ['celox', [tx('hemostatic_dressing')]],
  ['chitogauze', [tx('hemostatic_dressing')]],
  ['wound packing', [tx('hemostatic_dressing')]],
  ['npa', [tx('npa')]],
  ['nasopharyngeal', [tx('npa')]],
  ['nasopharyngeal airway', [tx('npa')]],
  ['nasal airway', [tx('npa')]],
  ['nasal trumpet', [tx('npa')]],
  ['cric', [tx('cric')]],
  ['crike', [tx('cric')]],
  ['cricothyroidotomy', [tx('cric')]],
  ['surgical cric', [tx('cric')]],
  ['surgical airway', [tx('cric')]],
  ['sga', [tx('sga')]],
  ['supraglottic', [tx('sga')]],
  ['supraglottic airway', [tx('sga')]],
  ['i - gel', [tx('sga')]],
  ['igel', [tx('sga')]],
  ['king lt', [tx('sga')]],
  ['king airway', [tx('sga')]],
  ['et tube', [tx('et_tube')]],
  ['ett', [tx('et_tube')]],
  ['endotracheal tube', [tx('et_tube')]],
  ['intubated', [tx('et_tube')]],
  ['chest seal', [tx('chest_seal')]],
  // Spelt by ear ("vented chest seel"): "seel" is no other word of care.
  ['chest seel', [tx('chest_seal')]],
  ['vented seal', [tx('chest_seal')]],
  // "Seal going on the left chest": in care of a casualty a seal is a chest seal.
  ['seal', [tx('chest_seal')]],
  ['seals', [tx('chest_seal')]],
  // A mask's seal is no chest seal: a casualty masked against gas ("his mask seal's good") or a bag-valve mask's.
  ...['mask seal', 'mask seals', "mask seal's"].map((w): [string, Tag[]] => [w, []]),
  ['chest seals', [tx('chest_seal')]],
  ['hyfin', [tx('chest_seal')]],
  ['occlusive dressing', [tx('chest_seal')]],
  ['asherman', [tx('chest_seal')]],
  ['needle d', [tx('needle_decompression')]],
  ['needle decompression', [tx('needle_decompression')]],
  // A translation keeps the noun first ("Decompression by needle 14G in the 2nd intercostal space").
  ...['by needle', 'by a needle', 'with needle', 'with a needle', 'with the needle'].map((how): [string, Tag[]] => [
    `decompression ${how}`,
    [tx('needle_decompression')],
  ]),
  ['needle decomp', [tx('needle_decompression')]],
  ['needle decompressed', [tx('needle_decompression')]],
  // "Needling the left chest, second intercostal space": the chest needled is decompressed.
  ['needling', [tx('needle_decompression')]],
  ['needled', [tx('needle_decompression')]],
  ['needle thoracostomy', [tx('needle_decompression')]],
  ['ndc', [tx('needle_decompression')]],
  ['decompressed', [tx('needle_decompression')]],
  // As an act under way: "decompressing the right chest", "needle's going in, left chest".
  ['decompressing', [tx('needle_decompression')]],
  ['decompress', [tx('needle_decompression')]],
  ["needle's going in", [tx('needle_decompression')]],
  ['needle going in', [tx('needle_decompression')]],
  ['chest tube', [tx('chest_tube')]],
  ['finger thoracostomy', [tx('chest_tube')]],
  ['oxygen', [tx('oxygen')]],
  ['o2', [tx('oxygen')]],
  ['nrb', [tx('oxygen')]],
  ['non - rebreather', [tx('oxygen')]],
  ['non rebreather', [tx('oxygen')]],
  ['nasal cannula', [tx('oxygen')]],
  ['splint', [tx('splint')]],
  ['splinted', [tx('splint')]],
  ['splinting', [tx('splint')]],
  ['sam splint', [tx('splint')]],
  ['traction splint', [tx('splint')]],
  ['pelvic binder', [tx('pelvic_binder')]],
  ['binder', [tx('pelvic_binder')]],
  ['pelvic sling', [tx('pelvic_binder')]],
  ['sam pelvic sling', [tx('pelvic_binder')]],
  ['hypothermia kit', [tx('hypothermia_prevention')]],
  ['hypothermia kits', [tx('hypothermia_prevention')]],
  ['hypothermia prevention', [tx('hypothermia_prevention')]],
  ['hypothermia prevention kit', [tx('hypothermia_prevention')]],
  ['hpmk', [tx('hypothermia_prevention')]],
  ['blizzard blanket', [tx('hypothermia_prevention')]],
  ['blizzard bag', [tx('hypothermia_prevention')]],
  ['ready heat', [tx('hypothermia_prevention')]],
  // The brand as it is printed, with its hyphen ("had him in a Ready-Heat").
  ['ready - heat', [tx('hypothermia_prevention')]],
  ['space blanket', [tx('hypothermia_prevention')]],
  ['hypothermia blanket', [tx('hypothermia_prevention')]],
  // A recogniser splits the word ("hypo thermia prevention kit applied").
  ...['prevention', 'prevention kit', 'kit', 'blanket', 'wrap'].map((w): [string, Tag[]] => [
    `hypo thermia ${w}`,
    [tx('hypothermia_prevention')],
  ]),
  ['hypothermia wrap', [tx('hypothermia_prevention')]],
  ['hypothermia bag', [tx('hypothermia_prevention')]],
  ['blizzard wrap', [tx('hypothermia_prevention')]],
  // The brand alone names the wrap ("Blizzard on the driver", "Blizzard over everything"); the weather is no care
  // (device-labels.ts isWeather).
  ['blizzard', [tx('hypothermia_prevention')]],
  ...['blizzard conditions', 'during the blizzard', 'during a blizzard'].map((w): [string, Tag[]] => [w, []]),
  ['blanket', [tx('hypothermia_prevention')]],
  ['blankets', [tx('hypothermia_prevention')]],
  ['eye shield', [tx('eye_shield')]],
  ['rigid eye shield', [tx('eye_shield')]],
  ['eye cup', [tx('eye_shield')]],
  // "His left eye looks bad, putting a shield on it": the only shield a medic puts on.
  ['shield', [tx('eye_shield')]],
  // A soldier's own shield in a line or a stack is no care ("the shield line", "hit round the shield edge", "a half
  // brick over the top of his shield"): an eye shield is said as one, or put over the eye.
  ...['riot shield', 'ballistic shield', 'shield line', 'shield edge', 'shield wall', 'his shield', 'her shield'].map(
    (w): [string, Tag[]] => [w, []],
  ),
  ...SHIELD_ON_PHRASES,
  // Resuscitation has no type of its own: started, it is care ("CPR started 0404"); stopped, it is none again.
  ['cpr', [tx('other')]],
  ...['stopped', 'ceased', 'discontinued'].flatMap((verb): [string, Tag[]][] => [
    [`${verb} cpr`, []],
    [`cpr ${verb}`, []],
  ]),
];
