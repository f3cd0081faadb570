import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const grid = (text: string) => extractRecord(text).location_grid;

describe("another station's grid heard over the radio", () => {
  it('passes over a call marked "[radio]" from another unit and takes the medic\'s own answer', () => {
    expect(
      grid(
        'TQ left thigh, zero nine forty. [radio] Viper one, Viper three, two wounded at grid one eight tango whiskey ' +
          'lima four four three three two two one one, over. Vitals good. [radio] Doc, Viper one, send grid. Viper ' +
          'one, Doc, grid one eight tango whiskey lima six six one two three four five six, out.',
      ),
    ).toBe('18TWL66123456');
  });
  it('passes over a grid the medic disowns right after, "Not ours"', () => {
    expect(
      grid(
        'Heard the other platoon call it, grid 17S NV 1122 9988. Not ours, they have their own doc. Our pickup ' +
          'grid 17S NV 5566 3344.',
      ),
    ).toBe('17SNV55663344');
  });
  it('still reads the grid of a "[radio]" call the medic sends himself, or one he does not disown', () => {
    expect(grid('[radio] Dustoff, this is Doc, one urgent, grid 42S VD 1350 7720, over.')).toBe('42SVD13507720');
    expect(grid('Grid 42S VD 1350 7720. Not much bleeding now.')).toBe('42SVD13507720');
  });
});
