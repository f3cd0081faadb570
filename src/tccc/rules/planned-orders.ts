/**
 * A physician's note ends with its Plan ("Plan: …", "A/P: …", "Assessment and Plan: …"): orders for what is to come
 * ("cefazolin 2 g IV q8h", "fentanyl 25 mcg IV q1h PRN", "TXA 1 g over 8 h to follow", "Consider a 2nd unit if SBP
 * < 90"), not care given. An item there (a sentence, or a part set off by a semicolon) that names a dose, a
 * frequency or opens by asking, and says no clock time, is blanked (blanked-text.ts, offsets kept); an item said
 * with its time ("PLAN: pelvic binder 0215, fentanyl 50 mcg IV 0220") was done, and one with no care in it
 * ("Plan: urgent surgical to R3", "Evac: URGENT SURGICAL") is read as written.
 *
 * A medical plan briefed before the mission and pasted above the note ("PATROL MED PLAN", "MEDICAL SUPPORT PLAN –
 * OP …") lists the kit carried, doses to use and routes out, none of it care given: from its heading to the line
 * that opens the record of what was done ("ACTUAL", "What happened:", a rule of dashes or underscores) it is
 * blanked whole; with no such line the plan's end is unknown and the text is read as written.
 */
import { blankRange } from './blanked-text.js';
import { ASKING } from './handoff-requests.js';

/** A Plan heading opening a line, and the rest of that paragraph: to a blank line or the next line's heading. */
const PLAN =
  /^[ \t]*(?:plan|a\s*\/\s*p|assessment\s*(?:\/|and|&)\s*plan)[ \t]*[:\u2013\u2014-](?:[^\n]|\n(?![ \t]*\n|[ \t]*[A-Za-z][A-Za-z /]{0,30}:))*/gim;

/** An item of the plan: up to a full stop, "!", "?" or ";" before a space, or a line break. */
const ITEM = /(?:[^.!?;\n]|[.!?;](?!\s|$))*(?:[.!?;]|\n|$)/g;

/** A dose or an amount ordered: "2 g", "0.3 mg/kg", "25-50 mcg", "1 U". */
const DOSE = /\d(?:[\d.]*)(?:\s*-\s*\d[\d.]*)?\s*(?:mg|g|mcg|µg|ug|ml|mL|cc|u|units?)\b/i;
/** A frequency or a condition on the order: "q8h", "q 1 h", "PRN", "to follow". */
const FREQUENCY = /\b(?:prn|q\s*\d+\s*h|bid|tid|qid|qhs|daily|to follow)\b/i;
/** A clock time: "1620", "16:20", not an amount ("1500 ml"). */
const CLOCK = /\b(?:[01]\d|2[0-3]):?[0-5]\d\b(?!\s*(?:mg|g|mcg|ml|cc|u|units?)\b)/i;

/** A mission plan's heading as the note's first line: "PLAN" among its first few words, no colon after it. */
const MISSION_PLAN = /^\s*(?:[^\s:]+[ \t]+){0,3}plan\b(?![ \t]*:)[^\n]*/i;

/** The line that opens what was done after a plan: a heading alone or before a colon, or a rule of dashes. */
const WHAT_WAS_DONE =
  /^[ \t]*(?:(?:actuals?|what (?:happened|was done)|events?|narrative|actions? taken|care given)[ \t]*(?::|$)|[_=*\u2013\u2014-]{3,}[ \t]*$)/im;

/** `text` with a pre-mission plan pasted above its record blanked, same length; any other text unchanged. */
function withoutMissionPlan(text: string): string {
  const heading = MISSION_PLAN.exec(text);
  if (!heading) return text;
  const from = heading.index + heading[0].length;
  const done = WHAT_WAS_DONE.exec(text.slice(from));
  return done ? blankRange(text, 0, from + done.index + done[0].length) : text;
}

/** `text` with a pre-mission plan and the orders in its Plan blanked, same length; other text unchanged. */
export function withoutPlannedOrders(typed: string): string {
  const text = withoutMissionPlan(typed);
  let out = text;
  for (const plan of text.matchAll(PLAN)) {
    const colon = plan[0].search(/[:\u2013\u2014-]/);
    const from = plan.index + colon + 1;
    const section = text.slice(from, plan.index + plan[0].length);
    for (const item of section.matchAll(ITEM)) {
      const words = item[0];
      const first = /[A-Za-z]+/.exec(words)?.[0].toLowerCase() ?? '';
      const orders = DOSE.test(words) || FREQUENCY.test(words) || ASKING.has(first);
      if (orders && !CLOCK.test(words)) out = blankRange(out, from + item.index, from + item.index + words.length);
    }
  }
  return out;
}
