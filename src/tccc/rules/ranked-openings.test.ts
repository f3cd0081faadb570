import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { headedRankBefore, lineHeadingBefore } from './ranked-openings.js';

/** Where the heading before the rank `rank` opens, as a token's text, else undefined. */
const heading = (text: string, rank: string): string | undefined => {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const at = headedRankBefore(
    tokens,
    tokens.findIndex((t) => t.raw === rank),
  );
  return at === undefined ? undefined : tokens[at].raw;
};

describe('a heading that names a ranked casualty by his place in a crew', () => {
  it('opens at a crew role, or at the callsign of word and number before it, with a comma or not', () => {
    expect(heading('Chalk 2 cleared. GOLD 4 gunner PFC Ames Lutz, burns.', 'PFC')).toBe('GOLD');
    expect(heading('Contact front. Driver, CPL Ray Deng, GSW L arm.', 'CPL')).toBe('Driver');
  });
  it("opens at a log line's stamp said before the heading", () => {
    expect(heading('0931: BLUE 2 dismount SPC Ola Kern, frag R hand.', 'SPC')).toBe('0931');
  });
  it('is none where the words before the rank are no crew role, or do not open the sentence', () => {
    expect(heading('We pulled the driver SGT Ives out.', 'SGT')).toBeUndefined();
    expect(heading('We saw the gunner, SGT Ives, go down.', 'SGT')).toBeUndefined();
    expect(heading('Contact. Then SGT Ives went down.', 'SGT')).toBeUndefined();
  });
});

/** Where the heading of the line before the first rank `rank` opens, as a token's text, else undefined. */
const lineHeading = (text: string, rank: string): string | undefined => {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const at = lineHeadingBefore(
    tokens,
    tokens.findIndex((t) => t.raw === rank),
  );
  return at === undefined ? undefined : tokens[at].raw;
};

describe('a heading of where the casualty lay, opening his line', () => {
  it('opens at a place and its number or letter, or a lone letter and a dash, set off from the rank', () => {
    expect(lineHeading('3 pts.\nLANE 4 - PFC Jordan Mills. Pulseless.', 'PFC')).toBe('LANE');
    expect(lineHeading('Three off the line.\nMask two two, Specialist Kyle Brennan. Routine.', 'Specialist')).toBe(
      'Mask',
    );
    expect(lineHeading('3 down.\nA - "by the fig tree", PFC Ben Sato. Frag R thigh.', 'PFC')).toBe('A');
    expect(lineHeading('3 pts.\nMASK 9 (ambulatory, lane A) - SGT Priya Raman. Exposure only.', 'SGT')).toBe('MASK');
  });
  it("is none on the narrative's first line, after a sentence, or where the heading is no place or a patient's label", () => {
    expect(lineHeading('RANGE 9 WX - medic notes, SGT A. Vasquez\nLANE 4 - PFC Ames.', 'SGT')).toBeUndefined();
    expect(lineHeading('2 pts.\nRefueler finally gave his name: SPC Darnell Fitch.', 'SPC')).toBeUndefined();
    expect(lineHeading('Pt A GSW L thigh.\nA - SPC Jamal Haddad, NKDA.', 'SPC')).toBeUndefined();
    expect(lineHeading('2 pts.\nLane 4 at 1400, SGT Ames was hit.', 'SGT')).toBeUndefined();
  });
  it('is none where the line goes on to say what the ranked name did', () => {
    const reyes =
      '0900 Contact, two casualties.\nAlpha 2 - SSG Reyes called for medic, I moved up.\nPFC Cole GSW right thigh, TQ 0905.\nSPC Diaz frag left arm, pressure dressing 0910.';
    expect(lineHeading(reyes, 'SSG')).toBeUndefined();
    const mason =
      'Two urgent.\nPFC Cole GSW right thigh, TQ 0905.\nSPC Diaz frag left arm, pressure dressing 0910.\nRoute B - SGT Mason drove the lead truck to the HLZ.';
    expect(lineHeading(mason, 'SGT')).toBeUndefined();
  });
});
