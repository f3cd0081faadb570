import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GENERATED_PATH, validatorSource } from './gen-validator.js';

describe('gen-validator', () => {
  it('the committed validator matches the schema (run `npm run gen:validator` if not)', () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(validatorSource());
  });
  it('generates code that needs no eval at run time', () => {
    expect(validatorSource()).not.toMatch(/new Function|\beval\(/);
  });
});
