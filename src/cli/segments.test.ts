import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { segmentsCommand } from './segments.js';
import { encodeWav, spokenWav } from './spoken-wav.js';

const dir = mkdtempSync(join(tmpdir(), 'segments-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The command in-process: its exit status and what it wrote. */
async function segments(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await segmentsCommand(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

function file(name: string, bytes: Uint8Array | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { start_ms: number; end_ms: number });

describe('npm run segments', () => {
  const spoken = spokenWav(
    [
      'Tourniquet applied to the left thigh.',
      'Pulse one hundred and ten, pressure ninety over sixty.',
      'Gave two grams of TXA.',
    ],
    [1200, 1000, 800],
  );

  it('cuts espeak-ng speech with known pauses into one segment per phrase, each boundary within 250 ms', async () => {
    const { code, stdout, stderr } = await segments(file('three.wav', spoken.wav));
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const found = lines(stdout);
    expect(found).toHaveLength(3);
    found.forEach((s, i) => {
      expect(Math.abs(s.start_ms - spoken.spans[i].startMs)).toBeLessThan(250);
      expect(Math.abs(s.end_ms - spoken.spans[i].endMs)).toBeLessThan(250);
    });
  }, 60_000);

  it('finds the same segments in the same speech resampled to 48 kHz, as a microphone records it', async () => {
    const { samples } = await import('../engines/speech/wav.js').then((m) => m.decodeWav(spoken.wav));
    const up = Float32Array.from(
      { length: Math.floor((samples.length * 48000) / spoken.rate) },
      (_, i) => samples[Math.floor((i * spoken.rate) / 48000)],
    );
    const found = lines((await segments(file('three-48k.wav', encodeWav([up], 48000)))).stdout);
    expect(found).toHaveLength(3);
    found.forEach((s, i) => expect(Math.abs(s.start_ms - spoken.spans[i].startMs)).toBeLessThan(250));
  }, 60_000);

  it('prints nothing for silence', async () => {
    expect(await segments(file('silence.wav', encodeWav([new Float32Array(16000)], 16000)))).toEqual({
      code: 0,
      stdout: '',
      stderr: '',
    });
  }, 60_000);

  it('refuses bad input with a clear reason and exit 1, and bad usage with exit 2', async () => {
    const cases: [string, Uint8Array | string, RegExp][] = [
      ['notes.wav', 'GSW left thigh, TQ applied', /notes\.wav is not a WAV audio file/],
      ['empty.wav', '', /empty\.wav is empty/],
      [
        'phone.wav',
        encodeWav([new Float32Array(8000)], 8000),
        /sampled at 8000 Hz; speech recognition needs at least 16000 Hz/,
      ],
      ['header-only.wav', encodeWav([], 16000), /has no audio in it/],
    ];
    for (const [name, bytes, reason] of cases) {
      const { code, stdout, stderr } = await segments(file(name, bytes));
      expect({ name, code, stdout }).toEqual({ name, code: 1, stdout: '' });
      expect(stderr).toMatch(reason);
    }
    expect(await segments(join(dir, 'missing.wav'))).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/missing\.wav: no such file/),
    });
    expect((await segments()).code).toBe(2);
    expect((await segments('a.wav', 'b.wav')).code).toBe(2);
  });

  it('runs as `npm run --silent segments -- <file>`: JSON lines on stdout, exit 1 on bad input', async () => {
    const run = async (path: string) => {
      try {
        return {
          code: 0,
          ...(await promisify(execFile)('npm', ['run', '--silent', 'segments', '--', path], { timeout: 120_000 })),
        };
      } catch (e) {
        return e as { code: number; stdout: string; stderr: string };
      }
    };
    const ok = await run(file('cli.wav', spoken.wav));
    expect(ok.code).toBe(0);
    expect(lines(ok.stdout)).toHaveLength(3);
    const bad = await run(file('cli-bad.wav', 'not audio'));
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/is not a WAV audio file/);
  }, 120_000);
});
