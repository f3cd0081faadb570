/**
 * The passages that bear on a casualty record's facts, for the panel beside the record.
 * A fixed map from each fact type to passage ids (typed over the schema's enums, so a new enum value
 * fails to compile until it is mapped); search is not used because it would drift with wording.
 */
import type {
  EvacPriority,
  FluidName,
  InjuryType,
  InterventionType,
  Location,
  MedicationName,
  TcccRecord,
} from '../tccc/record.js';
import type { Passage } from './passage.js';

const INJURY: Record<InjuryType, string[]> = {
  gsw: ['wound-reassessment', 'antibiotics-oral-moxifloxacin', 'spinal-precautions'],
  amputation: ['traumatic-amputation', 'tourniquet-deliberate-placement', 'txa-indications-timing'],
  laceration: ['pressure-dressing', 'hemostatic-dressing-wound-packing'],
  burn: ['burns-assessment-rule-of-nines', 'burns-fluid-rule-of-tens', 'burns-airway-dressing-hypothermia'],
  fracture: ['fracture-splinting'],
  penetrating: ['wound-reassessment', 'antibiotics-oral-moxifloxacin'],
  blunt: ['spinal-precautions'],
  hemorrhage: ['hemorrhagic-shock-signs', 'txa-indications-timing', 'hemostatic-dressing-wound-packing'],
  tension_pneumothorax: [
    'tension-pneumothorax-recognition',
    'needle-decompression-sites',
    'needle-decompression-technique',
  ],
  open_chest_wound: ['chest-seal-open-chest-wound', 'chest-seal-monitoring-burping'],
  tbi: ['tbi-monitoring-targets', 'tbi-herniation-signs', 'txa-indications-timing'],
  other: ['wound-reassessment'],
};

/** Extra passages for where a wound is, whatever its type. */
const LOCATION: Partial<Record<Location, string[]>> = {
  groin: ['junctional-hemorrhage'],
  neck: ['junctional-hemorrhage', 'airway-obstruction-conscious'],
  pelvis: ['pelvic-binder'],
  face: ['airway-obstruction-conscious', 'penetrating-eye-injury'],
  chest: ['tension-pneumothorax-recognition'],
};

const INTERVENTION: Record<InterventionType, string[]> = {
  tourniquet: ['tourniquet-conversion', 'tourniquet-reassessment', 'tourniquet-marking-documentation'],
  junctional_tourniquet: ['junctional-hemorrhage', 'tourniquet-conversion'],
  pressure_dressing: ['pressure-dressing'],
  hemostatic_dressing: ['hemostatic-dressing-wound-packing'],
  npa: ['nasopharyngeal-airway'],
  cric: ['surgical-cricothyroidotomy'],
  sga: ['supraglottic-airway'],
  et_tube: ['tactical-evacuation-care'],
  chest_seal: ['chest-seal-open-chest-wound', 'chest-seal-monitoring-burping'],
  needle_decompression: ['needle-decompression-technique', 'needle-decompression-sites'],
  chest_tube: ['tension-pneumothorax-recognition'],
  oxygen: ['oxygen-and-pulse-oximetry'],
  iv: ['iv-io-access'],
  io: ['iv-io-access'],
  splint: ['fracture-splinting'],
  pelvic_binder: ['pelvic-binder'],
  hypothermia_prevention: ['hypothermia-prevention-hpmk'],
  eye_shield: ['penetrating-eye-injury'],
  other: [],
};

const FLUID: Record<FluidName, string[]> = {
  whole_blood: ['blood-products-order-of-preference', 'calcium-with-blood', 'resuscitation-endpoints'],
  plasma: ['blood-products-order-of-preference', 'calcium-with-blood'],
  prbc: ['blood-products-order-of-preference', 'calcium-with-blood'],
  crystalloid: ['crystalloid-hextend-when-no-blood', 'resuscitation-endpoints'],
  hextend: ['crystalloid-hextend-when-no-blood'],
  other: ['resuscitation-endpoints'],
};

