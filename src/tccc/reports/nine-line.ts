import type { EvacPriority, TcccRecord } from '../record.js';
import { reportLines } from './plain-text.js';
import { EVAC_LABELS, INJURY_LABELS, LOCATION_LABELS } from './labels.js';

/** Line 3 brevity codes, in the order they are sent. */
const PRECEDENCE_CODES: Record<EvacPriority, 'A' | 'B' | 'C' | 'D' | 'E'> = {
  urgent: 'A',
  urgent_surgical: 'B',
  priority: 'C',
  routine: 'D',
  convenience: 'E',
};
export const SPECIAL_EQUIPMENT = { A: 'None', B: 'Hoist', C: 'Extraction equipment', D: 'Ventilator' } as const;
export const SECURITY = {
  N: 'No enemy troops in area',
  P: 'Possible enemy troops in area',
  E: 'Enemy troops in area',
  X: 'Enemy troops in area, armed escort required',
} as const;
export const MARKING = { A: 'Panels', B: 'Pyrotechnic signal', C: 'Smoke signal', D: 'None', E: 'Other' } as const;
export const NATIONALITY = {
  A: 'US military',
  B: 'US civilian',
  C: 'Non-US military',
  D: 'Non-US civilian',
  E: 'EPW',
} as const;
export const CBRN = { N: 'Nuclear', B: 'Biological', C: 'Chemical' } as const;

/**
 * What the medic completes by hand. Undefined (or an empty code list) means "not given" and the
 * line shows MISSING; "none" is said explicitly: special equipment code A, or `cbrn: []`.
 */
export interface NineLineFields {
  /** Wartime (default) sends security on line 6 and CBRN on line 9; peacetime sends injuries and terrain. */
  mode?: 'wartime' | 'peacetime';
  /** Line 1 grid of the pickup site, when it differs from the casualty's grid in the record. */
  location?: string;
  frequency?: string;
  callSign?: string;
  suffix?: string;
  specialEquipment?: (keyof typeof SPECIAL_EQUIPMENT)[];
  litter?: number;
  ambulatory?: number;
  security?: keyof typeof SECURITY;
  marking?: keyof typeof MARKING;
  /** e.g. the smoke colour. */
  markingDetail?: string;
  nationality?: (keyof typeof NATIONALITY)[];
  /** Wartime line 9: contamination present; `[]` means the medic reported none. */
  cbrn?: (keyof typeof CBRN)[];
  /** Peacetime line 9. */
  terrain?: string;
  /**
   * Which casualties go on the request (the app's casualty ids), ticked by the medic; absent means the casualty the
   * request is written on, alone. {@link buildNineLine} does not read it: its caller passes those casualties' records.
   */
  casualties?: string[];
}

/** Where a line's value came from: the records, the medic, or nowhere yet. */
type LineSource = 'record' | 'medic' | 'missing';

export interface NineLineLine {
  line: number;
  title: string;
  /** Undefined exactly when source is 'missing'. */
  value?: string;
  source: LineSource;
  /** Why a line is missing or how it was worked out, for the medic to check. */
  note?: string;
}

export interface NineLine {
  mode: 'wartime' | 'peacetime';
  lines: NineLineLine[];
  /** Line numbers still MISSING. */
  missing: number[];
}

function fromMedic(line: number, title: string, value: string | undefined): NineLineLine {
  return value ? { line, title, value, source: 'medic' } : { line, title, source: 'missing' };
}

function locationLine(records: TcccRecord[], fields: NineLineFields): NineLineLine {
  const title = 'Location of pickup site';
  if (fields.location) return { line: 1, title, value: fields.location, source: 'medic' };
  const grids = [...new Set(records.map((r) => r.location_grid).filter((g): g is string => !!g))];
  if (grids.length === 1) return { line: 1, title, value: grids[0], source: 'record' };
  return {
    line: 1,
    title,
    source: 'missing',
    note: grids.length > 1 ? `casualties give different grids: ${grids.join(', ')}` : undefined,
  };
}

