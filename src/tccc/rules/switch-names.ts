/**
 * A switch to a casualty already named: "Back to Lopez", "Young urgent, Torres routine", and in a recogniser's text
 * with no punctuation "… 0327 vega urgent surgical boone priority". `casualty-switch.ts` reads the other switches.
 */
import type { Token } from '../text/tokenize.js';
import { opensSpokenClause, unpunctuated } from './switch-phrases.js';
import { callsBy } from './nicknames.js';
import { isBoundary, norm, noun, type SwitchFound } from './switch-words.js';

/** The switch to a named casualty at token `i` (`names` are the casualties' surnames, in order), or null. */
export function namedSwitchAt(
  tokens: Token[],
  i: number,
  names: readonly (string | undefined)[],
  startsPhrase: boolean,
): SwitchFound | null {
  // A casualty already named: "Back to Lopez", "Young urgent, Torres routine".
  // Capitalized, or lower case after "back to" (a recogniser prints no capitals).
  // Lower case after "back to", "over to" (a recogniser prints no capitals).
  const back =
    norm(tokens, i - 1) === 'back' || (norm(tokens, i - 1) === 'to' && ['back', 'over'].includes(norm(tokens, i - 2)));
  // "Kowalski, Ski, … Back to Ski": the nickname the narrative gives a surname says that casualty too.
  const named = names.findIndex(
    (n) =>
      n !== undefined &&
      (n === noun(tokens, i) || callsBy(tokens, n, noun(tokens, i))) &&
      (back || tokens[i].raw[0] !== tokens[i].raw[0].toLowerCase()),
  );
  // "Correction Alvarez is urgent.": a correction opening the sentence, then the one it is of.
  const corrects = norm(tokens, i - 1) === 'correction' && isBoundary(tokens[i - 2]);
  if (named >= 0 && (startsPhrase || corrects || norm(tokens, i - 1) === 'back'))
    return { target: { key: `name:${names[named]}`, number: named + 1 }, end: i + 1 };
  // A recogniser's text, with no punctuation: a known name opening a clause ("… 0327 vega urgent
  // surgical boone priority", "amaya is urgent").
  const spoken = names.findIndex((n) => n !== undefined && n === noun(tokens, i));
  // The name stays words of the record ("first one corporal vance has shrapnel"): no label.
  if (spoken >= 0 && opensSpokenClause(tokens, i, noun(tokens, i)) && unpunctuated(tokens))
    return { target: { key: `name:${noun(tokens, i)}`, number: spoken + 1 }, end: i };
  return null;
}
