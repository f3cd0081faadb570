import { describe, expect, it } from 'vitest';
import { parseSoakArgs } from './e2e-soak-args.js';

describe('soak arguments', () => {
  it('defaults to 5 repeats, the given load and 120 minutes, passing nothing on', () => {
    expect(parseSoakArgs([], 2)).toEqual({
      repeatEach: 5,
      loadLoops: 2,
      maxMinutes: 120,
      help: false,
      passThrough: [],
    });
  });

  it('takes its own options in either form and passes everything else to Playwright in order', () => {
    const options = parseSoakArgs(
      ['e2e/records.spec.ts', '--repeat-each', '3', '--grep', 'two tabs', '--load=0', '--max-minutes=10', '-x'],
      2,
    );
    expect(options).toEqual({
      repeatEach: 3,
      loadLoops: 0,
      maxMinutes: 10,
      help: false,
      passThrough: ['e2e/records.spec.ts', '--grep', 'two tabs', '-x'],
    });
  });

  it('refuses a value that is missing or not a whole number, naming the option', () => {
    expect(() => parseSoakArgs(['--repeat-each'], 2)).toThrow('--repeat-each needs a value');
    expect(() => parseSoakArgs(['--repeat-each', '0'], 2)).toThrow('--repeat-each must be a whole number ≥ 1, not "0"');
    expect(() => parseSoakArgs(['--load=two'], 2)).toThrow('--load must be a whole number ≥ 0, not "two"');
  });
});
