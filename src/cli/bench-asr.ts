/**
 * npm run --silent bench:asr [-- --model <speech model folder> … --runs 3 --browser]
 *
 * Dictation's cost, on espeak-ng speech (a 10 s utterance, then four short ones with pauses, at 48 kHz as a
 * microphone gives it). Per speech model (default: the tiny random-weight Moonshine fixture), on the CPU in Node:
 * load time; real-time factor; the pipeline's own cost per second of audio (resampling, VAD, worker round trip,
 * vocabulary correction: everything but the model), which must stay under 50 ms; and the time from the end of the
 * 10 s utterance to its final text, after a tap on stop and after silence (adding the VAD's pause). With --browser,
 * also each model in headless Chromium through the app's speech worker, on WASM and on WebGPU where Chromium offers an
 * adapter (bench-asr-browser.ts; here only SwiftShader, whose figures it marks as not a GPU's).
 */
import { MessageChannel } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { SpeechResampler } from '../engines/speech/audio.js';
import { SpeechWorkerEngine, type SpeechWorkerPort } from '../engines/speech/client.js';
import { SpeechHandler } from '../engines/speech/handler.js';
import { DictationPipeline, type SegmentTranscript } from '../engines/speech/pipeline.js';
import type { SpeechEngine, ToSpeechWorker } from '../engines/speech/shared.js';
import { VAD_OPTIONS } from '../engines/speech/vad.js';
import { decodeWav } from '../engines/speech/wav.js';
import { benchBrowser } from './bench-asr-browser.js';
import { median } from './bench-stats.js';
import { nodeSegmenter } from './speech-node.js';
import { spokenWav } from './spoken-wav.js';
import { loadSpeechFolder } from './transcribe.js';

const TINY = fileURLToPath(new URL('../../e2e/fixtures/tiny-moonshine/models/tiny-moonshine', import.meta.url));
const MIC_RATE = 48_000;
/** 128-sample blocks, as an AudioWorklet delivers the microphone. */
const BLOCK = 128;
const LONG =
  'Casualty is a male, gunshot wound to the left thigh, tourniquet applied high and tight at fourteen thirty two, bleeding controlled, pulse one hundred and ten, pressure ninety over sixty.';
const SHORT = [
  'Gave two grams of TXA.',
  'Needle decompression right chest.',
  'Hypothermia wrap on.',
  'Urgent surgical.',
];

/** The engine behind a MessageChannel, as the app reaches its worker: the round trip is part of what is measured. */
function overChannel(engine: SpeechEngine): { client: SpeechWorkerEngine; close: () => void } {
  const channel = new MessageChannel();
  const handler = new SpeechHandler(engine, (m) => channel.port2.postMessage(m));
  channel.port2.on('message', (m: ToSpeechWorker) => m.kind !== 'settings' && void handler.onMessage(m));
  const client = new SpeechWorkerEngine(
    { modelId: 'bench', localModelPath: '/', device: 'cpu', dtype: 'fp32' },
    () => channel.port1 as unknown as SpeechWorkerPort,
  );
  return { client, close: () => (channel.port1.close(), channel.port2.close()) };
}

/** Speech at the microphone's rate. */
function micAudio(): { samples: Float32Array; seconds: number } {
  const spoken = spokenWav([LONG, ...SHORT], [900, 700, 700, 700, 900]);
  const { rate, samples } = decodeWav(spoken.wav);
  const up = Float32Array.from(
    { length: Math.floor((samples.length * MIC_RATE) / rate) },
    (_, i) => samples[Math.floor((i * rate) / MIC_RATE)],
  );
  return { samples: up, seconds: up.length / MIC_RATE };
}

interface Run {
  totalMs: number;
  modelMs: number;
  segments: SegmentTranscript[];
  /** After the 10 s utterance alone: stop tapped at its last sample → its final text. */
  stopToTextMs: number;
}

