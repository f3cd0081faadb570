/**
 * The capability probe: which engine this device should run, and why, in words a medic understands.
 * Order: Phi-2 on WebGPU (q4f16_1 with shader-f16, else q4f32_1; the 1k-context build on small devices),
 * then the small CPU model (transformers.js) if downloaded, then the rules engine.
 */

/** A Phi-2 build the model store knows about (facts from its manifest, plus whether it is stored and verified). */
export interface WebLlmCandidate {
  modelId: string;
  quantization: string;
  contextWindow: number;
  vramMB: number;
  requiredFeatures: string[];
  downloaded: boolean;
}

/** The part of WebGPU the probe reads (TypeScript's DOM lib has no WebGPU types). */
export interface GpuAdapterLike {
  features: { has(feature: string): boolean };
  limits: Record<keyof typeof WEBLLM_MIN_LIMITS, number>;
  /** Older Chromium puts the flag here, newer on `info`. */
  isFallbackAdapter?: boolean;
  info?: { isFallbackAdapter?: boolean };
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: 'high-performance' | 'low-power' }): Promise<GpuAdapterLike | null>;
}

export interface ProbeInput {
  secureContext: boolean;
  /** navigator.gpu, or undefined where the browser has no WebGPU. */
  gpu: GpuLike | undefined;
  /** navigator.deviceMemory in GB (Chromium caps it at 8), if the browser tells. */
  deviceMemoryGB?: number | undefined;
  /** Tests only: accept a software (fallback) adapter such as SwiftShader. Production leaves this off. */
  allowFallbackAdapter?: boolean;
  webllm: WebLlmCandidate[];
  /** The transformers.js model, if the app has one configured. */
  transformers?: { modelId: string; downloaded: boolean } | undefined;
}

export type EngineChoice =
  | { engine: 'webllm'; modelId: string; quantization: string }
  | { engine: 'transformers'; modelId: string }
  | { engine: 'rules' };

/** The Phi-2 build this device should hold, from what the probe measured (shader-f16, memory); for the Model view. */
type BuildRecommendation =
  | { kind: 'build'; modelId: string; quantization: string; contextWindow: number; vramMB: number }
  /** WebGPU works, but no Phi-2 build suits this GPU (too small, software-only, too little memory, none set up). */
  | { kind: 'none-fits'; reason: string }
  /** No WebGPU adapter (turned off, or the page is not a secure context): Chromium needs starting with it on. */
  | { kind: 'no-webgpu'; reason: string };

export interface ProbeResult {
  /** The best engine this device can run now. */
  choice: EngineChoice;
  /** The build to download for the GPU, or why there is none. */
  recommendation: BuildRecommendation;
  /** Every engine worth trying, best first, ending with the rules engine (for falling back on failure). */
  order: EngineChoice[];
  /** Each decision, in order, as a sentence for the Model view. */
  reasons: string[];
}

/** WebLLM's own minimum adapter limits (web-llm 0.2.86 detectGPUDevice, after its fallbacks). */
export const WEBLLM_MIN_LIMITS = {
  maxBufferSize: 256 * 2 ** 20,
  maxStorageBufferBindingSize: 128 * 2 ** 20,
  maxComputeWorkgroupStorageSize: 32 * 2 ** 10,
  maxStorageBuffersPerShaderStage: 10,
} as const;

/** Share of device memory a model may take (the GPU shares memory with the browser on tablets and the Jetson). */
const MEMORY_SHARE = 0.6;

/** Decides the engine for this device. Never throws; a failed GPU query counts as "no GPU". */
export async function probeEngines(input: ProbeInput): Promise<ProbeResult> {
  const reasons: string[] = [];
  const order: EngineChoice[] = [];
  const found: { recommendation?: BuildRecommendation } = {};
  const gpuChoice = await probeGpu(input, reasons, found);
  if (gpuChoice) order.push(gpuChoice);
  if (input.transformers?.downloaded) {
    order.push({ engine: 'transformers', modelId: input.transformers.modelId });
    if (!gpuChoice) reasons.push('Using the small CPU model: slower, but it runs on any device.');
  } else if (!gpuChoice) {
    reasons.push(input.transformers ? 'The small CPU model is not downloaded.' : 'No small CPU model is set up.');
  }
  order.push({ engine: 'rules' });
  if (order.length === 1)
    reasons.push('Using the rules engine: it reads the standard phrases of a report, with no language model.');
  // probeGpu records a recommendation on every path; the fallback only satisfies the type.
  const recommendation = found.recommendation ?? { kind: 'no-webgpu', reason: reasons[0] ?? '' };
  return { choice: order[0] ?? { engine: 'rules' }, order, reasons, recommendation };
}

