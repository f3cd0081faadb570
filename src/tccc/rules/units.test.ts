import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const unit = (text: string) => extractRecord(text).casualty?.unit;

describe('a unit written as a phrase of its own in the sentence that says who the casualty is', () => {
  it("reads a number or ordinal with the unit's capitals, a named battalion, and a slashed brigade", () => {
    expect(unit('Cpl Amira Haddad, 2nd MI, female. GSW L arm.')).toBe('2nd MI');
    expect(unit('LCpl Tane Walker, male, 2 RAR. Lac R hand.')).toBe('2 RAR');
    expect(unit('Sgt Ivo Berg, Dragoon Sqn, male.')).toBe('Dragoon Sqn');
    expect(unit('Pt: SPC Lee, M, 4/1 ABCT.')).toBe('4/1 ABCT');
    expect(unit('SPC Moore, female, unit: 3rd Sig Bn.')).toBe('3rd Sig Bn');
  });
  it('reads a numbered unit that ends the phrase after an echelon ("B Coy 3 RAR")', () => {
    expect(unit('Pte Hone Rata, male, B Coy 3 RAR.')).toBe('B Coy 3 RAR');
  });
  it('reads no unit from a measure, a reading, a rank or a sentence that names no one', () => {
    expect(unit('Pt male, 30 YO, GSW L leg.')).toBeUndefined();
    expect(unit('Pt female, 70 KG, 120/80, GSW L leg.')).toBeUndefined();
    expect(unit('First is 1LT Park, female, GSW abdomen.')).toBeUndefined();
    expect(unit('Vehicle hit at the gate, 2 PAX, Charlie Gate.')).toBeUndefined();
  });
});
