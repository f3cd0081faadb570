import type { Engine, EngineStats, ExtractionRun, ExtractContext, GenerateOptions } from '../engine.js';
import { EngineError, throwIfAborted } from '../errors.js';
import type { RulesExtractor } from '../model-extraction.js';

/** The rules engine's name for a person. */
export const RULES_ENGINE_LABEL = 'Rules engine (no language model)';

/**
 * The deterministic rules engine behind the Engine interface: always available, instant, no model.
 * It extracts but cannot write free text, so generate() throws.
 */
export class RulesEngine implements Engine {
  readonly id = 'rules';
  readonly label = RULES_ENGINE_LABEL;
  private calls = 0;

  constructor(private readonly extractor: RulesExtractor) {}

  async load(onProgress?: (p: { fraction: number; text: string }) => void): Promise<void> {
    onProgress?.({ fraction: 1, text: 'Rules engine ready' });
  }

  async extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun> {
    throwIfAborted(context?.signal);
    this.calls += 1;
    const { record, evidence } = this.extractor(narrative);
    return { engine: this.id, record, evidence };
  }

  // A generator that only throws: the error reaches the caller where it reads, as a model's failure would.
  // eslint-disable-next-line require-yield -- the Engine contract is an async generator, and this one has nothing to yield
  async *generate(_prompt: string, _options?: GenerateOptions): AsyncGenerator<string> {
    throw new EngineError('The rules engine cannot write free text; load a language model for that.');
  }

  async stats(): Promise<EngineStats> {
    return { engine: this.id, loaded: true, loadMs: 0, calls: this.calls };
  }

  async unload(): Promise<void> {}
}
