/**
 * The speech-to-text engine's interface and its worker protocol, shared by the page (client), the worker and Node
 * (CLI, tests). Audio crosses as 16 kHz mono Float32Array samples, the rate every supported model is trained on.
 */
import type { LoadProgress } from '../engine.js';
import type { SerializedError } from '../errors.js';
import type { ModelLocation } from '../../model-store/tasks.js';

/** The one sample rate audio is handed to a speech engine at (capture and the CLIs resample to it first). */
export const SPEECH_SAMPLE_RATE = 16_000;

/** Settings of a speech engine. Plain data: it crosses postMessage. */
export interface SpeechSettings {
  /** Folder name of the model under `localModelPath`, e.g. "onnx-community/moonshine-base-ONNX". */
  modelId: string;
  /** Where model files are served by us: a URL path on our origin in the browser ("/models/"), a folder in Node. */
  localModelPath: string;
  /** "wasm" or "webgpu" in the browser; "cpu" (onnxruntime-node) in Node. */
  device: 'wasm' | 'webgpu' | 'cpu';
  /** Which ONNX files: "fp32" → onnx/encoder_model.onnx, "q8" → onnx/encoder_model_quantized.onnx (and the decoder's alike). */
  dtype: 'fp32' | 'q8' | 'q4';
  /** Where ONNX Runtime's .wasm/.mjs files are served by us (browser only). */
  wasmPaths?: string;
  /** Browser: the model as the model store keeps it; every file is then read from the store's verified copy. */
  stored?: ModelLocation;
}

/** What one transcribed segment gives back. */
export interface SegmentText {
  text: string;
  /** Time spent in the model, ms. */
  ms: number;
}

export interface TranscribeOptions {
  /** Aborting rejects with an EngineAbortError; the model stops at its next token. */
  signal?: AbortSignal | undefined;
  /** The text so far, each time a token is decoded. */
  onPartial?: ((text: string) => void) | undefined;
}

/** A speech-to-text engine: implemented in-thread (Node, the worker) and as a worker client (the page). */
export interface SpeechEngine {
  readonly label: string;
  load(onProgress?: (progress: LoadProgress) => void): Promise<void>;
  /** Transcribes one utterance of 16 kHz mono samples. */
  transcribe(audio: Float32Array, options?: TranscribeOptions): Promise<SegmentText>;
  unload(): Promise<void>;
}

/** Page → worker. The first message is `settings`; `abort` cancels the call with that id. */
export type ToSpeechWorker =
  | { kind: 'settings'; settings: SpeechSettings }
  | { kind: 'load'; id: number }
  | { kind: 'transcribe'; id: number; audio: Float32Array }
  | { kind: 'unload'; id: number }
  | { kind: 'abort'; id: number };

/** Worker → page. */
export type FromSpeechWorker =
  | { kind: 'progress'; id: number; payload: LoadProgress }
  | { kind: 'partial'; id: number; text: string }
  | { kind: 'return'; id: number; payload: SegmentText | undefined }
  | { kind: 'throw'; id: number; payload: SerializedError };

/** The largest number of new tokens for `seconds` of speech: Moonshine's own heuristic (6 a second), at least 8. */
export function maxTokensFor(seconds: number): number {
  return Math.max(8, Math.ceil(seconds * 6));
}
