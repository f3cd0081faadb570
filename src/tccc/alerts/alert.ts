/** Protocol alerts: what a rule found, how urgent it is, and the library passage that explains it. */
import type { ClockTime, TcccRecord } from '../record.js';

export type AlertSeverity = 'alert' | 'warning' | 'info';

export type AlertRule =
  | 'tourniquet-time'
  | 'txa-window'
  | 'tension-pneumothorax'
  | 'vitals-overdue'
  | 'hypothermia-prevention'
  | 'medication-dose';

export interface ProtocolAlert {
  rule: AlertRule;
  severity: AlertSeverity;
  message: string;
  /** Id of the library passage with the guidance (a plain string: the domain core does not import the library). */
  passageId: string;
}

/** What the rules look at. Alerts inform; no rule changes the record. */
export interface AlertContext {
  record: TcccRecord;
  /** Minutes after midnight, from clock.ts `nowMinutes`. */
  now: number;
  /** When the casualty was wounded, if known. */
  timeOfInjury?: ClockTime;
}

export type AlertRuleFunction = (context: AlertContext) => ProtocolAlert[];
