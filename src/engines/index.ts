/**
 * Engines, as the app uses them (browser). The app: `probeEngines(browserProbeInput(...))` (from `probe.js`) for the
 * decision and its reasons, then `engineFromProbe(probe, setup)` for one Engine that falls back on failure
 * (`fallbacks` says why).
 * The extraction flow and the Bench view only see the Engine interface: `load`, `extract`, `generate`, `stats`, `unload`.
 */
import type { ModelRecord } from '@mlc-ai/web-llm';
import type { Engine } from './engine.js';
import { FallbackEngine } from './fallback-engine.js';
import type { EngineChoice, ProbeResult } from './probe.js';
import { createRulesEngine, rulesExtractor } from './rules/index.js';
import { createTransformersEngine } from './transformers/client.js';
import type { TransformersSettings } from './transformers/shared.js';
import { WebLlmEngine } from './webllm/client.js';

export * from './engine.js';
export * from './errors.js';
export { FallbackEngine } from './fallback-engine.js';
// The probe itself is imported from probe.js: the app's probe chunk must not bring every engine's client with it.
export type { EngineChoice, ProbeResult } from './probe.js';
/** What the app knows that the engines need: where each model is served from. */
export interface EngineSetup {
  /** WebLLM's record for a Phi-2 build: the model store's `toWebLLMModelRecord(manifest, kioskModelUrl(origin, id))`. */
  webllmRecord(modelId: string): ModelRecord;
  /** Overrides for the small CPU model (defaults: served at /models/, ORT files at /ort/). */
  transformers?: Partial<TransformersSettings>;
}

/** The engine for one probe choice. */
export function createEngine(choice: EngineChoice, setup: EngineSetup): Engine {
  switch (choice.engine) {
    case 'webllm':
      return new WebLlmEngine({ record: setup.webllmRecord(choice.modelId), rules: rulesExtractor });
    case 'transformers':
      return createTransformersEngine({ ...setup.transformers, modelId: choice.modelId });
    case 'rules':
      return createRulesEngine();
  }
}

/** One Engine over the probe's order (best first, rules last): a load or run failure moves to the next, reason kept. */
export function engineFromProbe(probe: ProbeResult, setup: EngineSetup): FallbackEngine {
  return new FallbackEngine(probe.order.map((choice) => ({ create: () => createEngine(choice, setup) })));
}
