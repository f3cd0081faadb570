import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a known surname heading a bulleted line', () => {
  it('gives the line to that casualty, not to the one spoken of before it', () => {
    const [lund, odum, ...rest] = records(
      'WIA 1: SSG Victor Lund\n• Traumatic BKA R leg\n• CAT R thigh 0613\n\n' +
        'WIA 2: PFC Samuel Odum\n• Frag to R eye\n• Rigid eye shield R eye 0620\n\n' +
        'SUMMARY\n• Odum: PRIORITY\n• Lund: URGENT SURGICAL; NKDA\n• Odum: allergic to PCN',
    );
    expect(rest).toEqual([]);
    expect([lund.casualty?.allergies, lund.evac_priority]).toEqual(['NKDA', 'urgent_surgical']);
    expect([odum.casualty?.allergies, odum.evac_priority]).toEqual(['PCN', 'priority']);
  });
});
