/** Medications (generic and brand names), fluids and the units of doses and volumes; routes are routes.ts's. */
import { fluid, med, type Lexicon, type Tag } from './tags.js';

export const MEDICATION_PHRASES: Lexicon = [
  ['txa', [med('txa')]],
  ['tx a', [med('txa')]],
  ['t x a', [med('txa')]],
  ['tranexamic acid', [med('txa')]],
  // The French order ("acide tranexamique"), kept by a translation.
  ['acid tranexamic', [med('txa')]],
  ['tranexamic', [med('txa')]],
  ['ketamine', [med('ketamine')]],
  ['ketamin', [med('ketamine')]],
  ['ketalar', [med('ketamine')]],
  // Shorthand in written notes ("ket 50mg IM").
  ['ket', [med('ketamine')]],
  // Shorthand in notes ("Keta 50mg IM 0258"), as "ket" and "fent" are.
  ['keta', [med('ketamine')]],
  ['fentanyl', [med('fentanyl')]],
  ['fent', [med('fentanyl')]],
  ['otfc', [med('fentanyl', 'OTFC')]],
  // The route written before the drug ("OTFC fentanyl 800 mcg 1422"), one mention of both.
  ['otfc fentanyl', [med('fentanyl', 'OTFC')]],
  ['otfc fent', [med('fentanyl', 'OTFC')]],
  ['fentanyl lozenge', [med('fentanyl', 'OTFC')]],
  ['fentanyl lollipop', [med('fentanyl', 'OTFC')]],
  // A recogniser writes the lollipop as two words or one ("fentanyl lolly pop").
  ['fentanyl lolly pop', [med('fentanyl', 'OTFC')]],
  ['fentanyl lollypop', [med('fentanyl', 'OTFC')]],
  ['fentanyl pop', [med('fentanyl', 'OTFC')]],
  // Shorthand for the lozenge on its stick ("Fent lolli, eight hundred mikes, in his cheek").
  ['fent lolli', [med('fentanyl', 'OTFC')]],
  ['fent lolly', [med('fentanyl', 'OTFC')]],
  ['fentanyl lolli', [med('fentanyl', 'OTFC')]],
  ['fentanyl lolly', [med('fentanyl', 'OTFC')]],
  ['actiq', [med('fentanyl', 'OTFC')]],
  ['morphine', [med('morphine')]],
  ['ertapenem', [med('ertapenem')]],
  ['invanz', [med('ertapenem')]],
  // Shorthand in written notes ("ertap 1g IM"), as "cefaz" and "moxi" are.
  ['ertap', [med('ertapenem')]],
  ['moxifloxacin', [med('moxifloxacin')]],
  ['moxi', [med('moxifloxacin')]],
  // A recogniser's spelling of the same shorthand, and of the whole name ("moxy flocks a sin").
  ['moxy', [med('moxifloxacin')]],
  ['moxy flocks a sin', [med('moxifloxacin')]],
  ['avelox', [med('moxifloxacin')]],
  ['cefazolin', [med('cefazolin')]],
  ['ancef', [med('cefazolin')]],
  ['cefaz', [med('cefazolin')]],
  ['ondansetron', [med('ondansetron')]],
  ['zofran', [med('ondansetron')]],
  ['naloxone', [med('naloxone')]],
  ['narcan', [med('naloxone')]],
  ['acetaminophen', [med('acetaminophen')]],
  ['tylenol', [med('acetaminophen')]],
  ['paracetamol', [med('acetaminophen')]],
  // Paracetamol for the vein, by its European brand name.
  ['perfalgan', [med('acetaminophen')]],
  ['apap', [med('acetaminophen')]],
  ['meloxicam', [med('meloxicam')]],
  ['mobic', [med('meloxicam')]],
  ['calcium', [med('calcium')]],
  ['calcium chloride', [med('calcium')]],
  ['calcium gluconate', [med('calcium')]],
  ['cacl', [med('calcium')]],
  // The chemical symbols written apart on a card ("Ca Cl 1 g IO 1609").
  ['ca cl', [med('calcium')]],
  // Shortened as medics say it ("Cal chloride 1 g IO"); "cal" alone is never read, it is too often "call".
  ['cal chloride', [med('calcium')]],
  ['cal gluconate', [med('calcium')]],
  ['cal gluc', [med('calcium')]],
  // Drugs outside the record's list are recorded as "other".
  ['ibuprofen', [med('other')]],
  // The S-form of ketamine, given in its own vials ("Esketamine 25 mg IM"); the record lists it apart.
  ['esketamine', [med('other')]],
  ['motrin', [med('other')]],
  ['diphenhydramine', [med('other')]],
  ['benadryl', [med('other')]],
  ['promethazine', [med('other')]],
  ['phenergan', [med('other')]],
  ['midazolam', [med('other')]],
  ['versed', [med('other')]],
  ['ceftriaxone', [med('other')]],
  ['epinephrine', [med('other')]],
  // Said short in a code ("Epi 1 mg IO 0406").
  ['epi', [med('other')]],
  ['atropine', [med('other')]],
  // The nerve-agent antidotes a chemical casualty gets: pralidoxime ("two-PAM", "2-PAM"), the anticonvulsant diazepam
  // and the kits that hold them (ATNAA, DuoDote: atropine and pralidoxime in one). Not "CANA", the diazepam
  // auto-injector: the matcher reads it in "canal".
  ['pralidoxime', [med('other')]],
  ...['2', 'two'].flatMap((n): [string, Tag[]][] => [
    [`${n} - pam`, [med('other')]],
    [`${n} pam`, [med('other')]],
  ]),
  ['diazepam', [med('other')]],
  ['valium', [med('other')]],
  ['atnaa', [med('other')]],
  ['duodote', [med('other')]],
  ['hydromorphone', [med('other')]],
  ['dilaudid', [med('other')]],
  ['ketorolac', [med('other')]],
  ['toradol', [med('other')]],
  ['succinylcholine', [med('other')]],
  ['rocuronium', [med('other')]],
  // Analgesics carried by other armies: an opioid agonist-antagonist and the inhaled "green whistle".
  ['nalbuphine', [med('other')]],
  ['nubain', [med('other')]],
  ['penthrox', [med('other')]],
  ['methoxyflurane', [med('other')]],
  // Given for crush and hyperkalemia beside calcium ("Sodium bicarb 50 mEq IV"), and the tetanus vaccine.
  ['sodium bicarbonate', [med('other')]],
  ['sodium bicarb', [med('other')]],
  ['bicarbonate', [med('other')]],
  ['bicarb', [med('other')]],
  ['tdap', [med('other')]],
  ['tetanus toxoid', [med('other')]],
];

