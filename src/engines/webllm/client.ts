/**
 * Phi-2 on WebGPU through WebLLM, running in WebLLM's own worker (CreateWebWorkerMLCEngine).
 * Weights come only from the model store's copy in WebLLM's IndexedDB cache; extraction is schema-constrained,
 * free text uses the raw completion API in Phi-2's "Instruct: … Output:" form.
 */
import type { AppConfig, CompletionUsage, ModelRecord, WebWorkerMLCEngine } from '@mlc-ai/web-llm';
import type {
  CallStats,
  Engine,
  EngineStats,
  ExtractionRun,
  ExtractContext,
  GenerateOptions,
  LoadProgress,
} from '../engine.js';
import { modelEngineStats } from '../engine-stats.js';
import { causeOf, EngineAbortError, EngineLoadError, EngineNotLoadedError, throwIfAborted } from '../errors.js';
import { checkModelOutput, type RulesExtractor } from '../model-extraction.js';
import { extractionRequest, statsFromUsage, webllmAppConfig } from './shared.js';

export interface WebLlmEngineOptions {
  /** The model record for the chosen Phi-2 build (model store: toWebLLMModelRecord(manifest, kioskModelUrl(...))). */
  record: ModelRecord;
  rules: RulesExtractor;
  /** Starts WebLLM's worker; the default is this folder's worker.ts, bundled by Vite. */
  createWorker?: () => Worker;
  maxTokens?: number;
}

const defaultWorker = () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });

export class WebLlmEngine implements Engine {
  readonly id = 'webllm';
  readonly label: string;
  /** Exactly what WebLLM was given, so the Model view (and tests) can show it. */
  readonly appConfig: AppConfig;
  private worker: Worker | undefined;
  private engine: WebWorkerMLCEngine | undefined;
  private loadMs: number | undefined;
  private lastCall: CallStats | undefined;
  private calls = 0;

  constructor(private readonly options: WebLlmEngineOptions) {
    this.appConfig = webllmAppConfig(options.record);
    this.label = `Phi-2 on the GPU (${options.record.model_id})`;
  }

  async load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    const started = performance.now();
    const { CreateWebWorkerMLCEngine } = await import('@mlc-ai/web-llm');
    this.worker = (this.options.createWorker ?? defaultWorker)();
    try {
      this.engine = await CreateWebWorkerMLCEngine(this.worker, this.options.record.model_id, {
        appConfig: this.appConfig,
        initProgressCallback: (report) => onProgress?.({ fraction: report.progress, text: report.text }),
      });
    } catch (error) {
      this.worker.terminate();
      this.worker = undefined;
      throw new EngineLoadError(causeOf(error));
    }
    this.loadMs = performance.now() - started;
  }

  async extract(narrative: string, context: ExtractContext = {}): Promise<ExtractionRun> {
    const engine = this.loadedEngine();
    const rules = this.options.rules(narrative);
    throwIfAborted(context.signal);
    const started = performance.now();
    const interrupt = () => engine.interruptGenerate();
    context.signal?.addEventListener('abort', interrupt);
    try {
      const reply = await engine.chat.completions.create(extractionRequest(narrative, this.options.maxTokens ?? 512));
      throwIfAborted(context.signal);
      this.record(reply.usage, started);
      return checkModelOutput(this.id, reply.choices[0]?.message.content ?? '', narrative, rules, this.lastCall);
    } finally {
      context.signal?.removeEventListener('abort', interrupt);
    }
  }

  async *generate(prompt: string, options: GenerateOptions = {}): AsyncGenerator<string> {
    const engine = this.loadedEngine();
    throwIfAborted(options.signal);
    const started = performance.now();
    const interrupt = () => engine.interruptGenerate();
    options.signal?.addEventListener('abort', interrupt);
    try {
      const chunks = await engine.completions.create({
        prompt,
        stream: true,
        stream_options: { include_usage: true },
        temperature: 0,
        max_tokens: options.maxTokens ?? this.options.maxTokens ?? 512,
      });
      let whole = '';
      for await (const chunk of chunks) {
        const text = chunk.choices[0]?.text ?? '';
        if (chunk.usage) this.record(chunk.usage, started);
        if (!text) continue;
        if (options.stream === false) whole += text;
        else yield text;
      }
      if (options.signal?.aborted) throw new EngineAbortError();
      if (options.stream === false) yield whole;
    } finally {
      options.signal?.removeEventListener('abort', interrupt);
    }
  }

  async stats(): Promise<EngineStats> {
    return modelEngineStats(this.id, this.engine !== undefined, {
      calls: this.calls,
      loadMs: this.loadMs,
      lastCall: this.lastCall,
    });
  }

  async unload(): Promise<void> {
    try {
      await this.engine?.unload();
    } finally {
      // A lost device fails unload(); the worker (and the GPU memory it holds) must go all the same.
      this.worker?.terminate();
      this.engine = this.worker = undefined;
    }
  }

  private loadedEngine(): WebWorkerMLCEngine {
    if (!this.engine) throw new EngineNotLoadedError('Phi-2 is not loaded.');
    return this.engine;
  }

  private record(usage: CompletionUsage | undefined, started: number): void {
    this.calls += 1;
    if (usage) this.lastCall = statsFromUsage(usage, performance.now() - started);
  }
}
