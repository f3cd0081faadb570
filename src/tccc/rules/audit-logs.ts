/**
 * A patient-tracking system's audit log pasted whole: a line per change, patients interleaved, a field changed twice
 * (the later value stands), an entry deleted and entered again on another patient, a patient voided. A line's words
 * say nothing of the card as it ends up; only the last value of each field does. So the log is replayed, each
 * patient's fields gathered as they stand at its end, and each patient's card read as his own words in the order
 * patients first appear, as a tracker's row is (tracker-tables.ts): "Patient 1, SGT Priya Raman: Mechanism: GSW. tx
 * 0949: chest seal R chest. vitals 0952: HR 124 RR 32 SpO2 86. …". A field keeps the clinical time entered with it
 * ("evt=0949", "at=1952", its own "tq.1.time"); the time each line was saved is never copied. Lines of the export
 * that are not log lines (a title, what its columns mean) are read as they stand.
 */
import { readAuditLine, opensWithStamp, CLINICAL_TIME, type AuditLine } from './audit-log-lines.js';
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';
import { closeCell, columnOf, copyName } from './tracker-tables.js';

/** Fewest log lines an audit log has. */
const MIN_LINES = 4;
/** Least share of the stamped lines that are log lines: a medic's timed notes ("1405 changed dressing") are not. */
const MIN_SHARE = 0.8;
/** A part of a field that holds its clinical time ("tq.1.time"). */
const TIME_PART = /^(?:time|at|when|clock|hhmm|evt)$/i;
/** A part of a field whose value says what it is by its words alone ("tq.1.site" = "R upper arm"): copied unnamed. */
const PLAIN_PART =
  /^(?:site|location|loc|side|type|kind|name|drug|device|desc|description|detail|details|value|text|dose|route)$/i;
/** Card fields that carry no clinical time of their own: a time entered with them dates nothing on the card. */
const UNTIMED = new Set(['Roster', 'Sex', 'Unit', 'Allergies', 'Time of injury', 'Mechanism', 'Evac category']);

/** One entry of a patient's card: a field ("tx.1") with its value, its named parts ("vitals.1.hr") and its time. */
interface Item {
  /** The field's kind as written ("tx" of "tx.1", "pelvic_binder"). */
  kind: TextPart;
  value: TextPart | null;
  parts: Map<string, { name: TextPart; value: TextPart }>;
  time: TextPart | null;
}

interface Patient {
  items: Map<string, Item>;
  voided: boolean;
}

/** Where a field's path splits into its entry and the part of it: "vitals.1.hr" is entry "vitals.1", part "hr". */
function splitPath(text: string, field: TextPart): { item: string; kind: TextPart; part: TextPart | null } {
  const path = text.slice(field.start, field.end);
  const segments = path.split('.');
  const lastIndex = segments.findLastIndex((s) => /^\d+$/.test(s));
  const itemLength = segments.slice(0, Math.max(lastIndex, 0) + 1).join('.').length;
  const kind = { start: field.start, end: field.start + segments[0].length };
  const part = itemLength < path.length ? { start: field.start + itemLength + 1, end: field.end } : null;
  return { item: path.slice(0, itemLength).toLowerCase(), kind, part };
}

/** Applies one log line to the patients as they stand. */
function replay(text: string, patients: Map<string, Patient>, line: AuditLine): void {
  let patient = patients.get(line.patient);
  if (!patient) patients.set(line.patient, (patient = { items: new Map(), voided: false }));
  if (line.action === 'void' || (line.action === 'delete' && !line.field)) {
    patient.voided = true;
    return;
  }
  if (!line.field) return;
  const { item: key, kind, part } = splitPath(text, line.field);
  const partName = part && text.slice(part.start, part.end).toLowerCase();
  const value = line.action === 'delete' ? null : line.value;
  if (!part && !value) {
    patient.items.delete(key);
    return;
  }
  let item = patient.items.get(key);
  if (!item) patient.items.set(key, (item = { kind, value: null, parts: new Map(), time: null }));
  if (partName && TIME_PART.test(partName)) {
    item.time = value && CLINICAL_TIME.test(text.slice(value.start, value.end)) ? value : null;
    return;
  }
  if (part && partName) {
    if (value) item.parts.set(partName, { name: part, value });
    else item.parts.delete(partName);
  } else item.value = value;
  if (line.time !== undefined) item.time = line.time;
}

