import { describe, expect, it, vi } from 'vitest';
import { readTokens, type NormalizeOptions } from '../text/normalize.js';
import { mech, tx, type Lexicon } from './lexicon/tags.js';
import { PhraseMatcher } from './matcher.js';

vi.mock('../text/normalize.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../text/normalize.js')>();
  return { ...actual, readTokens: vi.fn(actual.readTokens) };
});

const OPTIONS: NormalizeOptions = { acronyms: new Set(), joinedWords: new Set() };
const LEXICON: Lexicon = [
  ['tourniquet', [tx('tourniquet')]],
  ['gunshot wound', [mech('gsw')]],
];

describe('PhraseMatcher', () => {
  it('tokenizes its phrases at the first match, not when it is made (the app builds one as it loads)', () => {
    const matcher = new PhraseMatcher([LEXICON], OPTIONS);
    expect(readTokens).not.toHaveBeenCalled();
    const mentions = matcher.match(readTokens('gunshot wound, tourniquet on', OPTIONS));
    expect(mentions.map((m) => [m.start, m.end, m.tags])).toEqual([
      [0, 2, [mech('gsw')]],
      [3, 4, [tx('tourniquet')]],
    ]);
    const calls = vi.mocked(readTokens).mock.calls.length;
    matcher.match(readTokens('tourniquet', OPTIONS));
    expect(vi.mocked(readTokens).mock.calls.length).toBe(calls + 1); // the phrases are not tokenized again
  });
});
