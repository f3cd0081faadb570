import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const grid = (text: string) => extractRecord(text).location_grid;

describe('a grid said plainly, without zone and square', () => {
  it('reads the digits, with easting and northing said apart or together', () => {
    expect(grid('pickup at grid eight seven three four, nine one two zero, priority')).toBe('87349120');
    expect(grid('grid eight seven three four nine one two zero')).toBe('87349120');
    expect(grid('Line one, grid four four eight four, six two one nine. One urgent.')).toBe('44846219');
  });
  it('still prefers the full MGRS, and reads no time or odd count as a grid', () => {
    expect(grid('grid 38S MB 4484 1234')).toBe('38SMB44841234');
    expect(grid('grid 1432')).toBeUndefined();
    expect(grid('grid one two three four five')).toBeUndefined();
    expect(grid('grid eight seven three four, nine one two')).toBeUndefined();
  });
});
