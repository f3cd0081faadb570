/**
 * Prints the speech segments the app's VAD finds in a WAV file, one JSON line each:
 *   npm run --silent segments -- <file.wav>        → {"start_ms":…,"end_ms":…}
 * Exit status: 0 printed (maybe nothing: no speech), 1 bad input (not WAV audio, empty, under 16 kHz), 2 bad usage.
 */
import { SpeechInputError } from '../engines/speech/audio.js';
import type { SpeechSegment } from '../engines/speech/vad.js';
import { nodeSegmenter, pieces, readSpeechWav } from './speech-node.js';

const USAGE = 'usage: npm run --silent segments -- <file.wav>';

/** The segments of `samples` (16 kHz), through the same VAD the app runs. */
export async function findSegments(samples: Float32Array): Promise<SpeechSegment[]> {
  const found: SpeechSegment[] = [];
  const vad = await nodeSegmenter((e) => e.kind === 'segment' && found.push(e.segment));
  for (const piece of pieces(samples)) await vad.push(piece);
  await vad.end();
  await vad.release();
  return found;
}

/** Where a command writes. */
export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
}

/** The command itself, callable in-process (tests); resolves to the exit status. */
export async function segmentsCommand(args: string[], io: CommandIo): Promise<number> {
  if (args.length !== 1 || !args[0] || args[0].startsWith('-')) {
    io.err(`segments: ${args.length === 0 || !args[0] ? 'no file given' : 'give exactly one WAV file'}\n${USAGE}\n`);
    return 2;
  }
  try {
    for (const s of await findSegments(await readSpeechWav(args[0])))
      io.out(`${JSON.stringify({ start_ms: s.startMs, end_ms: s.endMs })}\n`);
    return 0;
  } catch (error) {
    io.err(`segments: ${inputProblem(error) ?? String(error)}\n`);
    return 1;
  }
}

/** The message of an error the person can fix (bad or missing file), else undefined. */
export function inputProblem(error: unknown): string | undefined {
  if (error instanceof SpeechInputError) return error.message;
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === 'ENOENT') return `${path}: no such file`;
  if (code === 'EISDIR') return `${path} is a folder, not a WAV file`;
  return undefined;
}

const stdio: CommandIo = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };
if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await segmentsCommand(process.argv.slice(2), stdio);
