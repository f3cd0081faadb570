import type {
  EvacPriority,
  Intervention,
  InterventionType,
  Location,
  Mechanism,
  Medication,
  MedicationName,
  TcccRecord,
} from '../record.js';
import type { ReportContext } from './context.js';
import {
  EVAC_LABELS,
  FLUID_LABELS,
  INJURY_LABELS,
  INTERVENTION_LABELS,
  LOCATION_LABELS,
  MECHANISM_LABELS,
  MEDICATION_LABELS,
  bloodPressure,
} from './labels.js';

/** A printed checkbox on the card. */
export interface CardBox<K extends string = string> {
  key: K;
  label: string;
  checked: boolean;
}

/** The card's EVAC boxes: urgent surgical is written in the Urgent box, convenience has no box. */
type CardEvacBox = 'urgent' | 'priority' | 'routine';
/** The mechanism boxes printed on DD Form 1380; other mechanisms are written beside "Other". */
const CARD_MECHANISM_BOXES = [
  'artillery',
  'blunt',
  'burn',
  'fall',
  'grenade',
  'gsw',
  'ied',
  'landmine',
  'mvc',
  'rpg',
] as const satisfies readonly Mechanism[];

/** Injuries at one body region; `view` says which figure of the body diagram shows it. */
interface CardInjuryRegion {
  region: Location;
  label: string;
  view: 'front' | 'back';
  injuries: { label: string; note?: string }[];
}

interface CardTourniquet {
  location?: Location;
  locationLabel?: string;
  type: 'Extremity' | 'Junctional';
  time?: string;
}

/** One row of the SIGNS & SYMPTOMS table; empty cells are undefined. */
export interface CardVitalsRow {
  time?: string;
  pulse?: number;
  bp?: string;
  resp_rate?: number;
  spo2?: number;
  avpu?: string;
  pain?: number;
}

/** A treatment, fluid or medication line: a label then its details in card order. */
export interface CardEntry {
  label: string;
  location?: string;
  amount?: string;
  route?: string;
  time?: string;
}

/** Treatments grouped the MARCH way (M hemorrhage, A airway, R respiration, C circulation). */
interface CardTreatments {
  massiveHemorrhage: CardEntry[];
  airway: CardEntry[];
  respiration: CardEntry[];
  /** IV/IO access followed by fluids and blood products. */
  circulation: CardEntry[];
}

/** DD Form 1380 as data, for the screen view and the print layout. */
export interface CasualtyCard {
  battleRoster?: string;
  evac?: EvacPriority;
  evacLabel?: string;
  evacBoxes: CardBox<CardEvacBox>[];
  name?: string;
  sex?: 'male' | 'female';
  date?: string;
  time?: string;
  unit?: string;
  allergies?: string;
  mechanisms: CardBox<(typeof CARD_MECHANISM_BOXES)[number] | 'other'>[];
  /** Mechanisms written beside the "Other" box. */
  mechanismOther: string[];
  injuries: CardInjuryRegion[];
  tourniquets: CardTourniquet[];
  vitals: CardVitalsRow[];
  treatments: CardTreatments;
  medications: { analgesic: CardEntry[]; antibiotic: CardEntry[]; other: CardEntry[] };
  /** The card's OTHER section: hypothermia prevention, eye shield, splint and the rest. */
  other: CardEntry[];
  notes: string[];
}

const MARCH: Record<InterventionType, keyof CardTreatments | 'other'> = {
  tourniquet: 'massiveHemorrhage',
  junctional_tourniquet: 'massiveHemorrhage',
  pressure_dressing: 'massiveHemorrhage',
  hemostatic_dressing: 'massiveHemorrhage',
  pelvic_binder: 'massiveHemorrhage',
  npa: 'airway',
  cric: 'airway',
  sga: 'airway',
  et_tube: 'airway',
  oxygen: 'respiration',
  needle_decompression: 'respiration',
  chest_tube: 'respiration',
  chest_seal: 'respiration',
  iv: 'circulation',
  io: 'circulation',
  splint: 'other',
  hypothermia_prevention: 'other',
  eye_shield: 'other',
  other: 'other',
};

const MEDICATION_CLASS: Record<MedicationName, 'analgesic' | 'antibiotic' | 'other'> = {
  ketamine: 'analgesic',
  fentanyl: 'analgesic',
  morphine: 'analgesic',
  acetaminophen: 'analgesic',
  meloxicam: 'analgesic',
  ertapenem: 'antibiotic',
  moxifloxacin: 'antibiotic',
  cefazolin: 'antibiotic',
  txa: 'other',
  ondansetron: 'other',
  naloxone: 'other',
  calcium: 'other',
  other: 'other',
};

