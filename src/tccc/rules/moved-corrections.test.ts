import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a correcting sentence that moves a line', () => {
  it('moves the line named by its way in, past a later saying of it with no place', () => {
    const r = extractRecord(
      'IO left humerus at 0930. Plasma 250 ml through the IO at 0933. Correction, the IO is in the right humerus, not the left.',
    );
    expect(r.interventions).toEqual([{ type: 'io', location: 'right_arm', time: '09:30' }]);
    expect(r.fluids).toEqual([{ name: 'plasma', volume_ml: 250, route: 'IO', time: '09:33' }]);
  });
  it('leaves the line where it was when the side taken back is not its side', () => {
    expect(
      extractRecord('IV right forearm 1105. Correction, the IV is in the right hand, not the left.').interventions?.[0]
        ?.location,
    ).toBe('right_arm');
  });
});
