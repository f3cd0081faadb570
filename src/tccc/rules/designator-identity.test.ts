import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('who a casualty is, read from the designator that heads his words', () => {
  it('records a roster number spelled in the phonetic alphabet heading each casualty, with no label', () => {
    const [a, b] = records(
      'Bravo Kilo four four one two: frag right calf, pulse 104. Charlie Echo seven seven zero one - burns left hand, pulse 90.',
    );
    expect([a.casualty?.battle_roster, b.casualty?.battle_roster]).toEqual(['BK4412', 'CE7701']);
  });
  it('never reads a phonetic grid or call sign mid-sentence as a roster number', () => {
    const [a] = records('Call sign Bravo Kilo four four one two reports GSW left leg, pulse 104.');
    expect(a.casualty?.battle_roster).toBeUndefined();
  });
});