/** Copies a field's kind as words: "pelvic_binder" as "pelvic binder". */
function copyWords(out: RewrittenText, text: string, part: TextPart): void {
  let at = part.start;
  text
    .slice(part.start, part.end)
    .split('_')
    .forEach((piece, k) => {
      if (k > 0) out.join(' ');
      out.copy(text, at, at + piece.length);
      at += piece.length + 1;
    });
}

/** Whether an entry still holds anything: a value or a part of one. */
const said = (item: Item): boolean => item.value !== null || item.parts.size > 0;

/** Copies patient `n`'s card as his words: "Patient n, <name>: <Label>: <value>. <kind> <time>: <value>. …". */
function copyPatient(out: RewrittenText, text: string, patient: Patient, n: number): void {
  const entries = [...patient.items.values()].filter(said);
  const columnAt = (item: Item) => columnOf(text.slice(item.kind.start, item.kind.end).replace(/_/g, ' '));
  const name = entries.find((i) => columnAt(i) === 'name' && i.value);
  out.join(`Patient ${n}`);
  if (name?.value) copyName(out.join(', '), text, name.value);
  out.join(':');
  for (const item of entries) {
    const column = columnAt(item);
    if (column === 'name' || column === 'designator') continue;
    out.join(' ');
    if (typeof column === 'object') out.join(column.label);
    else copyWords(out, text, item.kind);
    const timed = typeof column === 'object' ? !UNTIMED.has(column.label) : true;
    if (timed && item.time) out.join(' ').copy(text, item.time.start, item.time.end);
    out.join(':');
    const copied: TextPart[] = [];
    if (item.value) {
      out.join(' ').copy(text, item.value.start, item.value.end);
      copied.push(item.value);
    }
    for (const [partName, { name: part, value }] of item.parts) {
      out.join(' ');
      if (!PLAIN_PART.test(partName)) {
        copyWords(out, text, part);
        out.join(' ');
      }
      out.copy(text, value.start, value.end);
      copied.push(value);
    }
    const last = copied.at(-1)!;
    closeCell(out, text.slice(last.start, last.end));
  }
}

/** The narrative with its audit log replayed and read patient by patient as each one's words, or null when it has none. */
export function readAuditLog(text: string): RewrittenText | null {
  const lines = linesOf(text);
  // Every log line opens with its stamp: a narrative with too few such lines is none, its lines left unread.
  const stamped = lines.filter((l) => opensWithStamp(text, l.start, l.end)).length;
  if (stamped < MIN_LINES) return null;
  const logged = lines.map((l) => readAuditLine(text, l.start, l.end));
  const logLines = logged.filter((l): l is AuditLine => l !== null);
  if (logLines.length < MIN_LINES || logLines.length < MIN_SHARE * stamped) return null;
  const patients = new Map<string, Patient>();
  for (const line of logLines) replay(text, patients, line);
  // A patient opened and never filled in (a name slot made by mistake, an unhurt soldier logged) has no card.
  const kept = [...patients.values()].filter((p) => !p.voided && [...p.items.values()].some(said));
  if (kept.length === 0) return null;
  const first = logged.findIndex((l) => l !== null);
  const out = new RewrittenText();
  const copyLine = (line: TextPart) => out.copy(text, line.start, line.end).join('\n');
  lines.slice(0, first).forEach(copyLine);
  kept.forEach((patient, k) => {
    copyPatient(out, text, patient, k + 1);
    out.join('\n');
  });
  lines.forEach((line, i) => i > first && !logged[i] && copyLine(line));
  return out;
}
