/**
 * Two tabs (or windows) of the app on one device can change the same casualty. Each save names the
 * version it started from; when storage holds another one, the two are merged here so that no
 * narrative piece, hand edit or typed text is lost. Pure: the store and the UI state call it.
 */
import type { Casualty, TimelineEntry } from './casualty.js';
import type { FactEdit } from './edits.js';

/**
 * Merges `ours` and `theirs`, two versions of one casualty that both grew from `base` (undefined
 * when ours never saw a stored version). Narrative pieces only ever get added, so both sides'
 * pieces are kept, in time order. Any other field takes the side that changed it; where both
 * changed a free-text field (notes, draft) differently, both texts are kept; where both changed
 * the same hand edit or 9-line field, ours (the later save) wins. The extraction is the later
 * one; the caller re-extracts when the merged narrative is new to it.
 */
export function mergeCasualty(base: Casualty | undefined, ours: Casualty, theirs: Casualty): Casualty {
  const nineLine: Record<string, unknown> = {};
  for (const key of keysOf(base?.nineLine, ours.nineLine, theirs.nineLine)) {
    const value = pick(field(base?.nineLine, key), field(ours.nineLine, key), field(theirs.nineLine, key));
    if (value !== undefined) nineLine[key] = value;
  }
  const merged: Casualty = {
    ...theirs,
    ...ours,
    createdAt: ours.createdAt < theirs.createdAt ? ours.createdAt : theirs.createdAt,
    updatedAt: ours.updatedAt > theirs.updatedAt ? ours.updatedAt : theirs.updatedAt,
    timeline: mergeTimeline(ours.timeline, theirs.timeline),
    edits: mergeEdits(base?.edits ?? [], ours.edits, theirs.edits),
    nineLine: nineLine,
    notes: mergeText(base?.notes, ours.notes, theirs.notes) ?? '',
  };
  const draft = mergeText(base?.draft, ours.draft, theirs.draft);
  const extraction =
    !theirs.extraction || (ours.extraction && ours.extraction.at >= theirs.extraction.at)
      ? ours.extraction
      : theirs.extraction;
  return withOptional(withOptional(merged, 'draft', draft), 'extraction', extraction);
}

/**
 * Both sides' pieces, each once, in the order they were entered. A piece only one side has, with the
 * same words as a piece only the other side has, is one piece kept once (ours): two tabs whose boxes
 * held the same draft both added it, and a later save of either must not bring the other copy back.
 */
function mergeTimeline(ours: readonly TimelineEntry[], theirs: readonly TimelineEntry[]): TimelineEntry[] {
  const oursKeys = new Set(ours.map(entryKey));
  const theirsKeys = new Set(theirs.map(entryKey));
  const oursOnly = new Map<string, number>();
  for (const e of ours) if (!theirsKeys.has(entryKey(e))) oursOnly.set(e.text, (oursOnly.get(e.text) ?? 0) + 1);
  const added = theirs.filter((e) => {
    if (oursKeys.has(entryKey(e))) return false;
    const twins = oursOnly.get(e.text) ?? 0;
    if (twins > 0) oursOnly.set(e.text, twins - 1);
    return twins === 0;
  });
  if (added.length === 0) return [...ours];
  // Stable: pieces entered at the same instant keep ours-then-theirs order.
  return [...ours, ...added].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

const entryKey = (e: TimelineEntry): string => `${e.at}\u0000${e.text}`;

/** At most one edit per fact: for each fact, the side that changed it since `base` (ours if both did). */
function mergeEdits(base: readonly FactEdit[], ours: readonly FactEdit[], theirs: readonly FactEdit[]): FactEdit[] {
  const byId = (edits: readonly FactEdit[]) => new Map(edits.map((e) => [e.id, e]));
  const [b, o, t] = [byId(base), byId(ours), byId(theirs)];
  const out: FactEdit[] = [];
  for (const id of new Set([...o.keys(), ...t.keys(), ...b.keys()])) {
    const edit = pick(b.get(id), o.get(id), t.get(id));
    if (edit) out.push(edit);
  }
  return out;
}

/** Three-way choice: the side that changed from `base` (ours when both did). */
function pick<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined): T | undefined {
  return same(ours, base) ? theirs : ours;
}

/** Like {@link pick}, but when both sides changed the text differently, both are kept. */
function mergeText(base: string | undefined, ours: string | undefined, theirs: string | undefined): string | undefined {
  if (same(ours, theirs) || same(theirs, base)) return ours;
  if (same(ours, base)) return theirs;
  // Both changed it. Typing went on in one of them (the longer text holds the other), or one was cleared.
  if (!ours || theirs?.startsWith(ours)) return theirs;
  if (!theirs || ours.startsWith(theirs)) return ours;
  return `${theirs}\n${ours}`;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function keysOf(...objects: (object | undefined)[]): Set<string> {
  return new Set(objects.flatMap((o) => (o ? Object.keys(o) : [])));
}

function field(o: object | undefined, key: string): unknown {
  return o ? (o as Record<string, unknown>)[key] : undefined;
}

/** `c` with `key` set to `value`, or without the key when the value is undefined (exactOptionalPropertyTypes). */
function withOptional<K extends 'draft' | 'extraction'>(c: Casualty, key: K, value: Casualty[K] | undefined): Casualty {
  const { [key]: _drop, ...rest } = c;
  return (value === undefined ? rest : { ...rest, [key]: value }) as Casualty;
}
