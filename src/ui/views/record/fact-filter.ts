/**
 * What the dense Record view needs to file and mark facts: the body region a fact sits at (for the body
 * diagram's filter) and the short mark of the engine that found it. Pure, so it is unit-tested in Node.
 */
import type { FactValue, ResolvedFact } from '../../../records/index.js';
import { LOCATIONS, type Location } from '../../../tccc/record.js';

/** The body region a fact is at: an injury's or a treatment's site; other facts have none. */
export function factRegion(fact: FactValue): Location | undefined {
  if (fact.kind === 'injury') return fact.value.location;
  if (fact.kind === 'intervention') return fact.value.location;
  return undefined;
}

/** Regions that hold at least one fact still in the record, in the schema's order, with how many. */
export function regionCounts(facts: readonly ResolvedFact[]): { region: Location; count: number }[] {
  const counts = new Map<Location, number>();
  for (const f of facts) {
    const region = f.origin === 'deleted' ? undefined : factRegion(f);
    if (region) counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  return LOCATIONS.filter((region) => counts.has(region)).map((region) => ({ region, count: counts.get(region)! }));
}

/**
 * The small mark beside a fact for the engine that found it, from the engine in words ("rules engine",
 * "language model (GPU)", "language model and rules engine"): R, LM, LM+R; an imported file is "File".
 */
export function engineMark(engineWords: string): string {
  const model = /language model/i.test(engineWords);
  const rules = /rules/i.test(engineWords);
  if (model && rules) return 'LM+R';
  if (model) return 'LM';
  if (rules) return 'R';
  if (/import/i.test(engineWords)) return 'File';
  return engineWords.slice(0, 4);
}
