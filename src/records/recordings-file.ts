/**
 * Recordings in the casualty file, only when the medic asks: the export gains `recordingCount` (written before the
 * record, so Import can see it in the file's first bytes) and `recordings` (each one's audio as base64). A file
 * without them is read exactly as before, under the same size cap.
 */
import { EXPORT_FORMAT, ImportError, exportCasualty, importCasualty, type CasualtyExport } from './export.js';
import { MAX_IMPORT_BYTES, importTooLarge } from './limits.js';
import type { Casualty } from './casualty.js';
import { recordingSize, type Recording } from './recordings.js';

/**
 * The most audio one casualty file may carry: at the 24 kbit/s the app records, some three hours of dictation.
 * Above MAX_IMPORT_BYTES only a file whose first bytes announce recordings is read at all.
 */
export const MAX_RECORDINGS_BYTES = 32 * 1024 * 1024;
/** How much of a large file's start Import reads to find `recordingCount`. */
const HEAD_BYTES = 256;

/** A recording as the casualty file carries it. */
interface ExportedRecording {
  pieceAt: string;
  recordedAt: string;
  mimeType: string;
  durationMs: number;
  /** The encoded audio, base64. */
  audio: string;
}

export type CasualtyExportWithRecordings = CasualtyExport & {
  recordingCount: number;
  recordings: ExportedRecording[];
};

/** What a casualty file gives back: the casualty, and its recordings when the file carries them. */
export interface CasualtyFile {
  casualty: Casualty;
  recordings?: Omit<Recording, 'id'>[];
}

function toBase64(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let binary = '';
  // In slices: String.fromCharCode(...all) overflows the call stack past some 100 KB.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): ArrayBuffer {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes.buffer;
}

/** The export of `c` with its recordings (the file's key order puts `recordingCount` first after the version). */
export function exportCasualtyWithRecordings(c: Casualty, recordings: Recording[]): CasualtyExportWithRecordings {
  const { format, version, record, casualty } = exportCasualty(c);
  return {
    format,
    version,
    recordingCount: recordings.length,
    record,
    casualty,
    recordings: recordings.map((r) => ({
      pieceAt: r.pieceAt,
      recordedAt: r.recordedAt,
      mimeType: r.mimeType,
      durationMs: r.durationMs,
      audio: toBase64(r.audio),
    })),
  };
}

const isIsoOrDraft = (v: unknown) => v === '' || (typeof v === 'string' && !Number.isNaN(Date.parse(v)));

/** The recordings a parsed casualty file carries (undefined when it carries none); throws ImportError. */
export function recordingsOfExport(value: unknown, casualtyId: string): Omit<Recording, 'id'>[] | undefined {
  if (typeof value !== 'object' || value === null || !('recordings' in value)) return undefined;
  const list = value.recordings;
  const valid =
    Array.isArray(list) &&
    list.every(
      (r: Partial<Record<keyof ExportedRecording, unknown>>) =>
        typeof r === 'object' &&
        r !== null &&
        isIsoOrDraft(r.pieceAt) &&
        isIsoOrDraft(r.recordedAt) &&
        typeof r.mimeType === 'string' &&
        r.mimeType.startsWith('audio/') &&
        typeof r.durationMs === 'number' &&
        r.durationMs >= 0 &&
        typeof r.audio === 'string',
    );
  if (!valid)
    throw new ImportError('recordings must be a list of {pieceAt, recordedAt, mimeType (audio/…), durationMs, audio}');
  let total = 0;
  return (list as ExportedRecording[]).map((r) => {
    let audio: ArrayBuffer;
    try {
      audio = fromBase64(r.audio);
    } catch {
      throw new ImportError('a recording’s audio is not base64');
    }
    total += audio.byteLength;
    if (total > MAX_RECORDINGS_BYTES)
      throw new ImportError(`the recordings pass ${MAX_RECORDINGS_BYTES / (1024 * 1024)} MB, the most a file carries`);
    return {
      casualtyId,
      pieceAt: r.pieceAt,
      recordedAt: r.recordedAt,
      mimeType: r.mimeType,
      durationMs: r.durationMs,
      audio,
    };
  });
}

/** Whether the start of a casualty file says it carries recordings (what lets a file pass MAX_IMPORT_BYTES). */
function announcesRecordings(head: string): boolean {
  return (
    head.includes(`"${EXPORT_FORMAT}"`) && /^\{\s*"format"[^{]*"recordingCount"\s*:\s*[1-9]/.test(head.trimStart())
  );
}

/**
 * Reads a casualty file the medic picked, with its recordings if it carries them. A file over MAX_IMPORT_BYTES is
 * refused unread unless its first bytes announce recordings, and then only up to MAX_IMPORT_BYTES +
 * MAX_RECORDINGS_BYTES. Throws ImportError.
 */
export async function readCasualtyFile(
  file: Pick<Blob, 'size' | 'text' | 'slice'>,
  now: Date = new Date(),
): Promise<CasualtyFile> {
  if (file.size > MAX_IMPORT_BYTES) {
    const head = await file.slice(0, HEAD_BYTES).text();
    if (!announcesRecordings(head)) throw new ImportError(importTooLarge(file.size));
    if (file.size > MAX_IMPORT_BYTES + MAX_RECORDINGS_BYTES)
      throw new ImportError(
        `the file is ${recordingSize(file.size)}; a casualty file with recordings is at most ${recordingSize(MAX_IMPORT_BYTES + MAX_RECORDINGS_BYTES)}. Is it the right file?`,
      );
  }
  let value: unknown;
  try {
    value = JSON.parse(await file.text());
  } catch (e) {
    throw new ImportError(`the file is not JSON: ${(e as Error).message}`);
  }
  const casualty = importCasualty(value, now);
  return { casualty, recordings: recordingsOfExport(value, casualty.id) };
}
