import type {
  Engine,
  EngineStats,
  ExtractContext,
  ExtractionRun,
  GenerateOptions,
  LoadProgress,
} from '../engines/engine.js';
import type { FallbackEngine } from '../engines/index.js';

/** The chosen engine, telling the chooser after any call during which it fell back to the next engine. */
export class ReportingEngine implements Engine {
  constructor(
    private readonly inner: FallbackEngine,
    private readonly onFallback: () => void,
  ) {}

  get id() {
    return this.inner.id;
  }

  get label(): string {
    return this.inner.label;
  }

  load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    return this.watch(() => this.inner.load(onProgress));
  }

  extract(narrative: string, context?: ExtractContext): Promise<ExtractionRun> {
    return this.watch(() => this.inner.extract(narrative, context));
  }

  async *generate(prompt: string, options?: GenerateOptions): AsyncGenerator<string> {
    const before = this.inner.fallbacks.length;
    try {
      yield* this.inner.generate(prompt, options);
    } finally {
      if (this.inner.fallbacks.length > before) this.onFallback();
    }
  }

  stats(): Promise<EngineStats> {
    return this.inner.stats();
  }

  unload(): Promise<void> {
    return this.inner.unload();
  }

  private async watch<T>(call: () => Promise<T>): Promise<T> {
    const before = this.inner.fallbacks.length;
    try {
      return await call();
    } finally {
      if (this.inner.fallbacks.length > before) this.onFallback();
    }
  }
}
