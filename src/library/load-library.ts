/**
 * Browser entry for the Library and Record views: the build-time index plus the user's stored documents.
 * Import lazily (`await import('../../library/load-library.js')`) so the index ships in the views' chunk only.
 */
import data from 'virtual:tccc-library';
import { Library } from './library.js';
import { userDocumentPassages, type UserDocument } from './user-document-passages.js';
import {
  addUserDocument,
  deleteUserDocument,
  listUserDocuments,
  openLibraryDb,
  type LibraryDb,
  type NewUserDocument,
} from './user-documents.js';

/** The live library and its document store, as the views use them. */
export interface LoadedLibrary {
  library: Library;
  documents: UserDocument[];
  /** Stores a document and makes it searchable at once. */
  addDocument(input: NewUserDocument): Promise<UserDocument>;
  /** Deletes a stored document and drops its passages from search. */
  removeDocument(id: string): Promise<void>;
}

let loading: Promise<LoadedLibrary> | undefined;

/** Opens the library once per page; later calls share it. */
export function loadLibrary(): Promise<LoadedLibrary> {
  loading ??= openLoadedLibrary(openLibraryDb()).catch((error: unknown) => {
    loading = undefined; // let the next call retry instead of caching the failure
    throw error;
  });
  return loading;
}

async function openLoadedLibrary(opening: Promise<LibraryDb>): Promise<LoadedLibrary> {
  const db = await opening;
  const documents = await listUserDocuments(db);
  const library = new Library(data, documents.flatMap(userDocumentPassages));
  return {
    library,
    documents,
    async addDocument(input) {
      const document = await addUserDocument(db, input);
      library.add(userDocumentPassages(document));
      documents.push(document);
      return document;
    },
    async removeDocument(id) {
      await deleteUserDocument(db, id);
      library.removeDocument(id);
      documents.splice(0, documents.length, ...documents.filter((document) => document.id !== id));
    },
  };
}
