import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const care = (text: string) => extractCasualties(text).casualties[0].record.interventions ?? [];

describe('care through an airway already in', () => {
  it('reads no second cric where the casualty is bagged on the first', () => {
    expect(care('Cric 2210. 2216 BVM on the cric.')).toEqual([{ type: 'cric', time: '22:10' }]);
    expect(care('Surgical cric 2205. 2216 O2 via BVM on the cric.')).toEqual([
      { type: 'cric', time: '22:05' },
      { type: 'oxygen', time: '22:16' },
    ]);
  });
});
