/**
 * Whether this device's clock can be trusted for time-based alerts. A kiosk without a real-time clock
 * or network time may boot at a wrong time; then "TQ on 18 h" is the clock's error, not the casualty's.
 * Doubt it when it reads before the app was built, or when the record's times lie hours ahead of it.
 */
import { localClock } from '../local-clock.js';
import type { TcccRecord } from '../record.js';
import { clockMinutes, FUTURE_TOLERANCE_MIN, MINUTES_PER_DAY, nowMinutes } from './clock.js';

/** Past this many minutes ahead a time reads as yesterday's under the wrap rule, which care spanning hours makes plausible. */
const AHEAD_LIMIT_MIN = MINUTES_PER_DAY / 2;

/** Every clock time the record states. */
function recordTimes(record: TcccRecord): string[] {
  const timed = [
    ...(record.vitals ?? []),
    ...(record.interventions ?? []),
    ...(record.fluids ?? []),
    ...(record.medications ?? []),
  ];
  return [record.time_of_injury, ...timed.map((t) => t.time)].filter((t): t is string => t !== undefined);
}

/** Why the clock is in doubt (for "Check this device's clock"), or undefined when nothing says it is wrong. */
export function clockDoubt(record: TcccRecord, now: Date, builtAt?: Date): string | undefined {
  if (builtAt && now.getTime() < builtAt.getTime())
    return `the clock reads ${now.toISOString().slice(0, 10)}, before this app was built`;
  const minutes = nowMinutes(now);
  const ahead = recordTimes(record).find((t) => {
    const d = (clockMinutes(t)! - minutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
    return d > FUTURE_TOLERANCE_MIN && d <= AHEAD_LIMIT_MIN;
  });
  return ahead ? `the record says ${ahead}, hours after the clock's ${localClock(now)}` : undefined;
}
