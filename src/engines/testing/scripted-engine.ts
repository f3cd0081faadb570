/**
 * A test engine that "generates" scripted text: its extract() runs the real model-output check, so tests can feed
 * it invented numbers, wrong drugs, valid output or broken JSON. Used by unit tests only.
 */
import type {
  CallStats,
  Engine,
  EngineId,
  EngineStats,
  ExtractionRun,
  ExtractContext,
  GenerateOptions,
} from '../engine.js';
import { EngineLoadError, throwIfAborted } from '../errors.js';
import { checkModelOutput, type RulesExtractor } from '../model-extraction.js';

export interface Script {
  /** What the "model" answers to each prompt, in order (the last repeats). */
  outputs: string[];
  /** Make load() fail with this message. */
  failLoad?: string;
  /** Pieces per output when streaming. */
  pieceLength?: number;
}

export class ScriptedEngine implements Engine {
  readonly label = 'Scripted test engine';
  private next = 0;
  private loaded = false;
  private calls = 0;

  constructor(
    private readonly script: Script,
    private readonly rules: RulesExtractor,
    readonly id: EngineId = 'transformers',
  ) {}

  async load(onProgress?: (p: { fraction: number; text: string }) => void): Promise<void> {
    if (this.script.failLoad) throw new EngineLoadError(this.script.failLoad);
    onProgress?.({ fraction: 1, text: 'Scripted engine ready' });
    this.loaded = true;
  }

  async extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun> {
    throwIfAborted(context?.signal);
    const raw = this.take();
    const stats: CallStats = {
      promptTokens: narrative.length,
      completionTokens: raw.length,
      timeToFirstTokenMs: 1,
      prefillTokensPerSecond: 1,
      decodeTokensPerSecond: 1,
      totalMs: 1,
    };
    return checkModelOutput(this.id, raw, narrative, this.rules(narrative), stats);
  }

  async *generate(_prompt: string, options: GenerateOptions = {}): AsyncGenerator<string> {
    const text = this.take();
    if (options.stream === false) {
      throwIfAborted(options.signal);
      yield text;
      return;
    }
    const size = this.script.pieceLength ?? 4;
    for (let i = 0; i < text.length; i += size) {
      throwIfAborted(options.signal);
      yield text.slice(i, i + size);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  async stats(): Promise<EngineStats> {
    return { engine: this.id, loaded: this.loaded, calls: this.calls };
  }

  async unload(): Promise<void> {
    this.loaded = false;
  }

  private take(): string {
    this.calls += 1;
    const outputs = this.script.outputs;
    return outputs[Math.min(this.next++, outputs.length - 1)] ?? '';
  }
}
