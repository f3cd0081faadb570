/**
 * Attempts at care that got nowhere ("Two IV attempts blown, going IO", "Tried an IV and couldn't get it", "IV wouldn't
 * go"): the line or device tried was not placed. Part of the negation lexicon (negation.ts).
 */
import { backward, intendedCare, type Lexicon, type Tag } from './tags.js';

export const FAILED_ATTEMPT_PHRASES: Lexicon = [
  ['failed', [backward]],
  // "Veins are flat, missed the IV in the left hand": a line missed was tried and not placed (care only: "missed the
  // bleed on the first sweep" still finds the wound).
  ['missed the', [intendedCare]],
  // "Two IV attempts blown, going IO": attempts said blown or missed placed no line ("blown" alone is a pupil's too).
  ...['attempt', 'attempts'].flatMap((tries) =>
    ['blown', 'missed', 'unsuccessful'].map((fail): [string, Tag[]] => [`${tries} ${fail}`, [backward]]),
  ),
  // Attempts said to fail after a pause ("Two IV attempts, both failed"): the comma is part of the phrase, so the
  // failure reaches back into the attempt's phrase.
  [', both failed', [backward]],
  [', all failed', [backward]],
  // "Tried IV twice, no luck, IO into his right humerus": an attempt said to have got nowhere was not placed.
  [', no luck', [backward]],
  // "Tried an IV in the right arm and couldn't get it", "IV attempt, couldn't get one": the attempt got nowhere. The
  // comma or "and" before it is part of the phrase, so the failure reaches back into the attempt's phrase.
  ...[',', 'and', ', and'].flatMap((lead) =>
    ["couldn't", 'could not'].flatMap((w): [string, Tag[]][] =>
      // Not "couldn't get it tight": a device on, only not as tight as wanted.
      ['it in', 'it through', 'one in', 'it .', 'it ,', 'one .', 'one ,'].map((what): [string, Tag[]] => [
        `${lead} ${w} get ${what}`,
        [backward],
      ]),
    ),
  ),
  [', no joy', [backward]],
  // "IV wouldn't go, so he drilled an IO": the line said not to go in holds its own word, so no IV is read; nor does
  // one said to have infiltrated ("IV infiltrated. R humeral IO"), a line already in that has gone bad.
  ...['iv', 'line'].flatMap((line) =>
    ["wouldn't go", 'would not go', "wouldn't take", "wouldn't thread", 'infiltrated'].map((fail): [string, Tag[]] => [
      `${line} ${fail}`,
      [],
    ]),
  ),
  // "Tried one IV, blew it": a vein blown by the attempt is a line not placed.
  ...[',', 'and', ', and'].map((lead): [string, Tag[]] => [`${lead} blew it`, [backward]]),
];
