/** The months as a narrative names them: spelled out ("last March", "On 2 June") or cut short ("14 FEB", "ZMAR27"). */

/** The months' full names, lower-cased, January first. */
export const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** Their short forms, lower-cased, as a date-time group or a log's day line writes them ("MAR", "SEPT"). */
export const MONTH_ABBREVIATIONS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;
