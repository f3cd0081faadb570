import { extractCasualties } from '../../tccc/rules/casualties.js';
import type { TextPart } from '../../tccc/rules/casualty-split.js';
import type { RulesExtractor } from '../model-extraction.js';
import { RulesEngine } from './rules-engine.js';

/**
 * The project's rules engine as a RulesExtractor. A casualty's
 * narrative is about that casualty (Capture files each casualty's part on its own): the first casualty it names is
 * read, with its label ("second casualty …") blanked, and no other casualty's facts are mixed in.
 */
export const rulesExtractor: RulesExtractor = (narrative) => {
  const read = extractCasualties(narrative);
  const { record, evidence } = read.casualties[0];
  const split = read.parts;
  if (!split) return { record, evidence: evidence };
  // With several casualties, each one's words (with the opening and what is said of all) ground its model record.
  const wordsOf = (parts: readonly TextPart[]) =>
    [...split.preamble, ...parts, ...split.shared]
      .sort((a, b) => a.start - b.start)
      .map((p) => narrative.slice(p.start, p.end))
      .join('\n');
  return {
    record,
    evidence: evidence,
    casualties: read.casualties.map((c, i) => ({
      record: c.record,
      evidence: c.evidence,
      text: wordsOf(split.casualties[i]),
    })),
  };
};

/** The rules engine behind the Engine interface. */
export function createRulesEngine(): RulesEngine {
  return new RulesEngine(rulesExtractor);
}
