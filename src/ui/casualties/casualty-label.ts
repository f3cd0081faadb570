/** How a casualty is named on screen: pure, so the list, the bar and the tests agree. */
import type { CasualtySummary } from '../../records/index.js';
import { localClock } from '../../tccc/local-clock.js';
import { EVAC_LABELS } from '../../tccc/reports/labels.js';

/** Local "HH:MM" of a time, given as a Date or an ISO string (the views' name for `tccc/local-clock.ts`). */
export const clockOf = localClock;

/** Local "YYYY-MM-DD HH:MM" of a time (a Date, an ISO string or epoch ms): a 24-hour clock and an unambiguous date, whatever the browser's locale. */
export function dateClockOf(at: Date | string | number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')} ${clockOf(d)}`;
}

/** The casualty's name for a person: name and roster when known, else when it was started. */
export function casualtyTitle(summary: CasualtySummary, createdAt: string): string {
  const known = [summary.name, summary.battleRoster].filter(Boolean).join(' · ');
  return known || `Unidentified casualty, started ${clockOf(createdAt)}`;
}

/** The list's detail line: evacuation priority and time of injury, saying plainly what is not known. */
export function casualtyDetail(summary: CasualtySummary): string {
  const evac = summary.evac ? EVAC_LABELS[summary.evac] : 'Evac priority not set';
  const toi = summary.timeOfInjury ? `injured ${summary.timeOfInjury}` : 'time of injury not set';
  return `${evac} · ${toi}`;
}
