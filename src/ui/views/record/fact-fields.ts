/**
 * What the Record view shows and edits for each kind of fact: the sections facts are grouped in,
 * a one-line summary, and the form fields a hand edit fills. Pure, so it is unit-tested in Node.
 */
import type { FactKind, FactValue } from '../../../records/index.js';
import {
  AVPU,
  EVAC_PRIORITIES,
  FLUID_NAMES,
  FLUID_ROUTES,
  INJURY_TYPES,
  INTERVENTION_TYPES,
  LOCATIONS,
  MECHANISMS,
  MEDICATION_NAMES,
  MEDICATION_ROUTES,
  type CasualtyDetails,
} from '../../../tccc/record.js';
import {
  AVPU_LABELS,
  EVAC_LABELS,
  FLUID_LABELS,
  INJURY_LABELS,
  INTERVENTION_LABELS,
  LOCATION_LABELS,
  MECHANISM_LABELS,
  MEDICATION_LABELS,
  bloodPressure,
  words,
} from '../../../tccc/reports/labels.js';

/** A field of the edit form; `options` makes it a choice list (code → words). */
export interface FieldSpec {
  key: string;
  label: string;
  input: 'text' | 'number' | 'time' | 'select';
  options?: Readonly<Record<string, string>>;
  required?: boolean;
}

/** What a new fact starts as: its kind, and for casualty facts which field. */
export type FactTemplate = { kind: Exclude<FactKind, 'casualty'> } | { kind: 'casualty'; field: keyof CasualtyDetails };

export interface Section {
  title: string;
  kinds: FactKind[];
  /** What "Add" can start in this section. */
  add: { label: string; template: FactTemplate }[];
}

const CASUALTY_FIELD_LABELS: Record<keyof CasualtyDetails, string> = {
  name: 'Name',
  battle_roster: 'Battle roster #',
  unit: 'Unit',
  sex: 'Sex',
  allergies: 'Allergies',
};

export const SECTIONS: readonly Section[] = [
  {
    title: 'Casualty',
    kinds: ['casualty'],
    add: (Object.keys(CASUALTY_FIELD_LABELS) as (keyof CasualtyDetails)[]).map((field) => ({
      label: CASUALTY_FIELD_LABELS[field],
      template: { kind: 'casualty', field },
    })),
  },
  {
    title: 'Evacuation',
    kinds: ['evac_priority', 'location_grid'],
    add: [
      { label: 'Evac priority', template: { kind: 'evac_priority' } },
      { label: 'Grid', template: { kind: 'location_grid' } },
    ],
  },
  {
    title: 'Mechanism of injury',
    kinds: ['mechanism'],
    add: [{ label: 'Mechanism', template: { kind: 'mechanism' } }],
  },
  { title: 'Injuries', kinds: ['injury'], add: [{ label: 'Injury', template: { kind: 'injury' } }] },
  { title: 'Signs and symptoms', kinds: ['vitals'], add: [{ label: 'Vital signs', template: { kind: 'vitals' } }] },
  { title: 'Treatments', kinds: ['intervention'], add: [{ label: 'Treatment', template: { kind: 'intervention' } }] },
  { title: 'Fluids and blood', kinds: ['fluid'], add: [{ label: 'Fluid', template: { kind: 'fluid' } }] },
  { title: 'Medications', kinds: ['medication'], add: [{ label: 'Medication', template: { kind: 'medication' } }] },
];

const codes = <T extends string>(values: readonly T[], labels: Record<T, string>) =>
  Object.fromEntries(values.map((v) => [v, labels[v]]));
const TIME: FieldSpec = { key: 'time', label: 'Time (HH:MM)', input: 'time' };
const LOCATION_OPTIONS = codes(LOCATIONS, LOCATION_LABELS);