/** The Phi-2 build to run on this GPU, or undefined with the reason added. */
async function probeGpu(
  input: ProbeInput,
  reasons: string[],
  found: { recommendation?: BuildRecommendation },
): Promise<EngineChoice | undefined> {
  const noWebGpu = (reason: string): undefined => {
    reasons.push(reason);
    found.recommendation = { kind: 'no-webgpu', reason };
    return undefined;
  };
  const noneFits = (reason: string): undefined => {
    reasons.push(reason);
    found.recommendation = { kind: 'none-fits', reason };
    return undefined;
  };
  if (!input.secureContext)
    return noWebGpu('This page is not opened over HTTPS (or on this device itself), so the browser hides the GPU.');
  if (!input.gpu) return noWebGpu('No WebGPU in this browser: the GPU cannot run Phi-2.');
  let adapter: GpuAdapterLike | null = null;
  try {
    adapter = await input.gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch {
    adapter = null;
  }
  if (!adapter) return noWebGpu('WebGPU is turned off or finds no GPU in this browser: the GPU cannot run Phi-2.');
  const isFallback = adapter.isFallbackAdapter ?? adapter.info?.isFallbackAdapter ?? false;
  if (isFallback && !input.allowFallbackAdapter) {
    return noneFits('The only GPU is a software stand-in (fallback adapter): far too slow for Phi-2.');
  }
  if (isFallback) reasons.push('Software GPU (fallback adapter) allowed by the test setting.');
  for (const [limit, minimum] of Object.entries(WEBLLM_MIN_LIMITS)) {
    const value = adapter.limits[limit as keyof typeof WEBLLM_MIN_LIMITS];
    if (value < minimum) return noneFits(`The GPU is too small for Phi-2 (${limit} is ${value}, it needs ${minimum}).`);
  }
  const f16 = adapter.features.has('shader-f16');
  const quantization = f16 ? 'q4f16_1' : 'q4f32_1';
  reasons.push(
    f16
      ? 'GPU found with 16-bit shader support: using the 16-bit Phi-2 build (q4f16_1).'
      : 'GPU found, no 16-bit shader support: using the 32-bit Phi-2 build (q4f32_1).',
  );
  const builds = input.webllm
    .filter((c) => c.quantization === quantization && c.requiredFeatures.every((f) => adapter.features.has(f)))
    .sort((a, b) => b.contextWindow - a.contextWindow);
  if (builds.length === 0) return noneFits(`No ${quantization} Phi-2 build is set up.`);
  const budgetMB = input.deviceMemoryGB !== undefined ? input.deviceMemoryGB * 1024 * MEMORY_SHARE : Infinity;
  const fitting = builds.filter((b) => b.vramMB <= budgetMB);
  const best = fitting[0];
  if (!best) {
    const smallest = builds.at(-1)!;
    return noneFits(
      `Not enough memory for Phi-2: even the short-context build needs ${Math.round(smallest.vramMB)} MB, this device can give about ${Math.round(budgetMB)} MB.`,
    );
  }
  found.recommendation = {
    kind: 'build',
    modelId: best.modelId,
    quantization,
    contextWindow: best.contextWindow,
    vramMB: best.vramMB,
  };
  if (best !== builds[0])
    reasons.push(
      `Memory is tight (${input.deviceMemoryGB} GB): using the short-context build (${best.contextWindow} tokens).`,
    );
  // Every build that fits is weighed: a stored shorter-context build beats a longer one still to download.
  const build = fitting.find((b) => b.downloaded);
  if (!build)
    return void reasons.push(
      `Phi-2 (${best.modelId}) is not downloaded: download it in the Model view to use the GPU.`,
    );
  if (build !== best)
    reasons.push(
      `Phi-2 (${best.modelId}) is not downloaded: using the stored short-context build (${build.contextWindow} tokens) meanwhile.`,
    );
  reasons.push(`Using Phi-2 on the GPU (${build.modelId}).`);
  return { engine: 'webllm', modelId: build.modelId, quantization };
}

/** The manifest facts the probe needs (model-config/*.json, validated by the model store). */
export interface ManifestFacts {
  id: string;
  engine: string;
  variant: { quantization: string; contextWindow: number; vramMB: number; requiredFeatures: string[] };
}

/** A probe candidate from a WebLLM manifest and whether the model store holds it verified. */
export function webllmCandidate(manifest: ManifestFacts, downloaded: boolean): WebLlmCandidate {
  const { quantization, contextWindow, vramMB, requiredFeatures } = manifest.variant;
  return { modelId: manifest.id, quantization, contextWindow, vramMB, requiredFeatures, downloaded };
}

/** The probe input a browser page or worker sees. */
export function browserProbeInput(
  rest: Pick<ProbeInput, 'webllm' | 'transformers' | 'allowFallbackAdapter'>,
): ProbeInput {
  const nav = navigator as Navigator & { gpu?: GpuLike; deviceMemory?: number };
  return { secureContext: globalThis.isSecureContext, gpu: nav.gpu, deviceMemoryGB: nav.deviceMemory, ...rest };
}
