/**
 * WASM or WebGPU for the speech model, chosen by measurement on this device (#14: for small models WASM is often the
 * faster). Only where the probe finds a usable (hardware) GPU is WebGPU tried at all; then each backend transcribes the
 * same probe audio and the faster wins. The choice is remembered per model and GPU, so the measuring happens once.
 */

export type SpeechDevice = 'wasm' | 'webgpu';

export interface BackendChoice {
  device: SpeechDevice;
  /** Why, in a sentence (the figures when it was measured). */
  reason: string;
  /** ms per backend, when measured now. */
  measured?: Partial<Record<SpeechDevice, number>>;
}

export interface ChoiceMemory {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

export interface ChooseOptions {
  /** What the choice is for: the model id and the GPU (a new GPU or model measures again). */
  key: string;
  /** A hardware WebGPU adapter is there (never a fallback/software one). */
  usableGpu: boolean;
  memory: ChoiceMemory;
  /** ms this backend takes on the probe audio (model loaded and warm); rejects when the backend cannot run it. */
  measure: (device: SpeechDevice) => Promise<number>;
}

const MEMORY_PREFIX = 'tccc-scribe.speech-backend:';

/** Decides the speech backend; measures only when WebGPU is usable and nothing is remembered for `key`. */
export async function chooseSpeechBackend({ key, usableGpu, memory, measure }: ChooseOptions): Promise<BackendChoice> {
  if (!usableGpu) return { device: 'wasm', reason: 'No usable GPU: the speech model runs on the CPU (WASM).' };
  const remembered = memory.get(MEMORY_PREFIX + key);
  if (remembered === 'wasm' || remembered === 'webgpu')
    return {
      device: remembered,
      reason: `Measured earlier on this device: ${remembered === 'wasm' ? 'WASM' : 'WebGPU'} was faster.`,
    };
  const wasm = await measure('wasm');
  const webgpu = await measure('webgpu').catch(() => undefined);
  if (webgpu === undefined) {
    memory.set(MEMORY_PREFIX + key, 'wasm');
    return { device: 'wasm', reason: 'WebGPU could not run the speech model here: WASM.', measured: { wasm } };
  }
  const device: SpeechDevice = webgpu < wasm ? 'webgpu' : 'wasm';
  memory.set(MEMORY_PREFIX + key, device);
  return {
    device,
    reason: `Measured: WebGPU ${Math.round(webgpu)} ms, WASM ${Math.round(wasm)} ms on the same audio; ${device === 'webgpu' ? 'WebGPU' : 'WASM'} is used.`,
    measured: { wasm, webgpu },
  };
}
