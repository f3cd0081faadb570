/** What a lexicon phrase means: the tags a mention of it carries. */
import type {
  Avpu,
  EvacPriority,
  InjuryType,
  InterventionType,
  Location,
  Mechanism,
  MedicationName,
  MedicationRoute,
  FluidName,
} from '../../record.js';

export type VitalKind = 'pulse' | 'bp' | 'resp_rate' | 'spo2' | 'pain' | 'avpu';

export type Tag =
  | { cat: 'mechanism'; value: Mechanism }
  /** `location` is set when the phrase names it ("head injury", "tension pneumo"). */
  | { cat: 'injury'; value: InjuryType; location?: Location }
  | { cat: 'intervention'; value: InterventionType }
  /** `route` is set when the phrase implies it ("OTFC", "fentanyl lozenge"). */
  | { cat: 'medication'; value: MedicationName; route?: MedicationRoute }
  | { cat: 'fluid'; value: FluidName }
  /** A vital sign's name, followed by its value ("HR 118"). */
  | { cat: 'vital'; value: VitalKind }
  /** An AVPU statement with its level in the words ("responds to voice"). */
  | { cat: 'avpu'; value: Avpu }
  | { cat: 'evac'; value: EvacPriority }
  | { cat: 'route'; value: MedicationRoute }
  /** "IV"/"IO": vascular access on its own, a route after a drug or fluid. */
  | { cat: 'access'; value: 'iv' | 'io' }
  /**
   * Negation or hedging: `forward` covers what follows ("no", "considered"), `backward` what precedes ("not indicated").
   * `careOnly`: it covers treatments alone ("requested TXA" was not given; "requesting urgent MEDEVAC" is still urgent).
   */
  | { cat: 'negate'; dir: 'forward' | 'backward'; careOnly?: true }
  | { cat: 'allergy_none' }
  | { cat: 'allergy' }
  | { cat: 'sex'; value: 'male' | 'female' }
  /** Words that open a new set of vitals ("repeat vitals", "second set"). */
  | { cat: 'vitals_set' }
  /** Words that mark a sentence as about someone else ("not a casualty", "his buddy"); `opensRemark` when they start the remark ("the other guy"). */
  | { cat: 'other_person'; opensRemark?: boolean }
  /** Words that turn back to the casualty on this card ("this guy", "this card") after someone else. */
  | { cat: 'this_casualty' }
  /** A device checked again, not placed again ("TQ reassessed, still holding"). */
  | { cat: 'recheck' }
  /** A self-correction ("correction", "I mean"). */
  | { cat: 'correction' }
  /**
   * Another dose of the drug given last ("repeated 4 mg IO at 0720"), or with `fluid` another unit of the fluid given
   * last ("2nd unit IO"); `dose` when the phrase says it ("second gram at 1430").
   */
  | { cat: 'repeat'; fluid?: true; dose?: string; sameDose?: true }
  /** Something examined, not a fact of the record ("no exit wound"): a negation covers it and stops there. */
  | { cat: 'finding' };

/** A lexicon: phrase (as typed, tokenized like narrative text) → tags. */
export type Lexicon = ReadonlyArray<readonly [phrase: string, tags: readonly Tag[]]>;

/** Shorthand builders so the data tables stay one line per phrase. */
export const mech = (value: Mechanism): Tag => ({ cat: 'mechanism', value });
export const injury = (value: InjuryType, location?: Location): Tag =>
  location ? { cat: 'injury', value, location } : { cat: 'injury', value };
export const tx = (value: InterventionType): Tag => ({ cat: 'intervention', value });
export const med = (value: MedicationName, route?: MedicationRoute): Tag =>
  route ? { cat: 'medication', value, route } : { cat: 'medication', value };
export const fluid = (value: FluidName): Tag => ({ cat: 'fluid', value });
export const vital = (value: VitalKind): Tag => ({ cat: 'vital', value });
export const avpu = (value: Avpu): Tag => ({ cat: 'avpu', value });
export const evac = (value: EvacPriority): Tag => ({ cat: 'evac', value });
export const route = (value: MedicationRoute): Tag => ({ cat: 'route', value });
export const forward: Tag = { cat: 'negate', dir: 'forward' };
export const backward: Tag = { cat: 'negate', dir: 'backward' };
/** Care asked for or intended, not given: covers the treatments that follow only. */
export const intendedCare: Tag = { cat: 'negate', dir: 'forward', careOnly: true };
/** Care held back: covers the treatment said before it only ("because of the head injury I withheld opioids"). */
export const heldCare: Tag = { cat: 'negate', dir: 'backward', careOnly: true };
