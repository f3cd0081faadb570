import { describe, expect, it } from 'vitest';
import { readTokens } from './normalize.js';

const opts = { acronyms: new Set(['txa']), joinedWords: new Set<string>() };
const raws = (text: string) => readTokens(text, opts).map((t) => t.raw);

describe('markdown heading marks', () => {
  it('are dropped where they open a line and a space follows them', () => {
    expect(raws('# Handover\n## 2. CPL Ruiz\n###### Plan')).toEqual([
      'Handover',
      '\n',
      '2',
      '.',
      'CPL',
      'Ruiz',
      '\n',
      'Plan',
    ]);
  });
  it('stay as a number sign, inside a line, or when seven marks open it', () => {
    expect(raws('#2 PFC Lowe')).toEqual(['#', '2', 'PFC', 'Lowe']);
    expect(raws('bed # 4')).toEqual(['bed', '#', '4']);
    expect(raws('####### x')[0]).toBe('#');
  });
});

describe('the micro sign', () => {
  it('reads "µg" after a dose as micrograms, and leaves a lone micro sign alone', () => {
    const norms = (text: string) => readTokens(text, opts).map((t) => t.norm);
    expect(norms('Sufentanil 25 µg IN, then 25µg')).toEqual([
      'sufentanil',
      '25',
      'mcg',
      'in',
      ',',
      'then',
      '25',
      'mcg',
    ]);
    expect(norms('µ g')).toEqual(['\u00b5', 'g']);
  });
});

describe("a unit written with an apostrophe's plural", () => {
  const norms = (text: string) => readTokens(text, opts).map((t) => t.norm);

  it('reads "gram\'s", "mg\'s" and "cc\'s" after an amount as the unit', () => {
    expect(norms("cefazolin two gram's, ketorolac 15 mg's, 500 cc's")).toEqual([
      'cefazolin',
      '2',
      'grams',
      ',',
      'ketorolac',
      '15',
      'mg',
      ',',
      '500',
      'ccs',
    ]);
  });

  it("leaves a possessive with no amount before it, and a unit's count word, alone", () => {
    expect(norms("the gram's weight, 3 unit's blood")).toEqual([
      'the',
      "gram's",
      'weight',
      ',',
      '3',
      "unit's",
      'blood',
    ]);
  });
});
