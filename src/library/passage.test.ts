import { describe, expect, it } from 'vitest';
import { parsePassageFile } from './passage.js';
import { readPassageFiles } from './passage-files.js';

const FILE =
  '---\nid: tq-test\ntitle: A title\ntags: [tourniquet, tq]\nsource: Some guide, section 3\n---\nBody text.\n';

describe('parsePassageFile', () => {
  it('reads front matter and text', () => {
    expect(parsePassageFile('tq-test.md', FILE)).toEqual({
      id: 'tq-test',
      title: 'A title',
      tags: ['tourniquet', 'tq'],
      source: 'Some guide, section 3',
      text: 'Body text.',
    });
  });

  it('rejects missing front matter, missing keys, bad tags and empty text, naming the file', () => {
    expect(() => parsePassageFile('a.md', 'Body only')).toThrow('a.md');
    expect(() => parsePassageFile('b.md', FILE.replace('source: Some guide, section 3\n', ''))).toThrow('"source"');
    expect(() => parsePassageFile('c.md', FILE.replace('[tourniquet, tq]', 'tourniquet'))).toThrow('tags');
    expect(() => parsePassageFile('d.md', FILE.replace('Body text.\n', ''))).toThrow('empty');
  });
});

describe('the built-in passages', () => {
  const passages = readPassageFiles();
  it('are at least 60, each with a unique id, tags, a source and a short text', () => {
    expect(passages.length).toBeGreaterThanOrEqual(60);
    expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
    for (const passage of passages) {
      expect(passage.tags.length, passage.id).toBeGreaterThan(0);
      expect(passage.source.length, passage.id).toBeGreaterThan(5);
      expect(passage.text.length, passage.id).toBeLessThan(1200);
    }
  });

  it('state the current TXA dose and the tourniquet conversion limit', () => {
    const byId = new Map(passages.map((passage) => [passage.id, passage.text]));
    expect(byId.get('txa-dose-administration')).toContain('2 g');
    expect(byId.get('txa-indications-timing')).toContain('3 hours');
    expect(byId.get('tourniquet-conversion')).toContain('less than 2 hours');
  });
});
