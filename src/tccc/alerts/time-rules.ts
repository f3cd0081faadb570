/** Alert rules that run on the clock: tourniquet time, the TXA window, overdue vitals. */
import type { TcccRecord } from '../record.js';
import type { AlertContext, ProtocolAlert } from './alert.js';
import { formatDuration, minutesSince } from './clock.js';
import { hasSignificantBleeding, isUrgent, lastVitals, latestTimedVitals, minutesSinceInjury } from './facts.js';

/** CoTCCC: convert a tourniquet in under 2 h when possible; warn 15 min ahead so there is time to act. */
export const TOURNIQUET_LIMIT_MIN = 120;
const TOURNIQUET_WARN_MIN = 105;
/** CoTCCC: do not remove a tourniquet on over 6 h without close monitoring and lab capability. */
const TOURNIQUET_NO_REMOVAL_MIN = 360;

/** Where a tourniquet stands against the clock: no time, under the warning point, near, past 2 h, past 6 h. */
type TourniquetStage = 'untimed' | 'on' | 'near-limit' | 'past-limit' | 'no-removal';

/** One limb or junctional tourniquet of a record, with how long it has been on. */
export interface TourniquetClock {
  /** "Tourniquet (left leg)". */
  name: string;
  time?: string;
  /** Undefined when no time was recorded. */
  minutes?: number;
  stage: TourniquetStage;
}

/** Every tourniquet of the record and where it stands at `now` (minutes after midnight): what the alerts and the board read. */
export function tourniquetClocks(record: TcccRecord, now: number): TourniquetClock[] {
  return (record.interventions ?? [])
    .filter((step) => step.type === 'tourniquet' || step.type === 'junctional_tourniquet')
    .map((step) => {
      const name = `${step.type === 'tourniquet' ? 'Tourniquet' : 'Junctional tourniquet'}${step.location ? ` (${step.location.replace(/_/g, ' ')})` : ''}`;
      const minutes = minutesSince(step.time, now);
      const stage: TourniquetStage =
        minutes === undefined
          ? 'untimed'
          : minutes > TOURNIQUET_NO_REMOVAL_MIN
            ? 'no-removal'
            : minutes >= TOURNIQUET_LIMIT_MIN
              ? 'past-limit'
              : minutes >= TOURNIQUET_WARN_MIN
                ? 'near-limit'
                : 'on';
      return { name, ...(step.time !== undefined ? { time: step.time } : {}), minutes, stage };
    });
}

/** One alert per timed tourniquet past the warning point, and one per tourniquet with no time. */
export function tourniquetTime({ record, now }: AlertContext): ProtocolAlert[] {
  return tourniquetClocks(record, now).flatMap(({ name, time, minutes, stage }): ProtocolAlert[] => {
    switch (stage) {
      case 'untimed':
        return [
          {
            rule: 'tourniquet-time',
            severity: 'warning',
            passageId: 'tourniquet-marking-documentation',
            message: `${name} has no time recorded: mark the time on the tourniquet and the card.`,
          },
        ];
      case 'no-removal':
        return [
          {
            rule: 'tourniquet-time',
            severity: 'alert',
            passageId: 'tourniquet-conversion',
            message: `${name} on ${formatDuration(minutes!)} (since ${time}): over 6 h, do not remove without close monitoring and lab capability.`,
          },
        ];
      case 'past-limit':
        return [
          {
            rule: 'tourniquet-time',
            severity: 'alert',
            passageId: 'tourniquet-conversion',
            message: `${name} on ${formatDuration(minutes!)} (since ${time}): past the 2 h conversion goal; convert if not in shock, the wound can be watched and it is not an amputation.`,
          },
        ];
      case 'near-limit':
        return [
          {
            rule: 'tourniquet-time',
            severity: 'warning',
            passageId: 'tourniquet-conversion',
            message: `${name} on ${formatDuration(minutes!)} (since ${time}): 2 h conversion goal in ${formatDuration(TOURNIQUET_LIMIT_MIN - minutes!)}.`,
          },
        ];
      case 'on':
        return [];
    }
  });
}

/** CoTCCC: TXA as soon as possible and not later than 3 h after injury. */
const TXA_WINDOW_MIN = 180;
/** From here the window closing is an alert, not a warning. */
const TXA_CLOSING_MIN = 150;

/**
 * Where the casualty stands with the TXA window: not indicated (no significant bleeding); given (with how long after
 * injury, when both times are known); open or closing (minutes left); passed; or open with no injury time to count from.
 */
export type TxaWindowState =
  | { state: 'not-indicated' }
  | { state: 'given'; afterInjury?: number; time?: string }
  | { state: 'open' | 'closing'; minutesLeft: number; estimated: boolean }
  | { state: 'passed'; sinceInjury: number; estimated: boolean }
  | { state: 'no-injury-time' };

