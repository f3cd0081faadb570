import { describe, expect, it } from 'vitest';
import { userDocumentPassages, type UserDocument } from './user-document-passages.js';

const document = (text: string, format: UserDocument['format'] = 'markdown'): UserDocument => ({
  id: 'd1',
  title: 'Unit SOP',
  format,
  text,
  addedAt: 0,
});

describe('userDocumentPassages', () => {
  it('makes one passage per Markdown heading section, titled with the heading', () => {
    const passages = userDocumentPassages(
      document('Intro line.\n\n# Tourniquets\nCarry two.\n\n## Blood\nWalking blood bank roster\nis kept by 1SG.'),
    );
    expect(passages.map((passage) => [passage.id, passage.title, passage.text])).toEqual([
      ['user:d1:1', 'Unit SOP', 'Intro line.'],
      ['user:d1:2', 'Unit SOP: Tourniquets', 'Carry two.'],
      ['user:d1:3', 'Unit SOP: Blood', 'Walking blood bank roster is kept by 1SG.'],
    ]);
    expect(
      passages.every((passage) => passage.documentId === 'd1' && passage.source === 'User document: Unit SOP'),
    ).toBe(true);
  });

  it('treats # as text in plain-text documents and splits long sections at paragraph boundaries', () => {
    expect(userDocumentPassages(document('# not a heading', 'text'))[0].text).toBe('# not a heading');
    const paragraph = 'word '.repeat(80).trim(); // 399 chars: two fit in one 900-char passage, three do not
    const passages = userDocumentPassages(document([paragraph, paragraph, paragraph].join('\n\n')));
    expect(passages.length).toBe(2);
    expect(passages.map((passage) => passage.text.length)).toEqual([799, 399]);
  });
});
