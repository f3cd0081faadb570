/**
 * A drug or fluid made ready is not yet given ("0355 FDP reconstituted", "blood spiked and primed", "ketamine drawn
 * up"): the care said before it is held, unless later words say it went in (readied-care.ts). Part of the negation
 * lexicon (negation.ts).
 */
import { heldCare, type Lexicon, type Tag } from './tags.js';

/** The words of making care ready, as said after it. */
export const READYING: readonly string[] = [
  'made up',
  'drawn',
  'drawn up',
  'prepared',
  'reconstituted',
  'spiked',
  'primed',
];

export const READIED_PHRASES: Lexicon = READYING.map((w): [string, Tag[]] => [w, [heldCare]]);
