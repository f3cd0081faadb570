import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';

const nameOf = (text: string) => findCasualty(readDoc(text))?.value.name;

describe('a full name said with no rank', () => {
  it('reads a first name and surname after "it\'s" or "that\'s"', () => {
    expect(nameOf("Next one, it's Tomasz Nowak from the mortar section, took frag. HR 100.")).toBe('Tomasz Nowak');
    expect(nameOf('That is Amara Diallo, she was thrown clear. RR 22.')).toBe('Amara Diallo');
  });
  it('reads no name from one word, a spelled call sign, a possessive or a place said after them', () => {
    expect(nameOf("It's Doc, hold still. HR 100.")).toBeUndefined();
    expect(nameOf("That's Delta Four on the net. HR 100.")).toBeUndefined();
    expect(nameOf("It's Sam Reed's kit bag. HR 100.")).toBeUndefined();
    expect(nameOf("It's Landing Zone Crow we need. HR 100.")).toBeUndefined();
  });
  it('lets a ranked name said anywhere come first', () => {
    expect(nameOf("That's Kim Lowe on the radio. Casualty is SPC Dana Ruiz, GSW L arm.")).toBe('Dana Ruiz');
  });
  it('reads a surname said and then again with a first name after a comma', () => {
    expect(nameOf("Okafor's down, Chinedu Okafor, hit in the leg. HR 120.")).toBe('Chinedu Okafor');
    expect(nameOf('Reyes is out, Alpha Bravo, spelled. HR 120.')).toBeUndefined();
    // Or the surname as a sentence of its own, then the full name.
    expect(nameOf('Who is it? Haddad. Samir Haddad. GSW R thigh.')).toBe('Samir Haddad');
    expect(nameOf('Moving now. Quick. Jake Moss is carrying. HR 120.')).toBeUndefined();
  });
  it('reads the name after a card field label of two words and a pause', () => {
    expect(nameOf('New card. Patient name, Mei Lin Chow. Next field. Sex, female.')).toBe('Mei Lin Chow');
  });
});
