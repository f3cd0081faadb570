import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { EngineLoadError, EngineNotLoadedError, isAbortError } from '../errors.js';
import { TransformersSpeechEngine } from './engine.js';
import { SPEECH_SAMPLE_RATE } from './shared.js';

const FIXTURE = fileURLToPath(new URL('../../../e2e/fixtures/tiny-moonshine/models/', import.meta.url));
const engine = () =>
  new TransformersSpeechEngine({ modelId: 'tiny-moonshine', localModelPath: FIXTURE, device: 'cpu', dtype: 'fp32' });
/** A seeded noise burst: any audio will do for a random-weight model. */
function audio(seconds: number, seed: number): Float32Array {
  let x = seed;
  return Float32Array.from(
    { length: Math.round(seconds * SPEECH_SAMPLE_RATE) },
    () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31 - 0.5) * 0.4,
  );
}

describe('TransformersSpeechEngine on the tiny Moonshine fixture', () => {
  it('loads with progress, transcribes with partial text that grows into the final text, and unloads', async () => {
    const speech = engine();
    const progress: number[] = [];
    await speech.load((p) => progress.push(p.fraction));
    expect(progress.at(-1)).toBe(1);
    const partials: string[] = [];
    const result = await speech.transcribe(audio(1.5, 7), { onPartial: (t) => partials.push(t) });
    expect(result.text.length).toBeGreaterThan(0);
    expect(partials.length).toBeGreaterThan(1);
    expect(partials.at(-1)).toBe(result.text);
    expect(result.text.startsWith(partials[0])).toBe(true);
    // The same audio gives the same words (greedy decoding): what the CLI and the app print is reproducible.
    expect((await speech.transcribe(audio(1.5, 7))).text).toBe(result.text);
    await speech.unload();
    await expect(speech.transcribe(audio(1, 7))).rejects.toBeInstanceOf(EngineNotLoadedError);
  });

  it('stops when aborted mid-utterance', async () => {
    const speech = engine();
    await speech.load();
    const whole: string[] = [];
    await speech.transcribe(audio(3, 9), { onPartial: (t) => whole.push(t) });
    expect(whole.length).toBeGreaterThan(3);
    const controller = new AbortController();
    const partials: string[] = [];
    const run = speech.transcribe(audio(3, 9), {
      signal: controller.signal,
      onPartial: (t) => (partials.push(t), partials.length === 2 && controller.abort()),
    });
    await expect(run).rejects.toSatisfy(isAbortError);
    expect(partials.length).toBe(2); // no token after the abort
    await speech.unload();
  });

  it('fails to load a model that is not there with an EngineLoadError', async () => {
    const missing = new TransformersSpeechEngine({
      modelId: 'no-such-model',
      localModelPath: FIXTURE,
      device: 'cpu',
      dtype: 'fp32',
    });
    await expect(missing.load()).rejects.toBeInstanceOf(EngineLoadError);
  });
});