const repeat: Tag = { cat: 'repeat' };
const oneGram: Tag = { cat: 'repeat', dose: '1 g' };
/** Another dose of the last drug named; it counts only when a dose follows. */
export const REPEAT_PHRASES: Lexicon = [
  ['repeated', [repeat]],
  ['repeat', [repeat]],
  ['repeat dose', [repeat]],
  ['repeated dose', [repeat]],
  ['redosed', [repeat]],
  ['re - dosed', [repeat]],
  ['another dose', [repeat]],
  ['second dose', [repeat]],
  // "second one going on the same leg": another of the device just placed, or with a dose another of the drug.
  ['second one', [repeat]],
  ['third one', [repeat]],
  ['another one', [repeat]],
  // "second needle right chest 0626": another of the needle just put in (a decompression, a line), placed where said.
  ['second needle', [repeat]],
  ['another needle', [repeat]],
  // "and then another twenty five micrograms IV": another dose of the last drug when a dose is said with it.
  ['another', [repeat]],
  // "Epi 1 mg IO 2241 and again 2244": the same dose given again at the time said right after.
  ['and again', [{ cat: 'repeat', sameDose: true }]],
  // "Fentanyl 50 mcg IV 1526, again 50 mcg IV 1536": "again" after a pause, with a dose, is another dose of it.
  [', again', [repeat]],
  ['further', [repeat]],
  ['additional', [repeat]],
  // "second gram at 1430": a counted gram is another dose of one gram.
  ...['second', '2nd', 'third', '3rd', 'another'].map((w): [string, Tag[]] => [`${w} gram`, [oneGram]]),
];

const repeatFluid: Tag = { cat: 'repeat', fluid: true };
/** Another unit of the last fluid named ("WB 1 unit IO 0512, 2nd unit IO 0520"). */
export const REPEAT_FLUID_PHRASES: Lexicon = [
  ['2nd unit', [repeatFluid]],
  ['second unit', [repeatFluid]],
  ['3rd unit', [repeatFluid]],
  ['third unit', [repeatFluid]],
  ['another unit', [repeatFluid]],
  // A handover's shorthand unit ("WB 1 u IO 0729, 2nd u IO 0741").
  ['2nd u', [repeatFluid]],
  ['3rd u', [repeatFluid]],
  // Units numbered after the first ("WB unit 1 IO 0706, unit 2 IO 0718"): "unit 2" is never two of what follows.
  ['unit 2', [repeatFluid]],
  ['unit 3', [repeatFluid]],
  ['unit 4', [repeatFluid]],
  ['unit number 2', [repeatFluid]],
];

