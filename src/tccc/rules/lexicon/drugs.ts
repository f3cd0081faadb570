/** Medications (generic and brand names), fluids, routes and the units of doses and volumes. */
import { fluid, med, route, type Lexicon, type Tag } from './tags.js';

export const MEDICATION_PHRASES: Lexicon = [
  ['txa', [med('txa')]],
  ['tranexamic acid', [med('txa')]],
  ['tranexamic', [med('txa')]],
  ['ketamine', [med('ketamine')]],
  ['ketamin', [med('ketamine')]],
  ['ketalar', [med('ketamine')]],
  ['fentanyl', [med('fentanyl')]],
  ['fent', [med('fentanyl')]],
  ['otfc', [med('fentanyl', 'OTFC')]],
  ['fentanyl lozenge', [med('fentanyl', 'OTFC')]],
  ['fentanyl lollipop', [med('fentanyl', 'OTFC')]],
  ['fentanyl pop', [med('fentanyl', 'OTFC')]],
  ['actiq', [med('fentanyl', 'OTFC')]],
  ['morphine', [med('morphine')]],
  ['ertapenem', [med('ertapenem')]],
  ['invanz', [med('ertapenem')]],
  ['moxifloxacin', [med('moxifloxacin')]],
  ['moxi', [med('moxifloxacin')]],
  ['avelox', [med('moxifloxacin')]],
  ['cefazolin', [med('cefazolin')]],
  ['ancef', [med('cefazolin')]],
  ['ondansetron', [med('ondansetron')]],
  ['zofran', [med('ondansetron')]],
  ['naloxone', [med('naloxone')]],
  ['narcan', [med('naloxone')]],
  ['acetaminophen', [med('acetaminophen')]],
  ['tylenol', [med('acetaminophen')]],
  ['paracetamol', [med('acetaminophen')]],
  ['apap', [med('acetaminophen')]],
  ['meloxicam', [med('meloxicam')]],
  ['mobic', [med('meloxicam')]],
  ['calcium', [med('calcium')]],
  ['calcium chloride', [med('calcium')]],
  ['calcium gluconate', [med('calcium')]],
  ['cacl', [med('calcium')]],
  // Drugs outside the record's list are recorded as "other".
  ['ibuprofen', [med('other')]],
  ['motrin', [med('other')]],
  ['diphenhydramine', [med('other')]],
  ['benadryl', [med('other')]],
  ['promethazine', [med('other')]],
  ['phenergan', [med('other')]],
  ['midazolam', [med('other')]],
  ['versed', [med('other')]],
  ['ceftriaxone', [med('other')]],
  ['epinephrine', [med('other')]],
  ['atropine', [med('other')]],
  ['hydromorphone', [med('other')]],
  ['dilaudid', [med('other')]],
  ['ketorolac', [med('other')]],
  ['toradol', [med('other')]],
  ['succinylcholine', [med('other')]],
  ['rocuronium', [med('other')]],
];

const repeat: Tag = { cat: 'repeat' };
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
];

const repeatFluid: Tag = { cat: 'repeat', fluid: true };
/** Another unit of the last fluid named ("WB 1 unit IO 0512, 2nd unit IO 0520"). */
export const REPEAT_FLUID_PHRASES: Lexicon = [
  ['2nd unit', [repeatFluid]],
  ['second unit', [repeatFluid]],
  ['3rd unit', [repeatFluid]],
  ['third unit', [repeatFluid]],
  ['another unit', [repeatFluid]],
];

export const FLUID_PHRASES: Lexicon = [
  ['whole blood', [fluid('whole_blood')]],
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
  ['normal saline', [fluid('crystalloid')]],
  ['ns', [fluid('crystalloid')]],
  ['saline', [fluid('crystalloid')]],
  ['crystalloid', [fluid('crystalloid')]],
  ['plasma - lyte', [fluid('crystalloid')]],
  ['plasmalyte', [fluid('crystalloid')]],
  ['hextend', [fluid('hextend')]],
  ['hespan', [fluid('hextend')]],
];

export const ROUTE_PHRASES: Lexicon = [
  ['im', [route('IM')]],
  ['intramuscular', [route('IM')]],
  ['intramuscularly', [route('IM')]],
  ['intranasal', [route('IN')]],
  ['intra - nasal', [route('IN')]],
  ['intranasally', [route('IN')]],
  ['po', [route('PO')]],
  ['by mouth', [route('PO')]],
  ['oral', [route('PO')]],
  ['orally', [route('PO')]],
  ['intravenous', [route('IV')]],
  ['intravenously', [route('IV')]],
  ['intraosseous', [route('IO')]],
  ['lozenge', [route('OTFC')]],
  ['lollipop', [route('OTFC')]],
  ['transmucosal', [route('OTFC')]],
  ['iv', [{ cat: 'access', value: 'iv' }]],
  ['io', [{ cat: 'access', value: 'io' }]],
  // "getting a line in", "got a line in": a line put in is IV access.
  ['line in', [{ cat: 'access', value: 'iv' }]],
  ['saline lock', [{ cat: 'access', value: 'iv' }]],
  ['ez - io', [{ cat: 'access', value: 'io' }]],
  ['fast1', [{ cat: 'access', value: 'io' }]],
];

/** Dose units, normalized to the record's lower-case forms. */
export const DOSE_UNITS: Readonly<Record<string, string>> = {
  mg: 'mg', mgs: 'mg', milligram: 'mg', milligrams: 'mg', migs: 'mg',
  g: 'g', gm: 'g', gms: 'g', gram: 'g', grams: 'g', gr: 'g',
  mcg: 'mcg', mcgs: 'mcg', ug: 'mcg', microgram: 'mcg', micrograms: 'mcg', mikes: 'mcg', mics: 'mcg',
  ml: 'ml', mls: 'ml', cc: 'ml', ccs: 'ml',
  units: 'units', unit: 'units', meq: 'meq',
};

/** Volume units in millilitres; "unit" of whole blood is 500 ml by convention. */
export const VOLUME_UNITS: Readonly<Record<string, number>> = {
  ml: 1, mls: 1, mil: 1, mils: 1, milliliter: 1, milliliters: 1, millilitre: 1, millilitres: 1, cc: 1, ccs: 1,
  l: 1000, liter: 1000, liters: 1000, litre: 1000, litres: 1000,
};
export const WHOLE_BLOOD_UNIT_ML = 500;
export const BLOOD_UNIT_WORDS: ReadonlySet<string> = new Set(['unit', 'units', 'u', 'bag', 'bags']);
