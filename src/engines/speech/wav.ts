/**
 * Reads a WAV file into mono samples: PCM 8/16/24/32-bit and 32-bit float, plain or WAVE_FORMAT_EXTENSIBLE, any
 * channel count (mixed down). Anything else is refused with a SpeechInputError that says what is wrong.
 */
import { SpeechInputError } from './audio.js';

export interface DecodedAudio {
  rate: number;
  samples: Float32Array;
}

const PCM = 1;
const FLOAT = 3;
const EXTENSIBLE = 0xfffe;

export function decodeWav(bytes: Uint8Array, name = 'The file'): DecodedAudio {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));
  if (bytes.length === 0) throw new SpeechInputError(`${name} is empty.`);
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    throw new SpeechInputError(`${name} is not a WAV audio file.`);
  let format: { code: number; channels: number; rate: number; bits: number } | undefined;
  let data: Uint8Array | undefined;
  for (let at = 12; at + 8 <= bytes.length;) {
    const id = tag(at);
    const size = view.getUint32(at + 4, true);
    const body = bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size));
    if (id === 'fmt ' && body.length >= 16) {
      const f = new DataView(body.buffer, body.byteOffset, body.byteLength);
      let code = f.getUint16(0, true);
      if (code === EXTENSIBLE && body.length >= 26) code = f.getUint16(24, true);
      format = { code, channels: f.getUint16(2, true), rate: f.getUint32(4, true), bits: f.getUint16(14, true) };
    } else if (id === 'data') {
      data = body;
    }
    at += 8 + size + (size % 2);
  }
  if (!format) throw new SpeechInputError(`${name} has no format chunk: it is not a usable WAV file.`);
  const { code, channels, rate, bits } = format;
  const supported = (code === PCM && [8, 16, 24, 32].includes(bits)) || (code === FLOAT && bits === 32);
  if (!supported || channels < 1)
    throw new SpeechInputError(
      `${name} holds audio in a form this reader does not take (format ${code}, ${bits}-bit): save it as 16-bit PCM WAV.`,
    );
  const frameBytes = (bits / 8) * channels;
  const frames = data ? Math.floor(data.length / frameBytes) : 0;
  if (frames === 0) throw new SpeechInputError(`${name} has no audio in it.`);
  const d = new DataView(data!.buffer, data!.byteOffset, data!.byteLength);
  const read = (at: number): number => {
    if (code === FLOAT) return d.getFloat32(at, true);
    if (bits === 8) return (d.getUint8(at) - 128) / 128;
    if (bits === 16) return d.getInt16(at, true) / 32768;
    if (bits === 24) return (d.getUint8(at) | (d.getUint8(at + 1) << 8) | (d.getInt8(at + 2) << 16)) / 8388608;
    return d.getInt32(at, true) / 2147483648;
  };
  const samples = new Float32Array(frames);
  for (let i = 0; i < frames; i++) {
    let sum = 0;
    for (let c = 0; c < channels; c++) sum += read(i * frameBytes + (c * bits) / 8);
    samples[i] = sum / channels;
  }
  return { rate, samples };
}
