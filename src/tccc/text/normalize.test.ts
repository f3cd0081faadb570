import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize.js';

const opts = { acronyms: new Set(['txa']), joinedWords: new Set<string>() };
const raws = (text: string) => readTokens(text, opts).map((t) => t.raw);

describe('markdown heading marks', () => {
  it('are dropped where they open a line and a space follows them', () => {
    expect(raws('# Handover\n## 2. CPL Ruiz\n###### Plan')).toEqual([
      'Handover',
      '\n',
      '2',
      '.',
      'CPL',
      'Ruiz',
      '\n',
      'Plan',
    ]);
  });
  it('stay as a number sign, inside a line, or when seven marks open it', () => {
    expect(raws('#2 PFC Lowe')).toEqual(['#', '2', 'PFC', 'Lowe']);
    expect(raws('bed # 4')).toEqual(['bed', '#', '4']);
    expect(raws('####### x')[0]).toBe('#');
  });
});
