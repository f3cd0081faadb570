/**
 * Whether a casualty the split found is a patient: one triaged by a colour at his label is, one whose words say he is
 * unhurt is not (casualties.ts reads them).
 */
import type { TcccRecord } from '../record.js';
import { saysUnhurt } from './casualty-switch.js';
import type { TextPart } from './shared-phrases.js';
import { FINE_PATTERN } from './switch-words.js';

/**
 * "Third, green, cut over his right eye, he's fine": a casualty triaged by a MASCAL colour right at his label; a colour
 * with a number is a callsign ("RED 3 TC 1LT Harmon not injured"), no triage.
 */
export const colourTriaged = (unlabelled: string, parts: readonly TextPart[]): boolean =>
  parts.length > 0 &&
  /^[\s,:-]*(?:red|yellow|green|black|immediate|delayed|minimal)\b(?![ \t]*\d)/i.test(
    unlabelled.slice(parts[0].start, parts[0].end),
  );

/**
 * True when a casualty's words say he is unhurt; or, for someone only named who has no sign or care of his own
 * ("SGM Reyes pulled them out, checked him, no injuries."), that he has no injuries. One the narrative labels as a
 * patient ("Patient three, Pvt Hill, no injuries") stays one, as does one whose pulse is taken ("Pvt Kane, no
 * injuries, HR 90"): the label or the care makes him a casualty however little is wrong with him.
 */
export const partsSayUnhurt = (
  text: string,
  parts: readonly TextPart[],
  labels: readonly TextPart[],
  record: TcccRecord,
): boolean =>
  parts.some((p) => saysUnhurt(text.slice(p.start, p.end))) ||
  // "Driver's fine, Specialist Vo, …": a label's "'s" is "is", said of the one it labels.
  parts.some((p) => labels.some((l) => l.start === p.start) && LABEL_FINE.test(text.slice(p.start, p.end))) ||
  (!labels.some((l) => l.start === parts[0]?.start) &&
    !record.vitals &&
    !record.interventions &&
    !record.fluids &&
    !record.medications &&
    parts.some((p) => NO_INJURIES.test(text.slice(p.start, p.end))));

const LABEL_FINE = new RegExp(String.raw`^[a-z]+'s\s+(?:${FINE_PATTERN}|unhurt|uninjured)\b`, 'i');
const NO_INJURIES = /\bno\s+(?:injur(?:y|ies)|wounds?)\b/i;
