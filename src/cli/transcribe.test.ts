import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { spokenWav } from './spoken-wav.js';
import { transcribeCommand, type TranscribeOutput } from './transcribe.js';

const TINY = fileURLToPath(new URL('../../e2e/fixtures/tiny-moonshine/models/tiny-moonshine', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'transcribe-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function transcribe(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await transcribeCommand(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('npm run transcribe', () => {
  it('prints the text, one entry per utterance the VAD found, and the real-time factor, through the tiny Moonshine model', async () => {
    const spoken = spokenWav(['Tourniquet applied to the left thigh.', 'Gave two grams of TXA.'], [1000, 600]);
    const wav = join(dir, 'two.wav');
    writeFileSync(wav, spoken.wav);
    const { code, stdout, stderr } = await transcribe('--model', TINY, wav);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as TranscribeOutput;
    expect(Object.keys(out)).toEqual(['text', 'segments', 'rtf']);
    expect(out.segments).toHaveLength(2);
    out.segments.forEach((s, i) => {
      expect(Math.abs(s.start_ms - spoken.spans[i].startMs)).toBeLessThan(250);
      expect(s.text.length).toBeGreaterThan(0); // random weights: words, not the phrase
    });
    expect(out.text).toBe(out.segments.map((s) => s.text).join(' '));
    expect(out.rtf).toBeGreaterThan(0);
  }, 90_000);

  it('refuses bad input or a model that is not there with exit 1, bad usage with exit 2', async () => {
    const notAudio = join(dir, 'note.wav');
    writeFileSync(notAudio, 'GSW left thigh');
    expect(await transcribe('--model', TINY, notAudio)).toMatchObject({
      code: 1,
      stdout: '',
      stderr: expect.stringMatching(/is not a WAV audio file/),
    });
    const wav = join(dir, 'one.wav');
    writeFileSync(wav, spokenWav(['Pulse one ten.'], [300]).wav);
    expect(await transcribe('--model', join(dir, 'no-model'), wav)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/did not load/),
    });
    expect((await transcribe(wav)).code).toBe(2);
    expect((await transcribe('--model', TINY)).code).toBe(2);
    expect((await transcribe('--model', TINY, '--dtype', 'int3', wav)).code).toBe(2);
  }, 90_000);
});
