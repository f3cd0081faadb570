import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { LINE_WORDS, SPACED_COLUMNS, cellsOf, linesOf, runsOf, tokenLinesOf } from './text-cells.js';

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

describe("a narrative's token lines", () => {
  const lines = (text: string) => {
    const tokens = tokenize(text);
    return tokenLinesOf(tokens).map((l) => tokens.slice(l.start, l.end).map((t) => t.raw));
  };
  it('keeps blank lines in their places, each line without its break', () => {
    expect(lines('TQ 0310\n\nIV 0315')).toEqual([['TQ', '0310'], [], ['IV', '0315']]);
  });
  it('opens no line after a break that closes the text, and none for no text', () => {
    expect(lines('Cpl Ames\n')).toEqual([['Cpl', 'Ames']]);
    expect(lines('')).toEqual([]);
  });
});

describe("a line's runs", () => {
  it('finds the words of a line, and the columns of a printout set apart by two spaces or more, where they stand', () => {
    const text = 'intro\nTIME   HR    ALARM / NOTE';
    const line = linesOf(text)[1];
    const runs = (pattern: RegExp) => runsOf(text, line, pattern).map((r) => text.slice(r.start, r.end));
    expect(runs(LINE_WORDS)).toEqual(['TIME', 'HR', 'ALARM', '/', 'NOTE']);
    expect(runs(SPACED_COLUMNS)).toEqual(['TIME', 'HR', 'ALARM / NOTE']);
    expect(runsOf(text, line, SPACED_COLUMNS)[1]).toEqual({ start: 13, end: 15 });
  });
});
