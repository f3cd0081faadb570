import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { extractCasualties } from './casualties.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { subjectNameAt } from './name-cues.js';

describe('a name opening a sentence as its subject', () => {
  it('reads the name without the clitic "has" ("Okoye\'s got")', () => {
    const tokens = readTokens("Okoye's got a splint on.", NORMALIZE_OPTIONS);
    expect(subjectNameAt(tokens, 0, () => false)).toBe('okoye');
  });
  it('turns back to the casualty so named, not to someone new', () => {
    const records = extractCasualties(
      'Two casualties. First is PFC Dana Okoye, burns to both hands. The other one is SPC Lee Marsh, frag to the ' +
        "right shin. Okoye's had ketamine 50 mg IM at 1410. Okoye urgent, Marsh routine.",
    ).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.medications?.length ?? 0])).toEqual([
      ['Dana Okoye', 1],
      ['Lee Marsh', 0],
    ]);
  });
  it('reads no name in the care done, said as a noun ("Packing was done …")', () => {
    const tokens = readTokens('Packing was done by 1520, it held.', NORMALIZE_OPTIONS);
    expect(subjectNameAt(tokens, 0, () => false)).toBeUndefined();
  });
  it('keeps the care said as a noun on the casualty spoken of, starting no one new', () => {
    const records = extractCasualties(
      'Two casualties. First is CPL Ines Bakar, frag to the left calf, I packed it. The other one is PVT Rui Soto, ' +
        'burn to the right hand. Bakar had a pulse of 110. Packing was at 1432, then ketamine 50 mg IM at 1440.',
    ).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.medications?.length ?? 0])).toEqual([
      ['Ines Bakar', 1],
      ['Rui Soto', 0],
    ]);
  });
});
