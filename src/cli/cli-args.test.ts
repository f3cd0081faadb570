import { describe, expect, it } from 'vitest';
import { choiceOption, integerOption, parseCommandLine, positiveNumberOption, UsageError } from './cli-args.js';

describe('parseCommandLine', () => {
  it('refuses an unknown flag by name', () => {
    expect(() => parseCommandLine(['--frobnicate'], { jsonl: { type: 'boolean' } })).toThrow(UsageError);
    expect(() => parseCommandLine(['--frobnicate'], { jsonl: { type: 'boolean' } })).toThrow(/--frobnicate/);
  });
  it('refuses a string flag without its value, and positionals unless allowed', () => {
    expect(() => parseCommandLine(['--k'], { k: { type: 'string' } })).toThrow(/--k/);
    expect(() => parseCommandLine(['stray'], {})).toThrow(/stray/);
    expect(parseCommandLine(['q', '--k', '3'], { k: { type: 'string' } }, true)).toMatchObject({
      values: { k: '3' },
      positionals: ['q'],
    });
  });
});

describe('value checks name the flag and the value', () => {
  it('integerOption', () => {
    expect(integerOption('--k', undefined, 5)).toBe(5);
    expect(integerOption('--k', '7', 5)).toBe(7);
    for (const bad of ['abc', '0', '-1', '1.5', '', '1e3'])
      expect(() => integerOption('--k', bad, 5)).toThrow(`--k must be a whole number of at least 1, got "${bad}"`);
  });
  it('positiveNumberOption', () => {
    expect(positiveNumberOption('--mb', '0.5', 1)).toBe(0.5);
    for (const bad of ['x', '0', '-2', '', 'Infinity'])
      expect(() => positiveNumberOption('--mb', bad, 1)).toThrow(`--mb must be a positive number, got "${bad}"`);
  });
  it('choiceOption', () => {
    expect(choiceOption('--kind', 'a', ['a', 'b'], 'b')).toBe('a');
    expect(() => choiceOption('--kind', 'c', ['a', 'b'], 'b')).toThrow('--kind must be one of a, b, got "c"');
  });
});
