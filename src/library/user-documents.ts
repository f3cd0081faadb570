/** IndexedDB store of the user's library documents: one database, a typed schema, a few functions. */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { UserDocument } from './user-document-passages.js';

interface LibraryDbSchema extends DBSchema {
  documents: { key: string; value: UserDocument; indexes: { 'by-added': number } };
}

export type LibraryDb = IDBPDatabase<LibraryDbSchema>;

const LIBRARY_DB_NAME = 'tccc-library';
const LIBRARY_DB_VERSION = 1;
/** A pasted guideline is a few hundred kB at most; anything larger is probably the wrong file. */
const MAX_DOCUMENT_CHARS = 2_000_000;

/** Opens (and creates or upgrades) the library database. */
export function openLibraryDb(name: string = LIBRARY_DB_NAME): Promise<LibraryDb> {
  return openDB<LibraryDbSchema>(name, LIBRARY_DB_VERSION, {
    upgrade(db, oldVersion) {
      // Each case upgrades from one version to the next; fall through so any old version reaches the latest.
      switch (oldVersion) {
        case 0: {
          const documents = db.createObjectStore('documents', { keyPath: 'id' });
          documents.createIndex('by-added', 'addedAt');
        }
      }
    },
  });
}

/** What the Library view submits. */
export interface NewUserDocument {
  title: string;
  text: string;
  format?: UserDocument['format'];
}

/** Validates and stores a new document; returns it with its id. Throws on an empty title or text, or an oversized text. */
export async function addUserDocument(
  db: LibraryDb,
  input: NewUserDocument,
  now: number = Date.now(),
): Promise<UserDocument> {
  const title = input.title.trim();
  const text = input.text.trim();
  if (!title) throw new Error('A document needs a title.');
  if (!text) throw new Error('The document is empty.');
  if (text.length > MAX_DOCUMENT_CHARS) throw new Error(`The document is over ${MAX_DOCUMENT_CHARS} characters.`);
  // Not crypto.randomUUID(): it is missing on plain-http LAN pages, which are not secure contexts.
  const id = `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  const document: UserDocument = { id, title, text, format: input.format ?? 'markdown', addedAt: now };
  await db.put('documents', document);
  return document;
}

/** Every stored document, oldest first. */
export function listUserDocuments(db: LibraryDb): Promise<UserDocument[]> {
  return db.getAllFromIndex('documents', 'by-added');
}

/** Deletes one document; deleting an unknown id does nothing. */
export function deleteUserDocument(db: LibraryDb, id: string): Promise<void> {
  return db.delete('documents', id);
}
