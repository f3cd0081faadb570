import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readStarredFixes } from './starred-fixes.js';

const fixed = (text: string): string | undefined => readStarredFixes(text)?.value;
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('a slip fixed by a starred word on the next line', () => {
  it('reads the starred word in place of the word most like it, and leaves the stars out', () => {
    expect(fixed('eye shirt on the lefty eye 1112\n*shield *left\nvitals 1114')).toBe(
      'eye shield on the left eye 1112\nvitals 1114',
    );
    expect(fixed('gave errata 1 g IO 1620\n*ertapenem')).toBe('gave ertapenem 1 g IO 1620');
  });

  it('fixes a number with one of as many digits, swapped before changed', () => {
    expect(fixed('1608 hr 134 bp 86/50 rr 28 spo2 39 V\n*93')).toBe('1608 hr 134 bp 86/50 rr 28 spo2 93 V');
    expect(fixed('TQ L thigh at 1402\n*1420')).toBe('TQ L thigh at 1420');
  });

  it('reads the fixed words as care and times', () => {
    const r = record(
      'pt SGT Tom Kessler\n*Kessner\ntq on the lefty thigh at 1402\n*left *1420\ngave 2 g TEA iv 1405\n*TXA',
    );
    expect(r.casualty?.name).toBe('Tom Kessner');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:20' }]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '14:05' }]);
  });

  it('leaves a bullet, bold words and a star that fixes no word as written', () => {
    expect(fixed('TQ L thigh 1420\n* IV R AC 1425')).toBeUndefined();
    expect(fixed('**Event:** IED at 0718\n**All four:** hurt')).toBeUndefined();
    expect(fixed('TQ L thigh 1420\n*NKDA')).toBeUndefined();
    // Two words as like the star: which one it fixes is not said.
    expect(fixed('rr 28 hr 38\n*18')).toBeUndefined();
  });
  it('leaves a list bulleted with stars as written', () => {
    expect(fixed('PFC Lee, GSW left thigh at 1400.\nDone:\n*TQ\n*TXA\n*Hextend')).toBeUndefined();
    const r = record('PFC Lee, GSW left thigh at 1400.\nDone:\n*TQ\n*TXA\n*Hextend');
    expect(r.interventions?.map((i) => i.type)).toContain('tourniquet');
  });
});
