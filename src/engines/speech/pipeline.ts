/**
 * Dictation, the same in the app and the CLIs: 16 kHz samples go through the VAD; each utterance is transcribed as
 * soon as the VAD ends it (one at a time, in order) and its text corrected with the rules vocabulary.
 */
import { correctTranscript } from '../../tccc/rules/transcript.js';
import type { SpeechEngine } from './shared.js';
import { SPEECH_SAMPLE_RATE } from './shared.js';
import type { SpeechSegment, VadEvent, VoiceSegmenter } from './vad.js';

/** One transcribed utterance. */
export interface SegmentTranscript {
  startMs: number;
  endMs: number;
  /** The corrected text, as it goes into the draft. */
  text: string;
  /** What the model wrote, before correction. */
  raw: string;
  /** Time in the model, ms. */
  modelMs: number;
  /** When the VAD ended the utterance and when its final text was ready (performance.now()). */
  endedAt: number;
  finishedAt: number;
}

export type DictationEvent =
  | { kind: 'speech-start'; atMs: number }
  | { kind: 'partial'; startMs: number; text: string }
  | { kind: 'final'; segment: SegmentTranscript }
  | { kind: 'error'; error: unknown };

export class DictationPipeline {
  private segmenter: VoiceSegmenter | undefined;
  private transcribing: Promise<void> = Promise.resolve();
  private readonly controller = new AbortController();
  private samples = 0;

  constructor(
    private readonly engine: SpeechEngine,
    private readonly onEvent: (event: DictationEvent) => void,
  ) {}

  /** The VAD event handler to create the segmenter with (VoiceSegmenter.create(runtime, model, pipeline.vadHandler)). */
  readonly vadHandler = (event: VadEvent): void => {
    if (event.kind === 'speech-start') this.onEvent(event);
    else if (event.kind === 'segment') this.enqueue(event.segment);
  };

  attach(segmenter: VoiceSegmenter): this {
    this.segmenter = segmenter;
    return this;
  }

  /** Seconds of audio pushed so far. */
  get seconds(): number {
    return this.samples / SPEECH_SAMPLE_RATE;
  }

  push(samples16k: Float32Array): Promise<void> {
    this.samples += samples16k.length;
    return this.vad().push(samples16k);
  }

  /** The medic stopped: speech in progress becomes the last utterance; resolves once every utterance has its text. */
  async finish(): Promise<void> {
    await this.vad().end();
    await this.transcribing;
  }

  /** Stops at once: no more text, the model is interrupted. */
  cancel(): void {
    this.controller.abort();
  }

  private vad(): VoiceSegmenter {
    if (!this.segmenter) throw new Error('DictationPipeline: attach a VoiceSegmenter first');
    return this.segmenter;
  }

  private enqueue(segment: SpeechSegment): void {
    const endedAt = performance.now();
    this.transcribing = this.transcribing.then(async () => {
      if (this.controller.signal.aborted) return;
      try {
        const onPartial = (text: string) =>
          this.onEvent({ kind: 'partial', startMs: segment.startMs, text: correctTranscript(text) });
        const result = await this.engine.transcribe(segment.audio, { signal: this.controller.signal, onPartial });
        const text = correctTranscript(result.text);
        this.onEvent({
          kind: 'final',
          segment: {
            startMs: segment.startMs,
            endMs: segment.endMs,
            text,
            raw: result.text,
            modelMs: result.ms,
            endedAt,
            finishedAt: performance.now(),
          },
        });
      } catch (error) {
        if (!this.controller.signal.aborted) this.onEvent({ kind: 'error', error });
      }
    });
  }
}
