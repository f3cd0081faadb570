import { describe, expect, it } from 'vitest';
import { fillDittoMarks } from './ditto-marks.js';
import { extractCasualties } from './casualties.js';

const filled = (text: string): string | undefined => fillDittoMarks(text)?.value;

describe("a table's ditto cells", () => {
  it('read as the cell above, a chain of marks back to the words written', () => {
    expect(
      filled('pt | TQ | pain\nPFC Ruiz | CAT R arm | ketamine 50 mg IN\nSGT Okafor | " | do.\nSPC Lin | same | "'),
    ).toBe(
      'pt | TQ | pain\nPFC Ruiz | CAT R arm | ketamine 50 mg IN\nSGT Okafor | CAT R arm | ketamine 50 mg IN\n' +
        'SPC Lin | CAT R arm | ketamine 50 mg IN',
    );
  });

  it("keep a marked cell's own time ('\" 0917' under 'IO sternal 0912')", () => {
    expect(filled('name | access\nCruz | IO sternal 0912\nPace | " 0917')).toBe(
      'name | access\nCruz | IO sternal 0912\nPace | IO sternal 0917',
    );
  });

  it("of a markdown table read under the cell above, the rows' edge bars no cells of their own", () => {
    expect(filled('| who | airway |\n| Cpl Moss | NPA 0455 |\n| Pvt Hale | " |')).toBe(
      '| who | airway |\n| Cpl Moss | NPA 0455 |\n| Pvt Hale | NPA 0455 |',
    );
  });

  it('are left as written under a line that is no row of the table', () => {
    expect(filled('Cpl Moss had an NPA placed\nPvt Hale | "')).toBeUndefined();
    expect(filled('| Moss | NPA |\nHale | " | 0502')).toBeUndefined();
  });

  it('give each casualty his own care on his record', () => {
    const records = extractCasualties(
      'Mortar round 0630, two hurt.\n\nname | wound | bleeding | given\n' +
        'PFC Dana Ruiz | frag R arm | CAT R arm 0634 | ketamine 50 mg IN 0640\n' +
        'SGT Femi Okafor | frag L arm | " 0636 | " 0642\n',
    ).casualties.map((c) => c.record);
    expect(records.map((r) => r.medications)).toEqual([
      [{ name: 'ketamine', dose: '50 mg', route: 'IN', time: '06:40' }],
      [{ name: 'ketamine', dose: '50 mg', route: 'IN', time: '06:42' }],
    ]);
  });
});

describe("a list's ditto marks for a sign's value", () => {
  it('read as the value of that sign on the line above', () => {
    expect(filled('A: pulse 88, BP 124/80, RR 14\nB: pulse 102, BP ", RR same')).toBe(
      'A: pulse 88, BP 124/80, RR 14\nB: pulse 102, BP 124/80, RR 14',
    );
  });

  it('are left as written after a blank line, in quoted words, or with no such sign above', () => {
    expect(filled('A: pulse 88, BP 124/80\n\nB: pulse 102, BP "')).toBeUndefined();
    expect(filled('He kept saying "same as before".\nPulse 96, "fine"')).toBeUndefined();
    expect(filled('A: pulse 88\nB: pulse 102, BP same')).toBeUndefined();
    expect(filled('Nobody moved.\nBP 120/80 and "do." he said')).toBeUndefined();
  });
});
