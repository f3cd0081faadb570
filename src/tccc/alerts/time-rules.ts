/** Alert rules that run on the clock: tourniquet time, the TXA window, overdue vitals. */
import type { AlertContext, ProtocolAlert } from './alert.js';
import { formatDuration, minutesSince } from './clock.js';
import { hasSignificantBleeding, isUrgent, lastVitals, latestTimedVitals, minutesSinceInjury } from './facts.js';

/** CoTCCC: convert a tourniquet in under 2 h when possible; warn 15 min ahead so there is time to act. */
const TOURNIQUET_LIMIT_MIN = 120;
const TOURNIQUET_WARN_MIN = 105;
/** CoTCCC: do not remove a tourniquet on over 6 h without close monitoring and lab capability. */
const TOURNIQUET_NO_REMOVAL_MIN = 360;

/** One alert per timed tourniquet past the warning point, and one per tourniquet with no time. */
export function tourniquetTime({ record, now }: AlertContext): ProtocolAlert[] {
  const alerts: ProtocolAlert[] = [];
  for (const step of record.interventions ?? []) {
    if (step.type !== 'tourniquet' && step.type !== 'junctional_tourniquet') continue;
    const name = `${step.type === 'tourniquet' ? 'Tourniquet' : 'Junctional tourniquet'}${step.location ? ` (${step.location.replace(/_/g, ' ')})` : ''}`;
    const minutes = minutesSince(step.time, now);
    if (minutes === undefined) {
      alerts.push({
        rule: 'tourniquet-time',
        severity: 'warning',
        passageId: 'tourniquet-marking-documentation',
        message: `${name} has no time recorded: mark the time on the tourniquet and the card.`,
      });
    } else if (minutes > TOURNIQUET_NO_REMOVAL_MIN) {
      alerts.push({
        rule: 'tourniquet-time',
        severity: 'alert',
        passageId: 'tourniquet-conversion',
        message: `${name} on ${formatDuration(minutes)} (since ${step.time}): over 6 h, do not remove without close monitoring and lab capability.`,
      });
    } else if (minutes >= TOURNIQUET_LIMIT_MIN) {
      alerts.push({
        rule: 'tourniquet-time',
        severity: 'alert',
        passageId: 'tourniquet-conversion',
        message: `${name} on ${formatDuration(minutes)} (since ${step.time}): past the 2 h conversion goal; convert if not in shock, the wound can be watched and it is not an amputation.`,
      });
    } else if (minutes >= TOURNIQUET_WARN_MIN) {
      alerts.push({
        rule: 'tourniquet-time',
        severity: 'warning',
        passageId: 'tourniquet-conversion',
        message: `${name} on ${formatDuration(minutes)} (since ${step.time}): 2 h conversion goal in ${formatDuration(TOURNIQUET_LIMIT_MIN - minutes)}.`,
      });
    }
  }
  return alerts;
}

/** CoTCCC: TXA as soon as possible and not later than 3 h after injury. */
const TXA_WINDOW_MIN = 180;
/** From here the window closing is an alert, not a warning. */
const TXA_CLOSING_MIN = 150;

/** Significant bleeding with no TXA: how long the window has left, or that it has passed; TXA given late. */
export function txaWindow({ record, now, timeOfInjury }: AlertContext): ProtocolAlert[] {
  if (!hasSignificantBleeding(record)) return [];
  const sinceInjury = minutesSinceInjury(record, now, timeOfInjury);
  const basis = sinceInjury?.estimated ? ' (injury time estimated from the earliest recorded time)' : '';
  const txa = (record.medications ?? []).filter((medication) => medication.name === 'txa');
  if (txa.length > 0) {
    const given = txa
      .map((medication) => minutesSince(medication.time, now))
      .filter((minutes): minutes is number => minutes !== undefined);
    if (sinceInjury === undefined || sinceInjury.estimated || given.length === 0) return [];
    const givenAfter = sinceInjury.minutes - Math.max(...given);
    return givenAfter > TXA_WINDOW_MIN
      ? [
          {
            rule: 'txa-window',
            severity: 'warning',
            passageId: 'txa-indications-timing',
            message: `TXA was given ${formatDuration(givenAfter)} after injury, beyond the 3 h window.`,
          },
        ]
      : [];
  }
  if (sinceInjury === undefined) {
    return [
      {
        rule: 'txa-window',
        severity: 'warning',
        passageId: 'txa-indications-timing',
        message: 'Significant bleeding and no TXA recorded: give 2 g IV/IO within 3 h of injury.',
      },
    ];
  }
  const { minutes } = sinceInjury;
  if (minutes > TXA_WINDOW_MIN) {
    return [
      {
        rule: 'txa-window',
        severity: 'info',
        passageId: 'txa-indications-timing',
        message: `No TXA recorded and ${formatDuration(minutes)} since injury${basis}: the 3 h window has passed; do not start TXA now.`,
      },
    ];
  }
  return [
    {
      rule: 'txa-window',
      severity: minutes >= TXA_CLOSING_MIN ? 'alert' : 'warning',
      passageId: 'txa-indications-timing',
      message: `Significant bleeding and no TXA recorded: the 3 h window closes in ${formatDuration(TXA_WINDOW_MIN - minutes)}${basis}.`,
    },
  ];
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
