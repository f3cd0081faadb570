import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addUserDocument, deleteUserDocument, listUserDocuments, openLibraryDb } from './user-documents.js';

describe('user documents store', () => {
  it('adds, lists oldest first, and deletes documents', async () => {
    const db = await openLibraryDb('test-library-1');
    const second = await addUserDocument(db, { title: ' Later ', text: 'b' }, 2000);
    const first = await addUserDocument(db, { title: 'Earlier', text: 'a', format: 'text' }, 1000);
    expect(second).toMatchObject({ title: 'Later', format: 'markdown', addedAt: 2000 });
    expect((await listUserDocuments(db)).map((document) => document.id)).toEqual([first.id, second.id]);
    await deleteUserDocument(db, first.id);
    expect((await listUserDocuments(db)).map((document) => document.title)).toEqual(['Later']);
    db.close();
  });

  it('refuses an empty title or text', async () => {
    const db = await openLibraryDb('test-library-2');
    await expect(addUserDocument(db, { title: '  ', text: 'x' })).rejects.toThrow('title');
    await expect(addUserDocument(db, { title: 'x', text: '\n' })).rejects.toThrow('empty');
    expect(await listUserDocuments(db)).toEqual([]);
    db.close();
  });
});
