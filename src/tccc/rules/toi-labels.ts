/**
 * The labels a time of injury is written or said after ("TOI: 0253", "time of injury was 0253", "T.O.I. 0253") and
 * the words that may stand between a label and its time.
 */
import type { Token } from '../text/tokenize.js';
import { APPROXIMATELY } from './injury-events.js';

/** Labels a time of injury follows directly ("TOI: 0253", "time of injury was 0253", "T.O.I. 0253"). */
const LABELS = [
  ['time', 'of', 'injury'],
  ['time', 'of', 'wounding'],
  ['injury', 'time'],
  // A card's field shortened to fit its box ("TIME OF INJ: 1140", "INJ TIME 0950").
  ['time', 'of', 'inj'],
  ['inj', 'time'],
  ['toi'],
  // A date-time group's label ("DTG of injury 140352ZMAR27", "DTG INJ: 220847Z").
  ['dtg', 'of', 'injury'],
  ['dtg', 'injury'],
  ['dtg', 'inj'],
  // "Okay, injury at zero two twenty."
  ['injury', 'at'],
  ['injured', 'at'],
  // "crushed under the ramp when it dropped, happened at about fourteen twenty": the event said again by its verb.
  ['happened', 'at'],
  ['occurred', 'at'],
  ['t', 'o', 'i'],
  ['t', '.', 'o', '.', 'i', '.'],
  ['t', '.', 'o', '.', 'i'],
];
/** Between a label and its time ("time of injury for both 2240"). */
const LABEL_GAP = new Set([
  ':',
  // A card read aloud: "Date time of injury, zero six oh five."
  ',',
  '-',
  'is',
  'was',
  'at',
  // "time of injury roughly twenty-one forty": a hedge after the label.
  ...APPROXIMATELY,
  'of',
  'for',
  'both',
  'all',
  'each',
  // A card's field marked as every casualty's: "TOI (all): 0612", "TOI (both) 1947".
  '(',
  ')',
]);

/** The words of the label of a time of injury starting at `i`, if one does. */
export const labelAt = (tokens: Token[], i: number): string[] | undefined =>
  LABELS.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));

/** The first token from `j` that is not between a label and its time. */
export function pastLabelGap(tokens: Token[], j: number): number {
  while (j < tokens.length && LABEL_GAP.has(tokens[j].norm)) j++;
  // "TOI per ground 1347Z", "time of injury per the card 0250": whose word the time is, a word or two before it.
  if (tokens[j]?.norm === 'per') {
    const time = [2, 3].map((k) => j + k).find((k) => tokens[k]?.kind === 'number' || tokens[k]?.kind === 'clock');
    const source = time !== undefined && tokens.slice(j + 1, time).every((t) => t.kind === 'word');
    if (source) return time;
  }
  return j;
}

/**
 * Past the label asked as a question and the answering speaker's label ("BAS: Time of injury? DOC: Zero six
 * fourteen."), to where the answer's time starts; `j` itself when no question closes the label there.
 */
export function pastAskedLabel(tokens: Token[], j: number): number {
  if (tokens[j]?.norm !== '?') return j;
  let k = j + 1;
  while (tokens[k]?.norm === '\n') k++;
  return tokens[k]?.kind === 'word' && tokens[k + 1]?.norm === ':' ? pastLabelGap(tokens, k + 2) : j;
}
