/**
 * The speech engine in-thread, on transformers.js's automatic-speech-recognition pipeline: runs in Node (CLI, tests,
 * bench) and inside the speech worker. Models come only from our own origin or folder, or the model store's copy.
 */
import type { AutomaticSpeechRecognitionPipeline } from '@huggingface/transformers';
import type { LoadProgress } from '../engine.js';
import { causeOf, EngineAbortError, EngineLoadError, EngineNotLoadedError, throwIfAborted } from '../errors.js';
import type { VerifiedModelFiles } from '../../model-store/verified-files.js';
import { loadProgressCallback, transformersFor } from '../transformers/environment.js';
import {
  maxTokensFor,
  SPEECH_SAMPLE_RATE,
  type SegmentText,
  type SpeechEngine,
  type SpeechSettings,
  type TranscribeOptions,
} from './shared.js';

export class TransformersSpeechEngine implements SpeechEngine {
  readonly label: string;
  private asr: AutomaticSpeechRecognitionPipeline | undefined;

  constructor(
    private readonly settings: SpeechSettings,
    private readonly files?: VerifiedModelFiles,
  ) {
    this.label = `Speech model (${settings.modelId}, ${settings.device})`;
  }

  async load(onProgress?: (progress: LoadProgress) => void): Promise<void> {
    const { modelId, device, dtype } = this.settings;
    if (this.files && !(await this.files.isComplete(modelId))) {
      throw new EngineLoadError(
        `The speech model (${modelId}) is not fully downloaded: download it in the Model view.`,
      );
    }
    const transformers = await transformersFor(this.settings, this.files);
    try {
      this.asr = await transformers.pipeline('automatic-speech-recognition', modelId, {
        device,
        dtype,
        progress_callback: loadProgressCallback(onProgress),
      });
    } catch (error) {
      throw new EngineLoadError(causeOf(error));
    }
    onProgress?.({ fraction: 1, text: 'Speech model ready' });
  }

  async transcribe(audio: Float32Array, options: TranscribeOptions = {}): Promise<SegmentText> {
    const asr = this.asr;
    if (!asr) throw new EngineNotLoadedError('The speech model is not loaded.');
    throwIfAborted(options.signal);
    const { TextStreamer, InterruptableStoppingCriteria } = await import('@huggingface/transformers');
    const stopper = new InterruptableStoppingCriteria();
    const interrupt = () => stopper.interrupt();
    options.signal?.addEventListener('abort', interrupt);
    let partial = '';
    const streamer = new TextStreamer(asr.tokenizer, {
      skip_prompt: true,
      skip_special_tokens: true,
      callback_function: (piece: string) => {
        if (options.signal?.aborted) return; // the model stops at its next token; nothing more is reported
        partial += piece;
        options.onPartial?.(partial.trim());
      },
    });
    const started = performance.now();
    try {
      const output = (await asr(audio, {
        max_new_tokens: maxTokensFor(audio.length / SPEECH_SAMPLE_RATE),
        streamer,
        stopping_criteria: [stopper],
      })) as { text: string };
      if (options.signal?.aborted) throw new EngineAbortError();
      return { text: output.text.trim(), ms: performance.now() - started };
    } finally {
      options.signal?.removeEventListener('abort', interrupt);
    }
  }

  async unload(): Promise<void> {
    await this.asr?.dispose();
    this.asr = undefined;
  }
}
