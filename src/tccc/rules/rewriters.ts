/**
 * The text's rewriters, in order, each run on the words those before it left: a phone's starred fixes first, the words
 * as the medic meant them, then a mail's headers, a summary as its review leaves it, a shorthand's key, a checklist's
 * answers, labels' aliases, places in a line as labels, ditto marks, mistaken names, letter keys, a log's entry
 * references and readings given to two casualties "respectively" (casualties.ts reads through each).
 */
import { readAliasedLabels } from './aliased-labels.js';
import { readChecklistAnswers } from './checklist-answers.js';
import { fillDittoMarks } from './ditto-marks.js';
import { readLetterKeys } from './letter-keys.js';
import { readLinePositions } from './line-positions.js';
import { readLogEntryRefs } from './log-entry-refs.js';
import { readMail } from './mail-headers.js';
import { readMistakenNames } from './mistaken-names.js';
import type { RewrittenText } from './rewritten-text.js';
import { readRespectiveReadings } from './respective-readings.js';
import { readReviewedSummary } from './reviewed-summary.js';
import { readShorthandKeys } from './shorthand-keys.js';
import { readStarredFixes } from './starred-fixes.js';

export const REWRITERS: readonly ((text: string) => RewrittenText | null)[] = [
  readStarredFixes,
  readMail,
  readReviewedSummary,
  readShorthandKeys,
  readChecklistAnswers,
  readAliasedLabels,
  readLinePositions,
  fillDittoMarks,
  readMistakenNames,
  readLetterKeys,
  readLogEntryRefs,
  readRespectiveReadings,
];

/** A rewriter run again on the words it left: a name taken back leaves the next one to find ("no, wait, …"). */
export const runsAgain = (rewriter: (text: string) => RewrittenText | null): boolean => rewriter === readMistakenNames;
