import { describe, expect, it } from 'vitest';
import { tokenize } from './tokenize.js';

describe('tokenize', () => {
  it('gives each token its span in the original text', () => {
    const text = 'TQ  L thigh\n1432.';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.raw);
  });
  it('splits letters from digits and reads clocks and decimals', () => {
    expect(tokenize('800mcg 14:32 0.5mg').map((t) => [t.kind, t.norm])).toEqual([
      ['number', '800'],
      ['word', 'mcg'],
      ['clock', '1432'],
      ['number', '0.5'],
      ['word', 'mg'],
    ]);
  });
  it('reads a comma before three digits as grouping thousands, and no other comma', () => {
    expect(tokenize('LR 1,000 ml, HR 120,118').map((t) => [t.kind, t.value ?? t.norm])).toEqual([
      ['word', 'lr'],
      ['number', 1000],
      ['word', 'ml'],
      ['punct', ','],
      ['word', 'hr'],
      ['number', 120],
      ['punct', ','],
      ['number', 118],
    ]);
  });
  it('reads a space before three digits and a volume unit as grouping thousands, and no other space', () => {
    expect(tokenize('NS 2 500 mL, HR 8 100 x').map((t) => [t.kind, t.value ?? t.norm])).toEqual([
      ['word', 'ns'],
      ['number', 2500],
      ['word', 'ml'],
      ['punct', ','],
      ['word', 'hr'],
      ['number', 8],
      ['number', 100],
      ['word', 'x'],
    ]);
    expect(tokenize('1\u202f000 ml').map((t) => t.value ?? t.norm)).toEqual([1000, 'ml']);
    expect(tokenize('pulse 96 100 ml').map((t) => t.value ?? t.norm)).toEqual(['pulse', 96, 100, 'ml']);
    expect(tokenize('WB #1 500 ml').map((t) => t.value ?? t.norm)).toEqual(['wb', '#', 1, 500, 'ml']);
  });
  it('keeps apostrophes inside words and groups other scripts', () => {
    expect(tokenize("he's 負傷 ok").map((t) => t.norm)).toEqual(["he's", '負傷', 'ok']);
  });
  it('keeps letters with accents inside their word', () => {
    expect(tokenize('Sgt MÜLLER, Zoë; Łukasz 5µg').map((t) => t.raw)).toEqual([
      'Sgt',
      'MÜLLER',
      ',',
      'Zoë',
      ';',
      'Łukasz',
      '5',
      'µ',
      'g',
    ]);
  });
  it('skips HTML tags and the body of scripts', () => {
    expect(tokenize('<p>TQ</p><SCRIPT>alert(1)</Script> 3 < 4').map((t) => t.norm)).toEqual(['tq', '3', '<', '4']);
  });
  it('marks newlines as boundaries', () => {
    expect(tokenize('a\nb').map((t) => t.norm)).toEqual(['a', '\n', 'b']);
  });
  it('reads typographic dashes and the ellipsis as punctuation', () => {
    expect(tokenize('given \u2014 no \u2026 ok').map((t) => [t.kind, t.norm])).toEqual([
      ['word', 'given'],
      ['punct', '-'],
      ['word', 'no'],
      ['punct', '...'],
      ['word', 'ok'],
    ]);
  });
});
