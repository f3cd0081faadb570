import { extractCasualties } from '../../tccc/rules/casualties.js';
import type { RulesExtractor } from '../model-extraction.js';
import { RulesEngine } from './rules-engine.js';

/**
 * The project's rules engine as a RulesExtractor. A casualty's
 * narrative is about that casualty (Capture files each casualty's part on its own): the first casualty it names is
 * read, with its label ("second casualty …") blanked, and no other casualty's facts are mixed in.
 */
export const rulesExtractor: RulesExtractor = (narrative) => {
  const { record, evidence } = extractCasualties(narrative).casualties[0];
  return { record, evidence };
};

/** The rules engine behind the Engine interface. */
export function createRulesEngine(): RulesEngine {
  return new RulesEngine(rulesExtractor);
}
