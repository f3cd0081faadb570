/**
 * Care made ready, then given: "FDP reconstituted and hung at 0402", "morphine 5 mg drawn up and pushed IV". The
 * readying words hold back the care said before them (lexicon/readied-care.ts) only where no later words say it went in.
 */
import type { Token } from '../text/tokenize.js';
import { saidAs, type Mention } from './matcher.js';
import { GIVING } from './lexicon/giving-verbs.js';
import { READYING } from './lexicon/readied-care.js';
import { isCare, isDrugOrFluid } from './row-statuses.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** Words that say the care went in: the verbs of giving, and those said of a drug pushed or a bag run. */
const GIVEN: ReadonlySet<string> = new Set([
  ...GIVING,
  ...['push', 'pushing', 'bolused', 'hanging', 'running', 'run', 'ran', 'flowing', 'connected'],
  ...['infused', 'infusing', 'transfused', 'transfusing'],
]);
/** Words before "in" that say the care went in ("went in", "is in", "going in"). */
const INTO = new Set(['went', 'is', 'going', 'goes', 'got']);

/**
 * True when mention `k` is a readying word ("reconstituted") that holds nothing back: the care named before it is no
 * drug or fluid ("TQ bar drawn L thigh" is a card's drawing), or the words after it, up to the next drug or fluid or the
 * end of the next sentence, say the care went in.
 */
export function readiedThenGiven(tokens: Token[], mentions: Mention[], k: number): boolean {
  const at = mentions[k];
  if (!READYING.includes(saidAs(tokens, at))) return false;
  const before = mentions.slice(0, k).findLast(isCare);
  if (before && !isDrugOrFluid(before)) return true;
  let j = k + 1;
  let ends = 0;
  for (let i = at.end; i < tokens.length; i++) {
    while (j < mentions.length && mentions[j].start < i) j++;
    // A drug or fluid named next is another thing said; a route or access on the way ("spiked and run in through
    // the IO") is no other care.
    if (j < mentions.length && mentions[j].start === i && isDrugOrFluid(mentions[j])) return false;
    if (SENTENCE_ENDS.has(tokens[i].norm) && ++ends === 2) return false;
    if (GIVEN.has(tokens[i].norm) || (tokens[i].norm === 'in' && INTO.has(tokens[i - 1].norm))) return true;
  }
  return false;
}
