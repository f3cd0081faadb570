/**
 * Between today's stored casualty (`src/records/`) and its synced document: {@link initCasualtyDoc} fills a new
 * document from a casualty (the migration), {@link casualtyOf} reads one back exactly, and {@link applyCasualty}
 * turns a casualty the app changed into the fewest document operations, so changes made at once on other devices
 * survive the merge.
 */
import { updateText, type Doc } from '@automerge/automerge';
import { narrativeOf, type Casualty, type EvacRequest } from '../records/casualty.js';
import type { FactEdit } from '../records/edits.js';
import {
  CASUALTY_DOC_KIND,
  CASUALTY_DOC_VERSION,
  editsOf,
  isHandAddedId,
  json,
  nineLineOf,
  parsed,
  piecesOf,
  scalar,
  storedExtractionOf,
  text,
  type CasualtyDoc,
  type DeviceIdentity,
  type StoredPiece,
} from './casualty-doc.js';
import { narrativeVersion, shouldReplaceExtraction, type StoredExtraction } from './extraction-rule.js';

/** A fresh key for a fact added by hand, so two devices adding one at once never share a key. */
function handKey(id: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `${id}~${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * Pieces in the order they were entered, as the app shows and extracts them (the app's own merge sorts by entry time
 * too). The list's order is where each device inserted, which for pieces added at once on two devices is not the
 * time order: reading it as is, a device that merged locally would see another narrative than the document names.
 * Stable, so pieces entered at the same instant keep the list's order, the same on every device.
 */
function inEntryOrder(pieces: StoredPiece[]): StoredPiece[] {
  return [...pieces].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** Automerge stores no undefined: a value with undefined members dropped, as JSON would. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Records which device this Automerge actor is, so a conflict can say who set each value. */
export function signDevice(d: CasualtyDoc, who: DeviceIdentity): void {
  if (text(d.devices[who.actor]) !== who.device) d.devices[who.actor] = scalar(who.device);
}

/** Fills an empty document (inside a change) with `c`: the migration of a stored casualty, or a new one. */
export function initCasualtyDoc(d: CasualtyDoc, c: Casualty, who: DeviceIdentity): void {
  d.kind = scalar(CASUALTY_DOC_KIND);
  d.version = CASUALTY_DOC_VERSION;
  d.id = scalar(c.id);
  d.createdAt = scalar(c.createdAt);
  d.updatedAt = scalar(c.updatedAt);
  // A casualty stored before devices were named was recorded where it is migrated.
  d.createdBy = scalar(c.recordedBy ?? who.device);
  d.pieces = [];
  d.notes = '';
  d.edits = {};
  d.nineLine = {};
  d.deletedAt = null;
  d.devices = {};
  applyCasualty(d, c, who);
}

/** The stored casualty a document holds, exactly as the app keeps it (what a migration put in comes back out). */
export function casualtyOf(doc: Doc<CasualtyDoc>): Casualty {
  const timeline = inEntryOrder(piecesOf(doc)).map(({ at, text }) => ({ at, text }));
  // Key order as createCasualty makes it, so a casualty read back compares equal to the one migrated.
  const c = { id: text(doc.id), createdAt: text(doc.createdAt), updatedAt: text(doc.updatedAt), timeline } as Casualty;
  if (doc.draft !== undefined) c.draft = doc.draft;
  const stored = storedExtractionOf(doc, narrativeVersion(narrativeOf(c)));
  if (stored) c.extraction = stored.extraction;
  c.edits = handEditsOf(doc);
  c.nineLine = nineLineOf(doc);
  c.notes = doc.notes;
  if (doc.deletedAt !== null) c.deletedAt = text(doc.deletedAt);
  c.recordedBy = text(doc.createdBy);
  if (doc.evacRequest !== undefined) c.evacRequest = parsed<EvacRequest>(doc.evacRequest);
  return c;
}

/**
 * The hand edits in order. Two facts that devices added by hand at once may carry the same id ("injury/hand#1"):
 * the later one is numbered on to the first free id, so both stay.
 */
function handEditsOf(doc: Doc<CasualtyDoc>): FactEdit[] {
  const edits = editsOf(doc).map((e) => e.stored.edit);
  const taken = new Set(edits.map((e) => e.id));
  const seen = new Set<string>();
  return edits.map((edit) => {
    if (!seen.has(edit.id)) {
      seen.add(edit.id);
      return edit;
    }
    const base = edit.id.replace(/#\d+$/, '');
    let n = 1;
    while (taken.has(`${base}#${n}`)) n++;
    const id = `${base}#${n}`;
    taken.add(id);
    seen.add(id);
    return { ...edit, id };
  });
}

