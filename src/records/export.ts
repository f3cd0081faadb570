/**
 * The casualty export file: JSON holding the effective record (valid against the record schema,
 * for any tool that reads only that) and the whole casualty (timeline, Capture draft, extraction
 * with its sources and conflicts, edits, 9-line fields, notes), so importing it gives back exactly what was exported.
 */
import type { FactSource } from '../tccc/merge.js';
import type { TcccRecord } from '../tccc/record.js';
import { CBRN, MARKING, NATIONALITY, SECURITY, SPECIAL_EQUIPMENT, type ReportInput } from '../tccc/reports/index.js';
import { validateRecord } from '../tccc/validate.js';
import {
  createCasualty,
  narrativeOf,
  recordOf,
  reportInputOf,
  upgradeTimeOfInjury,
  type Casualty,
} from './casualty.js';
import { MAX_NARRATIVE_CHARS, importTooLarge } from './limits.js';

export const EXPORT_FORMAT = 'tccc-scribe/casualty';
const EXPORT_VERSION = 1;

export interface CasualtyExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  /** The record the reports show (extraction with hand edits applied). */
  record: TcccRecord;
  casualty: Casualty;
}

/** Raised for a file that is neither a valid record nor a valid casualty export; the message says what is wrong. */
export class ImportError extends Error {
  override name = 'ImportError';
}

/** The export object for a casualty; `JSON.stringify(exportCasualty(c), null, 2)` is the file. */
export function exportCasualty(c: Casualty): CasualtyExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, record: recordOf(c), casualty: structuredClone(c) };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isIsoTime = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v));
/** JSON with object keys sorted, so two values compare equal whatever order a tool wrote their keys in. */
function canonicalJson(v: unknown): string {
  return JSON.stringify(v, (_key, x: unknown) =>
    isObject(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : x,
  );
}
/** Whether `v` is one of the table's codes (own keys only: "constructor" is not a code). */
const isCode = (v: unknown, table: object) => typeof v === 'string' && Object.hasOwn(table, v);
const isCodeList = (v: unknown, table: object) => Array.isArray(v) && v.every((k) => isCode(k, table));
const isFactValue = (v: unknown) => isObject(v) && typeof v.kind === 'string';
const FACT_SOURCES: Record<FactSource, true> = { model: true, rules: true, both: true };

/** Problems with a casualty's `extraction`; empty when it is an `Extraction`. */
function extractionProblems(x: unknown): string[] {
  const ok =
    isObject(x) &&
    typeof x.engine === 'string' &&
    isIsoTime(x.at) &&
    Array.isArray(x.evidence) &&
    x.evidence.every(
      (e) => isObject(e) && typeof e.path === 'string' && Number.isInteger(e.start) && Number.isInteger(e.end),
    );
  if (!ok) return ['casualty.extraction must hold engine, at, record and evidence'];
  const problems = validateRecord(x.record).errors.map((e) => `casualty.extraction.record${e}`);
  const need = (good: boolean, what: string) => good || problems.push(what);
  need(
    x.engineLabel === undefined || typeof x.engineLabel === 'string',
    'casualty.extraction.engineLabel must be a string',
  );
  need(
    x.fallbackReason === undefined || typeof x.fallbackReason === 'string',
    'casualty.extraction.fallbackReason must be a string',
  );
  need(
    x.sources === undefined ||
      (Array.isArray(x.sources) &&
        x.sources.every((s) => isObject(s) && typeof s.path === 'string' && isCode(s.source, FACT_SOURCES))),
    'casualty.extraction.sources must be a list of {path, source} with source model, rules or both',
  );
  // Both sides of a conflict are values the engines found, never absent (JSON has no undefined).
  need(
    x.conflicts === undefined ||
      (Array.isArray(x.conflicts) &&
        x.conflicts.every(
          (k) => isObject(k) && typeof k.path === 'string' && k.model !== undefined && k.rules !== undefined,
        )),
    'casualty.extraction.conflicts must be a list of {path, model, rules}',
  );
  return problems;
}

/** Problems with a value claiming to be a Casualty; empty when it is one. */
function casualtyProblems(c: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, what: string) => ok || problems.push(what);
  need(typeof c.id === 'string' && c.id.length > 0, 'casualty.id must be a non-empty string');
  need(isIsoTime(c.createdAt) && isIsoTime(c.updatedAt), 'casualty.createdAt and updatedAt must be ISO times');
  need(
    c.timeOfInjury === undefined || (typeof c.timeOfInjury === 'string' && /^[0-2]\d:[0-5]\d$/.test(c.timeOfInjury)),
    'casualty.timeOfInjury must be "HH:MM"',
  );
  need(
    Array.isArray(c.timeline) && c.timeline.every((e) => isObject(e) && isIsoTime(e.at) && typeof e.text === 'string'),
    'casualty.timeline must be a list of {at, text}',
  );
  need(typeof c.notes === 'string', 'casualty.notes must be a string');
  need(c.deletedAt === undefined || isIsoTime(c.deletedAt), 'casualty.deletedAt must be an ISO time');
  need(
    Array.isArray(c.edits) &&
      c.edits.every(
        (e) =>
          isObject(e) &&
          typeof e.id === 'string' &&
          isIsoTime(e.at) &&
          ((e.op === 'delete' && (e.replaced === undefined || isFactValue(e.replaced))) ||
            (e.op === 'set' && isFactValue(e.fact))),
      ),
    'casualty.edits must be a list of set/delete edits',
  );
  need(c.draft === undefined || typeof c.draft === 'string', 'casualty.draft must be a string');
  need(c.recordedBy === undefined || typeof c.recordedBy === 'string', 'casualty.recordedBy must be a string');
  need(
    c.evacRequest === undefined || (isObject(c.evacRequest) && isIsoTime(c.evacRequest.requestedAt)),
    'casualty.evacRequest must be {requestedAt: ISO time}',
  );
  if (problems.length === 0) {
    const cap = MAX_NARRATIVE_CHARS.toLocaleString('en-US');
    need(
      narrativeOf(c as unknown as Casualty).length <= MAX_NARRATIVE_CHARS,
      `casualty narrative is longer than ${cap} characters, the most one casualty holds`,
    );
    need(
      ((c.draft as string | undefined) ?? '').length <= MAX_NARRATIVE_CHARS,
      `casualty.draft is longer than ${cap} characters, the most one casualty holds`,
    );
  }
  if (c.extraction !== undefined) problems.push(...extractionProblems(c.extraction));
  const n = c.nineLine;
  const nineLineOk =
    isObject(n) &&
    ['location', 'frequency', 'callSign', 'suffix', 'markingDetail', 'terrain'].every(
      (k) => n[k] === undefined || typeof n[k] === 'string',
    ) &&
    ['litter', 'ambulatory'].every((k) => n[k] === undefined || (Number.isInteger(n[k]) && (n[k] as number) >= 0)) &&
    (n.mode === undefined || n.mode === 'wartime' || n.mode === 'peacetime') &&
    (n.security === undefined || isCode(n.security, SECURITY)) &&
    (n.marking === undefined || isCode(n.marking, MARKING)) &&
    (n.specialEquipment === undefined || isCodeList(n.specialEquipment, SPECIAL_EQUIPMENT)) &&
    (n.nationality === undefined || isCodeList(n.nationality, NATIONALITY)) &&
    (n.cbrn === undefined || isCodeList(n.cbrn, CBRN)) &&
    (n.casualties === undefined || (Array.isArray(n.casualties) && n.casualties.every((id) => typeof id === 'string')));
  need(nineLineOk, 'casualty.nineLine has a field of the wrong type or an unknown code');
  return problems;
}