/** The TXA window of the record at `now` (minutes after midnight): what the alert and the board read. */
export function txaWindowState(record: TcccRecord, now: number, timeOfInjury?: string): TxaWindowState {
  if (!hasSignificantBleeding(record)) return { state: 'not-indicated' };
  const sinceInjury = minutesSinceInjury(record, now, timeOfInjury);
  const txa = (record.medications ?? []).filter((medication) => medication.name === 'txa');
  if (txa.length > 0) {
    const timed = txa.filter((medication) => minutesSince(medication.time, now) !== undefined);
    const given = timed.map((medication) => minutesSince(medication.time, now)!);
    const time = timed.length ? timed[given.indexOf(Math.max(...given))].time : undefined;
    if (sinceInjury === undefined || sinceInjury.estimated || given.length === 0)
      return { state: 'given', ...(time ? { time } : {}) };
    return { state: 'given', afterInjury: sinceInjury.minutes - Math.max(...given), time };
  }
  if (sinceInjury === undefined) return { state: 'no-injury-time' };
  const { minutes, estimated } = sinceInjury;
  if (minutes > TXA_WINDOW_MIN) return { state: 'passed', sinceInjury: minutes, estimated };
  return { state: minutes >= TXA_CLOSING_MIN ? 'closing' : 'open', minutesLeft: TXA_WINDOW_MIN - minutes, estimated };
}

/** Significant bleeding with no TXA: how long the window has left, or that it has passed; TXA given late. */
export function txaWindow({ record, now, timeOfInjury }: AlertContext): ProtocolAlert[] {
  const window = txaWindowState(record, now, timeOfInjury);
  const basis = (estimated: boolean) => (estimated ? ' (injury time estimated from the earliest recorded time)' : '');
  switch (window.state) {
    case 'not-indicated':
      return [];
    case 'given':
      return window.afterInjury !== undefined && window.afterInjury > TXA_WINDOW_MIN
        ? [
            {
              rule: 'txa-window',
              severity: 'warning',
              passageId: 'txa-indications-timing',
              message: `TXA was given ${formatDuration(window.afterInjury)} after injury, beyond the 3 h window.`,
            },
          ]
        : [];
    case 'no-injury-time':
      return [
        {
          rule: 'txa-window',
          severity: 'warning',
          passageId: 'txa-indications-timing',
          message: 'Significant bleeding and no TXA recorded: give 2 g IV/IO within 3 h of injury.',
        },
      ];
    case 'passed':
      return [
        {
          rule: 'txa-window',
          severity: 'info',
          passageId: 'txa-indications-timing',
          message: `No TXA recorded and ${formatDuration(window.sinceInjury)} since injury${basis(window.estimated)}: the 3 h window has passed; do not start TXA now.`,
        },
      ];
    case 'open':
    case 'closing':
      return [
        {
          rule: 'txa-window',
          severity: window.state === 'closing' ? 'alert' : 'warning',
          passageId: 'txa-indications-timing',
          message: `Significant bleeding and no TXA recorded: the 3 h window closes in ${formatDuration(window.minutesLeft)}${basis(window.estimated)}.`,
        },
      ];
  }
}

/** Reassessment intervals used by this app (the guidelines set none): see passage reassessment-intervals. */
const VITALS_INTERVAL_STABLE_MIN = 15;
const VITALS_INTERVAL_UNSTABLE_MIN = 5;

/** Urgent evacuation or any sign of shock, low oxygen or altered mental status in the latest vitals. */
function isUnstable(context: AlertContext): boolean {
  const vitals = latestTimedVitals(context.record, context.now)?.vitals ?? lastVitals(context.record);
  if (isUrgent(context.record)) return true;
  if (!vitals) return false;
  return (
    (vitals.systolic !== undefined && vitals.systolic < 90) ||
    (vitals.pulse !== undefined && vitals.pulse > 120) ||
    (vitals.spo2 !== undefined && vitals.spo2 < 90) ||
    (vitals.avpu !== undefined && vitals.avpu !== 'A')
  );
}

/** Vitals older than the interval, or none since injury for longer than it. */
export function vitalsOverdue(context: AlertContext): ProtocolAlert[] {
  const { record, now, timeOfInjury } = context;
  const interval = isUnstable(context) ? VITALS_INTERVAL_UNSTABLE_MIN : VITALS_INTERVAL_STABLE_MIN;
  const kind = interval === VITALS_INTERVAL_UNSTABLE_MIN ? 'unstable or urgent casualty' : 'stable casualty';
  const latest = latestTimedVitals(record, now);
  if (latest) {
    return latest.minutes > interval
      ? [
          {
            rule: 'vitals-overdue',
            severity: 'warning',
            passageId: 'reassessment-intervals',
            message: `Last vitals ${formatDuration(latest.minutes)} ago (${latest.vitals.time}); reassess every ${interval} min for a ${kind}.`,
          },
        ]
      : [];
  }
  const sinceInjury = minutesSinceInjury(record, now, timeOfInjury);
  if (sinceInjury && sinceInjury.minutes > interval) {
    return [
      {
        rule: 'vitals-overdue',
        severity: 'warning',
        passageId: 'reassessment-intervals',
        message: `No timed vitals in the ${formatDuration(sinceInjury.minutes)} since ${sinceInjury.estimated ? 'the first recorded care' : 'injury'}; reassess every ${interval} min for a ${kind}.`,
      },
    ];
  }
  return [];
}