/** "1405" or "14:05" → "14:05"; undefined when it is no 24-hour time. */
export function parseClock(text: string): string | undefined {
  const m = /^([01]?\d|2[0-3]):?([0-5]\d)$/.exec(text.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : undefined;
}

/** The form fields for a fact of this template. */
export function fieldsFor(template: FactTemplate): FieldSpec[] {
  switch (template.kind) {
    case 'casualty':
      return template.field === 'sex'
        ? [{ key: 'value', label: 'Sex', input: 'select', options: { male: 'Male', female: 'Female' }, required: true }]
        : [{ key: 'value', label: CASUALTY_FIELD_LABELS[template.field], input: 'text', required: true }];
    case 'location_grid':
      return [{ key: 'value', label: 'Grid (MGRS)', input: 'text', required: true }];
    case 'time_of_injury':
      return [{ key: 'value', label: 'Time of injury (HH:MM)', input: 'time', required: true }];
    case 'evac_priority':
      return [
        {
          key: 'value',
          label: 'Evac priority',
          input: 'select',
          options: codes(EVAC_PRIORITIES, EVAC_LABELS),
          required: true,
        },
      ];
    case 'mechanism':
      return [
        {
          key: 'value',
          label: 'Mechanism',
          input: 'select',
          options: codes(MECHANISMS, MECHANISM_LABELS),
          required: true,
        },
      ];
    case 'injury':
      return [
        { key: 'type', label: 'Injury', input: 'select', options: codes(INJURY_TYPES, INJURY_LABELS), required: true },
        { key: 'location', label: 'Where', input: 'select', options: LOCATION_OPTIONS, required: true },
        { key: 'note', label: 'Note', input: 'text' },
      ];
    case 'vitals':
      return [
        TIME,
        { key: 'pulse', label: 'Pulse', input: 'number' },
        { key: 'systolic', label: 'BP systolic', input: 'number' },
        { key: 'diastolic', label: 'BP diastolic', input: 'number' },
        { key: 'resp_rate', label: 'Resp. rate', input: 'number' },
        { key: 'spo2', label: 'SpO2 %', input: 'number' },
        { key: 'avpu', label: 'AVPU', input: 'select', options: codes(AVPU, AVPU_LABELS) },
        { key: 'pain', label: 'Pain 0-10', input: 'number' },
      ];
    case 'intervention':
      return [
        {
          key: 'type',
          label: 'Treatment',
          input: 'select',
          options: codes(INTERVENTION_TYPES, INTERVENTION_LABELS),
          required: true,
        },
        { key: 'location', label: 'Where', input: 'select', options: LOCATION_OPTIONS },
        TIME,
      ];
    case 'fluid':
      return [
        { key: 'name', label: 'Fluid', input: 'select', options: codes(FLUID_NAMES, FLUID_LABELS), required: true },
        { key: 'volume_ml', label: 'Volume (ml)', input: 'number' },
        { key: 'route', label: 'Route', input: 'select', options: codes(FLUID_ROUTES, { IV: 'IV', IO: 'IO' }) },
        TIME,
      ];
    case 'medication':
      return [
        {
          key: 'name',
          label: 'Medication',
          input: 'select',
          options: codes(MEDICATION_NAMES, MEDICATION_LABELS),
          required: true,
        },
        { key: 'dose', label: 'Dose (e.g. 2 g)', input: 'text' },
        {
          key: 'route',
          label: 'Route',
          input: 'select',
          options: Object.fromEntries(MEDICATION_ROUTES.map((r) => [r, r])),
        },
        TIME,
      ];
  }
}

/** The template a fact was made from (for editing it). */
export function templateOf(fact: FactValue): FactTemplate {
  return fact.kind === 'casualty' ? { kind: 'casualty', field: fact.field } : { kind: fact.kind };
}

/** The form's starting values for a fact: every field as text, '' when absent. */
export function formValues(fact: FactValue): Record<string, string> {
  const template = templateOf(fact);
  const source: Record<string, unknown> =
    typeof fact.value === 'object' ? (fact.value as unknown as Record<string, unknown>) : { value: fact.value };
  return Object.fromEntries(
    fieldsFor(template).map((f) => [f.key, source[f.key] === undefined ? '' : String(source[f.key])]),
  );
}

/**
 * The fact a filled form describes, or the problems with it. Blank optional fields are left out;
 * numbers must be whole and not negative, times "HH:MM", and a grid loses its spaces.
 */
export function factFromForm(
  template: FactTemplate,
  values: Readonly<Record<string, string>>,
): { fact: FactValue } | { errors: string[] } {
  const errors: string[] = [];
  const out: Record<string, string | number> = {};
  for (const field of fieldsFor(template)) {
    const raw = (values[field.key] ?? '').trim();
    if (!raw) {
      if (field.required) errors.push(`${field.label} is needed.`);
      continue;
    }
    if (field.options && !(raw in field.options)) errors.push(`${field.label}: pick one of the choices.`);
    else if (field.input === 'number' && !/^\d{1,5}$/.test(raw)) errors.push(`${field.label} must be a whole number.`);
    else if (field.input === 'time' && !parseClock(raw))
      errors.push(`${field.label} must be a 24-hour time like 14:05.`);
    else out[field.key] = field.input === 'number' ? Number(raw) : field.input === 'time' ? parseClock(raw)! : raw;
  }
  if (errors.length) return { errors };
  if (template.kind === 'casualty')
    return { fact: { kind: 'casualty', field: template.field, value: out.value } as FactValue };
  if (template.kind === 'location_grid')
    return { fact: { kind: 'location_grid', value: String(out.value).replace(/\s+/g, '').toUpperCase() } };
  if (template.kind === 'evac_priority' || template.kind === 'mechanism' || template.kind === 'time_of_injury')
    return { fact: { kind: template.kind, value: out.value } as FactValue };
  return { fact: { kind: template.kind, value: out } as FactValue };
}

/** One line saying what a fact is, in the card's words. */
/** `entered`: for a vitals set with no spoken time, the local time its piece was entered ("entered 03:31"). */
export function factSummary(fact: FactValue, entered?: string): string {
  switch (fact.kind) {
    case 'casualty':
      return `${CASUALTY_FIELD_LABELS[fact.field]}: ${fact.field === 'sex' ? (fact.value === 'male' ? 'Male' : 'Female') : fact.value}`;
    case 'location_grid':
      return `Grid: ${fact.value}`;
    case 'evac_priority':
      return `Evac: ${EVAC_LABELS[fact.value]}`;
    case 'time_of_injury':
      return `Time of injury: ${fact.value}`;
    case 'mechanism':
      return MECHANISM_LABELS[fact.value];
    case 'injury':
      return words(
        INJURY_LABELS[fact.value.type],
        LOCATION_LABELS[fact.value.location],
        fact.value.note && `(${fact.value.note})`,
      );
    case 'vitals': {
      const v = fact.value;
      const parts = [
        v.pulse !== undefined && `pulse ${v.pulse}`,
        bloodPressure(v) && `BP ${bloodPressure(v)}`,
        v.resp_rate !== undefined && `RR ${v.resp_rate}`,
        v.spo2 !== undefined && `SpO2 ${v.spo2}%`,
        v.avpu && `AVPU ${v.avpu}`,
        v.pain !== undefined && `pain ${v.pain}/10`,
      ].filter(Boolean);
      const when = v.time ? `${v.time}: ` : entered ? `entered ${entered}: ` : '';
      return `${when}${parts.join(', ') || 'no readings'}`;
    }
    case 'intervention':
      return words(
        INTERVENTION_LABELS[fact.value.type],
        fact.value.location && LOCATION_LABELS[fact.value.location],
        fact.value.time,
      );
    case 'fluid':
      return words(
        FLUID_LABELS[fact.value.name],
        fact.value.volume_ml === undefined ? undefined : `${fact.value.volume_ml} ml`,
        fact.value.route,
        fact.value.time,
      );
    case 'medication':
      return words(MEDICATION_LABELS[fact.value.name], fact.value.dose, fact.value.route, fact.value.time);
  }
}
