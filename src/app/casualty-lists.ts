/** The workspace's lists of casualties (live and deleted), each kept one way. */
import { sameCasualty, type Casualty } from '../records/casualty.js';
import { byCodeUnits } from '../records/code-unit-order.js';
import { UNDO_WINDOW_MS } from '../records/db.js';

/** Casualties in the order they were started. */
const byStart = (a: Casualty, b: Casualty): number => byCodeUnits(a.createdAt, b.createdAt);

/** `list` with `casualty` in place of any version of it, in the order they were started. */
export function withCasualty(list: readonly Casualty[], casualty: Casualty): Casualty[] {
  return [...list.filter((c) => c.id !== casualty.id), casualty].sort(byStart);
}

/** Whether a deleted casualty can still be brought back (its undo window has not passed). */
function undoable(casualty: Casualty, now = Date.now()): boolean {
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

/** The workspace's lists and which casualty the views show. */
interface WorkspaceLists {
  readonly casualties: readonly Casualty[];
  readonly deleted: readonly Casualty[];
  readonly currentId: string | undefined;
}

/** New {@link WorkspaceLists}, for the workspace to take. */
type NewLists = { casualties: Casualty[]; deleted: Casualty[]; currentId: string | undefined };

/**
 * The lists once `casualty` shows as deleted here, with its undo: out of the live ones and in the deleted ones (in
 * place of any version of it). The views show a live casualty, so when it was the current one the latest live one
 * becomes current (none when there is none).
 */
function withDeleted(lists: WorkspaceLists, casualty: Casualty): NewLists {
  const casualties = lists.casualties.filter((c) => c.id !== casualty.id);
  return {
    casualties,
    deleted: [...lists.deleted.filter((c) => c.id !== casualty.id), casualty],
    currentId: lists.currentId === casualty.id ? casualties.at(-1)?.id : lists.currentId,
  };
}

/** What showing a stored casualty does to the lists: see {@link storedChange}. */
type StoredChange =
  { kind: 'deleted' | 'added'; lists: NewLists } | { kind: 'replaced'; local: Casualty } | { kind: 'unchanged' };

/**
 * What showing `stored` (what the documents hold for a casualty another tab or device changed, or a conflict just
 * resolved) does to the lists. Pure, so the workspace keeps only the news each outcome calls for (a redraw, the
 * casualty remembered as current, a new extraction):
 * - `deleted`: deleted elsewhere, and live here or still within its undo window: shown deleted, with its undo (one
 *   gone past the window, and never shown here, is nothing to show);
 * - `added`: live and new here (started, or brought back, elsewhere): live, and out of the deleted ones;
 * - `replaced`: live here with other values: `local`, the version shown, gives way to `stored`;
 * - `unchanged`: shown here as stored.
 */
export function storedChange(lists: WorkspaceLists, stored: Casualty, now = Date.now()): StoredChange {
  const local = lists.casualties.find((c) => c.id === stored.id);
  if (stored.deletedAt)
    return local || undoable(stored, now)
      ? { kind: 'deleted', lists: withDeleted(lists, stored) }
      : { kind: 'unchanged' };
  if (local) return sameCasualty(local, stored) ? { kind: 'unchanged' } : { kind: 'replaced', local };
  return {
    kind: 'added',
    lists: {
      casualties: withCasualty(lists.casualties, stored),
      deleted: lists.deleted.filter((c) => c.id !== stored.id),
      currentId: lists.currentId,
    },
  };
}
