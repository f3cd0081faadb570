/**
 * Loads the stored speech model on the backend this device runs it fastest on: WASM where there is no hardware WebGPU
 * adapter; where there is one, both are measured once on the same probe audio (chooseSpeechBackend) and the choice is
 * remembered for that model and GPU. A remembered WebGPU that no longer loads falls back to WASM.
 */
import { chooseSpeechBackend, type ChoiceMemory, type SpeechDevice } from '../../../engines/speech/backend-choice.js';
import type { SpeechEngine } from '../../../engines/speech/shared.js';
import type { ModelLocation } from '../../../model-store/index.js';
import { storedSpeechEngine } from './dictation-session.js';

/** Three seconds of quiet noise (the same every time): a short utterance's encoder and a few decoding steps. */
function probeAudio(): Float32Array {
  let seed = 1;
  return Float32Array.from({ length: 3 * 16_000 }, () => {
    seed = (seed * 16807) % 2147483647;
    return (seed / 2147483647 - 0.5) * 0.02;
  });
}

/** The hardware WebGPU adapter's name, or undefined (no WebGPU, or only a software/fallback adapter). */
async function hardwareGpu(): Promise<string | undefined> {
  type Adapter = {
    isFallbackAdapter?: boolean;
    info?: { isFallbackAdapter?: boolean; vendor?: string; architecture?: string };
  };
  const gpu = (navigator as Navigator & { gpu?: { requestAdapter(o?: object): Promise<Adapter | null> } }).gpu;
  const adapter = await gpu?.requestAdapter({ powerPreference: 'high-performance' }).catch(() => null);
  if (!adapter || adapter.info?.isFallbackAdapter || adapter.isFallbackAdapter) return undefined;
  return [adapter.info?.vendor, adapter.info?.architecture].filter(Boolean).join(' ') || 'gpu';
}

const memory: ChoiceMemory = {
  get: (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null; // storage off: measure again
    }
  },
  set: (key, value) => {
    try {
      localStorage.setItem(key, value);
    } catch {
      // Only the remembered choice is lost: the next load measures again.
    }
  },
};

/** The stored speech model, loaded on the faster backend for this device. */
export async function loadSpeechEngine(
  location: ModelLocation,
  onProgress: (fraction: number) => void,
): Promise<SpeechEngine> {
  const gpu = await hardwareGpu();
  const loaded = new Map<SpeechDevice, SpeechEngine>();
  const load = async (device: SpeechDevice) => {
    const engine = storedSpeechEngine(location, device);
    loaded.set(device, engine);
    await engine.load((p) => onProgress(p.fraction));
    return engine;
  };
  const measure = async (device: SpeechDevice) => {
    const engine = await load(device);
    const audio = probeAudio();
    await engine.transcribe(audio.slice()); // the first run compiles WebGPU shaders: not what later runs cost
    return (await engine.transcribe(audio.slice())).ms;
  };
  const choice = await chooseSpeechBackend({
    key: `${location.manifest.id}|${gpu ?? ''}`,
    usableGpu: !!gpu,
    memory,
    measure,
  });
  for (const [device, engine] of loaded) if (device !== choice.device) void engine.unload().catch(() => undefined);
  const measured = loaded.get(choice.device);
  if (measured) return measured;
  if (choice.device === 'wasm') return load('wasm');
  return load('webgpu').catch(() => load('wasm'));
}
