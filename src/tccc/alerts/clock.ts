/**
 * Record times are "HH:MM" with no date. Elapsed time is measured back from `now` on a 24-hour clock:
 * a time later than now is taken as yesterday (23:30 seen at 00:10 is 40 min ago), except a time at most
 * FUTURE_TOLERANCE_MIN ahead, which is taken as a slightly fast watch or typo and counted as 0 min ago,
 * so a skewed clock never produces a false "on for 23 hours" alert. Casualty care spans less than a day.
 */
import type { ClockTime } from '../record.js';

export const MINUTES_PER_DAY = 24 * 60;
export const FUTURE_TOLERANCE_MIN = 60;

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for "HH:MM", or undefined for anything else. */
export function clockMinutes(time: ClockTime | undefined): number | undefined {
  const match = time === undefined ? null : CLOCK.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

/** Minutes after midnight of `now`: a Date (its local clock, as the medic's watch reads) or "HH:MM". */
export function nowMinutes(now: Date | ClockTime): number {
  if (now instanceof Date) return now.getHours() * 60 + now.getMinutes();
  const minutes = clockMinutes(now);
  if (minutes === undefined) throw new Error(`now must be a Date or "HH:MM", got "${now}"`);
  return minutes;
}

/** Minutes from `time` to `now` under the wrap rule above; undefined when `time` is missing or malformed. */
export function minutesSince(time: ClockTime | undefined, now: number): number | undefined {
  const then = clockMinutes(time);
  if (then === undefined) return undefined;
  const difference = now - then;
  if (difference >= 0) return difference;
  return difference >= -FUTURE_TOLERANCE_MIN ? 0 : difference + MINUTES_PER_DAY;
}

/** "2 h 10 min", "45 min". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
