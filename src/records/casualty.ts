/**
 * The casualty as the app keeps it: narrative timeline, the engine's extraction with its evidence,
 * the medic's hand edits, the 9-line fields and notes. Pure functions returning new objects, so
 * the UI can hand each new version to autosave.
 */
import type { EvidenceSpan, Extraction } from '../tccc/extraction.js';
import type { ClockTime, TcccRecord } from '../tccc/record.js';
import type { NineLineFields, ReportInput } from '../tccc/reports/index.js';
import { effectiveRecord, withEdit, withRestored, withoutEdit, type FactEdit } from './edits.js';
import { factIdAtPath, type FactId } from '../tccc/fact-identity.js';

/** One piece of narrative as the medic typed or dictated it, with when it was entered (ISO time). */
export interface TimelineEntry {
  at: string;
  text: string;
}

export interface Casualty {
  id: string;
  /** ISO times. */
  createdAt: string;
  updatedAt: string;
  timeline: TimelineEntry[];
  /** Text typed into Capture but not yet added to the timeline; saved as it is typed. */
  draft?: string;
  extraction?: Extraction;
  /** Hand edits, at most one per fact id. */
  edits: FactEdit[];
  /** 9-line lines the medic completes. */
  nineLine: NineLineFields;
  /** The card's NOTES text. */
  notes: string;
  /** Set while the casualty is deleted but can still be undone (ISO time). */
  deletedAt?: string;
  /** The name of the device its record was started on, for the board (absent in casualties stored before it). */
  recordedBy?: string;
  /** The 9-line MEDEVAC request this casualty is on, once the medic marked the request as sent. */
  evacRequest?: EvacRequest;
}

/** A casualty's place on a 9-line request: when the medic marked the request as sent (ISO time). */
export interface EvacRequest {
  requestedAt: string;
}

/** What the casualty list shows for each casualty. */
export interface CasualtySummary {
  id: string;
  battleRoster?: string;
  name?: string;
  evac?: TcccRecord['evac_priority'];
  timeOfInjury?: ClockTime;
  updatedAt: string;
}

/** A random id that works in insecure contexts too (randomUUID needs https or localhost). */
function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new, empty casualty. */
export function createCasualty(now: Date = new Date(), id: string = newId()): Casualty {
  const at = now.toISOString();
  return { id, createdAt: at, updatedAt: at, timeline: [], edits: [], nineLine: {}, notes: '' };
}

/**
 * Whether two versions hold the same casualty, a deletion mark aside. Compared by value: a casualty read back from
 * its synced document has its keys in another order than the app's own copy.
 */
export function sameCasualty(a: Casualty, b: Casualty): boolean {
  const { deletedAt: _a, ...restA } = a;
  const { deletedAt: _b, ...restB } = b;
  return sameValue(restA, restB);
}

/** Deep equality of JSON-like values; key order does not count, and an undefined member counts as absent. */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const defined = (o: object) => Object.entries(o).filter(([, v]) => v !== undefined);
  const [entriesA, entriesB] = [defined(a), defined(b)];
  if (entriesA.length !== entriesB.length) return false;
  const other = b as Record<string, unknown>;
  return entriesA.every(([k, v]) => sameValue(v, other[k]));
}

/** Applies `change` and stamps the update time. */
export function updateCasualty(
  c: Casualty,
  change: Partial<Omit<Casualty, 'id' | 'createdAt' | 'updatedAt'>>,
  now: Date = new Date(),
): Casualty {
  return { ...c, ...change, updatedAt: now.toISOString() };
}

/** Appends a piece of narrative; blank text is ignored. */
export function appendNarrative(c: Casualty, text: string, now: Date = new Date()): Casualty {
  if (!text.trim()) return c;
  return updateCasualty(c, { timeline: [...c.timeline, { at: now.toISOString(), text }] }, now);
}

/** The whole narrative the engine runs on: the pieces joined by newlines, in entry order. */
export function narrativeOf(c: Casualty): string {
  return c.timeline.map((e) => e.text).join('\n');
}

/** Records a hand edit (replacing any earlier edit of the same fact). */
export function editFact(c: Casualty, edit: FactEdit, now: Date = new Date()): Casualty {
  return updateCasualty(c, { edits: withEdit(c.edits, edit) }, now);
}

/** Drops the hand edit of a fact, handing it back to extraction. */
export function revertFact(c: Casualty, id: FactId, now: Date = new Date()): Casualty {
  return updateCasualty(c, { edits: withoutEdit(c.edits, id) }, now);
}

