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
  it('joins a full grid\'s northing said after a pause, and reads the grid after "for both" or "is"', () => {
    expect(grid('Grid three eight sierra mike bravo four four eight four, one two three four, priority.')).toBe(
      '38SMB44841234',
    );
    expect(grid('Pickup grid for both 38S MB 4484 1234.')).toBe('38SMB44841234');
    expect(grid('grid is 38SMB 4484 1234')).toBe('38SMB44841234');
    expect(grid('grid 38SMB 4484, pulse one ten')).toBe('38SMB4484');
  });
});
