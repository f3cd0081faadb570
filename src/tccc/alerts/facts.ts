/** Facts about a record that several alert rules share. */
import type { TcccRecord, VitalsSet } from '../record.js';
import { minutesSince } from './clock.js';

/** Significant bleeding: an amputation or hemorrhage, a limb or junctional tourniquet, or blood products given. */
export function hasSignificantBleeding(record: TcccRecord): boolean {
  return (
    (record.injuries ?? []).some((injury) => injury.type === 'amputation' || injury.type === 'hemorrhage') ||
    (record.interventions ?? []).some((step) => step.type === 'tourniquet' || step.type === 'junctional_tourniquet') ||
    (record.fluids ?? []).some(
      (fluid) => fluid.name === 'whole_blood' || fluid.name === 'prbc' || fluid.name === 'plasma',
    )
  );
}

export function isUrgent(record: TcccRecord): boolean {
  return record.evac_priority === 'urgent' || record.evac_priority === 'urgent_surgical';
}

/** Every time stated anywhere in the record. */
function recordTimes(record: TcccRecord): string[] {
  return [
    ...(record.vitals ?? []),
    ...(record.interventions ?? []),
    ...(record.fluids ?? []),
    ...(record.medications ?? []),
  ]
    .map((entry) => entry.time)
    .filter((time): time is string => time !== undefined);
}

/**
 * Minutes since injury: from the stated time of injury, else from the earliest time in the record
 * (a lower bound, flagged `estimated`). Undefined when the record states no time at all.
 */
export function minutesSinceInjury(
  record: TcccRecord,
  now: number,
  timeOfInjury?: string,
): { minutes: number; estimated: boolean } | undefined {
  const stated = minutesSince(timeOfInjury, now);
  if (stated !== undefined) return { minutes: stated, estimated: false };
  const elapsed = recordTimes(record)
    .map((time) => minutesSince(time, now))
    .filter((minutes): minutes is number => minutes !== undefined);
  return elapsed.length > 0 ? { minutes: Math.max(...elapsed), estimated: true } : undefined;
}

/** The most recent timed vitals set and its age in minutes. */
export function latestTimedVitals(record: TcccRecord, now: number): { vitals: VitalsSet; minutes: number } | undefined {
  let latest: { vitals: VitalsSet; minutes: number } | undefined;
  for (const vitals of record.vitals ?? []) {
    const minutes = minutesSince(vitals.time, now);
    if (minutes !== undefined && (latest === undefined || minutes < latest.minutes)) latest = { vitals, minutes };
  }
  return latest;
}

/** The last vitals set in the record (timed or not): the current picture of the casualty. */
export function lastVitals(record: TcccRecord): VitalsSet | undefined {
  const vitals = record.vitals ?? [];
  return vitals[vitals.length - 1];
}
