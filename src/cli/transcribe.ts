/**
 * Transcribes a WAV file through the app's dictation pipeline (VAD, speech model, rules vocabulary), on the CPU:
 *   npm run --silent transcribe -- --model <model folder> <file.wav>
 *   → {"text":…,"segments":[{"start_ms":…,"end_ms":…,"text":…}],"rtf":…}
 * `--model` is a transformers.js speech model folder (e.g. .kiosk/models/onnx-community/moonshine-base-ONNX/resolve/main
 * after model:mirror); `--dtype` picks its ONNX files (default: fp32 when onnx/encoder_model.onnx is there, else q8).
 * rtf is the whole pipeline's time over the audio's length. Exit status: 0 printed, 1 bad input or model, 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { TransformersSpeechEngine } from '../engines/speech/engine.js';
import { DictationPipeline, type SegmentTranscript } from '../engines/speech/pipeline.js';
import { SPEECH_SAMPLE_RATE, type SpeechSettings } from '../engines/speech/shared.js';
import { inputProblem, type CommandIo } from './segments.js';
import { nodeSegmenter, pieces, readSpeechWav } from './speech-node.js';

const USAGE = 'usage: npm run --silent transcribe -- --model <model folder> [--dtype fp32|q8|q4] <file.wav>';

export interface TranscribeOutput {
  text: string;
  segments: { start_ms: number; end_ms: number; text: string }[];
  rtf: number;
}

/** A loaded speech engine for a model folder. */
export async function loadSpeechFolder(
  folder: string,
  dtype?: SpeechSettings['dtype'],
): Promise<TransformersSpeechEngine> {
  const dir = resolve(folder);
  const chosen = dtype ?? (existsSync(join(dir, 'onnx', 'encoder_model.onnx')) ? 'fp32' : 'q8');
  const engine = new TransformersSpeechEngine({
    modelId: basename(dir),
    localModelPath: `${dirname(dir)}/`,
    device: 'cpu',
    dtype: chosen,
  });
  await engine.load();
  return engine;
}

/** Every utterance of 16 kHz `samples`, transcribed in order as the app does it. */
export async function transcribeSamples(
  engine: TransformersSpeechEngine,
  samples: Float32Array,
): Promise<{ segments: SegmentTranscript[]; ms: number }> {
  const started = performance.now();
  const segments: SegmentTranscript[] = [];
  let failure: { error: unknown } | undefined;
  const pipeline = new DictationPipeline(engine, (e) => {
    if (e.kind === 'final') segments.push(e.segment);
    if (e.kind === 'error') failure ??= { error: e.error };
  });
  const vad = await nodeSegmenter(pipeline.vadHandler);
  pipeline.attach(vad);
  for (const piece of pieces(samples)) await pipeline.push(piece);
  await pipeline.finish();
  await vad.release();
  if (failure) throw failure.error;
  return { segments, ms: performance.now() - started };
}

export async function transcribeCommand(args: string[], io: CommandIo): Promise<number> {
  let values: { model?: string | undefined; dtype?: string | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      options: { model: { type: 'string' }, dtype: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    }));
  } catch (e) {
    io.err(`transcribe: ${(e as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const dtype = values.dtype;
  if (!values.model || positionals.length !== 1 || (dtype !== undefined && !['fp32', 'q8', 'q4'].includes(dtype))) {
    io.err(
      `transcribe: ${!values.model ? 'missing --model' : positionals.length !== 1 ? 'give exactly one WAV file' : `unknown --dtype "${dtype}"`}\n${USAGE}\n`,
    );
    return 2;
  }
  let samples: Float32Array;
  try {
    samples = await readSpeechWav(positionals[0]);
  } catch (error) {
    io.err(`transcribe: ${inputProblem(error) ?? String(error)}\n`);
    return 1;
  }
  let engine: TransformersSpeechEngine;
  try {
    engine = await loadSpeechFolder(values.model, dtype as SpeechSettings['dtype'] | undefined);
  } catch (error) {
    io.err(`transcribe: the speech model in ${values.model} did not load: ${(error as Error).message}\n`);
    return 1;
  }
  const started = performance.now();
  const { segments } = await transcribeSamples(engine, samples);
  const ms = performance.now() - started;
  await engine.unload();
  const output: TranscribeOutput = {
    text: segments
      .map((s) => s.text)
      .filter(Boolean)
      .join(' '),
    segments: segments.map((s) => ({ start_ms: s.startMs, end_ms: s.endMs, text: s.text })),
    rtf: Number((ms / 1000 / (samples.length / SPEECH_SAMPLE_RATE)).toFixed(4)),
  };
  io.out(`${JSON.stringify(output)}\n`);
  return 0;
}

const stdio: CommandIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await transcribeCommand(process.argv.slice(2), stdio);
