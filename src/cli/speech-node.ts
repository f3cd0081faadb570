/**
 * The dictation pipeline's Node side, for the segments and transcribe commands and the ASR bench: WAV files read and
 * resampled like captured audio, the VAD on onnxruntime-node (what transformers.js itself uses in Node) with the
 * app's own model file and thresholds.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { toSpeechRate } from '../engines/speech/audio.js';
import { VAD_MODEL_FILE, VoiceSegmenter, type VadEvent, type VadRuntime } from '../engines/speech/vad.js';
import { decodeWav } from '../engines/speech/wav.js';

/** The Silero model file in node_modules, the one the build copies to /vad/ for the app. */
export const VAD_MODEL_PATH = createRequire(import.meta.url).resolve(`@ricky0123/vad-web/dist/${VAD_MODEL_FILE}`);

/** A WAV file's speech as the engine takes it (mono, 16 kHz); a SpeechInputError when it is not usable audio. */
export async function readSpeechWav(path: string): Promise<Float32Array> {
  const { rate, samples } = decodeWav(new Uint8Array(await readFile(path)), path);
  return toSpeechRate(samples, rate);
}

/** A VoiceSegmenter on onnxruntime-node. */
export async function nodeSegmenter(onEvent: (event: VadEvent) => void): Promise<VoiceSegmenter> {
  const ort = (await import('onnxruntime-node')) as unknown as VadRuntime;
  return VoiceSegmenter.create(ort, new Uint8Array(await readFile(VAD_MODEL_PATH)), onEvent);
}

/** Audio is pushed in 100 ms pieces, as capture delivers it, so the VAD sees what it sees in the app. */
export const PUSH_SAMPLES = 1600;

export function* pieces(samples: Float32Array): Generator<Float32Array> {
  for (let at = 0; at < samples.length; at += PUSH_SAMPLES) yield samples.subarray(at, at + PUSH_SAMPLES);
}
