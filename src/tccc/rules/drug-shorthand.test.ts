import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('drug shorthand in notes', () => {
  it('reads "Keta" as ketamine with its dose, route and time', () => {
    expect(extractRecord('Keta 50mg IM 0258. Ertapenem 1g IM 0300.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IM', time: '02:58' },
      { name: 'ertapenem', dose: '1 g', route: 'IM', time: '03:00' },
    ]);
  });
});
