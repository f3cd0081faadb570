import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { crewHeadingBefore } from './ranked-openings.js';

/** Where the heading before the rank `rank` opens, as a token's text, else undefined. */
const heading = (text: string, rank: string): string | undefined => {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const at = crewHeadingBefore(
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
    expect(heading('Medic, SGT Ives, is on scene.', 'SGT')).toBeUndefined();
  });
});
