import { extractWithEvidence } from '../../tccc/rules/index.js';
import type { RulesExtractor } from '../model-extraction.js';
import { RulesEngine } from './rules-engine.js';

/** The project's rules engine as a RulesExtractor, with the evidence text filled in for the Record view. */
export const rulesExtractor: RulesExtractor = (narrative) => {
  const { record, evidence } = extractWithEvidence(narrative);
  return { record, evidence: evidence.map((e) => ({ ...e, text: narrative.slice(e.start, e.end) })) };
};

/** The rules engine behind the Engine interface. */
export function createRulesEngine(): RulesEngine {
  return new RulesEngine(rulesExtractor);
}
