import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALIDATORS, validatorSource } from './gen-validator.js';

describe('gen-validator', () => {
  it.each(VALIDATORS)(
    'the committed $out matches its schema (run `npm run gen:validator` if not)',
    ({ schema, out }) => {
      expect(readFileSync(out, 'utf8')).toBe(validatorSource(schema));
    },
  );
  it.each(VALIDATORS)('$out needs no eval at run time', ({ schema }) => {
    expect(validatorSource(schema)).not.toMatch(/new Function|\beval\(/);
  });
});
