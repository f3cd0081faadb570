import { describe, expect, it } from 'vitest';
import { cellsOf, linesOf } from './text-cells.js';

const cells = (line: string, separator: string) =>
  cellsOf(line, linesOf(line)[0], separator).map((c) => line.slice(c.start, c.end));

describe("a line's cells", () => {
  it('keeps the commas of a quoted cell in a spreadsheet export, and drops its quotes', () => {
    expect(cells('2,"Okoro, Ben","frag R calf, L hand",,Urgent', ',')).toEqual([
      '2',
      'Okoro, Ben',
      'frag R calf, L hand',
      '',
      'Urgent',
    ]);
  });
  it('keeps a blank last cell after a trailing comma', () => {
    expect(cells('1,SGT Ruth Ames,"TQ R arm 0412",', ',')).toEqual(['1', 'SGT Ruth Ames', 'TQ R arm 0412', '']);
  });
  it('reads a quote inside words, or a quote not closing its cell, as words', () => {
    expect(cells('said "stop, now" twice,next', ',')).toEqual(['said "stop', 'now" twice', 'next']);
    expect(cells('"hold on" he said, then', ',')).toEqual(['"hold on" he said', 'then']);
  });
  it('cuts a markdown row at its pipes, its edge pipes dropped, quotes as they stand', () => {
    expect(cells('| 1 | "Doc" Reyes | GSW, L arm |', '|')).toEqual(['1', '"Doc" Reyes', 'GSW, L arm']);
  });
});
