import { describe, expect, it } from 'vitest';
import { extractRecord } from '../index.js';

describe('care talked about', () => {
  it('is not care given ("talked about ketamine, held it")', () => {
    expect(
      extractRecord('GSW L thigh. Talked about ketamine, held it because of his sats.').medications,
    ).toBeUndefined();
  });
});

describe('a line said to be saline locked', () => {
  it('runs no fluid', () => {
    expect(extractRecord('IV R AC 18G at 1418. No blood on the truck, line is saline locked.').fluids).toBeUndefined();
  });
});
