import type {
  Engine,
  EngineId,
  EngineStats,
  ExtractionRun,
  ExtractContext,
  GenerateOptions,
  LoadProgress,
} from './engine.js';
import { causeOf, isAbortError } from './errors.js';

/** One engine the chooser may use, and how to make it (engines are built only when reached). */
export interface EngineOption {
  create(): Engine;
}

/** Why the chooser left an engine, for the Model view. */
export interface FallbackEvent {
  from: EngineId;
  to: EngineId;
  reason: string;
}

/**
 * Runs the best engine that works, falling to the next on a load or run failure (shader compile error, out of memory,
 * device lost, missing files) with the reason kept. An abort is the caller's wish, not a failure, and never falls back.
 * The last option should be the rules engine, which does not fail.
 */
export class FallbackEngine implements Engine {
  readonly fallbacks: FallbackEvent[] = [];
  private index = 0;
  private current: Engine;

  constructor(private readonly options: EngineOption[]) {
    if (options.length === 0) throw new Error('FallbackEngine needs at least one engine');
    this.current = options[0].create();
  }

  get id(): EngineId {
    return this.current.id;
  }

  get label(): string {
    return this.current.label;
  }

  async load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    for (;;) {
      try {
        return await this.current.load(onProgress);
      } catch (error) {
        await this.fallBack(error, 'could not start');
      }
    }
  }

  async extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun> {
    for (;;) {
      try {
        return await this.current.extract(narrative, context);
      } catch (error) {
        await this.fallBack(error, 'failed while reading the narrative');
        await this.load();
      }
    }
  }

  async *generate(prompt: string, options?: GenerateOptions): AsyncGenerator<string> {
    // Free text cannot be replayed after pieces were shown, so a failure mid-stream falls back for the next call only.
    try {
      yield* this.current.generate(prompt, options);
    } catch (error) {
      if (!isAbortError(error) && this.index < this.options.length - 1)
        await this.fallBack(error, 'failed while writing').then(() => this.load());
      throw error;
    }
  }

  stats(): Promise<EngineStats> {
    return this.current.stats();
  }

  unload(): Promise<void> {
    return this.current.unload();
  }

  /** Moves to the next engine, keeping the reason; rethrows aborts and failures of the last engine. */
  private async fallBack(error: unknown, what: string): Promise<void> {
    if (isAbortError(error) || this.index >= this.options.length - 1) throw error;
    const from = this.current;
    await from.unload().catch(() => undefined);
    this.index += 1;
    this.current = this.options[this.index].create();
    const reason = `${from.label} ${what}: ${causeOf(error).replace(/\.$/, '')}. Switched to ${this.current.label}.`;
    this.fallbacks.push({ from: from.id, to: this.current.id, reason });
  }
}
