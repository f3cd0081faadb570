import { describe, expect, it } from 'vitest';
import {
  probeEngines,
  WEBLLM_MIN_LIMITS,
  type GpuAdapterLike,
  type ProbeInput,
  type WebLlmCandidate,
} from './probe.js';

const build = (
  modelId: string,
  quantization: string,
  contextWindow: number,
  vramMB: number,
  downloaded = true,
): WebLlmCandidate => ({
  modelId,
  quantization,
  contextWindow,
  vramMB,
  requiredFeatures: quantization === 'q4f16_1' ? ['shader-f16'] : [],
  downloaded,
});
const BUILDS = [
  build('phi-2-q4f16_1-MLC', 'q4f16_1', 2048, 3053.97),
  build('phi-2-q4f16_1-MLC-1k', 'q4f16_1', 1024, 2131.97),
  build('phi-2-q4f32_1-MLC', 'q4f32_1', 2048, 4032.48),
  build('phi-2-q4f32_1-MLC-1k', 'q4f32_1', 1024, 2740.48),
];
const adapter = (over: Partial<GpuAdapterLike> & { f16?: boolean } = {}): GpuAdapterLike => ({
  features: { has: (f) => f === 'shader-f16' && over.f16 === true },
  limits: { ...WEBLLM_MIN_LIMITS },
  ...over,
});
const input = (a: GpuAdapterLike | null, over: Partial<ProbeInput> = {}): ProbeInput => ({
  secureContext: true,
  gpu: { requestAdapter: async () => a },
  webllm: BUILDS,
  transformers: { modelId: 'tiny', downloaded: true },
  ...over,
});

describe('probeEngines', () => {
  it('shader-f16 → q4f16_1, the full-context build when memory allows', async () => {
    const r = await probeEngines(input(adapter({ f16: true }), { deviceMemoryGB: 8 }));
    expect(r.choice).toEqual({ engine: 'webllm', modelId: 'phi-2-q4f16_1-MLC', quantization: 'q4f16_1' });
    expect(r.order.map((o) => o.engine)).toEqual(['webllm', 'transformers', 'rules']);
    expect(r.reasons).toContain('GPU found with 16-bit shader support: using the 16-bit Phi-2 build (q4f16_1).');
  });

  it('no shader-f16 and 6 GB → the 1k q4f32_1 build, saying why', async () => {
    const r = await probeEngines(input(adapter(), { deviceMemoryGB: 6 }));
    expect(r.choice).toEqual({ engine: 'webllm', modelId: 'phi-2-q4f32_1-MLC-1k', quantization: 'q4f32_1' });
    expect(r.reasons.join(' ')).toMatch(/short-context build \(1024 tokens\)/);
  });

  it('the 2k build missing and the 1k one stored → the stored 1k build, saying why', async () => {
    const webllm = BUILDS.map((b) => (b.modelId === 'phi-2-q4f32_1-MLC' ? { ...b, downloaded: false } : b));
    const r = await probeEngines(input(adapter(), { webllm, deviceMemoryGB: 8 }));
    expect(r.choice).toEqual({ engine: 'webllm', modelId: 'phi-2-q4f32_1-MLC-1k', quantization: 'q4f32_1' });
    expect(r.reasons).toEqual([
      'GPU found, no 16-bit shader support: using the 32-bit Phi-2 build (q4f32_1).',
      'Phi-2 (phi-2-q4f32_1-MLC) is not downloaded: using the stored short-context build (1024 tokens) meanwhile.',
      'Using Phi-2 on the GPU (phi-2-q4f32_1-MLC-1k).',
    ]);
  });

  it('a stored build that does not fit memory is not chosen', async () => {
    const webllm = BUILDS.map((b) => (b.modelId === 'phi-2-q4f32_1-MLC-1k' ? { ...b, downloaded: false } : b));
    const r = await probeEngines(input(adapter(), { webllm, deviceMemoryGB: 6 }));
    expect(r.choice).toEqual({ engine: 'transformers', modelId: 'tiny' });
    expect(r.reasons.join(' ')).toMatch(/Phi-2 \(phi-2-q4f32_1-MLC-1k\) is not downloaded/);
  });

  it('too little memory even for the 1k build → refuses the GPU with the figures', async () => {
    const r = await probeEngines(input(adapter(), { deviceMemoryGB: 2 }));
    expect(r.choice).toEqual({ engine: 'transformers', modelId: 'tiny' });
    expect(r.reasons.join(' ')).toMatch(
      /Not enough memory for Phi-2: even the short-context build needs 2740 MB, this device can give about 1229 MB/,
    );
  });

  it('a fallback adapter is refused unless the test setting allows it', async () => {
    const soft = adapter({ info: { isFallbackAdapter: true } });
    const refused = await probeEngines(input(soft));
    expect(refused.choice.engine).toBe('transformers');
    expect(refused.reasons[0]).toMatch(/software stand-in \(fallback adapter\)/);
    const allowed = await probeEngines(input(soft, { allowFallbackAdapter: true }));
    expect(allowed.choice).toEqual({ engine: 'webllm', modelId: 'phi-2-q4f32_1-MLC', quantization: 'q4f32_1' });
  });

  it('limits below WebLLM minimums, no secure context, no WebGPU', async () => {
    const small = await probeEngines(
      input(adapter({ limits: { ...WEBLLM_MIN_LIMITS, maxStorageBuffersPerShaderStage: 8 } })),
    );
    expect(small.reasons[0]).toBe(
      'The GPU is too small for Phi-2 (maxStorageBuffersPerShaderStage is 8, it needs 10).',
    );
    expect((await probeEngines(input(adapter(), { secureContext: false }))).reasons[0]).toMatch(
      /not opened over HTTPS/,
    );
    expect((await probeEngines(input(null, { gpu: undefined }))).reasons[0]).toBe(
      'No WebGPU in this browser: the GPU cannot run Phi-2.',
    );
    expect((await probeEngines(input(null))).reasons[0]).toBe(
      'WebGPU is turned off or finds no GPU in this browser: the GPU cannot run Phi-2.',
    );
  });

  it('nothing downloaded → rules engine, with every reason', async () => {
    const r = await probeEngines(
      input(adapter(), {
        webllm: BUILDS.map((b) => ({ ...b, downloaded: false })),
        transformers: { modelId: 'tiny', downloaded: false },
      }),
    );
    expect(r.choice).toEqual({ engine: 'rules' });
    expect(r.reasons).toEqual([
      'GPU found, no 16-bit shader support: using the 32-bit Phi-2 build (q4f32_1).',
      'Phi-2 (phi-2-q4f32_1-MLC) is not downloaded: download it in the Model view to use the GPU.',
      'The small CPU model is not downloaded.',
      'Using the rules engine: it reads the standard phrases of a report, with no language model.',
    ]);
  });
});