export const FLUID_PHRASES: Lexicon = [
  ['whole blood', [fluid('whole_blood')]],
  // A card's abbreviation of blood ("Whole Bld 1 unit IV").
  ['whole bld', [fluid('whole_blood')]],
  ['wb', [fluid('whole_blood')]],
  ['ltowb', [fluid('whole_blood')]],
  ['fwb', [fluid('whole_blood')]],
  ['fresh whole blood', [fluid('whole_blood')]],
  ['low titer o whole blood', [fluid('whole_blood')]],
  ['plasma', [fluid('plasma')]],
  ['ffp', [fluid('plasma')]],
  ['freeze dried plasma', [fluid('plasma')]],
  ['freeze - dried plasma', [fluid('plasma')]],
  ['fdp', [fluid('plasma')]],
  ['prbc', [fluid('prbc')]],
  ['prbcs', [fluid('prbc')]],
  ['packed red cells', [fluid('prbc')]],
  ['packed red blood cells', [fluid('prbc')]],
  ['red cells', [fluid('prbc')]],
  ['lr', [fluid('crystalloid')]],
  ['lactated ringers', [fluid('crystalloid')]],
  ["lactated ringer's", [fluid('crystalloid')]],
  ['ringers', [fluid('crystalloid')]],
  ['ringer lactate', [fluid('crystalloid')]],
  ['ringers lactate', [fluid('crystalloid')]],
  ["ringer's lactate", [fluid('crystalloid')]],
  ["ringer's", [fluid('crystalloid')]],
  // Said without the possessive by many ("1 liter Ringer IV"), and saline by its formula ("NaCl", "sodium chloride").
  ['ringer', [fluid('crystalloid')]],
  ['nacl', [fluid('crystalloid')]],
  ['sodium chloride', [fluid('crystalloid')]],
  ['normal saline', [fluid('crystalloid')]],
  ['ns', [fluid('crystalloid')]],
  ['saline', [fluid('crystalloid')]],
  // Saline by its name in French and other European armies ("sérum physiologique 500 ml", "physiological solution").
  ['physiological serum', [fluid('crystalloid')]],
  ['physiological saline', [fluid('crystalloid')]],
  ['physiological solution', [fluid('crystalloid')]],
  ['crystalloid', [fluid('crystalloid')]],
  ['plasma - lyte', [fluid('crystalloid')]],
  ['plasmalyte', [fluid('crystalloid')]],
  // Compound sodium lactate by its British and Australian name ("250 ml of Hartmann's through the IO").
  ['hartmanns', [fluid('crystalloid')]],
  ["hartmann's", [fluid('crystalloid')]],
  ['hartmann', [fluid('crystalloid')]],
  ['hextend', [fluid('hextend')]],
  ['hespan', [fluid('hextend')]],
];

/** Dose units, normalized to the record's lower-case forms. */
export const DOSE_UNITS: Readonly<Record<string, string>> = {
  mg: 'mg',
  mgs: 'mg',
  milligram: 'mg',
  milligrams: 'mg',
  migs: 'mg',
  g: 'g',
  gm: 'g',
  gms: 'g',
  gram: 'g',
  grams: 'g',
  gr: 'g',
  // "TXA one gee": the letter said for grams.
  gee: 'g',
  mcg: 'mcg',
  mcgs: 'mcg',
  ug: 'mcg',
  microgram: 'mcg',
  micrograms: 'mcg',
  mike: 'mcg',
  mikes: 'mcg',
  mic: 'mcg',
  mics: 'mcg',
  ml: 'ml',
  mls: 'ml',
  // Spoken millilitres: "Penthrox, three mil".
  mil: 'ml',
  mils: 'ml',
  cc: 'ml',
  ccs: 'ml',
  units: 'units',
  unit: 'units',
  meq: 'meq',
  milliequivalent: 'meq',
  milliequivalents: 'meq',
};

/** Volume units in millilitres; "unit" of whole blood is 500 ml by convention. */
export const VOLUME_UNITS: Readonly<Record<string, number>> = {
  ml: 1,
  mls: 1,
  mil: 1,
  mils: 1,
  milliliter: 1,
  milliliters: 1,
  millilitre: 1,
  millilitres: 1,
  cc: 1,
  ccs: 1,
  l: 1000,
  liter: 1000,
  liters: 1000,
  litre: 1000,
  litres: 1000,
};
export const WHOLE_BLOOD_UNIT_ML = 500;
export const BLOOD_UNIT_WORDS: ReadonlySet<string> = new Set(['unit', 'units', 'u', 'bag', 'bags']);
