import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a correction moves the fact it corrects', () => {
  it('puts a dose corrected in the next sentence in place of the old one, keeping its route and time', () => {
    expect(extractRecord('Fentanyl 800 mcg OTFC at 0105. Correction, 400 mcg. Pain 6.').medications).toEqual([
      { name: 'fentanyl', dose: '400 mcg', route: 'OTFC', time: '01:05' },
    ]);
  });
  it('corrects a time in the same phrase', () => {
    expect(extractRecord('TXA 2 g IV at 0620, correction, 0625.').medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '06:25' },
    ]);
  });
  it('leaves a dose alone when the number after the marker has another unit', () => {
    expect(extractRecord('Ketamine 50 mg IM at 0105. Correction, 2 g TXA IV.').medications?.[0]).toEqual({
      name: 'ketamine',
      dose: '50 mg',
      route: 'IM',
      time: '01:05',
    });
  });
});
