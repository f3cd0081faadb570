/**
 * Audio as the speech engine and the VAD take it: mono, 16 kHz. Capture (the microphone's 44.1 or 48 kHz) and the
 * CLIs (WAV files) both go through vad-web's resampler, the one its own microphone path uses.
 */
import { Resampler } from '@ricky0123/vad-web/dist/resampler.js';
import { SPEECH_SAMPLE_RATE } from './shared.js';
import { VAD_FRAME_SAMPLES } from './vad.js';

/** Bad audio input, in words for the person who gave it. */
export class SpeechInputError extends Error {
  override name = 'SpeechInputError';
}

/** Streams samples at `rate` into 16 kHz frames of VAD_FRAME_SAMPLES; a rate under 16 kHz cannot carry speech well enough. */
export class SpeechResampler {
  private readonly resampler: Resampler | undefined;

  constructor(readonly rate: number) {
    if (!(rate >= SPEECH_SAMPLE_RATE))
      throw new SpeechInputError(
        `The audio is sampled at ${rate} Hz; speech recognition needs at least ${SPEECH_SAMPLE_RATE} Hz.`,
      );
    if (rate !== SPEECH_SAMPLE_RATE)
      this.resampler = new Resampler({
        nativeSampleRate: rate,
        targetSampleRate: SPEECH_SAMPLE_RATE,
        targetFrameSize: VAD_FRAME_SAMPLES,
      });
  }

  /** 16 kHz samples for `samples` (what is left over waits for the next call). */
  push(samples: Float32Array): Float32Array {
    if (!this.resampler) return samples;
    return concat(this.resampler.process(samples));
  }
}

/** The whole of `samples` at 16 kHz. */
export function toSpeechRate(samples: Float32Array, rate: number): Float32Array {
  return new SpeechResampler(rate).push(samples);
}

function concat(parts: readonly Float32Array[]): Float32Array {
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
