/**
 * Voice activity detection: Silero VAD v5 through @ricky0123/vad-web's model wrapper and frame processor, cutting
 * 16 kHz audio into utterances at pauses. The app (capture) and the CLIs (segments, transcribe) run this same code
 * with the same model file and the same thresholds; only the ONNX Runtime differs (onnxruntime-web in the browser,
 * onnxruntime-node in Node, as transformers.js does), so one is passed in.
 */
import {
  FrameProcessor,
  type FrameProcessorEvent,
  type FrameProcessorOptions,
} from '@ricky0123/vad-web/dist/frame-processor.js';
import { log } from '@ricky0123/vad-web/dist/logging.js';
import { Message } from '@ricky0123/vad-web/dist/messages.js';
import type { Model, OrtModule } from '@ricky0123/vad-web/dist/models/common.js';
import { Silero } from '@ricky0123/vad-web/dist/models/silero.js';
import { SPEECH_SAMPLE_RATE } from './shared.js';

// vad-web logs with console.log, which is the CLIs' JSON output: its chatter is dropped, its warnings go to stderr.
log.debug = () => undefined;
log.warn = (message: string) => console.warn(`VAD: ${message}`);
log.error = (message: string) => console.error(`VAD: ${message}`);

export { VAD_MODEL_FILE, VAD_MODEL_URL } from './vad-files.js';
/** Silero v5 reads 512 samples (32 ms) at a time at 16 kHz. */
export const VAD_FRAME_SAMPLES = 512;
const MS_PER_FRAME = (VAD_FRAME_SAMPLES / SPEECH_SAMPLE_RATE) * 1000;

/**
 * The thresholds, shared by every caller. A pause of `redemptionMs` ends an utterance: short enough that text appears
 * while the medic is still talking and that the last words land well inside 1.5 s of stopping, long enough that a
 * breath inside a sentence does not cut it.
 */
export const VAD_OPTIONS: FrameProcessorOptions = {
  positiveSpeechThreshold: 0.5,
  negativeSpeechThreshold: 0.35,
  redemptionMs: 480,
  preSpeechPadMs: 224,
  minSpeechMs: 160,
  submitUserSpeechOnPause: true,
};

/** One utterance: where the speech itself starts and ends (ms from the first sample pushed), and its audio with padding. */
export interface SpeechSegment {
  startMs: number;
  endMs: number;
  audio: Float32Array;
}

export type VadEvent =
  { kind: 'speech-start'; atMs: number } | { kind: 'segment'; segment: SpeechSegment } | { kind: 'misfire' };

/** The part of an ONNX Runtime module the Silero wrapper uses; onnxruntime-web and onnxruntime-node both have it. */
export type VadRuntime = Pick<OrtModule, 'InferenceSession' | 'Tensor'>;

/** Cuts a stream of 16 kHz samples into utterances. push() and end() may be called without waiting: they queue. */
export class VoiceSegmenter {
  private pending = new Float32Array(0);
  private frames = 0;
  private startFrame = 0;
  private lastSpeechFrame = 0;
  private queue: Promise<void> = Promise.resolve();

  private constructor(
    private readonly model: Model,
    private readonly processor: FrameProcessor,
    private readonly onEvent: (event: VadEvent) => void,
  ) {}

  /** Loads the Silero model from its bytes on `runtime`; events go to `onEvent` in order. */
  static async create(
    runtime: VadRuntime,
    modelBytes: ArrayBuffer | Uint8Array,
    onEvent: (event: VadEvent) => void,
  ): Promise<VoiceSegmenter> {
    const model = await Silero.new(runtime as OrtModule, async () => modelBytes as ArrayBuffer);
    const processor = new FrameProcessor(model.process, model.reset_state, VAD_OPTIONS, MS_PER_FRAME);
    processor.resume();
    return new VoiceSegmenter(model, processor, onEvent);
  }

  /** Adds samples; each whole 32 ms frame is run through the model. */
  push(samples: Float32Array): Promise<void> {
    return (this.queue = this.queue.then(() => this.run(samples)));
  }

  /** Ends the stream: the last partial frame is run (padded with silence) and speech in progress becomes an utterance. */
  end(): Promise<void> {
    return (this.queue = this.queue.then(async () => {
      if (this.pending.length > 0) await this.run(new Float32Array(VAD_FRAME_SAMPLES - this.pending.length));
      this.processor.endSegment((e) => this.handle(e));
    }));
  }

  async release(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.model.release();
  }

  private async run(samples: Float32Array): Promise<void> {
    const all = new Float32Array(this.pending.length + samples.length);
    all.set(this.pending);
    all.set(samples, this.pending.length);
    let at = 0;
    for (; at + VAD_FRAME_SAMPLES <= all.length; at += VAD_FRAME_SAMPLES) {
      await this.processor.process(all.slice(at, at + VAD_FRAME_SAMPLES), (e) => this.handle(e));
      this.frames += 1;
    }
    this.pending = all.slice(at);
  }

  private handle(event: FrameProcessorEvent): void {
    switch (event.msg) {
      case Message.FrameProcessed:
        if (event.probs.isSpeech >= VAD_OPTIONS.positiveSpeechThreshold) this.lastSpeechFrame = this.frames;
        return;
      case Message.SpeechStart:
        this.startFrame = this.frames;
        return this.onEvent({ kind: 'speech-start', atMs: this.startFrame * MS_PER_FRAME });
      case Message.SpeechEnd:
        return this.onEvent({
          kind: 'segment',
          segment: {
            startMs: Math.round(this.startFrame * MS_PER_FRAME),
            endMs: Math.round((this.lastSpeechFrame + 1) * MS_PER_FRAME),
            audio: event.audio,
          },
        });
      case Message.VADMisfire:
        return this.onEvent({ kind: 'misfire' });
      default:
        return;
    }
  }
}
