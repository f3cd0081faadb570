import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';

const name = (text: string) => findCasualty(readDoc(text))?.value.name;

describe('a rank of another army glossed before the name', () => {
  it('reads the name after the gloss, not the rank', () => {
    expect(name('Patient is Stabsgefreiter, that is a lance corporal, Krause, Lena. Female, 29.')).toBe('Lena Krause');
    expect(name('Casualty is szeregowy, it means private, Zielinski, Marek, male.')).toBe('Marek Zielinski');
  });
});

describe('the surname said again with the first name after a comma', () => {
  it('gives the first name then the surname', () => {
    expect(name('Pt is SGT Okonjo... Okonjo, Grace. GSW left arm.')).toBe('Grace Okonjo');
    expect(name("Hang on, Ferris, look at me. Name's Ferris, Dylan. TQ left leg.")).toBe('Dylan Ferris');
  });
  it('gives the first name when the name is said again whole, set off', () => {
    expect(name('Casualty is sergeant. Okafor. Chidi Okafor. Male.')).toBe('Chidi Okafor');
    expect(name('Mortar got LCpl Brandt, Jonah Brandt. Frag to the neck.')).toBe('Jonah Brandt');
  });
  it('takes no sex letter, no name said elsewhere on its own and no name in a list as the first name', () => {
    expect(name('SGT Cole hit. Then Ames, Cole, Diaz.')).toBe('Cole');
    expect(name('SGT Okonjo, GSW left arm. Okonjo, M, 24.')).toBe('Okonjo');
    expect(name('SGT Cole hit. Checked Cole, Dunn. Dunn has burns.')).toBe('Cole');
  });
});
