import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

describe('a surname written with accented letters after a rank', () => {
  it('names the casualty as an unaccented one does', () => {
    const records = extractCasualties(
      'Two wounded. Corporal Ortega has a laceration on the right arm. And Private Muñoz has burns on the left ' +
        'hand. Both are delayed... correction, both are priority.',
    ).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Ortega', 'priority'],
      ['Muñoz', 'priority'],
    ]);
  });
});

describe('a document title after "PFC" (prolonged field care)', () => {
  it('is no name: the casualty is the one named after it', () => {
    const [{ record }] = extractCasualties(
      'PFC CHART\nPt: SPC Noor Haddad, M, 3rd Plt. TOI 1720, GSW L shin.',
    ).casualties;
    expect(record.casualty?.name).toBe('Noor Haddad');
  });
  it('leaves a private first class named after the rank his name', () => {
    const [{ record }] = extractCasualties('PFC Tomas Berg, frag to the right hand at 0615.').casualties;
    expect(record.casualty?.name).toBe('Tomas Berg');
  });
});
