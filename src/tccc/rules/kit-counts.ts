/**
 * A special-operations medic's count of what is left in his kit ("Kit: CG 4 -> 2, LTOWB 4 of 6 left in cooler, CAT
 * 4/4 still in kit", "Kit after: binder 0/1, FDP 2 of 3 left, TXA 1 g vials x2 left") is stock, not care: the
 * tourniquets still in the bag were never put on, the TXA vials left never given. A line headed by the kit and read
 * as counts of what is left is blanked (blanked-text.ts, offsets kept); a kit line that says what was done (a care
 * verb, a time) is kept.
 */
import { blankRange } from './blanked-text.js';
import { linesOf } from './text-cells.js';

/** A line headed by the kit: "Kit:", "Kit after:", "Kit left -", "Kit status:". */
const KIT_HEADING = /^\s*(?:kit|stock|supplies)(?:\s+(?:after|left|remaining|status|count|check|state|now))?\s*[:-]/i;
/** Counts of what is left: "4 -> 2", "2 of 3 left", "x2 left", "still in kit"; never a bare "left", a side too. */
const STOCK = /\d\s*(?:->|→)\s*\d|\bx?\d+\s+(?:\w+\s+)?(?:left|remaining)\b|\bstill in (?:the )?(?:kit|bag)\b/i;
/** What says care was done on the line: a care verb, a clock time, or where it went ("on R thigh", "on patient"). */
const CARE_DONE =
  /\b(?:applied|given|gave|placed|put|used|packed|on (?:his|her|the|pt|patient|casualty|[LR]|left|right)\b)|\b(?:[01]\d|2[0-3])[0-5]\d\b/i;

/** `text` with each line counting the kit's stock blanked; same length. */
export function withoutKitCounts(text: string): string {
  let out = text;
  for (const line of linesOf(text)) {
    const words = text.slice(line.start, line.end);
    if (KIT_HEADING.test(words) && STOCK.test(words) && !CARE_DONE.test(words))
      out = blankRange(out, line.start, line.end);
  }
  return out;
}
