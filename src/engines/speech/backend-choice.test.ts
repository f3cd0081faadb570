import { describe, expect, it } from 'vitest';
import { chooseSpeechBackend, type ChoiceMemory, type SpeechDevice } from './backend-choice.js';

function memory(): ChoiceMemory & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return { values, get: (k) => values.get(k) ?? null, set: (k, v) => void values.set(k, v) };
}
const timings = (ms: Record<SpeechDevice, number | Error>) => {
  const asked: SpeechDevice[] = [];
  const measure = async (d: SpeechDevice) => {
    asked.push(d);
    const t = ms[d];
    if (t instanceof Error) throw t;
    return t;
  };
  return { asked, measure };
};

describe('chooseSpeechBackend', () => {
  it('uses WASM and measures nothing where no usable GPU is found', async () => {
    const { asked, measure } = timings({ wasm: 100, webgpu: 10 });
    const choice = await chooseSpeechBackend({ key: 'm', usableGpu: false, memory: memory(), measure });
    expect(choice.device).toBe('wasm');
    expect(asked).toEqual([]);
  });

  it('measures both with a usable GPU and takes the faster, either way, remembering it', async () => {
    for (const [wasm, webgpu, winner] of [
      [300, 120, 'webgpu'],
      [90, 240, 'wasm'],
    ] as const) {
      const mem = memory();
      const { asked, measure } = timings({ wasm, webgpu });
      const choice = await chooseSpeechBackend({ key: 'moonshine|gpu', usableGpu: true, memory: mem, measure });
      expect(choice).toMatchObject({ device: winner, measured: { wasm, webgpu } });
      expect(choice.reason).toContain(`WebGPU ${webgpu} ms, WASM ${wasm} ms`);
      expect(asked.sort()).toEqual(['wasm', 'webgpu']);
      expect([...mem.values.values()]).toEqual([winner]);
    }
  });

  it('does not measure again once a choice is remembered for the same model and GPU', async () => {
    const mem = memory();
    await chooseSpeechBackend({
      key: 'k',
      usableGpu: true,
      memory: mem,
      measure: timings({ wasm: 50, webgpu: 5 }).measure,
    });
    const again = timings({ wasm: 1, webgpu: 500 });
    const choice = await chooseSpeechBackend({ key: 'k', usableGpu: true, memory: mem, measure: again.measure });
    expect(choice.device).toBe('webgpu');
    expect(again.asked).toEqual([]);
    const other = timings({ wasm: 1, webgpu: 500 });
    expect(
      (await chooseSpeechBackend({ key: 'other', usableGpu: true, memory: mem, measure: other.measure })).device,
    ).toBe('wasm');
    expect(other.asked.length).toBe(2);
  });

  it('falls back to WASM when WebGPU cannot run the model', async () => {
    const { measure } = timings({ wasm: 80, webgpu: new Error('no shader-f16') });
    const choice = await chooseSpeechBackend({ key: 'k', usableGpu: true, memory: memory(), measure });
    expect(choice).toMatchObject({ device: 'wasm', measured: { wasm: 80 } });
    expect(choice.reason).toMatch(/WebGPU could not run/);
  });
});