async function run(engine: SpeechEngine, audio: Float32Array, timeStop = true): Promise<Run> {
  const { client, close } = overChannel(engine);
  const segments: SegmentTranscript[] = [];
  const pipeline = new DictationPipeline(client, (e) => e.kind === 'final' && segments.push(e.segment));
  const vad = await nodeSegmenter(pipeline.vadHandler);
  pipeline.attach(vad);
  const resampler = new SpeechResampler(MIC_RATE);
  const started = performance.now();
  for (let at = 0; at < audio.length; at += BLOCK) await pipeline.push(resampler.push(audio.subarray(at, at + BLOCK)));
  await pipeline.finish();
  const totalMs = performance.now() - started;
  await vad.release();
  if (!timeStop) return (close(), { totalMs, modelMs: 0, segments, stopToTextMs: 0 });

  // The 10 s utterance on its own, stop tapped as it ends: how long until its final text.
  const longOnly = new DictationPipeline(client, () => undefined);
  const vad2 = await nodeSegmenter(longOnly.vadHandler);
  longOnly.attach(vad2);
  const firstEnd = Math.round((segments[0].endMs / 1000) * MIC_RATE);
  const resampler2 = new SpeechResampler(MIC_RATE);
  for (let at = 0; at < firstEnd; at += BLOCK)
    await longOnly.push(resampler2.push(audio.subarray(at, Math.min(firstEnd, at + BLOCK))));
  const stopped = performance.now();
  await longOnly.finish();
  const stopToTextMs = performance.now() - stopped;
  await vad2.release();
  close();
  return { totalMs, modelMs: segments.reduce((s, x) => s + x.modelMs, 0), segments, stopToTextMs };
}

/** An engine that answers at once: with it, every millisecond spent is the pipeline's own. */
const NO_MODEL: SpeechEngine = {
  label: 'none',
  load: async () => undefined,
  unload: async () => undefined,
  transcribe: async () => ({ text: '', ms: 0 }),
};

/** The pipeline alone: wall time and this process's CPU time (which other processes' load does not inflate), ms. */
async function pipelineOnly(audio: Float32Array): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await run(NO_MODEL, audio, false);
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { model: { type: 'string', multiple: true }, runs: { type: 'string' }, browser: { type: 'boolean' } },
  });
  const models = values.model ?? [TINY];
  const runs = Math.max(1, Number(values.runs ?? 3));
  const { samples, seconds } = micAudio();
  process.stdout.write(
    `audio: ${seconds.toFixed(1)} s of espeak-ng speech at ${MIC_RATE} Hz (a ${LONG.split(' ').length}-word utterance, then ${SHORT.length} short ones)\n`,
  );
  const own: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) own.push(await pipelineOnly(samples));
  const pipelineCpu = median(own.map((o) => o.cpuMs / seconds));
  const pipeline = {
    pipeline:
      'resampling 48→16 kHz in 128-sample blocks, Silero VAD, worker round trip, vocabulary correction; no model',
    cpuMsPerAudioSecond: Number(pipelineCpu.toFixed(1)),
    wallMsPerAudioSecond: Number(median(own.map((o) => o.wallMs / seconds)).toFixed(1)),
    budgetMsPerAudioSecond: 50,
  };
  process.stdout.write(`${JSON.stringify(pipeline)}\n`);
  if (pipelineCpu >= 50)
    process.stderr.write(
      `bench:asr: the pipeline costs ${pipelineCpu.toFixed(1)} ms of CPU per second of audio, over the 50 ms budget\n`,
    );
  for (const folder of models) {
    const loadStarted = performance.now();
    const engine = await loadSpeechFolder(folder);
    const loadMs = performance.now() - loadStarted;
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await run(engine, samples));
    await engine.unload();
    const figures = {
      model: folder === TINY ? 'tiny-moonshine (random weights: the pipeline, not a real model)' : folder,
      backend: 'cpu (onnxruntime-node)',
      runs,
      utterances: results[0].segments.length,
      loadMs: Math.round(loadMs),
      rtf: Number(median(results.map((r) => r.totalMs / 1000 / seconds)).toFixed(4)),
      modelMsPerAudioSecond: Number(median(results.map((r) => r.modelMs / seconds)).toFixed(1)),
      stopToFinalTextMs: Math.round(median(results.map((r) => r.stopToTextMs))),
      silenceToFinalTextMs: Math.round(median(results.map((r) => r.stopToTextMs)) + VAD_OPTIONS.redemptionMs),
      longUtteranceSeconds: Number(((results[0].segments[0].endMs - results[0].segments[0].startMs) / 1000).toFixed(1)),
    };
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  }
  if (!values.browser) return;
  const utterance = speechAt16k(LONG);
  const labelled = models.map((folder) => ({
    folder,
    label: folder === TINY ? 'tiny-moonshine (random weights)' : folder,
  }));
  for (const figures of await benchBrowser(labelled, utterance.samples, utterance.seconds, runs))
    process.stdout.write(`${JSON.stringify(figures)}\n`);
}

/** One utterance of espeak-ng speech at the speech models' 16 kHz. */
function speechAt16k(text: string): { samples: Float32Array; seconds: number } {
  const { rate, samples } = decodeWav(spokenWav([text], []).wav);
  const length = Math.floor((samples.length * 16_000) / rate);
  const resampled = Float32Array.from({ length }, (_, i) => samples[Math.floor((i * rate) / 16_000)]);
  return { samples: resampled, seconds: length / 16_000 };
}

await main();
