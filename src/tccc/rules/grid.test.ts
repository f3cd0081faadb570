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
  it('reads the grid after a comma or "for all three:", and no count said after "all" as its zone', () => {
    expect(grid('Both urgent. Grid for both, one four tango lima mike two two three three four four five five.')).toBe(
      '14TLM22334455',
    );
    expect(grid('Pickup grid, one four tango lima mike two two three three four four five five.')).toBe(
      '14TLM22334455',
    );
    expect(grid('LZ grid for all three: 14T LM 2233 4455.')).toBe('14TLM22334455');
  });
  it('reads a count said after "all" with no pause, run into the zone as one spoken number, as no digit of it', () => {
    expect(grid('Pickup grid for all four three eight sierra mike bravo five five one two six six three four.')).toBe(
      '38SMB55126634',
    );
    // Two digits after "all" are the zone itself: nothing is taken off.
    expect(grid('Pickup grid for all three eight sierra mike bravo five five one two six six three four.')).toBe(
      '38SMB55126634',
    );
  });
  it('reads "x ray" as the letter X, and square letters that look like a filler ("MM", "UH") as letters', () => {
    expect(grid('grid one four sierra x ray golf five five six six seven seven eight eight')).toBe('14SXG55667788');
    expect(grid('grid 19T MM 5566 7788')).toBe('19TMM55667788');
  });
});

describe('a grid corrected', () => {
  it('takes the whole grid said after a word of correction in place of the one said before', () => {
    expect(grid('LZ grid 18S UJ 2301 0647. Pulse 110. Correction, 18S UJ 2310 0647.')).toBe('18SUJ23100647');
    expect(grid('Grid 33T WN 5512 8830, BP 100/60. Corrected grid: 33T WN 5521 8830, 5521 not 5512.')).toBe(
      '33TWN55218830',
    );
  });
  it('keeps the grid when what is corrected after it is no whole grid', () => {
    expect(grid('Grid 33T WN 5512 8830. TQ 1404. Correction, TQ 1402 not 1404.')).toBe('33TWN55128830');
  });
});

describe('a grid said over the radio in pieces', () => {
  it('reads the easting and northing said after the zone and square, each after a pause', () => {
    expect(grid('Send it to grid one-niner-tango-echo-kilo, three-three-one-zero, seven-seven-two-two.')).toBe(
      '19TEK33107722',
    );
  });
  it('reads a grid broken off and said again whole after a pause or "stand by"', () => {
    expect(grid('Grid one-four... stand by... one-four-romeo-papa-quebec six-six-one-one two-two-three-three.')).toBe(
      '14RPQ66112233',
    );
    expect(grid('Grid... stand by... three-one-uniform-foxtrot-mike, five-five-two-two, one-one-eight-eight.')).toBe(
      '31UFM55221188',
    );
  });
  it('takes no grid when what is said again is not the start said before', () => {
    expect(grid('Grid one-four-romeo... stand by... two-two-sierra-kilo.')).toBeUndefined();
  });
  it('reads a grid after the name of its landing zone, and after "grid figures"', () => {
    expect(grid('Pickup at HLZ Falcon, 33T VN 4412 9087.')).toBe('33TVN44129087');
    expect(grid('Pickup grid figures one eight sierra uniform juliet two two three three four four five five.')).toBe(
      '18SUJ22334455',
    );
  });
});

describe('a grid said for every casualty', () => {
  it('reads past "for all three is" to the grid', () => {
    expect(grid('LZ for all four is one one sierra mike sierra two two three three four four five five.')).toBe(
      '11SMS22334455',
    );
  });

  it('reads past a count and "was" in a letter written after the day, and no "three was" as a zone', () => {
    expect(grid('The pickup grid for all four was 42S VD 1350 7720.')).toBe('42SVD13507720');
    expect(grid('Grid for both was 11S MS 2233 4455, they went out together.')).toBe('11SMS22334455');
    expect(grid('Grid for all three was lost with the card.')).toBeUndefined();
  });
});

describe('a grid typed with no word for it', () => {
  it('reads a zone typed onto its band letter, then the square and digits, wherever it is said', () => {
    expect(grid('Bird lands at the wadi crossing 41R QP 2288 1034 in ten mikes.')).toBe('41RQP22881034');
    expect(grid('Carried him to the casualty collection point, 17T NH 552 904.')).toBe('17TNH552904');
    expect(grid('Flown out from 33UVP1234 5678 at 0410.')).toBe('33UVP12345678');
  });
  it('takes a grid corrected after it, and reads no shorthand with too few digits or a unit as a grid', () => {
    expect(grid('Moved him to 41R QP 2288 1034. Correction, 41R QP 2288 1043.')).toBe('41RQP22881043');
    expect(grid('He is with 2-35 IN 1st platoon, 3D ID 12 34, pulse 88.')).toBeUndefined();
    expect(grid('Tag 12B AB 1234.')).toBeUndefined();
  });
});

describe('where the grid was read from, said before it', () => {
  it('is passed over to the grid after its pause', () => {
    expect(grid('Frag to the neck. Grid from my DAGR: 38S MB 4484 1234.')).toBe('38SMB44841234');
    expect(
      grid(
        'Frag to the neck. Grid off the handheld, four two sierra whiskey delta one two three four five six seven eight.',
      ),
    ).toBe('42SWD12345678');
  });
  it('reads none when no grid follows the place', () => {
    expect(grid('Frag to the neck. Grid from the north side of the wadi, not sure.')).toBeUndefined();
  });
  it('reads a whole grid said after a few words and a pause that follow "grid"', () => {
    expect(
      grid('Grid where we are, one one sierra mike sierra four four one two, seven seven eight eight. Priority.'),
    ).toBe('11SMS44127788');
    expect(grid('Grid. Stand by. Three-three uniform victor bravo one two three four five six seven eight.')).toBe(
      '33UVB12345678',
    );
    expect(
      grid('RTO: Grid for the bird?\nMEDIC: Three five tango november kilo two two three three four four five five.'),
    ).toBe('35TNK22334455');
    // A number in the words between is something else's; too few digits past an aside is no grid to trust.
    expect(
      grid('Grid at 1420, three eight sierra lima charlie two one zero five eight eight nine zero.'),
    ).toBeUndefined();
    expect(grid('Grid to our spot, three eight sierra lima charlie two one zero five.')).toBeUndefined();
  });
});

describe('a grid said for everyone', () => {
  it("is read past the words that say it is every casualty's", () => {
    expect(extractRecord('Pickup grid for everyone, 38S MB 4484 1234.').location_grid).toBe('38SMB44841234');
  });
});

describe('the pickup said for the grid', () => {
  it('reads a well-formed grid after "pickup", past the words that say whose it is', () => {
    expect(grid('Pickup for all three is four two sierra whiskey delta one one eight seven four four zero two.')).toBe(
      '42SWD11874402',
    );
    expect(grid('Pickup: 11S NU 4502 9133. Two priority.')).toBe('11SNU45029133');
  });
  it('reads no time or reading after "pickup" as a grid', () => {
    expect(grid('Pickup 2248, HR 104.')).toBeUndefined();
    expect(grid('Pickup at 0749, pulse 110.')).toBeUndefined();
    // The place described after it is not read past, as after an LZ's label.
    expect(
      grid('Pickup is the soccer field past the mosque, four one romeo papa romeo six six two zero.'),
    ).toBeUndefined();
  });
});
