import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/tokenize.js';
import { lexiconMatches, MATCHER } from './index.js';

describe("the lexicon's reading of a narrative", () => {
  it('is what the matcher reads, matched once and given again to every reader that asks', () => {
    const tokens = tokenize('Frag to the left calf, pulse 96, TXA 1 g IV at 0712.');
    const first = lexiconMatches(tokens);
    expect(first).toEqual(MATCHER.match(tokens));
    expect(lexiconMatches(tokens)).toBe(first);
  });
  it('of another narrative is its own, even in the same words', () => {
    const text = 'Pelvic binder on, BP 88/50.';
    expect(lexiconMatches(tokenize(text))).not.toBe(lexiconMatches(tokenize(text)));
    expect(lexiconMatches(tokenize('Quiet night, nobody moved.'))).toEqual([]);
  });
});
