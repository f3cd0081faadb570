import { describe, expect, it } from 'vitest';
import { readDoc } from './document.js';
import { extractRecord } from './index.js';

describe('sentence ends', () => {
  it('closes a sentence at a question mark, so a question does not hold the answer after it', () => {
    const doc = readDoc('Time? Time is 2144.');
    const answer = doc.tokens.findIndex((t, i) => i > 0 && t.norm === 'time');
    expect(doc.sentence[answer]).toBe(doc.sentence[0] + 1);
  });
  it('gives the time answered to a question to the device said before it', () => {
    expect(extractRecord('CAT going on the right arm, high. Time? Time is two one four four.').interventions).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '21:44' },
    ]);
  });
  it('reads the cells of a table row as separate sentences', () => {
    const doc = readDoc('HR 110 | BP 90/60');
    expect(doc.sentence[doc.tokens.length - 1]).toBe(1);
  });
});
