import { describe, expect, it } from 'vitest';
import { appendNarrative, createCasualty } from './casualty.js';
import { exportCasualty, ImportError } from './export.js';
import { MAX_IMPORT_BYTES } from './limits.js';
import {
  MAX_RECORDINGS_BYTES,
  exportCasualtyWithRecordings,
  readCasualtyFile,
  recordingsOfExport,
} from './recordings-file.js';
import type { Recording } from './recordings.js';

const T0 = new Date('2026-12-03T10:00:00Z');
const casualty = appendNarrative(createCasualty(T0, 'c1'), 'tourniquet applied left thigh', T0);
const pieceAt = casualty.timeline[0].at;
const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
const recording: Recording = {
  id: 'r1',
  casualtyId: 'c1',
  pieceAt,
  recordedAt: T0.toISOString(),
  mimeType: 'audio/webm;codecs=opus',
  durationMs: 4200,
  audio: bytes.buffer,
};
const asFile = (value: unknown) => new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });

describe('casualty file with recordings', () => {
  it('gives back the casualty and every byte of each recording, under the importing casualty’s id', async () => {
    const read = await readCasualtyFile(asFile(exportCasualtyWithRecordings(casualty, [recording])));
    expect(read.casualty).toEqual(casualty);
    expect(read.recordings).toHaveLength(1);
    const [r] = read.recordings!;
    expect({ ...r, audio: undefined }).toEqual({
      casualtyId: 'c1',
      pieceAt,
      recordedAt: T0.toISOString(),
      mimeType: 'audio/webm;codecs=opus',
      durationMs: 4200,
      audio: undefined,
    });
    expect(new Uint8Array(r.audio)).toEqual(bytes);
  });

  it('reads a file without recordings as before, with none', async () => {
    const read = await readCasualtyFile(asFile(exportCasualty(casualty)));
    expect(read).toEqual({ casualty, recordings: undefined });
  });

  it('announces the recordings before the record, so a large file can be recognised from its start', () => {
    const text = JSON.stringify(exportCasualtyWithRecordings(casualty, [recording]), null, 2);
    expect(text.slice(0, 120)).toMatch(/"recordingCount": 1/);
  });

  it('refuses a file over the cap unread unless its start announces recordings', async () => {
    const big = (head: string) => ({
      size: MAX_IMPORT_BYTES + 1,
      slice: () => new Blob([head]),
      text: () => Promise.reject(new Error('read the whole file')),
    });
    await expect(readCasualtyFile(big('{"format": "tccc-scribe/casualty", "version": 1, "record": {'))).rejects.toThrow(
      /the file is 4\.0 MB; a casualty file is at most 4\.0 MB/,
    );
    await expect(
      readCasualtyFile(big('{"format": "tccc-scribe/casualty", "version": 1, "recordingCount": 3, "record"')),
    ).rejects.toThrow('read the whole file');
    await expect(
      readCasualtyFile({
        ...big('{"format": "tccc-scribe/casualty", "version": 1, "recordingCount": 3'),
        size: MAX_IMPORT_BYTES + MAX_RECORDINGS_BYTES + 1,
      }),
    ).rejects.toThrow(/a casualty file with recordings is at most 36\.0 MB/);
  });

  it('refuses recordings that are not audio, not base64 or past the cap, saying which', () => {
    const file = exportCasualtyWithRecordings(casualty, [recording]);
    const withRecording = (change: object) => ({ ...file, recordings: [{ ...file.recordings[0], ...change }] });
    expect(() => recordingsOfExport(withRecording({ mimeType: 'text/html' }), 'c1')).toThrow(ImportError);
    expect(() => recordingsOfExport(withRecording({ pieceAt: 'yesterday' }), 'c1')).toThrow(/pieceAt/);
    expect(() => recordingsOfExport(withRecording({ audio: '%%%' }), 'c1')).toThrow(/not base64/);
    expect(() => recordingsOfExport({ ...file, recordings: 'all of them' }, 'c1')).toThrow(ImportError);
    const huge = { ...file, recordings: Array(2).fill({ ...file.recordings[0], audio: 'A'.repeat(23_000_000) }) };
    expect(() => recordingsOfExport(huge, 'c1')).toThrow(/pass 32 MB/);
  });
});
