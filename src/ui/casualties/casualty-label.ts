/** How a casualty is named on screen: pure, so the list, the bar and the tests agree. */
import type { CasualtySummary } from '../../records/index.js';
import { EVAC_LABELS } from '../../tccc/reports/labels.js';

/** Local "HH:MM" of a time, given as a Date or an ISO string. */
export function clockOf(at: Date | string): string {
  const d = new Date(at);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
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
