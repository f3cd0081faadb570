/** The workspace's lists of casualties (live and deleted), each kept one way. */
import type { Casualty } from '../records/casualty.js';
import { byCodeUnits } from '../records/code-unit-order.js';
import { UNDO_WINDOW_MS } from '../records/db.js';

/** Casualties in the order they were started. */
const byStart = (a: Casualty, b: Casualty): number => byCodeUnits(a.createdAt, b.createdAt);

/** `list` with `casualty` in place of any version of it, in the order they were started. */
export function withCasualty(list: readonly Casualty[], casualty: Casualty): Casualty[] {
  return [...list.filter((c) => c.id !== casualty.id), casualty].sort(byStart);
}

/** Whether a deleted casualty can still be brought back (its undo window has not passed). */
export function undoable(casualty: Casualty, now = Date.now()): boolean {
  return casualty.deletedAt !== undefined && Date.parse(casualty.deletedAt) > now - UNDO_WINDOW_MS;
}

/**
 * What the views show once the documents are open: every live casualty they hold, the deleted ones that can still
 * be brought back and, because "+ New casualty" works while they open, what was started here meanwhile.
 */
export function openedLists(
  stored: readonly Casualty[],
  startedHere: readonly Casualty[],
): { casualties: Casualty[]; deleted: Casualty[] } {
  const live = stored.filter((c) => !c.deletedAt);
  return {
    casualties: [...live, ...startedHere.filter((c) => !live.some((l) => l.id === c.id))].sort(byStart),
    deleted: stored.filter((c) => undoable(c)).sort(byStart),
  };
}

/**
 * Which casualty to show once the documents are open: one started here meanwhile, else the one open before the
 * reload, else the latest; undefined when there is none.
 */
export function openedCurrent(
  casualties: readonly Casualty[],
  current: string | undefined,
  remembered: string | null,
): string | undefined {
  const held = (id: string | null | undefined) => (id && casualties.some((c) => c.id === id) ? id : undefined);
  return held(current) ?? held(remembered) ?? casualties.at(-1)?.id;
}
