/**
 * A casualty's medical history told beside today's injury ("Concussion last March, cleared by the TBI clinic", "takes
 * lisinopril 10 mg daily", "old frag wound L calf, healed scar") is no fact of today's care: an old wound is no
 * injury, a daily medicine no dose given. A sentence that dates what it tells to months or years before, or says it
 * is taken every day, old or healed, is blanked (blanked-text.ts, offsets kept). A sentence that names an allergy is
 * kept, since the allergy is the casualty's now, and so is one that says what happened today.
 */
import { MONTH_NAMES } from '../text/months.js';
import { tokenize } from '../text/tokenize.js';
import { blankRange } from './blanked-text.js';
import { sentencesOf } from './sentence-ends.js';

const MONTHS = MONTH_NAMES.join('|');

/** Words that put what a sentence tells in the past, or make it a standing habit, never today's event. */
const PAST_OR_STANDING = new RegExp(
  [
    // "concussion last year", "surgery last March", "hurt it last deployment"
    `\\blast\\s+(?:year|month|deployment|tour|spring|summer|fall|autumn|winter|${MONTHS})\\b`,
    // "broke it three years ago", "a few months back"
    '\\b(?:years?|months?)\\s+(?:ago|back)\\b',
    // "takes sertraline 50 mg daily", "on propranolol every day", "twice a day"
    '\\b(?:daily|every\\s+(?:day|morning|night|evening)|each\\s+(?:day|morning|night)|twice\\s+a\\s+day)\\b',
    // "old frag wound L calf", "healed scar", "NOT today's"
    '\\bold\\s+(?:frag|fragment|shrapnel|gsw|gunshot|wound|wounds|injury|injuries|scar|scars|fracture|break|burn|burns)\\b',
    '\\bhealed\\b',
    "\\bnot\\s+today(?:'s|\u2019s)?\\b",
  ].join('|'),
  'i',
);

/** Words of what stands today: an allergy the casualty has now, or today's event itself. */
const STANDS_TODAY = /\b(?:allerg\w*|today|this morning|tonight)\b/i;

/** `text` with each sentence of past history or standing habit blanked; same length. */
export function withoutPastHistory(text: string): string {
  if (!PAST_OR_STANDING.test(text)) return text;
  const tokens = tokenize(text);
  let out = text;
  for (const s of sentencesOf(tokens)) {
    const [from, to] = [tokens[s.start].start, tokens[s.end - 1].end];
    const words = text.slice(from, to);
    if (PAST_OR_STANDING.test(words) && !STANDS_TODAY.test(words.replace(/\bnot\s+today\S*/gi, '')))
      out = blankRange(out, from, to);
  }
  return out;
}
