/**
 * A withholding verb said before its object: "Not given TXA", "Held TXA, pressure's fine", "Withheld the morphine".
 * The words "not given" / "held" / "deferred" are mostly said after the drug ("TXA held"), so the lexicon reads them
 * backward; when one opens its clause and a drug or fluid follows it at once, that drug is its object and is the
 * thing not given.
 */
import type { Token } from '../text/tokenize.js';
import { saidAs, type Mention } from './matcher.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';
import { isCare, isDrugOrFluid } from './row-statuses.js';

/** Words that may stand between the verb and its object ("held the TXA", "not given any morphine"). */
const OBJECT_LEADS = new Set(['the', 'a', 'an', 'any', 'his', 'her', 'their', 'him', 'them']);

/** True when a tag of `m` names a clinical thing (the verb's clause already has a subject of care before it). */
function isCareOrFinding(m: Mention): boolean {
  return m.tags.some((t) => t.cat !== 'negate' && t.cat !== 'this_casualty' && t.cat !== 'other_person');
}

/**
 * True when backward negation mention `k` opens its clause (no clinical mention before it in its chunk) and a drug or
 * fluid follows it directly, so it covers forward: "Pt was not given TXA" (nothing before), but "TXA not given" and
 * "Morphine held, TXA 1 g IV" stay backward.
 */
export function withholdsObject(tokens: Token[], mentions: Mention[], k: number, chunk: Int32Array): boolean {
  const at = mentions[k];
  const same = (m: Mention): boolean => chunk[m.start] === chunk[at.start];
  for (let j = k - 1; j >= 0 && same(mentions[j]); j--) if (isCareOrFinding(mentions[j])) return false;
  // The object: the first clinical mention after the verb, past a word naming the casualty ("not given the pt TXA").
  let i = at.end;
  for (let j = k + 1; j < mentions.length && same(mentions[j]); j++) {
    const m = mentions[j];
    for (; i < m.start; i++) if (!OBJECT_LEADS.has(tokens[i].norm)) return false;
    if (isCareOrFinding(m)) return isDrugOrFluid(m);
    i = m.end;
  }
  return false;
}

/** Headings of care not given, as a card's line opens with them ("Held: fentanyl", "Not given: morphine"). */
const HEADINGS = new Set(['held', 'withheld', 'not given']);

/**
 * True when negation mention `k` heads its sentence, a colon after it ("Held: fentanyl, ketamine"): the drugs and
 * fluids said after it in that sentence, up to other care, are what was not given, and are marked so. Said after the care ("TXA held: BP fine") it
 * stays backward.
 */
export function negatesHeaded(tokens: Token[], mentions: Mention[], k: number): boolean {
  const at = mentions[k];
  if (!HEADINGS.has(saidAs(tokens, at)) || tokens[at.end]?.norm !== ':' || !opensSentence(tokens, at.start))
    return false;
  for (let j = k + 1; j < mentions.length; j++) {
    const m = mentions[j];
    if (tokens.slice(at.end, m.start).some((t) => SENTENCE_ENDS.has(t.norm))) break;
    // "Held: direct pressure 5 min, TQ R arm 1305": a heading holds back the drugs and fluids it lists, and what is
    // done after them is done.
    if (isCare(m) && !isDrugOrFluid(m)) break;
    if (isCare(m)) m.negated = true;
  }
  return true;
}
