import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';

const casualty = (text: string) => findCasualty(readDoc(text))?.value;

describe('the words of a name', () => {
  it('ends a name before the letters of a battle roster number written onto its digits', () => {
    expect(casualty('SGT Mara Voss MV4410. GSW R thigh, TQ 0912.')?.name).toBe('Mara Voss');
    expect(casualty('SGT Mara Voss Hale, GSW R thigh.')?.name).toBe('Mara Voss Hale');
  });
});
