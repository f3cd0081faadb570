/**
 * The recordings kept beside dictated narrative, on the device that recorded them: one IndexedDB database of its own
 * (so the casualty database needs no migration), one row per dictation, keyed by an id and found by casualty.
 * A recording made into the draft has no piece yet (`pieceAt` ''); "Add to record" gives it the piece's time.
 * A recording lives as long as its casualty is stored: soft-deleted casualties keep theirs (undo brings them back),
 * and `dropOrphans` removes those whose casualty is no longer held.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { byCodeUnits } from './code-unit-order.js';

const RECORDINGS_DB_NAME = 'tccc-scribe-recordings';
const DB_VERSION = 1;
/** `pieceAt` of a recording made into the Capture draft, not yet part of a piece. */
export const DRAFT_PIECE = '';

/** One dictation's audio as the browser's MediaRecorder gave it (Opus in WebM or Ogg in Chromium). */
export interface Recording {
  id: string;
  casualtyId: string;
  /** The `at` of the timeline entry it belongs to, or {@link DRAFT_PIECE} while it is in the draft. */
  pieceAt: string;
  /** When the dictation started (ISO time). */
  recordedAt: string;
  /** MIME type of `audio`, e.g. "audio/webm;codecs=opus". */
  mimeType: string;
  durationMs: number;
  /** The encoded audio (an ArrayBuffer, not a Blob, so every IndexedDB implementation stores it alike). */
  audio: ArrayBuffer;
}

interface RecordingsDB extends DBSchema {
  recordings: {
    key: string;
    value: Recording;
    indexes: { 'by-casualty': string };
  };
}

/** The recordings store: a few functions, not the raw database. */
export interface RecordingStore {
  add(recording: Omit<Recording, 'id'>): Promise<Recording>;
  /** A casualty's recordings, oldest first. */
  list(casualtyId: string): Promise<Recording[]>;
  /** Gives the casualty's draft recordings to the piece added at `pieceAt`; returns how many. */
  attachDraft(casualtyId: string, pieceAt: string): Promise<number>;
  /** Drops the casualty's draft recordings (the medic cleared the draft). */
  dropDraft(casualtyId: string): Promise<void>;
  /** Replaces all of a casualty's recordings (an import that carries them). */
  replace(casualtyId: string, recordings: Omit<Recording, 'id'>[]): Promise<void>;
  /** Deletes the recordings of every casualty `isStored` says is gone; returns how many. */
  dropOrphans(isStored: (casualtyId: string) => Promise<boolean>): Promise<number>;
  /** How many recordings, and their bytes, for one casualty or (no id) the whole device. */
  usage(casualtyId?: string): Promise<{ count: number; bytes: number }>;
  close(): void;
}

function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const byTime = (a: Recording, b: Recording) => byCodeUnits(a.recordedAt, b.recordedAt);

/** Opens (creating) the recordings database. */
export async function openRecordingStore(name = RECORDINGS_DB_NAME): Promise<RecordingStore> {
  const db: IDBPDatabase<RecordingsDB> = await openDB<RecordingsDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const store = db.createObjectStore('recordings', { keyPath: 'id' });
        store.createIndex('by-casualty', 'casualtyId');
      }
    },
  });
  // Another tab's newer version must not wait on this one.
  db.addEventListener('versionchange', () => db.close());
  const ofCasualty = (id: string) => db.getAllFromIndex('recordings', 'by-casualty', id);
  return {
    async add(recording) {
      const row = { ...recording, id: newId() };
      await db.put('recordings', row);
      return row;
    },
    list: async (casualtyId) => (await ofCasualty(casualtyId)).sort(byTime),
    async attachDraft(casualtyId, pieceAt) {
      const tx = db.transaction('recordings', 'readwrite');
      const drafts = (await tx.store.index('by-casualty').getAll(casualtyId)).filter((r) => r.pieceAt === DRAFT_PIECE);
      for (const r of drafts) await tx.store.put({ ...r, pieceAt });
      await tx.done;
      return drafts.length;
    },
    async dropDraft(casualtyId) {
      const tx = db.transaction('recordings', 'readwrite');
      for (const r of await tx.store.index('by-casualty').getAll(casualtyId))
        if (r.pieceAt === DRAFT_PIECE) await tx.store.delete(r.id);
      await tx.done;
    },
    async replace(casualtyId, recordings) {
      const tx = db.transaction('recordings', 'readwrite');
      for (const key of await tx.store.index('by-casualty').getAllKeys(casualtyId)) await tx.store.delete(key);
      for (const r of recordings) await tx.store.put({ ...r, casualtyId, id: newId() });
      await tx.done;
    },
    async dropOrphans(isStored) {
      const ids = await casualtyIds();
      let dropped = 0;
      for (const id of ids) {
        if (await isStored(id)) continue;
        const tx = db.transaction('recordings', 'readwrite');
        for (const key of await tx.store.index('by-casualty').getAllKeys(id)) {
          await tx.store.delete(key);
          dropped++;
        }
        await tx.done;
      }
      return dropped;
    },
    async usage(casualtyId) {
      const rows = casualtyId === undefined ? await db.getAll('recordings') : await ofCasualty(casualtyId);
      return { count: rows.length, bytes: rows.reduce((sum, r) => sum + r.audio.byteLength, 0) };
    },
    close: () => db.close(),
  };

  /** The distinct casualties that have recordings (walks the index's keys only, never the audio). */
  async function casualtyIds(): Promise<Set<string>> {
    const ids = new Set<string>();
    const tx = db.transaction('recordings');
    for (let c = await tx.store.index('by-casualty').openKeyCursor(); c; c = await c.continue()) ids.add(c.key);
    await tx.done;
    return ids;
  }
}

/** "3 recordings, 1.2 MB" style size words. */
export function recordingSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.ceil(bytes / 1024))} KB`;
}
