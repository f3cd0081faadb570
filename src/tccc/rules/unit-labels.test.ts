import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const unit = (text: string) => extractRecord(text).casualty?.unit;

describe("a unit after a card's 'Unit' label", () => {
  it('ends at the pipe or the spaced slash that ends its field', () => {
    expect(unit('Name: VOSS, Ada | Unit: A Btry 2-320 FA | Sex: F')).toBe('A Btry 2-320 FA');
    expect(unit('Name: Kerr, Ian / Unit: C Co 1-26 IN / Sex: M')).toBe('C Co 1-26 IN');
    expect(unit('Name: Lopez    Unit: 3/7 Marines    Blood Type: O POS')).toBe('3/7 Marines');
    expect(unit('Unit: B Co 2 Platoon Alpha Team')).toBe('B Co 2 Platoon Alpha Team');
    expect(unit('Unit: 3/7 SFG | Evac: routine')).toBe('3/7 SFG');
    expect(unit('Unit: 3rd Sqd, C Trp 4-10 CAV. Sex: M.')).toBe('3rd Sqd, C Trp 4-10 CAV');
  });
  it('is read after a comma when the card is read aloud, the label opening its phrase', () => {
    expect(unit('okay... unit, D Trp 6-9 CAV... sex, female.')).toBe('D Trp 6-9 CAV');
    expect(unit('Unit, 1st Signal Bde. Mech, fall.')).toBe('1st Signal Bde');
  });
});
