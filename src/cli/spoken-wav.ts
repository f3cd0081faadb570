/**
 * Speech with known pauses, made with Debian's espeak-ng, for the VAD and dictation tests, the ASR bench and the e2e
 * fake microphone. Each phrase is trimmed to its voiced part, so the times returned are where speech really is.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeWav } from '../engines/speech/wav.js';

export interface SpokenWav {
  wav: Uint8Array;
  rate: number;
  /** Where each phrase's voice starts and ends, ms. */
  spans: { startMs: number; endMs: number }[];
}

/** Louder than espeak-ng's own leading and trailing silence, far below its voice. */
const VOICE_LEVEL = 0.01;

/** One phrase as espeak-ng says it, trimmed to its voice. */
function say(text: string): { rate: number; samples: Float32Array } {
  const dir = mkdtempSync(join(tmpdir(), 'espeak-'));
  try {
    const file = join(dir, 'say.wav');
    execFileSync('espeak-ng', ['-v', 'en-us', '-s', '160', '-w', file, text], { timeout: 30_000 });
    const { rate, samples } = decodeWav(new Uint8Array(readFileSync(file)), file);
    const voiced = samples.findIndex((x) => Math.abs(x) > VOICE_LEVEL);
    const last = samples.findLastIndex((x) => Math.abs(x) > VOICE_LEVEL);
    return { rate, samples: samples.slice(voiced, last + 1) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `leadMs` of silence, then each phrase followed by its pause (`pausesMs[i]`, the last one trailing). */
export function spokenWav(phrases: string[], pausesMs: number[], leadMs = 500): SpokenWav {
  const said = phrases.map(say);
  const rate = said[0].rate;
  const parts: Float32Array[] = [new Float32Array(Math.round((leadMs / 1000) * rate))];
  const spans: SpokenWav['spans'] = [];
  let at = parts[0].length;
  said.forEach((s, i) => {
    spans.push({ startMs: (at / rate) * 1000, endMs: ((at + s.samples.length) / rate) * 1000 });
    const pause = new Float32Array(Math.round(((pausesMs[i] ?? 0) / 1000) * rate));
    parts.push(s.samples, pause);
    at += s.samples.length + pause.length;
  });
  return { wav: encodeWav(parts, rate), rate, spans };
}

/** 16-bit PCM mono WAV. */
export function encodeWav(parts: readonly Float32Array[], rate: number): Uint8Array {
  const frames = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(44 + frames * 2);
  const v = new DataView(out.buffer);
  const tag = (at: number, s: string) => [...s].forEach((c, i) => v.setUint8(at + i, c.charCodeAt(0)));
  tag(0, 'RIFF');
  v.setUint32(4, 36 + frames * 2, true);
  tag(8, 'WAVE');
  tag(12, 'fmt ');
  v.setUint32(16, 16, true);
  v.setUint16(20, 1, true);
  v.setUint16(22, 1, true);
  v.setUint32(24, rate, true);
  v.setUint32(28, rate * 2, true);
  v.setUint16(32, 2, true);
  v.setUint16(34, 16, true);
  tag(36, 'data');
  v.setUint32(40, frames * 2, true);
  let at = 44;
  for (const p of parts)
    for (const x of p) {
      v.setInt16(at, Math.max(-32768, Math.min(32767, Math.round(x * 32767))), true);
      at += 2;
    }
  return out;
}
