/**
 * The casualty collection point board's rows (#13.6): one per casualty, from the casualty and the clock only, so the
 * board view just renders and the tests run on a fixed `now`. The clock rules (tourniquet, TXA window, latest vitals)
 * are the protocol alerts' own (`tccc/alerts`), so the board and the Record view's alerts never disagree.
 */
import { recordOf, summaryOf, type Casualty, type CasualtySummary } from '../records/casualty.js';
import {
  clockDoubt,
  lastVitals,
  latestTimedVitals,
  minutesSinceInjury,
  nowMinutes,
  tourniquetClocks,
  txaWindowState,
  type TourniquetClock,
  type TxaWindowState,
} from '../tccc/alerts/index.js';
import type { EvacPriority, VitalsSet } from '../tccc/record.js';
import { byCodeUnits } from '../records/code-unit-order.js';

/** What the board shows for "recorded on" when a casualty names no device: it was started here, before devices had names. */
export const THIS_DEVICE = 'this device';

export interface BoardRow {
  id: string;
  /** Name, roster and evac priority as the casualty list shows them. */
  summary: CasualtySummary;
  createdAt: string;
  /** Minutes since injury, `estimated` when counted from the earliest recorded time; undefined when no time is known. */
  sinceInjury?: { minutes: number; estimated: boolean };
  tourniquets: TourniquetClock[];
  txa: TxaWindowState;
  /** The latest vitals set, and its age when it has a time. */
  vitals?: { set: VitalsSet; minutes?: number };
  /** When the 9-line request it is on was marked as sent; undefined while it is on none. */
  requestedAt?: string;
  recordedBy: string;
  /** Why the clock cannot be trusted for this casualty's times; the board then shows none of them. */
  clockDoubt?: string;
}

/** The board's row for `c` at `now` (read on its local clock, as the medic's watch reads). */
export function boardRow(c: Casualty, now: Date, builtAt?: Date): BoardRow {
  const record = recordOf(c);
  const minutes = nowMinutes(now);
  const timed = latestTimedVitals(record, minutes);
  const last = lastVitals(record);
  const sinceInjury = minutesSinceInjury(record, minutes, record.time_of_injury);
  const doubt = clockDoubt(record, now, builtAt);
  return {
    id: c.id,
    summary: summaryOf(c, record),
    createdAt: c.createdAt,
    ...(sinceInjury ? { sinceInjury } : {}),
    tourniquets: tourniquetClocks(record, minutes),
    txa: txaWindowState(record, minutes, record.time_of_injury),
    ...(timed ? { vitals: { set: timed.vitals, minutes: timed.minutes } } : last ? { vitals: { set: last } } : {}),
    ...(c.evacRequest ? { requestedAt: c.evacRequest.requestedAt } : {}),
    recordedBy: c.recordedBy ?? THIS_DEVICE,
    ...(doubt ? { clockDoubt: doubt } : {}),
  };
}

/** Board order of evacuation priorities; a casualty with none set comes after all of them. */
const PRIORITY_ORDER: Record<EvacPriority, number> = {
  urgent: 0,
  urgent_surgical: 1,
  priority: 2,
  routine: 3,
  convenience: 4,
};
const rank = (row: BoardRow) => (row.summary.evac ? PRIORITY_ORDER[row.summary.evac] : 5);

/**
 * Rows already worked out, per casualty version: a row depends only on the casualty and the minute, so a board that
 * re-renders for one changed casualty (or a clock tick within the minute) works out only what changed.
 */
export type BoardRowCache = WeakMap<Casualty, { minute: number; row: BoardRow }>;

/**
 * Every casualty's row, most pressing first: by evacuation priority, then the longest since injury (no injury time
 * after those with one), then the earliest started. With `cache`, a casualty unchanged since the last call in the same
 * minute keeps its row.
 */
export function boardRows(
  casualties: readonly Casualty[],
  now: Date,
  builtAt?: Date,
  cache?: BoardRowCache,
): BoardRow[] {
  const minute = Math.floor(now.getTime() / 60_000);
  return casualties
    .map((c) => {
      const held = cache?.get(c);
      if (held?.minute === minute) return held.row;
      const row = boardRow(c, now, builtAt);
      cache?.set(c, { minute, row });
      return row;
    })
    .sort(
      (a, b) =>
        rank(a) - rank(b) ||
        (b.sinceInjury?.minutes ?? -1) - (a.sinceInjury?.minutes ?? -1) ||
        byCodeUnits(a.createdAt, b.createdAt),
    );
}
