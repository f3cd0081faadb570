import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ownBuffer } from './bytes.js';

/**
 * Our own database of downloads in progress: the bytes of unfinished files, in chunks, and a
 * record per file of how far it got. A chunk and its file record are written in one
 * transaction, so after a crash `stored` always equals the sum of the stored chunks.
 */

/** Progress of one file, keyed by the URL WebLLM will read it from. */
export interface FileRecord {
  url: string;
  modelId: string;
  path: string;
  /** Bytes stored so far (sum of chunk lengths). */
  stored: number;
  /** Number of chunks stored (their indexes are 0..chunks-1). */
  chunks: number;
  /** Set once verified and handed to WebLLM's cache; its chunks are gone by then. */
  complete: boolean;
  size?: number;
  sha256?: string;
}

interface ChunkRecord {
  url: string;
  index: number;
  data: ArrayBuffer;
}

interface ModelStoreDB extends DBSchema {
  files: { key: string; value: FileRecord; indexes: { byModel: string } };
  chunks: { key: [string, number]; value: ChunkRecord };
}

const DB_NAME = 'tccc-model-store';
let dbPromise: Promise<IDBPDatabase<ModelStoreDB>> | undefined;

function db(): Promise<IDBPDatabase<ModelStoreDB>> {
  dbPromise ??= openDB<ModelStoreDB>(DB_NAME, 1, {
    upgrade(database, oldVersion) {
      switch (oldVersion) {
        case 0: {
          const files = database.createObjectStore('files', { keyPath: 'url' });
          files.createIndex('byModel', 'modelId');
          database.createObjectStore('chunks', { keyPath: ['url', 'index'] });
        }
      }
    },
  });
  return dbPromise;
}

/** The record for a file, or undefined if nothing of it is stored. */
export async function getFile(url: string): Promise<FileRecord | undefined> {
  return (await db()).get('files', url);
}

/** Every file record of a model. */
export async function filesOfModel(modelId: string): Promise<FileRecord[]> {
  return (await db()).getAllFromIndex('files', 'byModel', modelId);
}

/** Appends a chunk and advances the file record atomically. */
export async function appendChunk(record: FileRecord, data: Uint8Array): Promise<FileRecord> {
  const next: FileRecord = { ...record, stored: record.stored + data.byteLength, chunks: record.chunks + 1 };
  // Relaxed (Chromium's default since 121, said here so it holds everywhere): `complete` fires once
  // the OS has the bytes, so a closed tab or crashed browser loses nothing stored. A power cut may
  // lose the last seconds of chunks, but each chunk and the `stored` that counts it are one atomic
  // commit, so what survives is a consistent prefix that resume simply continues from (and a torn
  // value is caught by the length and SHA-256 checks). Strict would fsync every chunk.
  const tx = (await db()).transaction(['files', 'chunks'], 'readwrite', { durability: 'relaxed' });
  await Promise.all([
    tx.objectStore('chunks').put({ url: record.url, index: record.chunks, data: ownBuffer(data) }),
    tx.objectStore('files').put(next),
    tx.done,
  ]);
  return next;
}

/** Creates or replaces a file record without touching chunks. */
export async function putFile(record: FileRecord): Promise<void> {
  await (await db()).put('files', record);
}

/** Joins a file's chunks, then `tail` (bytes never stored), into one ArrayBuffer, the form WebLLM stores. */
export async function assemble(record: FileRecord, tail: Uint8Array = new Uint8Array(0)): Promise<ArrayBuffer> {
  const range = IDBKeyRange.bound([record.url, 0], [record.url, Number.MAX_SAFE_INTEGER]);
  const chunks = await (await db()).getAll('chunks', range);
  const out = new Uint8Array(record.stored + tail.byteLength);
  let at = 0;
  for (const c of chunks) {
    out.set(new Uint8Array(c.data), at);
    at += c.data.byteLength;
  }
  if (at !== record.stored) throw new Error(`${record.path}: chunks hold ${at} bytes, record says ${record.stored}`);
  out.set(tail, at);
  return out.buffer;
}

/**
 * Drops a file's chunks and records the file as complete, in one transaction. A file that never had
 * a chunk (`chunks` is 0: a chunk and the count that names it are one commit) skips the range delete:
 * most files of a fast download, which would each pay a scan of the chunk store for nothing.
 */
export async function markComplete(record: FileRecord, sha256: string): Promise<FileRecord> {
  const done: FileRecord = { ...record, complete: true, chunks: 0, sha256 };
  const hadChunks = record.chunks > 0;
  const tx = (await db()).transaction(hadChunks ? ['files', 'chunks'] : ['files'], 'readwrite');
  await Promise.all([
    hadChunks
      ? tx.objectStore('chunks').delete(IDBKeyRange.bound([record.url, 0], [record.url, Number.MAX_SAFE_INTEGER]))
      : undefined,
    tx.objectStore('files').put(done),
    tx.done,
  ]);
  return done;
}

/** Forgets a file: its record and any chunks. */
export async function deleteFile(url: string): Promise<void> {
  const tx = (await db()).transaction(['files', 'chunks'], 'readwrite');
  await Promise.all([
    tx.objectStore('chunks').delete(IDBKeyRange.bound([url, 0], [url, Number.MAX_SAFE_INTEGER])),
    tx.objectStore('files').delete(url),
    tx.done,
  ]);
}
