/**
 * Protocol alerts over a TCCC record and the clock. Pure: reads the record, never changes it.
 * Usage: evaluateAlerts(record, { now: new Date() }); the time of injury is the record's `time_of_injury`.
 */
import type { ClockTime, TcccRecord } from '../record.js';
import type { AlertRuleFunction, AlertSeverity, ProtocolAlert } from './alert.js';
import { nowMinutes } from './clock.js';
import { DOSE_RANGES, medicationDose } from './dose-rules.js';
import { hypothermiaPrevention, tensionPneumothorax } from './finding-rules.js';
import { tourniquetTime, txaWindow, vitalsOverdue } from './time-rules.js';

export type { AlertRule, AlertSeverity, ProtocolAlert } from './alert.js';
export { clockDoubt } from './clock-check.js';
export { formatDuration, nowMinutes } from './clock.js';
export { lastVitals, latestTimedVitals, minutesSinceInjury } from './facts.js';
export {
  TOURNIQUET_LIMIT_MIN,
  tourniquetClocks,
  txaWindowState,
  type TourniquetClock,
  type TxaWindowState,
} from './time-rules.js';

const RULES: readonly AlertRuleFunction[] = [
  tourniquetTime,
  tensionPneumothorax,
  txaWindow,
  vitalsOverdue,
  hypothermiaPrevention,
  medicationDose,
];
/** Rules that measure time against the clock: with the clock in doubt they cannot be judged. */
const TIME_RULES: ReadonlySet<AlertRuleFunction> = new Set([tourniquetTime, txaWindow, vitalsOverdue]);
const SEVERITY_ORDER: Record<AlertSeverity, number> = { alert: 0, warning: 1, info: 2 };

/**
 * Every alert for `record` at `now` (a Date, read on its local clock, or "HH:MM"), most severe first. With
 * `clockInDoubt` (see clock-check.ts) the time-based rules are left out: the caller says they cannot be judged.
 */
export function evaluateAlerts(
  record: TcccRecord,
  options: { now: Date | ClockTime; clockInDoubt?: boolean },
): ProtocolAlert[] {
  const context = { record, now: nowMinutes(options.now), timeOfInjury: record.time_of_injury };
  return RULES.filter((rule) => !(options.clockInDoubt && TIME_RULES.has(rule)))
    .flatMap((rule) => rule(context))
    .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Every passage id an alert can cite; the library's tests check that each one exists. */
export const ALERT_PASSAGE_IDS: readonly string[] = [
  'tourniquet-conversion',
  'tourniquet-marking-documentation',
  'txa-indications-timing',
  'needle-decompression-sites',
  'tension-pneumothorax-recognition',
  'reassessment-intervals',
  'hypothermia-prevention-hpmk',
  ...new Set(DOSE_RANGES.map((range) => range.passageId)),
];
