import { describe, expect, it } from 'vitest';
import { parseEvalQuestions, scoreRetrieval } from './retrieval-metrics.js';

describe('scoreRetrieval', () => {
  it('computes recall@k over relevant ids and MRR over the first relevant rank', () => {
    const questions = [
      { q: 'a', ids: ['x'] },
      { q: 'b', ids: ['y', 'z'] },
      { q: 'c', ids: ['w'] },
    ];
    const scores = scoreRetrieval(
      questions,
      [
        ['x', 'p'],
        ['p', 'q', 'y', 'z'],
        ['p', 'q', 'r'],
      ],
      3,
    );
    expect(scores.recallAtK).toBeCloseTo((1 + 0.5 + 0) / 3);
    expect(scores.mrr).toBeCloseTo((1 + 1 / 3 + 0) / 3);
    expect(scores.misses.map((miss) => miss.q)).toEqual(['c']);
  });
});

describe('parseEvalQuestions', () => {
  it('parses lines and rejects a question without ids', () => {
    expect(parseEvalQuestions('{"q":"a","ids":["x"]}\n\n')).toEqual([{ q: 'a', ids: ['x'] }]);
    expect(() => parseEvalQuestions('{"q":"a","ids":[]}')).toThrow('line 1');
  });
});
