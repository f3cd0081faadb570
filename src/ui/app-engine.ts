/**
 * The one Engine the app extracts with. Views call {@link extractNarrative} and never learn which
 * backend runs; the engine chooser swaps it with {@link setAppEngine}. Starts on the rules engine,
 * which needs no model and is always there.
 */
import type { Engine, ExtractContext } from '../engines/engine.js';
import { createRulesEngine } from '../engines/rules/index.js';
import type { Extraction } from '../tccc/extraction.js';
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
  // What the run measured is for logs; everything else is the extraction as the engine gave it (fallbackReason and
  // sources included, so the Record view credits the engine that really found each fact).
  const {
    grounding: _grounding,
    rawOutput: _rawOutput,
    stats: _stats,
    ...extraction
  } = await engine.extract(narrative, context);
  return { ...extraction, engineLabel: engine.label, at: now.toISOString() };
}
