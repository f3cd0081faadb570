/**
 * One dictation on the page: the microphone (with a live level), its audio resampled to 16 kHz, the VAD and the
 * speech model (in its worker) through the DictationPipeline, until stop. Everything a medic must act on (no speech
 * model, microphone refused or missing) is a DictationProblem with the words to show.
 */
import { SpeechResampler } from '../../../engines/speech/audio.js';
import { SpeechWorkerEngine } from '../../../engines/speech/client.js';
import { DictationPipeline, type DictationEvent } from '../../../engines/speech/pipeline.js';
import type { SpeechEngine } from '../../../engines/speech/shared.js';
import { VAD_MODEL_URL, VoiceSegmenter, type VadRuntime } from '../../../engines/speech/vad.js';
import { ORT_WASM_FILES } from '../../../engine-runtime/ort-files.js';
import { BROWSER_DEFAULTS } from '../../../engines/transformers/shared.js';
import { storedModel } from '../../../model-store/catalog.js';
import { isSpeechModel } from '../../../model-store/manifest.js';
import type { ModelLocation } from '../../../model-store/tasks.js';
import { loadModelCatalog } from '../../../app/model-catalog.js';
import { DictationRecorder, type DictationAudio } from './dictation-recorder.js';
import { DictationProblem, PROBLEM_TEXT } from './dictation-problem.js';

/** The first stored speech model, the catalog's order deciding (the default model is listed first). */
export async function storedSpeechModel(): Promise<ModelLocation | undefined> {
  const { locations } = await loadModelCatalog();
  for (const location of locations.filter((l) => isSpeechModel(l.manifest))) {
    if (
      await storedModel(location).then(
        (s) => s.complete,
        () => false,
      )
    )
      return location;
  }
  return undefined;
}

/** The speech engine for a stored model on `device`: its worker reads only the store's verified copy. */
export function storedSpeechEngine(location: ModelLocation, device: 'wasm' | 'webgpu' = 'wasm'): SpeechEngine {
  return new SpeechWorkerEngine({
    modelId: location.manifest.id,
    localModelPath: BROWSER_DEFAULTS.localModelPath,
    wasmPaths: BROWSER_DEFAULTS.wasmPaths,
    device,
    dtype: location.manifest.variant.dtype === 'fp32' ? 'fp32' : 'q8',
    stored: { manifest: location.manifest, modelUrl: location.modelUrl },
  });
}

/** The microphone, or the DictationProblem that says why not. */
async function openMicrophone(): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia)
    throw new DictationProblem(
      'mic-failed',
      'This browser gives no microphone here: open the app over the kiosk’s https address.',
    );
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
    });
  } catch (error) {
    const name = (error as DOMException).name;
    if (name === 'NotAllowedError' || name === 'SecurityError')
      throw new DictationProblem('mic-refused', PROBLEM_TEXT['mic-refused']);
    if (name === 'NotFoundError' || name === 'OverconstrainedError')
      throw new DictationProblem('no-mic', PROBLEM_TEXT['no-mic']);
    throw new DictationProblem(
      'mic-failed',
      `The microphone did not start (${(error as Error).message}). Tap Dictate to try again.`,
    );
  }
}

/** onnxruntime-web for the VAD: the same copy and the same /ort/<version>/ files transformers.js uses. */
async function vadRuntime(): Promise<VadRuntime> {
  const ort = await import('onnxruntime-web');
  ort.env.wasm.wasmPaths = {
    mjs: BROWSER_DEFAULTS.wasmPaths + ORT_WASM_FILES.mjs,
    wasm: BROWSER_DEFAULTS.wasmPaths + ORT_WASM_FILES.wasm,
  };
  ort.env.wasm.numThreads = 1;
  return ort;
}

/** A running dictation: stop() ends it after the last utterance has its text. */
export class DictationSession {
  private constructor(
    private readonly stream: MediaStream,
    private readonly context: AudioContext,
    private readonly pipeline: DictationPipeline,
    private readonly segmenter: VoiceSegmenter,
    private readonly analyser: AnalyserNode,
    private readonly pump: { drain(): Promise<void> },
    private readonly stopPump: () => void,
    private readonly recorder: DictationRecorder | undefined,
  ) {}

  /** Opens the microphone and starts listening; `engine` must be loaded. */
  static async start(engine: SpeechEngine, onEvent: (event: DictationEvent) => void): Promise<DictationSession> {
    const stream = await openMicrophone();
    try {
      const [runtime, model] = await Promise.all([
        vadRuntime(),
        fetch(VAD_MODEL_URL).then((r) =>
          r.ok ? r.arrayBuffer() : Promise.reject(new Error(`${VAD_MODEL_URL}: ${r.status}`)),
        ),
      ]);
      const pipeline = new DictationPipeline(engine, onEvent);
      const segmenter = await VoiceSegmenter.create(runtime, model, pipeline.vadHandler);
      pipeline.attach(segmenter);
      const context = new AudioContext();
      const source = context.createMediaStreamSource(stream);
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      source.connect(analyser);
      const resampler = new SpeechResampler(context.sampleRate);
      // A ScriptProcessor hands over every sample in order with no module file to serve (an AudioWorklet would need
      // one); it must reach the destination to run, through a muted gain.
      const tap = context.createScriptProcessor(2048, 1, 1);
      const mute = context.createGain();
      mute.gain.value = 0;
      source.connect(tap).connect(mute).connect(context.destination);
      let pushed: Promise<void> = Promise.resolve();
      tap.onaudioprocess = (event) => {
        const samples = resampler.push(event.inputBuffer.getChannelData(0).slice());
        pushed = pushed.then(() => pipeline.push(samples));
      };
      const pump = { drain: () => pushed };
      const stopPump = () => {
        tap.onaudioprocess = null;
        source.disconnect();
      };
      const recorder = DictationRecorder.start(stream);
      return new DictationSession(stream, context, pipeline, segmenter, analyser, pump, stopPump, recorder);
    } catch (error) {
      stream.getTracks().forEach((t) => t.stop());
      throw new DictationProblem('engine-failed', `Dictation did not start: ${(error as Error).message}`);
    }
  }

  /** The input level now, 0..1 (RMS, scaled so speech fills most of the meter). */
  level(): number {
    const data = new Float32Array(this.analyser.fftSize);
    this.analyser.getFloatTimeDomainData(data);
    const rms = Math.sqrt(data.reduce((s, x) => s + x * x, 0) / data.length);
    return Math.min(1, rms * 8);
  }

  /** Stops listening; resolves once the last utterance has its final text, with the dictation's recording. */
  async stop(): Promise<DictationAudio | undefined> {
    this.stopPump();
    const recording = this.recorder?.stop();
    await this.pump.drain();
    const audio = await recording;
    this.stream.getTracks().forEach((t) => t.stop());
    await this.context.close();
    await this.pipeline.finish();
    await this.segmenter.release();
    return audio;
  }
}
