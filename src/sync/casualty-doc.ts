/**
 * One casualty as an Automerge document, the unit that syncs between the kiosk and the tablets (#13.1).
 *
 * Shape, chosen so that concurrent changes merge without loss:
 * - `pieces` is a list: two devices that each add a narrative piece both keep theirs.
 * - `edits` is a map from fact id to one hand edit: edits of different facts never meet, and two devices that edit
 *   the same fact (an evac priority, a tourniquet's time, allergies) leave an Automerge conflict that
 *   {@link conflictsOf} shows with both values and who set them. A fact the medic added by hand gets a key of its own
 *   (`<id>~<random>`), so two devices adding facts at once never collide on "injury/hand#1".
 * - `nineLine` holds one value per 9-line field, so two devices filling different lines both keep theirs.
 * - `notes` and `draft` are collaborative text: concurrent typing merges.
 * - `extraction` is one value; concurrent ones are settled by the extraction rule, not shown as a conflict.
 * Values are stored as JSON in ImmutableStrings: one operation per value, never one per character.
 */
import { ImmutableString, getConflicts, type Doc } from '@automerge/automerge';
import type { TimelineEntry } from '../records/casualty.js';
import type { FactEdit } from '../records/edits.js';
import type { NineLineFields } from '../tccc/reports/index.js';
import { preferredExtraction, type StoredExtraction } from './extraction-rule.js';

export const CASUALTY_DOC_KIND = 'tccc-scribe/casualty';
export const CASUALTY_DOC_VERSION = 1;

/** A hand edit as stored: the edit and its place in the casualty's edit order. */
export interface StoredEdit {
  edit: FactEdit;
  seq: number;
}

/** A narrative piece as stored: the timeline entry and the device that added it. */
export interface StoredPiece extends TimelineEntry {
  by: string;
}

/** The document as it lies in Automerge (see the file comment for why each part has its shape). */
export interface CasualtyDoc {
  kind: ImmutableString;
  version: number;
  id: ImmutableString;
  createdAt: ImmutableString;
  updatedAt: ImmutableString;
  /** The device that recorded the casualty first: the casualty's `recordedBy`. */
  createdBy: ImmutableString;
  /** JSON of {@link StoredPiece}, in the order added. */
  pieces: ImmutableString[];
  /** Absent while the casualty has no Capture draft. */
  draft?: string;
  notes: string;
  /** JSON of {@link StoredExtraction}. */
  extraction?: ImmutableString;
  /** JSON of {@link StoredEdit}, by fact id (or `<id>~<random>` for a fact added by hand). */
  edits: { [key: string]: ImmutableString };
  /** JSON of each 9-line field's value. */
  nineLine: { [field: string]: ImmutableString };
  /** JSON of the casualty's `evacRequest` (the 9-line request it is on); absent while it is on none. */
  evacRequest?: ImmutableString;
  /** ISO time of the soft delete, or null. */
  deletedAt: ImmutableString | null;
  /** Device name of each Automerge actor that changed the document: who set a conflicting value. */
  devices: { [actorId: string]: ImmutableString };
}

/** Who is changing a document: the device's name for people and its Automerge actor id. */
export interface DeviceIdentity {
  device: string;
  actor: string;
}

/** A string stored as one value (Automerge 3 makes a plain string collaborative text, one operation a character). */
export const scalar = (value: string) => new ImmutableString(value);
export const json = (value: unknown) => scalar(JSON.stringify(value));
export const text = (value: unknown): string =>
  value instanceof ImmutableString ? value.val : typeof value === 'string' ? value : '';
export const parsed = <T>(value: unknown): T => JSON.parse(text(value)) as T;

/** Whether a document is a casualty of this app (a repo may hold other documents). */
export function isCasualtyDoc(doc: unknown): doc is Doc<CasualtyDoc> {
  const kind = (doc as { kind?: unknown } | undefined)?.kind;
  return text(kind) === CASUALTY_DOC_KIND;
}

/** Whether a key of `edits` belongs to a fact added by hand ("<kind>/hand#n"). */
export const isHandAddedId = (id: string) => /\/hand#\d+$/.test(id);

/** The name of the device behind an Automerge op id ("counter@actor"), or the actor id when it never signed. */
export function deviceOfOp(doc: Doc<CasualtyDoc>, opId: string): string {
  const actor = opId.slice(opId.indexOf('@') + 1);
  const name = doc.devices?.[actor];
  return name ? text(name) : actor;
}

/** The current narrative pieces, decoded. */
export function piecesOf(doc: Doc<CasualtyDoc>): StoredPiece[] {
  return doc.pieces.map((p) => parsed<StoredPiece>(p));
}

/** The stored extraction to show: Automerge's value, or, when devices stored one concurrently, the rule's choice. */
export function storedExtractionOf(
  doc: Doc<CasualtyDoc>,
  currentNarrativeVersion: string,
): StoredExtraction | undefined {
  if (doc.extraction === undefined) return undefined;
  const all = Object.values(getConflicts(doc, 'extraction') ?? {}).map((v) => parsed<StoredExtraction>(v));
  return all.length > 1 ? preferredExtraction(all, currentNarrativeVersion) : parsed<StoredExtraction>(doc.extraction);
}

/** Hand edits in the order the casualty made them, each with the document key it lies under. */
export function editsOf(doc: Doc<CasualtyDoc>): { key: string; stored: StoredEdit }[] {
  const entries = Object.entries(doc.edits).map(([key, v]) => ({ key, stored: parsed<StoredEdit>(v) }));
  return entries.sort((a, b) => a.stored.seq - b.stored.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The 9-line fields, decoded. */
export function nineLineOf(doc: Doc<CasualtyDoc>): NineLineFields {
  const fields: Record<string, unknown> = {};
  for (const [field, v] of Object.entries(doc.nineLine)) fields[field] = parsed(v);
  return fields;
}