const MEDICATION: Record<MedicationName, string[]> = {
  txa: ['txa-dose-administration', 'txa-indications-timing'],
  ketamine: ['ketamine-analgesia-dosing', 'analgesia-safety-naloxone'],
  fentanyl: ['otfc-fentanyl-lozenge', 'analgesia-safety-naloxone'],
  morphine: ['analgesia-options-overview', 'analgesia-safety-naloxone'],
  ertapenem: ['antibiotics-iv-im-ertapenem'],
  moxifloxacin: ['antibiotics-oral-moxifloxacin', 'combat-wound-medication-pack'],
  cefazolin: ['antibiotics-cefazolin-jts'],
  ondansetron: ['ondansetron-nausea'],
  naloxone: ['analgesia-safety-naloxone'],
  acetaminophen: ['combat-wound-medication-pack'],
  meloxicam: ['combat-wound-medication-pack'],
  calcium: ['calcium-with-blood'],
  other: ['dd1380-medications'],
};

const EVACUATION: Record<EvacPriority, string[]> = {
  urgent: ['evacuation-precedence-categories', 'nine-line-line-3'],
  urgent_surgical: ['evacuation-precedence-categories', 'nine-line-line-3'],
  priority: ['evacuation-precedence-categories', 'nine-line-line-3'],
  routine: ['evacuation-precedence-categories', 'nine-line-line-3'],
  convenience: ['evacuation-precedence-categories', 'nine-line-line-3'],
};

/** Every passage id the map can name; a unit test checks each exists in the library. */
export const RECORD_PASSAGE_IDS: ReadonlySet<string> = new Set(
  [INJURY, LOCATION, INTERVENTION, FLUID, MEDICATION, EVACUATION].flatMap<string>((map) => Object.values(map).flat()),
);

/** One fact of the record and the guidance for it. */
export interface FactPassages {
  kind: 'injury' | 'intervention' | 'fluid' | 'medication' | 'evacuation';
  /** Human-readable fact, e.g. "tourniquet (left leg)". */
  fact: string;
  passages: Passage[];
}

const words = (value: string) => value.replace(/_/g, ' ');

/** Each guided fact of `record` in record order, with the ids of the passages mapped to it. */
function guidedFacts(record: TcccRecord): { kind: FactPassages['kind']; fact: string; ids: string[] }[] {
  return [
    ...(record.injuries ?? []).map((injury) => ({
      kind: 'injury' as const,
      fact: `${words(injury.type)} (${words(injury.location)})`,
      ids: [...INJURY[injury.type], ...(LOCATION[injury.location] ?? [])],
    })),
    ...(record.interventions ?? []).map((intervention) => ({
      kind: 'intervention' as const,
      fact: intervention.location
        ? `${words(intervention.type)} (${words(intervention.location)})`
        : words(intervention.type),
      ids: INTERVENTION[intervention.type],
    })),
    ...(record.fluids ?? []).map((fluid) => ({
      kind: 'fluid' as const,
      fact: words(fluid.name),
      ids: FLUID[fluid.name],
    })),
    ...(record.medications ?? []).map((medication) => ({
      kind: 'medication' as const,
      fact: [medication.name, medication.dose, medication.route].filter(Boolean).join(' '),
      ids: MEDICATION[medication.name],
    })),
    ...(record.evac_priority
      ? [
          {
            kind: 'evacuation' as const,
            fact: `evacuation ${words(record.evac_priority)}`,
            ids: EVACUATION[record.evac_priority],
          },
        ]
      : []),
  ];
}

/** Whether any fact of `record` has passages mapped to it: without one, the library need not be opened. */
export function recordHasPassages(record: TcccRecord): boolean {
  return guidedFacts(record).some(({ ids }) => ids.length > 0);
}

/** The passages for each distinct fact of `record`, in record order; facts with no mapped passage are left out. */
export function passagesForRecord(
  record: TcccRecord,
  lookup: { get(id: string): Passage | undefined },
): FactPassages[] {
  const facts = guidedFacts(record);
  const seen = new Set<string>();
  const result: FactPassages[] = [];
  for (const { kind, fact, ids } of facts) {
    if (seen.has(`${kind}:${fact}`)) continue;
    seen.add(`${kind}:${fact}`);
    const passages = [...new Set(ids)]
      .map((id) => lookup.get(id))
      .filter((passage): passage is Passage => passage !== undefined);
    if (passages.length > 0) result.push({ kind, fact, passages });
  }
  return result;
}
