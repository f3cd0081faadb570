/**
 * The time that dates a vitals set when no clock stands right before its signs (`readLead`, vital-times.ts): on a line
 * of its own above them ("1432:\nHR 110"), in heading sentences ("Repeat vitals. At 1600. Pulse 108"), opening the
 * sentence that tells what befell the casualty ("2225 developed tension pneumo R: HR 146"), or at a litter carry's halt
 * ("Halt two. Seventeen thirty-one. Pulse one thirty-four", carry-halts.ts).
 */
import type { Doc } from './document.js';
import type { Span } from './found.js';
import { readHaltTime } from './carry-halts.js';
import { readEventHeading, readHeaderTime, readHeadingSentences } from './vital-times.js';

/**
 * The time said apart from the signs at `signStart` that dates their set, tried from the nearest kind of heading out;
 * `from` is where the words before the signs start, `lastEnd` where the set before them ended. Claims it.
 */
export const readLeadTime = (
  doc: Doc,
  from: number,
  signStart: number,
  lastEnd: number,
): { value: string; span: Span } | null =>
  readHeaderTime(doc, from, lastEnd) ??
  readHeadingSentences(doc, from, lastEnd) ??
  readEventHeading(doc, signStart, lastEnd) ??
  readHaltTime(doc, signStart, lastEnd);
