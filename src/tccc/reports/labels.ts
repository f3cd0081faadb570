import type {
  Avpu,
  EvacPriority,
  FluidName,
  InjuryType,
  InterventionType,
  Location,
  Mechanism,
  MedicationName,
  VitalsSet,
} from '../record.js';

/** Words a medic writes or says for each schema code; one table so the three reports agree. */
export const MECHANISM_LABELS: Record<Mechanism, string> = {
  gsw: 'GSW',
  ied: 'IED',
  blast: 'Blast',
  fall: 'Fall',
  mvc: 'MVC',
  burn: 'Burn',
  grenade: 'Grenade',
  landmine: 'Landmine',
  rpg: 'RPG',
  artillery: 'Artillery',
  fragment: 'Fragment',
  crush: 'Crush',
  blunt: 'Blunt',
  other: 'Other',
};

export const INJURY_LABELS: Record<InjuryType, string> = {
  gsw: 'GSW',
  amputation: 'Amputation',
  laceration: 'Laceration',
  burn: 'Burn',
  fracture: 'Fracture',
  penetrating: 'Penetrating wound',
  blunt: 'Blunt injury',
  hemorrhage: 'Hemorrhage',
  tension_pneumothorax: 'Tension pneumothorax',
  open_chest_wound: 'Open chest wound',
  tbi: 'TBI',
  other: 'Other injury',
};

export const LOCATION_LABELS: Record<Location, string> = {
  head: 'head',
  face: 'face',
  neck: 'neck',
  chest: 'chest',
  abdomen: 'abdomen',
  pelvis: 'pelvis',
  groin: 'groin',
  back: 'back',
  left_arm: 'L arm',
  right_arm: 'R arm',
  left_leg: 'L leg',
  right_leg: 'R leg',
  other: 'other site',
};

export const INTERVENTION_LABELS: Record<InterventionType, string> = {
  tourniquet: 'TQ (extremity)',
  junctional_tourniquet: 'TQ (junctional)',
  pressure_dressing: 'Pressure dressing',
  hemostatic_dressing: 'Hemostatic dressing',
  npa: 'NPA',
  cric: 'CRIC',
  sga: 'SGA',
  et_tube: 'ET tube',
  chest_seal: 'Chest seal',
  needle_decompression: 'Needle-D',
  chest_tube: 'Chest tube',
  oxygen: 'O2',
  iv: 'IV access',
  io: 'IO access',
  splint: 'Splint',
  pelvic_binder: 'Pelvic binder',
  hypothermia_prevention: 'Hypothermia prevention',
  eye_shield: 'Eye shield',
  other: 'Other treatment',
};

export const FLUID_LABELS: Record<FluidName, string> = {
  whole_blood: 'Whole blood',
  plasma: 'Plasma',
  prbc: 'PRBC',
  crystalloid: 'Crystalloid',
  hextend: 'Hextend',
  other: 'Other fluid',
};

export const MEDICATION_LABELS: Record<MedicationName, string> = {
  txa: 'TXA',
  ketamine: 'Ketamine',
  fentanyl: 'Fentanyl',
  morphine: 'Morphine',
  ertapenem: 'Ertapenem',
  moxifloxacin: 'Moxifloxacin',
  cefazolin: 'Cefazolin',
  ondansetron: 'Ondansetron',
  naloxone: 'Naloxone',
  acetaminophen: 'Acetaminophen',
  meloxicam: 'Meloxicam',
  calcium: 'Calcium',
  other: 'Other medication',
};

export const EVAC_LABELS: Record<EvacPriority, string> = {
  urgent: 'Urgent',
  urgent_surgical: 'Urgent surgical',
  priority: 'Priority',
  routine: 'Routine',
  convenience: 'Convenience',
};

export const AVPU_LABELS: Record<Avpu, string> = {
  A: 'Alert',
  V: 'responds to Voice',
  P: 'responds to Pain',
  U: 'Unresponsive',
};

/** "96/60", "96/-" (palpated systolic only), or undefined when neither pressure is known. */
export function bloodPressure(v: VitalsSet): string | undefined {
  if (v.systolic === undefined && v.diastolic === undefined) return undefined;
  return `${v.systolic ?? '-'}/${v.diastolic ?? '-'}`;
}

/** Joins the defined parts with single spaces: `words('TXA', undefined, '2 g')` is "TXA 2 g". */
export function words(...parts: (string | number | undefined)[]): string {
  return parts.filter((p) => p !== undefined && p !== '').join(' ');
}
