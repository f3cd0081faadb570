/** Medication doses checked against the per-dose ranges of the guidance passages they cite. */
import { splitDose, type MedicationName, type MedicationRoute } from '../record.js';
import type { AlertContext, ProtocolAlert } from './alert.js';

/** One guidance range for a drug, per dose, in mg; `routes` absent means any route. */
export interface DoseRange {
  name: MedicationName;
  routes?: readonly MedicationRoute[];
  minMg: number;
  maxMg: number;
  /** How the range reads to the medic. */
  label: string;
  passageId: string;
}

/** Only drugs whose dose the library's passages state; others are not judged. */
export const DOSE_RANGES: readonly DoseRange[] = [
  // 2 g is current (2020+); 1 g is the first dose of the earlier 1 g + 1 g regimen.
  {
    name: 'txa',
    minMg: 1000,
    maxMg: 2000,
    label: '2 g (1 g under pre-2020 guidance)',
    passageId: 'txa-dose-administration',
  },
  {
    name: 'ketamine',
    routes: ['IV', 'IO'],
    minMg: 20,
    maxMg: 30,
    label: '20-30 mg IV/IO',
    passageId: 'ketamine-analgesia-dosing',
  },
  {
    name: 'ketamine',
    routes: ['IM', 'IN'],
    minMg: 50,
    maxMg: 100,
    label: '50-100 mg IM/IN',
    passageId: 'ketamine-analgesia-dosing',
  },
  {
    name: 'fentanyl',
    routes: ['OTFC'],
    minMg: 0.8,
    maxMg: 0.8,
    label: '800 mcg OTFC',
    passageId: 'otfc-fentanyl-lozenge',
  },
  { name: 'ertapenem', minMg: 1000, maxMg: 1000, label: '1 g IV/IM', passageId: 'antibiotics-iv-im-ertapenem' },
  { name: 'moxifloxacin', minMg: 400, maxMg: 400, label: '400 mg PO', passageId: 'antibiotics-oral-moxifloxacin' },
  {
    name: 'cefazolin',
    minMg: 2000,
    maxMg: 3000,
    label: '2 g IV (3 g over about 120 kg)',
    passageId: 'antibiotics-cefazolin-jts',
  },
  { name: 'ondansetron', minMg: 4, maxMg: 8, label: '4 mg, at most 8 mg in 8 h', passageId: 'ondansetron-nausea' },
  {
    name: 'acetaminophen',
    minMg: 1000,
    maxMg: 1300,
    label: '1000 mg (1300 mg with older 650 mg caplets)',
    passageId: 'combat-wound-medication-pack',
  },
  { name: 'meloxicam', minMg: 15, maxMg: 15, label: '15 mg PO', passageId: 'combat-wound-medication-pack' },
  { name: 'calcium', minMg: 1000, maxMg: 1000, label: '1 g', passageId: 'calcium-with-blood' },
];

const TO_MG: Record<string, number> = { g: 1000, mg: 1, mcg: 0.001, µg: 0.001, ug: 0.001 };

/** A dose in mg from "2 g", "800 mcg", "25 mg"; undefined for volumes or unknown units, which cannot be judged. */
function doseInMg(dose: string | undefined): number | undefined {
  const split = dose === undefined ? undefined : splitDose(dose);
  const factor = split ? TO_MG[split.unit] : undefined;
  return split && factor !== undefined ? split.amount * factor : undefined;
}

/** The ranges that apply to a drug given by `route` (all the drug's ranges when the route is unknown). */
function rangesFor(name: MedicationName, route: MedicationRoute | undefined): DoseRange[] {
  const ofDrug = DOSE_RANGES.filter((range) => range.name === name);
  if (route === undefined) return ofDrug;
  return ofDrug.filter((range) => range.routes === undefined || range.routes.includes(route));
}

/** Floating-point slack so 0.8 mg equals 800 mcg. */
const EPSILON_MG = 1e-9;

/** One warning per recorded dose outside every range that applies to its drug and route. */
export function medicationDose({ record }: AlertContext): ProtocolAlert[] {
  const alerts: ProtocolAlert[] = [];
  for (const medication of record.medications ?? []) {
    const mg = doseInMg(medication.dose);
    const ranges = rangesFor(medication.name, medication.route);
    if (mg === undefined || ranges.length === 0) continue;
    if (ranges.some((range) => mg >= range.minMg - EPSILON_MG && mg <= range.maxMg + EPSILON_MG)) continue;
    const given = [medication.name, medication.dose, medication.route].filter(Boolean).join(' ');
    alerts.push({
      rule: 'medication-dose',
      severity: 'warning',
      passageId: ranges[0].passageId,
      message: `${given} is outside the guidance dose (${ranges.map((range) => range.label).join('; ')}).`,
    });
  }
  return alerts;
}