function precedenceLine(records: TcccRecord[]): NineLineLine {
  const title = 'Number of patients by precedence';
  const unknown = records.filter((r) => !r.evac_priority).length;
  if (records.length === 0) return { line: 3, title, source: 'missing', note: 'no casualties' };
  const counts = (Object.keys(PRECEDENCE_CODES) as EvacPriority[])
    .map((p) => ({ p, n: records.filter((r) => r.evac_priority === p).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${c.n}${PRECEDENCE_CODES[c.p]} (${EVAC_LABELS[c.p].toLowerCase()})`);
  // A partial count would under-report patients to the evacuation asset, so it is only a note.
  if (unknown > 0)
    return {
      line: 3,
      title,
      source: 'missing',
      note: `precedence not stated for ${unknown} of ${records.length} ${records.length === 1 ? 'casualty' : 'casualties'}${counts.length ? `; known: ${counts.join(', ')}` : ''}`,
    };
  return { line: 3, title, value: counts.join(' BREAK '), source: 'record' };
}

/**
 * Why this casualty certainly cannot walk, from stated facts only; undefined when the record
 * does not settle it (ambulatory is never inferred: a casualty who could walk may still need a litter).
 */
export function litterReason(record: TcccRecord): string | undefined {
  const lastAvpu = [...(record.vitals ?? [])].reverse().find((v) => v.avpu)?.avpu;
  if (lastAvpu === 'P' || lastAvpu === 'U') return `AVPU ${lastAvpu}`;
  const legAmputation = record.injuries?.find(
    (i) => i.type === 'amputation' && (i.location === 'left_leg' || i.location === 'right_leg'),
  );
  if (legAmputation) return `amputation ${LOCATION_LABELS[legAmputation.location]}`;
  const airway = record.interventions?.find((i) => i.type === 'cric' || i.type === 'sga' || i.type === 'et_tube');
  if (airway) return `advanced airway (${airway.type.replace('_', ' ')})`;
  return undefined;
}

function patientTypeLine(records: TcccRecord[], fields: NineLineFields): NineLineLine {
  const title = 'Number of patients by type';
  if (fields.litter !== undefined || fields.ambulatory !== undefined) {
    const parts = [fields.litter ? `L${fields.litter}` : '', fields.ambulatory ? `A${fields.ambulatory}` : ''].filter(
      Boolean,
    );
    return { line: 5, title, value: parts.join(' ') || 'none', source: 'medic' };
  }
  const reasons = records.map(litterReason);
  if (records.length > 0 && reasons.every((r) => r !== undefined)) {
    return {
      line: 5,
      title,
      value: `L${records.length}`,
      source: 'record',
      note: `litter because: ${reasons.join('; ')}`,
    };
  }
  return {
    line: 5,
    title,
    source: 'missing',
    note:
      records.length > 1
        ? 'litter or ambulatory is not stated for every casualty'
        : records.length
          ? 'litter or ambulatory is not stated'
          : undefined,
  };
}

function codes<K extends string>(
  line: number,
  title: string,
  picked: K[] | undefined,
  table: Record<K, string>,
): NineLineLine {
  if (!picked || picked.length === 0) return { line, title, source: 'missing' };
  return { line, title, value: picked.map((k) => `${k} (${table[k].toLowerCase()})`).join(', '), source: 'medic' };
}

function peacetimeInjuriesLine(records: TcccRecord[]): NineLineLine {
  const title = 'Number and type of wound, injury or illness';
  const injuries = records
    .flatMap((r) => r.injuries ?? [])
    .map((i) => `${INJURY_LABELS[i.type]} ${LOCATION_LABELS[i.location]}`);
  return injuries.length
    ? { line: 6, title, value: injuries.join(', '), source: 'record' }
    : { line: 6, title, source: 'missing' };
}

/**
 * Builds the 9-line MEDEVAC request for the casualties at one pickup site. Lines the records
 * settle are filled from them, the medic's fields fill the rest, and anything else stays MISSING.
 */
export function buildNineLine(records: TcccRecord[], fields: NineLineFields = {}): NineLine {
  const mode = fields.mode ?? 'wartime';
  const radio = [fields.frequency, fields.callSign, fields.suffix].filter(Boolean).join(' / ');
  const radioLine = fromMedic(2, 'Radio frequency, call sign and suffix', radio || undefined);
  if (radio && !(fields.frequency && fields.callSign)) radioLine.note = 'frequency and call sign are both needed';
  const marking =
    fields.marking &&
    `${fields.marking} (${MARKING[fields.marking].toLowerCase()}${fields.markingDetail ? `, ${fields.markingDetail}` : ''})`;
  const line9 =
    mode === 'wartime'
      ? fields.cbrn === undefined
        ? { line: 9, title: 'CBRN contamination', source: 'missing' as const }
        : {
            line: 9,
            title: 'CBRN contamination',
            source: 'medic' as const,
            value: fields.cbrn.length ? fields.cbrn.map((k) => `${k} (${CBRN[k].toLowerCase()})`).join(', ') : 'none',
          }
      : fromMedic(9, 'Terrain description', fields.terrain);
  const lines: NineLineLine[] = [
    locationLine(records, fields),
    radioLine,
    precedenceLine(records),
    codes(4, 'Special equipment required', fields.specialEquipment, SPECIAL_EQUIPMENT),
    patientTypeLine(records, fields),
    mode === 'wartime'
      ? fromMedic(
          6,
          'Security at pickup site',
          fields.security && `${fields.security} (${SECURITY[fields.security].toLowerCase()})`,
        )
      : peacetimeInjuriesLine(records),
    fromMedic(7, 'Method of marking pickup site', marking),
    codes(8, 'Patient nationality and status', fields.nationality, NATIONALITY),
    line9,
  ];
  return { mode, lines, missing: lines.filter((l) => l.source === 'missing').map((l) => l.line) };
}

/** The request as text to read over the radio, one line per line, "MISSING" where nothing is known. */
export function nineLineText(request: NineLine): string {
  const body = request.lines.map(
    (l) => `LINE ${l.line} ${l.title.toUpperCase()}: ${l.value ?? 'MISSING'}${l.note ? `  [${l.note}]` : ''}`,
  );
  const header = `9-LINE MEDEVAC REQUEST (${request.mode.toUpperCase()})`;
  const footer = request.missing.length ? `MISSING LINES: ${request.missing.join(', ')}` : 'ALL LINES COMPLETE';
  return reportLines([header, ...body, footer]);
}
