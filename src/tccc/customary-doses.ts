/**
 * The unit a drug's dose is meant in when the medic leaves the unit out ("ket 50 IM", "Moxi 400 PO", "twenty of
 * ketamine"): every medic would write those as 50 mg, 400 mg and 20 mg. Shared by the rules engine, which reads such a
 * dose, and the grounding check, which accepts it, so the two agree.
 *
 * An amount gets the unit only inside the range of that drug's field doses in it, so an amount that could be meant in
 * another unit or that no dose of the drug would be ("fentanyl 0.1", "ketamine 2", "TXA 1000") stays without a dose:
 * a missing dose is visible on the card, a wrong unit is not.
 */
import type { MedicationName } from './record.js';

interface CustomaryDose {
  unit: 'mg' | 'g' | 'mcg';
  min: number;
  max: number;
}

const CUSTOMARY_DOSES: Partial<Record<MedicationName, CustomaryDose>> = {
  // 20 mg IV for pain up to 300 mg IM for sedation.
  ketamine: { unit: 'mg', min: 10, max: 500 },
  // 2.5 to 10 mg IV/IM; "morphine one" is as likely a list's first entry as 1 mg.
  morphine: { unit: 'mg', min: 2, max: 20 },
  // 50 mcg IV/IN to an 800 mcg lozenge; "fentanyl 0.1" (mg) falls outside.
  fentanyl: { unit: 'mcg', min: 25, max: 1600 },
  txa: { unit: 'g', min: 1, max: 2 },
  ondansetron: { unit: 'mg', min: 4, max: 8 },
  naloxone: { unit: 'mg', min: 0.4, max: 4 },
  moxifloxacin: { unit: 'mg', min: 400, max: 400 },
  ertapenem: { unit: 'g', min: 1, max: 1 },
  cefazolin: { unit: 'g', min: 1, max: 2 },
  acetaminophen: { unit: 'mg', min: 325, max: 1300 },
  meloxicam: { unit: 'mg', min: 7.5, max: 15 },
};

/** "50 mg" for ketamine said "50"; undefined when the drug has no customary unit or the amount is out of its range. */
export function customaryDose(drug: MedicationName, amount: number): string | undefined {
  const usual = CUSTOMARY_DOSES[drug];
  return usual && amount >= usual.min && amount <= usual.max ? `${amount} ${usual.unit}` : undefined;
}

/** Millilitres said short ("fifty mil", "four hundred mils"), which a speaker may use for milligrams too. */
export const SPOKEN_MIL_WORDS: readonly string[] = ['mil', 'mils'];

/**
 * "fifty mil of ket", "Mobic fifteen mil", "moxi four hundred mil": a spoken "mil" after a drug dosed by weight, in
 * the range of its field doses in milligrams, is slang for milligrams (no medic pushes 50 ml of ketamine or swallows
 * 400 ml of moxifloxacin). Out of that range ("drawing one mil" of ketamine) it stays a volume.
 */
export function milMeantAsMilligrams(drug: MedicationName, amount: number): string | undefined {
  const dose = customaryDose(drug, amount);
  return dose?.endsWith(' mg') ? dose : undefined;
}