const EVAC_BOX: Record<EvacPriority, CardEvacBox | undefined> = {
  urgent: 'urgent',
  urgent_surgical: 'urgent',
  priority: 'priority',
  routine: 'routine',
  convenience: undefined,
};

function interventionEntry(i: Intervention): CardEntry {
  return { label: INTERVENTION_LABELS[i.type], location: i.location && LOCATION_LABELS[i.location], time: i.time };
}

function medicationEntry(m: Medication): CardEntry {
  return { label: MEDICATION_LABELS[m.name], amount: m.dose, route: m.route, time: m.time };
}

function injuryRegions(record: TcccRecord): CardInjuryRegion[] {
  const regions = new Map<Location, CardInjuryRegion>();
  for (const injury of record.injuries ?? []) {
    let region = regions.get(injury.location);
    if (!region) {
      region = {
        region: injury.location,
        label: LOCATION_LABELS[injury.location],
        view: injury.location === 'back' ? 'back' : 'front',
        injuries: [],
      };
      regions.set(injury.location, region);
    }
    region.injuries.push({ label: INJURY_LABELS[injury.type], note: injury.note });
  }
  return [...regions.values()];
}

/** Lays a record out as DD Form 1380. Pure: the same record and context give the same card. */
export function buildCard(record: TcccRecord, context: ReportContext = {}): CasualtyCard {
  const interventions = record.interventions ?? [];
  const mechanisms = new Set(record.mechanism ?? []);
  const boxed = new Set<Mechanism>(CARD_MECHANISM_BOXES);
  // 'other' says nothing more than the box itself, so only named mechanisms are written in.
  const mechanismOther = [...mechanisms].filter((m) => !boxed.has(m) && m !== 'other').map((m) => MECHANISM_LABELS[m]);
  const evacBox = record.evac_priority && EVAC_BOX[record.evac_priority];

  const treatments: CardTreatments = { massiveHemorrhage: [], airway: [], respiration: [], circulation: [] };
  const other: CardEntry[] = [];
  for (const i of interventions) {
    const group = MARCH[i.type];
    (group === 'other' ? other : treatments[group]).push(interventionEntry(i));
  }
  for (const f of record.fluids ?? []) {
    treatments.circulation.push({
      label: FLUID_LABELS[f.name],
      amount: f.volume_ml === undefined ? undefined : `${f.volume_ml} ml`,
      route: f.route,
      time: f.time,
    });
  }
  const medications: CasualtyCard['medications'] = { analgesic: [], antibiotic: [], other: [] };
  for (const m of record.medications ?? []) medications[MEDICATION_CLASS[m.name]].push(medicationEntry(m));

  const notes = (record.injuries ?? [])
    .filter((i) => i.note)
    .map((i) => `${INJURY_LABELS[i.type]} ${LOCATION_LABELS[i.location]}: ${i.note}`);
  if (context.notes?.trim()) notes.push(context.notes.trim());

  return {
    battleRoster: record.casualty?.battle_roster,
    evac: record.evac_priority,
    evacLabel: record.evac_priority && EVAC_LABELS[record.evac_priority],
    evacBoxes: (['urgent', 'priority', 'routine'] as const).map((key) => ({
      key,
      label: EVAC_LABELS[key],
      checked: key === evacBox,
    })),
    name: record.casualty?.name,
    sex: record.casualty?.sex,
    date: context.date,
    time: record.time_of_injury,
    unit: record.casualty?.unit,
    allergies: record.casualty?.allergies,
    mechanisms: [
      ...CARD_MECHANISM_BOXES.map((key) => ({ key, label: MECHANISM_LABELS[key], checked: mechanisms.has(key) })),
      {
        key: 'other' as const,
        label: MECHANISM_LABELS.other,
        checked: mechanismOther.length > 0 || mechanisms.has('other'),
      },
    ],
    mechanismOther,
    injuries: injuryRegions(record),
    tourniquets: interventions
      .filter((i) => i.type === 'tourniquet' || i.type === 'junctional_tourniquet')
      .map((i) => ({
        location: i.location,
        locationLabel: i.location && LOCATION_LABELS[i.location],
        type: i.type === 'tourniquet' ? 'Extremity' : 'Junctional',
        time: i.time,
      })),
    vitals: (record.vitals ?? []).map((v) => ({
      time: v.time,
      pulse: v.pulse,
      bp: bloodPressure(v),
      resp_rate: v.resp_rate,
      spo2: v.spo2,
      avpu: v.avpu,
      pain: v.pain,
    })),
    treatments,
    medications,
    other,
    notes,
  };
}
