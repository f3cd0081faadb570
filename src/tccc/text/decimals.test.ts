import { describe, expect, it } from 'vitest';
import { NORMALIZE_OPTIONS } from '../rules/lexicon/index.js';
import { readTokens } from './normalize.js';

const numbers = (text: string) =>
  readTokens(text, NORMALIZE_OPTIONS)
    .filter((t) => t.kind === 'number')
    .map((t) => t.value);

describe('fractions', () => {
  it('keep a spoken or written point', () => {
    expect(numbers('fentanyl zero point one milligrams IV at 0915')).toEqual([0.1, 915]);
    expect(numbers('naloxone point eight mg')).toEqual([0.8]);
    expect(numbers('fentanyl zero point zero five milligrams')).toEqual([0.05]);
    expect(numbers('morphine two point five milligrams')).toEqual([2.5]);
    expect(numbers('naloxone .4 mg, hextend 0.5 L')).toEqual([0.4, 0.5]);
  });
  it('keep a decimal comma before a unit, as European armies write it', () => {
    expect(numbers('Morphin 2,5 mg i.v. 0812, Temp 36,8 °C, Naloxon 0,04mg')).toEqual([2.5, 812, 36.8, 0.04]);
    // No unit after the comma: two readings run together, or a list.
    expect(numbers('HR 88,92 then 1,2 and 3')).toEqual([88, 92, 1, 2, 3]);
    expect(numbers('NaCl 1,000 ml')).toEqual([1000]);
  });
  it('read halves', () => {
    expect(numbers('one and a half grams')).toEqual([1.5]);
    expect(numbers('half a gram')).toEqual([0.5]);
  });
  it('count one of a dose unit said with an article', () => {
    expect(numbers('Tylenol, no, a full gram, by mouth')).toEqual([1]);
    expect(numbers('a gram of TXA')).toEqual([1]);
    expect(numbers('a gauze roll and a dressing')).toEqual([]);
  });
  it('leave what is not a fraction alone', () => {
    expect(numbers('at that point 1200 the TQ went on')).toEqual([1200]);
    expect(numbers('pulse 120. 4 units')).toEqual([120, 4]);
    expect(numbers('one hundred and five')).toEqual([105]);
  });
});
