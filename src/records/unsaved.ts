/**
 * What the medic sees but storage does not hold yet: the views mark these "Saving…" so that nothing
 * shows as done (a narrative piece added, a hand edit) before it would survive a power cut.
 * `stored` is the version this tab last wrote to or read from storage (undefined: never stored).
 */
import type { Casualty } from './casualty.js';
import type { FactId } from '../tccc/fact-identity.js';

const pieceKey = (e: Casualty['timeline'][number]) => `${e.at}\n${e.text}`;

/** Indexes of the timeline pieces of `shown` that `stored` lacks. */
export function unsavedPieces(shown: Casualty, stored: Casualty | undefined): Set<number> {
  const kept = new Set(stored?.timeline.map(pieceKey));
  return new Set(shown.timeline.flatMap((e, i) => (kept.has(pieceKey(e)) ? [] : [i])));
}

/** Ids of the facts whose hand edit (made, changed or undone) in `shown` differs from `stored`'s. */
export function unsavedFacts(shown: Casualty, stored: Casualty | undefined): Set<FactId> {
  const storedAt = new Map(stored?.edits.map((e) => [e.id, e.at]));
  const shownAt = new Map(shown.edits.map((e) => [e.id, e.at]));
  const ids = new Set<FactId>();
  for (const [id, at] of shownAt) if (storedAt.get(id) !== at) ids.add(id);
  for (const id of storedAt.keys()) if (!shownAt.has(id)) ids.add(id);
  return ids;
}
