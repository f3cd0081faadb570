/**
 * The narrative's words as the medic said them, before they are read by casualty, same length so every offset holds:
 * - a scanned card's OCR slips are read back ("O9l5" is 0915, ocr-slips.ts);
 * - sides a translation writes after the limb are put before it ("the thigh left", postposed-sides.ts);
 * - what a medic counts aloud is no reading ("eight in fifteen, so thirty-two", counted-aloud.ts);
 * - a monitor's bracketed reading is the machine's, not the medic's (monitor-alarms.ts);
 * - a voice-activated recorder's clipped sentence openings are restored where one word fits (clipped-starts.ts);
 * - a recogniser's full stops at every pause are taken out of each line, spelled letters joined (paused-stops.ts);
 * - a word a transcriber could not read, or read in doubt, is none, nor a number said and cut off by a gap
 *   ("seventeen twenty-[inaudible]") (unreadable-words.ts);
 * - a recording's notes and pauses between sentences ("[wind noise] ...") are no words (transcript-gaps.ts);
 * - a transcript's recording offsets are no times (recording-offsets.ts);
 * - a form's boxes left empty are choices not made (form-boxes.ts);
 * - a shared document's edit notes are typed later, their times no care's, and an edit taken back is none
 *   (document-edits.ts);
 * - times said bare among "pm" times are read on the clock they are said on, for every casualty's part alike
 *   (meridiem-times.ts);
 * - clock times said in words ("quarter to eight", "half seven") are read on the 24-hour clock once the part of the
 *   day is known (word-clocks.ts);
 * - a radio station's request to say again, and an answer that only repeats, are no new facts (radio-repeats.ts);
 * - a call-taker's reading back of what the caller said is no new fact (read-backs.ts);
 * - what a record is quoted as saying, when the answer says it is wrong, is no fact (disowned-claims.ts);
 * - a number said again another way ("thirteen hundred milligrams, that is one three zero zero"), or shouted again
 *   across a pause ("fifty — FIVE ZERO mikes"), is no new number (restated-numbers.ts);
 * - what an SBAR handoff's Recommendation asks for is no care given (handoff-requests.ts), nor what a physician's
 *   Plan orders (planned-orders.ts);
 * - a walking blood bank's donor, screened or cleared to give, is no patient (donor-screening.ts);
 * - a working dog's care is no patient's (animal-patients.ts);
 * - a casualty's medical history, old wounds and daily medicines, is no fact of today's (past-history.ts);
 * - what is left in the medic's kit, counted, is no care (kit-counts.ts);
 * - whom the medic rings up, by rank and name, is on the other end of the line, no casualty (phone-openings.ts).
 */
import { withoutAnimalCare } from './animal-patients.js';
import { withClippedStartsRestored } from './clipped-starts.js';
import { withoutPausedStops } from './paused-stops.js';
import { withoutCountsAloud } from './counted-aloud.js';
import { withoutDisownedClaims } from './disowned-claims.js';
import { withoutDonorScreening } from './donor-screening.js';
import { withoutRequestedCare } from './handoff-requests.js';
import { withoutPlannedOrders } from './planned-orders.js';
import { withoutUntickedChoices } from './form-boxes.js';
import { withoutEditStamps } from './document-edits.js';
import { withStatedMeridiems } from './meridiem-times.js';
import { withWordClocks } from './word-clocks.js';
import { withoutMonitorAlarms } from './monitor-alarms.js';
import { withoutOcrSlips } from './ocr-slips.js';
import { withoutPastHistory } from './past-history.js';
import { withoutKitCounts } from './kit-counts.js';
import { withoutPhoneOpening } from './phone-openings.js';
import { withSidesBeforeLimbs } from './postposed-sides.js';
import { withoutRepeats } from './radio-repeats.js';
import { withoutReadBacks } from './read-backs.js';
import { withoutRecordingOffsets } from './recording-offsets.js';
import { withoutRestatedNumbers } from './restated-numbers.js';
import { withoutCutOffWords, withoutUnreadable } from './unreadable-words.js';
import { withoutGapsBetweenSentences } from './transcript-gaps.js';

/** Each clean-up, in the order listed above: each reads what the one before it left. */
const STEPS: readonly ((text: string) => string)[] = [
  withoutOcrSlips,
  withSidesBeforeLimbs,
  withoutCountsAloud,
  withoutMonitorAlarms,
  withClippedStartsRestored,
  withoutPausedStops,
  withoutUnreadable,
  withoutCutOffWords,
  withoutGapsBetweenSentences,
  withoutRecordingOffsets,
  withoutUntickedChoices,
  withoutEditStamps,
  withStatedMeridiems,
  withWordClocks,
  withoutRepeats,
  withoutReadBacks,
  withoutDisownedClaims,
  withoutRestatedNumbers,
  withoutRequestedCare,
  withoutPlannedOrders,
  withoutDonorScreening,
  withoutAnimalCare,
  withoutPastHistory,
  withoutKitCounts,
  withoutPhoneOpening,
];

/** `typed` with what a transcript, a form or a radio net adds to the words said taken out, in the order listed above. */
export function wordsSaid(typed: string): string {
  return STEPS.reduce((text, step) => step(text), typed);
}
