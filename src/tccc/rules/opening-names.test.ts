import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const name = (text: string) => extractRecord(text).casualty?.name;

describe('a full name opening a sentence', () => {
  it('is the casualty when his sex is said right after it', () => {
    expect(name('Right. Marta Kowalczyk, female, rolled her ankle on the descent. Splint right leg.')).toBe(
      'Marta Kowalczyk',
    );
  });

  it('is the casualty when it is called out as hit', () => {
    expect(name("Contact front! Javier Ortega's hit, left shoulder. Packing it.")).toBe('Javier Ortega');
    expect(name('Ruth Abebe is down! Round to the belly.')).toBe('Ruth Abebe');
  });

  it('is no one when it opens an order to someone else', () => {
    expect(name('Sam Keller, keep firing! GSW right thigh, TQ 1405.')).toBeUndefined();
  });
});

describe('a name restated after a comma', () => {
  it('reads the given name said again with the surname as the full name', () => {
    expect(name('Tomasz, Tomasz Wrona, stay with me. Burns to both hands.')).toBe('Tomasz Wrona');
  });
  it('reads a short form of "casualty is" before the name', () => {
    expect(name("Okay, casualty's Imani Okoro, roster Bravo Oscar one two. GSW left arm.")).toBe('Imani Okoro');
  });
});