/**
 * Reads an export (or a bare record, which becomes a new casualty whose extraction engine is
 * "import") back into a Casualty. Throws {@link ImportError} listing what is wrong.
 */
export function importCasualty(value: unknown, now: Date = new Date()): Casualty {
  if (isObject(value) && value.format === EXPORT_FORMAT) {
    if (value.version !== EXPORT_VERSION)
      throw new ImportError(`unsupported export version ${String(value.version)} (this app reads ${EXPORT_VERSION})`);
    if (!isObject(value.casualty)) throw new ImportError('export has no casualty object');
    const problems = casualtyProblems(value.casualty);
    if (problems.length) throw new ImportError(`invalid casualty export: ${problems.join('; ')}`);
    const casualty = structuredClone(value.casualty) as unknown as Casualty;
    const record = recordOf(casualty);
    const recordErrors = validateRecord(record).errors;
    if (recordErrors.length) throw new ImportError(`hand edits give an invalid record: ${recordErrors.join('; ')}`);
    // The file's record is derived; a mismatch means it was edited by hand and would silently be lost.
    if (canonicalJson(record) !== canonicalJson(value.record))
      throw new ImportError('export record does not match its extraction and edits');
    // An export made before the time of injury was a fact of the record carries it beside the record.
    return upgradeTimeOfInjury(casualty);
  }
  const { valid, errors } = validateRecord(value);
  if (!valid) throw new ImportError(`not a TCCC record or casualty export: ${errors.join('; ')}`);
  const casualty = createCasualty(now);
  return {
    ...casualty,
    extraction: {
      engine: 'import',
      record: structuredClone(value as TcccRecord),
      evidence: [],
      at: casualty.createdAt,
    },
  };
}

/**
 * Reads a casualty file the medic picked (an export or a bare record): refuses one over
 * MAX_IMPORT_BYTES before reading a byte of it, then parses and checks it. Throws ImportError.
 */
export async function importCasualtyFile(file: Pick<Blob, 'size' | 'text'>, now: Date = new Date()): Promise<Casualty> {
  const tooLarge = importTooLarge(file.size);
  if (tooLarge) throw new ImportError(tooLarge);
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (e) {
    throw new ImportError(`the file is not JSON: ${(e as Error).message}`);
  }
  return importCasualty(value, now);
}

/**
 * Parses JSON text (a bare record or an export) into report input; throws ImportError with the
 * reason. A bare record carries no date, time of injury or 9-line fields, so none are given.
 */
export function reportInputFromJson(text: string): ReportInput {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new ImportError(`input is not JSON: ${(e as Error).message}`);
  }
  const casualty = importCasualty(value);
  if (isObject(value) && value.format === EXPORT_FORMAT) return reportInputOf(casualty);
  const record = recordOf(casualty);
  return { record, siteRecords: [record] };
}