/**
 * Brings the document (inside a change) to `next`, the casualty as the app changed it, touching only what changed.
 * Narrative pieces are only ever added (a piece another device added meanwhile is never removed); the extraction is
 * replaced only as the extraction rule allows. Returns whether the extraction in `next` was taken.
 */
export function applyCasualty(d: CasualtyDoc, next: Casualty, who: DeviceIdentity): boolean {
  signDevice(d, who);
  const pieceKey = (p: { at: string; text: string }) => `${p.at}\n${p.text}`;
  const have = new Set(piecesOf(d as Doc<CasualtyDoc>).map(pieceKey));
  for (const entry of next.timeline) {
    if (have.has(pieceKey(entry))) continue;
    have.add(pieceKey(entry));
    d.pieces.push(json({ at: entry.at, text: entry.text, by: who.device } satisfies StoredPiece));
  }
  applyEdits(d, next.edits);
  applyNineLine(d, next.nineLine as Record<string, unknown>);
  if (d.notes !== next.notes) updateText(d, ['notes'], next.notes);
  if (next.draft === undefined) {
    if (d.draft !== undefined) delete d.draft;
  } else if (d.draft === undefined) d.draft = next.draft;
  else if (d.draft !== next.draft) updateText(d, ['draft'], next.draft);
  const deletedAt = next.deletedAt ?? null;
  if ((d.deletedAt === null ? null : text(d.deletedAt)) !== deletedAt)
    d.deletedAt = deletedAt === null ? null : scalar(deletedAt);
  if (next.recordedBy !== undefined && text(d.createdBy) !== next.recordedBy) d.createdBy = scalar(next.recordedBy);
  applyEvacRequest(d, next.evacRequest);
  if (text(d.updatedAt) !== next.updatedAt) d.updatedAt = scalar(next.updatedAt);
  return next.extraction ? offerExtraction(d, next.extraction) : false;
}

/** Stores an extraction this device ran on the narrative as the document now holds it, if the rule lets it. */
export function offerExtraction(d: CasualtyDoc, extraction: NonNullable<Casualty['extraction']>): boolean {
  const doc = d as Doc<CasualtyDoc>;
  const current = narrativeVersion(
    inEntryOrder(piecesOf(doc))
      .map((p) => p.text)
      .join('\n'),
  );
  const stored = storedExtractionOf(doc, current);
  if (stored && same(stored.extraction, extraction)) return false;
  const candidate: StoredExtraction = { extraction: plain(extraction), narrativeVersion: current };
  if (!shouldReplaceExtraction(stored, candidate, current)) return false;
  d.extraction = json(candidate);
  return true;
}

function applyEdits(d: CasualtyDoc, next: readonly FactEdit[]): void {
  const current = editsOf(d);
  const keyOf = new Map<string, string>();
  for (const { key, stored } of current) if (!keyOf.has(stored.edit.id)) keyOf.set(stored.edit.id, key);
  let seq = Math.max(-1, ...current.map((e) => e.stored.seq));
  const wanted = new Set(next.map((e) => e.id));
  for (const [id, key] of keyOf) if (!wanted.has(id)) delete d.edits[key];
  next.forEach((edit, index) => {
    const key = keyOf.get(edit.id);
    const prior = current.find((e) => e.key === key);
    // The app keeps edits in the order made, a re-edited fact moved last: only a changed edit takes a new place.
    if (prior && same(prior.stored.edit, plain(edit))) return;
    seq = Math.max(seq + 1, index);
    d.edits[key ?? (isHandAddedId(edit.id) ? handKey(edit.id) : edit.id)] = json({ edit: plain(edit), seq });
  });
}

/** The request mark is one value: set, replaced by a later request, or taken off. */
function applyEvacRequest(d: CasualtyDoc, next: EvacRequest | undefined): void {
  if (next === undefined) {
    if (d.evacRequest !== undefined) delete d.evacRequest;
  } else if (d.evacRequest === undefined || text(d.evacRequest) !== JSON.stringify(plain(next)))
    d.evacRequest = json(plain(next));
}

function applyNineLine(d: CasualtyDoc, next: Record<string, unknown>): void {
  for (const field of Object.keys(d.nineLine)) if (next[field] === undefined) delete d.nineLine[field];
  for (const [field, value] of Object.entries(next)) {
    if (value === undefined) continue;
    const prior = d.nineLine[field];
    if (prior === undefined || text(prior) !== JSON.stringify(value)) d.nineLine[field] = json(value);
  }
}
