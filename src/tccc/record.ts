/**
 * The TCCC casualty record: the one shape every engine emits.
 * Mirrors `record.schema.json` (copied from ../shared/tccc-record.schema.json); keep the two in step.
 * Times are 24-hour "HH:MM" as spoken in the narrative; absent facts are omitted, never guessed.
 */

export const MECHANISMS = [
  'gsw',
  'ied',
  'blast',
  'fall',
  'mvc',
  'burn',
  'grenade',
  'landmine',
  'rpg',
  'artillery',
  'fragment',
  'crush',
  'blunt',
  'other',
] as const;
export const INJURY_TYPES = [
  'gsw',
  'amputation',
  'laceration',
  'burn',
  'fracture',
  'penetrating',
  'blunt',
  'hemorrhage',
  'tension_pneumothorax',
  'open_chest_wound',
  'tbi',
  'other',
] as const;
export const LOCATIONS = [
  'head',
  'face',
  'neck',
  'chest',
  'abdomen',
  'pelvis',
  'groin',
  'back',
  'left_arm',
  'right_arm',
  'left_leg',
  'right_leg',
  'other',
] as const;
export const INTERVENTION_TYPES = [
  'tourniquet',
  'junctional_tourniquet',
  'pressure_dressing',
  'hemostatic_dressing',
  'npa',
  'cric',
  'sga',
  'et_tube',
  'chest_seal',
  'needle_decompression',
  'chest_tube',
  'oxygen',
  'iv',
  'io',
  'splint',
  'pelvic_binder',
  'hypothermia_prevention',
  'eye_shield',
  'other',
] as const;
export const FLUID_NAMES = ['whole_blood', 'plasma', 'prbc', 'crystalloid', 'hextend', 'other'] as const;
export const FLUID_ROUTES = ['IV', 'IO'] as const;
export const MEDICATION_NAMES = [
  'txa',
  'ketamine',
  'fentanyl',
  'morphine',
  'ertapenem',
  'moxifloxacin',
  'cefazolin',
  'ondansetron',
  'naloxone',
  'acetaminophen',
  'meloxicam',
  'calcium',
  'other',
] as const;
export const MEDICATION_ROUTES = ['IV', 'IO', 'IM', 'IN', 'PO', 'OTFC'] as const;
export const EVAC_PRIORITIES = ['urgent', 'urgent_surgical', 'priority', 'routine', 'convenience'] as const;
export const AVPU = ['A', 'V', 'P', 'U'] as const;

export type Mechanism = (typeof MECHANISMS)[number];
export type InjuryType = (typeof INJURY_TYPES)[number];
export type Location = (typeof LOCATIONS)[number];
export type InterventionType = (typeof INTERVENTION_TYPES)[number];
export type FluidName = (typeof FLUID_NAMES)[number];
type FluidRoute = (typeof FLUID_ROUTES)[number];
export type MedicationName = (typeof MEDICATION_NAMES)[number];
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];
export type EvacPriority = (typeof EVAC_PRIORITIES)[number];
export type Avpu = (typeof AVPU)[number];
/** 24-hour clock time, "HH:MM". */
export type ClockTime = string;

/** Who the casualty is: the record's `casualty` block (not the casualty the app stores, `records/` `Casualty`). */
export interface CasualtyDetails {
  name?: string;
  /** Battle roster / zap number, letters and digits joined, upper-case ("AB1234"). */
  battle_roster?: string;
  unit?: string;
  sex?: 'male' | 'female';
  /** "NKDA" when the narrative says no known drug allergies. */
  allergies?: string;
}

export interface Injury {
  type: InjuryType;
  location: Location;
  note?: string;
}

/** One set of signs taken together. */
export interface VitalsSet {
  time?: ClockTime;
  pulse?: number;
  systolic?: number;
  diastolic?: number;
  resp_rate?: number;
  spo2?: number;
  avpu?: Avpu;
  pain?: number;
}

export interface Intervention {
  type: InterventionType;
  location?: Location;
  time?: ClockTime;
}

export interface Fluid {
  name: FluidName;
  volume_ml?: number;
  route?: FluidRoute;
  time?: ClockTime;
}

export interface Medication {
  name: MedicationName;
  /** Number, one space, lower-case unit: "2 g", "50 mg", "800 mcg". */
  dose?: string;
  route?: MedicationRoute;
  time?: ClockTime;
}

export interface TcccRecord {
  casualty?: CasualtyDetails;
  /** MGRS without spaces, upper-case, e.g. "38SMB4484". */
  location_grid?: string;
  evac_priority?: EvacPriority;
  /** When the casualty was hurt, as said ("IED at 0253"); never the time care began. */
  time_of_injury?: ClockTime;
  mechanism?: Mechanism[];
  injuries?: Injury[];
  vitals?: VitalsSet[];
  interventions?: Intervention[];
  fluids?: Fluid[];
  medications?: Medication[];
}

/** A medication dose split into amount and lower-case unit ("2 g", "800MCG"); undefined when it is not a number and a unit. */
export function splitDose(dose: string): { amount: number; unit: string } | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([a-zµ]+)$/i.exec(dose.trim());
  return match ? { amount: Number(match[1]), unit: match[2].toLowerCase() } : undefined;
}