/** Deletes a fact by hand, keeping any hand value it had so {@link restoreFact} can give it back. */
export function deleteFact(c: Casualty, id: FactId, now: Date = new Date()): Casualty {
  const prior = c.edits.find((e) => e.id === id);
  const replaced = prior?.op === 'set' ? { replaced: prior.fact } : {};
  return editFact(c, { op: 'delete', id, at: now.toISOString(), ...replaced }, now);
}

/** Undoes the hand delete of a fact, giving back the hand value it hid (or extraction's when there was none). */
export function restoreFact(c: Casualty, id: FactId, now: Date = new Date()): Casualty {
  return updateCasualty(c, { edits: withRestored(c.edits, id, now.toISOString()) }, now);
}

/** Sets the time of injury by hand ("HH:MM"), or clears it (undefined): a hand edit of the record's `time_of_injury` fact. */
export function setTimeOfInjury(c: Casualty, time: ClockTime | undefined, now: Date = new Date()): Casualty {
  const id = 'time_of_injury';
  if (time !== undefined)
    return editFact(c, { op: 'set', id, fact: { kind: 'time_of_injury', value: time }, at: now.toISOString() }, now);
  // Cleared: hide a time the narrative gave; with none, just drop the hand value.
  return c.extraction?.record.time_of_injury !== undefined ? deleteFact(c, id, now) : revertFact(c, id, now);
}

/**
 * A casualty stored before v3 kept a hand-typed `timeOfInjury` beside the record; it becomes a hand
 * edit of the record's `time_of_injury` fact (an edit the medic already made of that fact wins).
 */
export function upgradeTimeOfInjury<C extends Casualty>(old: C & { timeOfInjury?: unknown }): C {
  const { timeOfInjury, ...rest } = old;
  if (typeof timeOfInjury !== 'string' || rest.edits.some((e) => e.id === 'time_of_injury'))
    return rest as unknown as C;
  return {
    ...rest,
    edits: [
      ...rest.edits,
      { op: 'set', id: 'time_of_injury', fact: { kind: 'time_of_injury', value: timeOfInjury }, at: rest.updatedAt },
    ],
  } as unknown as C;
}

/** The record the reports show: the latest extraction with the hand edits applied. */
export function recordOf(c: Casualty): TcccRecord {
  return effectiveRecord(c.extraction?.record ?? {}, c.edits);
}

/** The narrative spans behind each extracted fact, for the Record view's "where it came from". */
export function evidenceOf(c: Casualty): Map<FactId, EvidenceSpan[]> {
  const byFact = new Map<FactId, EvidenceSpan[]>();
  if (!c.extraction) return byFact;
  for (const e of c.extraction.evidence) {
    const id = factIdAtPath(c.extraction.record, e.path);
    if (id) byFact.set(id, [...(byFact.get(id) ?? []), e]);
  }
  return byFact;
}

/** The casualty list's line for this casualty (`r`, its record, when the caller has it already). */
export function summaryOf(c: Casualty, r: TcccRecord = recordOf(c)): CasualtySummary {
  return {
    id: c.id,
    battleRoster: r.casualty?.battle_roster,
    name: r.casualty?.name,
    evac: r.evac_priority,
    timeOfInjury: r.time_of_injury,
    updatedAt: c.updatedAt,
  };
}

/** Local calendar date "YYYY-MM-DD" of an ISO time, for the card's DATE box. */
function localDate(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The casualties on the 9-line request written on `c`: those the medic ticked (`nineLine.casualties`) that `all` still
 * holds, in `all`'s order; `c` alone until the medic ticks any.
 */
export function requestCasualties(c: Casualty, all: readonly Casualty[]): Casualty[] {
  const chosen = c.nineLine.casualties ?? [c.id];
  return all.filter((other) => chosen.includes(other.id));
}

/** Marks `c` as on a 9-line request sent at `now` (the board shows it). */
export function markRequested(c: Casualty, now: Date = new Date()): Casualty {
  return updateCasualty(c, { evacRequest: { requestedAt: now.toISOString() } }, now);
}

/** Everything the reports need for this casualty; `site` is every casualty at its pickup site (defaults to itself). */
export function reportInputOf(c: Casualty, site: readonly Casualty[] = [c]): ReportInput {
  return {
    record: recordOf(c),
    context: { date: localDate(c.createdAt), notes: c.notes || undefined },
    nineLine: c.nineLine,
    siteRecords: site.map(recordOf),
  };
}
