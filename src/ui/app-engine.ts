/**
 * The one Engine the app extracts with. Views call {@link extractNarrative} and never learn which
 * backend runs; the engine chooser swaps it with {@link setAppEngine}. Starts on the rules engine,
 * which needs no model and is always there.
 */
import type { Engine, ExtractContext } from '../engines/engine.js';
import { createRulesEngine } from '../engines/rules/index.js';
import type { Extraction } from '../records/index.js';
import { setEngineStatus } from './shell/engine-status.js';

let current: Engine = createRulesEngine();
const changes = new EventTarget();

/** The engine extraction runs on now. */
export function getAppEngine(): Engine {
  return current;
}

/** Makes `engine` the one every later extraction uses, and shows it (with `reason`) in the header. */
export function setAppEngine(engine: Engine, reason: string): void {
  current = engine;
  setEngineStatus({ engine: engine.label, reason, kind: engine.id });
  changes.dispatchEvent(new Event('change'));
}

/** Calls `listener` after each engine swap; returns the unsubscribe. */
export function onAppEngineChange(listener: () => void): () => void {
  changes.addEventListener('change', listener);
  return () => changes.removeEventListener('change', listener);
}

/** Runs the current engine on the whole narrative; the result names the engine that produced it. */
export async function extractNarrative(
  narrative: string,
  context?: ExtractContext,
  now: Date = new Date(),
): Promise<Extraction> {
  const engine = current;
  const result = await engine.extract(narrative, context);
  return {
    engine: result.engine,
    engineLabel: engine.label,
    record: result.record,
    evidence: (result.evidence ?? []).map(({ path, start, end }) => ({ path, start, end })),
    at: now.toISOString(),
    ...(result.merge ? { sources: result.merge.sources, conflicts: result.merge.conflicts } : {}),
    // The rules record stood in for the model's: kept, so the Record view credits the rules engine.
    ...(result.fallbackReason ? { fallbackReason: result.fallbackReason } : {}),
  };
}