describe('the build the probe recommends for this device', () => {
  it('shader-f16 and room → the full-context q4f16_1 build, whether or not it is downloaded', async () => {
    const webllm = BUILDS.map((b) => ({ ...b, downloaded: false }));
    const r = await probeEngines(input(adapter({ f16: true }), { webllm, deviceMemoryGB: 8 }));
    expect(r.recommendation).toEqual({
      kind: 'build',
      modelId: 'phi-2-q4f16_1-MLC',
      quantization: 'q4f16_1',
      contextWindow: 2048,
      vramMB: 3053.97,
    });
  });
  it('no shader-f16, 6 GB → the 1k q4f32_1 build', async () => {
    const r = await probeEngines(input(adapter(), { deviceMemoryGB: 6 }));
    expect(r.recommendation).toMatchObject({ kind: 'build', modelId: 'phi-2-q4f32_1-MLC-1k', contextWindow: 1024 });
  });
  it('says plainly when none fits, with the figures', async () => {
    const r = await probeEngines(input(adapter(), { deviceMemoryGB: 2 }));
    expect(r.recommendation).toEqual({
      kind: 'none-fits',
      reason: expect.stringMatching(/^Not enough memory for Phi-2: even the short-context build needs 2740 MB/),
    });
    const small = await probeEngines(input(adapter({ limits: { ...WEBLLM_MIN_LIMITS, maxBufferSize: 1 } })));
    expect(small.recommendation.kind).toBe('none-fits');
  });
  it('no adapter, or no WebGPU at all → no-webgpu (the Model view then shows how to start Chromium with it on)', async () => {
    expect((await probeEngines(input(null))).recommendation.kind).toBe('no-webgpu');
    expect((await probeEngines(input(null, { gpu: undefined }))).recommendation.kind).toBe('no-webgpu');
  });
});
