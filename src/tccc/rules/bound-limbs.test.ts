import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const devices = (text: string) => extractRecord(text).interventions;

describe('a limb bound to the body', () => {
  it('puts the splint on the limb strapped, not on the part it is strapped to', () => {
    expect(devices('Left shoulder dislocated. I strapped the arm to his chest with a SAM splint at 1130.')).toEqual([
      { type: 'splint', location: 'left_arm', time: '11:30' },
    ]);
  });
  it('leaves a place said before the device with no binding', () => {
    expect(devices('Wound to his chest, covered with a chest seal at 1130.')?.[0]?.location).toBe('chest');
  });
});
