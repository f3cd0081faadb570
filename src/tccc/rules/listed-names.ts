/**
 * Casualties introduced together by rank and name as a sentence's subject: "SN Kayla Moss and IC3 Bautista were
 * both burned …", "SGT Ames, CPL Boyd and PFC Cruz took the blast."; or said to be who they are ("It's SGT Ames, SPC
 * Boyd and PFC Cruz"); or listed after a colon ("Both flew at 0915: CPL
 * Nina Hale, PFC Theo Barnes."), or each with a category anywhere in a sentence ("the nine-line had SSG Ty Mayo urgent
 * surgical and SPC Ana Ruiz urgent"). The sentence says of neither alone, but it makes their surnames known, so
 * "Moss, female, burns …" later opens Moss's own words.
 */
import type { Token } from '../text/tokenize.js';
import { caregiverAt } from './caregivers.js';
import { rankedNameEnd } from './list-cues.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { SENTENCE_ENDS, opensSentence } from './sentence-ends.js';
import { norm } from './switch-words.js';
import { PRIORITIES } from './referents.js';

/** The surnames of the ranked names listed as the subject of a sentence, two or more of them, in the order said. */
export function listedRankedNames(tokens: Token[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!RANK_WORDS.has(norm(tokens, i))) continue;
    // "We handed all three over at 0342: SGT Luke Brennan, SPC Omar Farouk, SSG Devin Quinn.": a list the colon opens.
    const afterColon = norm(tokens, i - 1) === ':';
    // "The nine-line had SSG Ty Mayo urgent surgical and SPC Ana Ruiz urgent.": each name with its category, anywhere.
    const triaged = triagedAfter(tokens, rankedNameEnd(tokens, i) + 1) > 0;
    if (!opensSentence(tokens, i) && !afterColon && !triaged && !introducedAt(tokens, i)) continue;
    const listed: string[] = [];
    let k = i;
    for (; RANK_WORDS.has(norm(tokens, k));) {
      const end = rankedNameEnd(tokens, k);
      // "SGT Diaz and CPL Roy put a TQ on him": those who give the care are no casualties.
      if (end < 0 || caregiverAt(tokens, end) || (triaged && triagedAfter(tokens, end + 1) === 0)) {
        listed.length = 0;
        break;
      }
      listed.push(tokens[end].norm);
      k = end + 1 + (triaged ? triagedAfter(tokens, end + 1) : 0);
      if (norm(tokens, k) === ',') k++;
      if (norm(tokens, k) === 'and') k++;
      else if (norm(tokens, k - 1) !== ',') break;
    }
    // After a colon the names are the whole of what is listed, up to the sentence's end: no subject of a verb to check.
    if (afterColon && !SENTENCE_ENDS.has(norm(tokens, k)) && k < tokens.length) listed.length = 0;
    if (new Set(listed).size >= 2) out.push(...listed.filter((n) => !out.includes(n)));
  }
  return out;
}

/** Words that open a sentence to say who the casualties are ("It's SGT Ames, SPC Boyd and PFC Cruz."). */
const INTRODUCING = new Set(["it's", "they're", 'its']);

/**
 * True when the rank at token `i` follows a sentence's opening "it's" or "they're" ("I got three. It's SGT Ames, SPC
 * Boyd and PFC Cruz."), a filler dropped before it or not ("um, it's …" reads ", it's").
 */
function introducedAt(tokens: Token[], i: number): boolean {
  if (!INTRODUCING.has(norm(tokens, i - 1))) return false;
  return opensSentence(tokens, i - 1) || (norm(tokens, i - 2) === ',' && opensSentence(tokens, i - 2));
}

/** How many tokens from `i` say an evacuation category ("urgent surgical", "as priority", "routine"), else 0. */
function triagedAfter(tokens: Token[], i: number): number {
  const at = norm(tokens, i) === 'as' ? i + 1 : i;
  if (!PRIORITIES.has(norm(tokens, at))) return 0;
  return at + 1 - i + (['surgical', 'surg'].includes(norm(tokens, at + 1)) ? 1 : 0);
}
