/**
 * The transformers.js engine, in-thread: runs in Node (tests, bench) and inside the worker (browser).
 * Models come only from our own origin or folder (remote models off) or from the model store's verified copy.
 */
import type {
  InterruptableStoppingCriteria,
  PreTrainedModel,
  PreTrainedTokenizer,
  Tensor,
  TextStreamer,
} from '@huggingface/transformers';
import { AsyncQueue } from '../async-queue.js';
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
import type { VerifiedModelFiles } from '../../model-store/verified-files.js';
import { extractionPrompt, STOP_SEQUENCES } from '../prompt.js';
import { loadProgressCallback, transformersFor } from './environment.js';
import type { TransformersSettings } from './shared.js';

/** Tokens per generation step; an abort lands within one step. */
const STEP_TOKENS = 8;

interface Loaded {
  tokenizer: PreTrainedTokenizer;
  model: PreTrainedModel;
}

export class TransformersEngine implements Engine {
  readonly id = 'transformers';
  readonly label: string;
  private loaded: Loaded | undefined;
  private loadMs: number | undefined;
  private lastCall: CallStats | undefined;
  private calls = 0;

  constructor(
    private readonly settings: TransformersSettings,
    private readonly rules: RulesExtractor,
    private readonly files?: VerifiedModelFiles,
  ) {
    this.label = `Small CPU model (${settings.modelId}, ${settings.device})`;
  }

  async load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    const started = performance.now();
    const { modelId } = this.settings;
    if (this.files && !(await this.files.isComplete(modelId))) {
      throw new EngineLoadError(
        `The small CPU model (${modelId}) is not fully downloaded: download it in the Model view.`,
      );
    }
    const transformers = await transformersFor(this.settings, this.files);
    const progress_callback = loadProgressCallback(onProgress);
    try {
      const options = { progress_callback };
      const tokenizer = await transformers.AutoTokenizer.from_pretrained(modelId, options);
      const model = await transformers.AutoModelForCausalLM.from_pretrained(modelId, {
        ...options,
        device: this.settings.device,
        dtype: this.settings.dtype,
      });
      this.loaded = { tokenizer, model };
    } catch (error) {
      throw new EngineLoadError(causeOf(error));
    }
    this.loadMs = performance.now() - started;
    onProgress?.({ fraction: 1, text: 'Small CPU model ready' });
  }

  async extract(narrative: string, context: ExtractContext = {}): Promise<ExtractionRun> {
    const rules = this.rules(narrative);
    let raw = '';
    for await (const piece of this.run(extractionPrompt(narrative), { signal: context.signal, stop: STOP_SEQUENCES }))
      raw += piece;
    return checkModelOutput(this.id, raw, narrative, rules, this.lastCall);
  }

  async *generate(prompt: string, options: GenerateOptions = {}): AsyncGenerator<string> {
    if (options.stream === false) {
      let text = '';
      for await (const piece of this.run(prompt, options)) text += piece;
      yield text;
      return;
    }
    yield* this.run(prompt, options);
  }

  async stats(): Promise<EngineStats> {
    return modelEngineStats(this.id, this.loaded !== undefined, {
      calls: this.calls,
      loadMs: this.loadMs,
      lastCall: this.lastCall,
    });
  }

  async unload(): Promise<void> {
    await this.loaded?.model.dispose();
    this.loaded = undefined;
  }

  /**
   * Generates in steps of STEP_TOKENS, reusing the KV cache, and lets the event loop run between steps:
   * ONNX Runtime's WASM backend never yields to it while generating, so without this an abort message
   * sent to the worker would only arrive after the whole answer.
   */
  private async generateInSteps(
    model: PreTrainedModel,
    inputs: { input_ids: Tensor; attention_mask: Tensor },
    maxTokens: number,
    streamer: TextStreamer,
    stopper: InterruptableStoppingCriteria,
  ): Promise<void> {
    const { ones_like } = await import('@huggingface/transformers');
    let ids = inputs.input_ids;
    let mask = inputs.attention_mask;
    let cache: unknown;
    try {
      for (let left = maxTokens; left > 0 && !stopper.interrupted;) {
        const step = Math.min(STEP_TOKENS, left);
        const out = (await model.generate({
          input_ids: ids,
          attention_mask: mask,
          ...(cache ? { past_key_values: cache } : {}),
          max_new_tokens: step,
          do_sample: false,
          streamer,
          stopping_criteria: [stopper],
          return_dict_in_generate: true,
        } as Parameters<PreTrainedModel['generate']>[0])) as unknown as { sequences: Tensor; past_key_values: unknown }; // the typings lack the cache options
        const made = Number(out.sequences.dims.at(-1)) - Number(ids.dims.at(-1));
        ids = out.sequences;
        mask = ones_like(ids);
        cache = out.past_key_values;
        if (made < step) break; // end of text, or a stop
        left -= made;
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    } finally {
      await (cache as { dispose?: () => Promise<void> } | undefined)?.dispose?.();
    }
  }

  /** One generation: text pieces as they are decoded; stops on abort, a stop sequence or the token limit. */
  private async *run(
    prompt: string,
    options: { signal?: AbortSignal | undefined; maxTokens?: number | undefined; stop?: string[] },
  ): AsyncGenerator<string> {
    if (!this.loaded) throw new EngineNotLoadedError('The small CPU model is not loaded.');
    throwIfAborted(options.signal);
    const { tokenizer, model } = this.loaded;
    const { TextStreamer, InterruptableStoppingCriteria } = await import('@huggingface/transformers');
    const inputs = tokenizer(prompt);
    const promptTokens = Number(inputs.input_ids.dims.at(-1));
    const queue = new AsyncQueue<string>();
    const stopper = new InterruptableStoppingCriteria();
    const started = performance.now();
    let firstTokenAt = 0;
    let tokens = 0;
    let text = '';
    const interrupt = () => stopper.interrupt();
    options.signal?.addEventListener('abort', interrupt);
    const streamer = new TextStreamer(tokenizer, {
      skip_prompt: true,
      token_callback_function: () => {
        tokens += 1;
        if (tokens === 1) firstTokenAt = performance.now();
      },
      callback_function: (piece: string) => {
        text += piece;
        queue.push(piece);
        if (options.stop?.some((s) => text.includes(s))) stopper.interrupt();
      },
    });
    const generation = this.generateInSteps(
      model,
      inputs,
      options.maxTokens ?? this.settings.maxNewTokens,
      streamer,
      stopper,
    ).then(
      () => {
        const ended = performance.now();
        this.calls += 1;
        this.lastCall = {
          promptTokens,
          completionTokens: tokens,
          timeToFirstTokenMs: firstTokenAt - started,
          prefillTokensPerSecond: promptTokens / Math.max(1e-3, (firstTokenAt - started) / 1000),
          decodeTokensPerSecond: Math.max(0, tokens - 1) / Math.max(1e-3, (ended - firstTokenAt) / 1000),
          totalMs: ended - started,
        };
        if (options.signal?.aborted) queue.fail(new EngineAbortError());
        else queue.end();
      },
      (error: unknown) => queue.fail(error),
    );
    try {
      yield* queue;
    } finally {
      options.signal?.removeEventListener('abort', interrupt);
      stopper.interrupt(); // a consumer that stops reading ends the generation too
      await generation;
    }
  }
}
