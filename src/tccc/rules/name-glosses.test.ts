import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';
import { extractCasualties } from './casualties.js';

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

describe('a first name said on its own', () => {
  it('reads the name said for "first name", asked or labelled', () => {
    expect(name('Corporal Haines took frag to the arm. Name for the card? First name Dana.')).toBe('Dana Haines');
    expect(name("Private Soto, GSW left leg. First name? — 'Marco.' — Okay Marco, stay with me.")).toBe('Marco Soto');
  });
  it('reads a lone name sentence after the surname closes one, never a word of the radio alphabet', () => {
    expect(name('Specialist Ybarra. Nina. Look at me. Burns to both hands.')).toBe('Nina Ybarra');
    expect(name('First casualty, Private Ybarra. Mike. Blast at 0310.')).toBe('Ybarra');
  });
});

describe('a surname said alone, then the first name the casualty is called by', () => {
  const names = (text: string) => extractCasualties(text).casualties.map((c) => c.record.casualty?.name);
  it('reads the first name then the surname', () => {
    expect(name('Adeyemi. Tunde, open your eyes. GSW left shoulder, packing it now.')).toBe('Tunde Adeyemi');
    expect(name('Got him. Mwangi! Otieno, stay with me, buddy. Frag to the right calf.')).toBe('Otieno Mwangi');
  });
  it('reads each of two casualties so called', () => {
    const text = [
      'Two down off the mortar. Haddad. Omar, look at me. Frag right thigh, TQ right leg 0910.',
      'Done with him. Lindqvist, Erik, your turn. Burn to the left hand, dressing on it.',
    ].join(' ');
    expect(names(text)).toEqual(['Omar Haddad', 'Erik Lindqvist']);
  });
  it('reads no surname from a word that opens a sentence, nor across a comma', () => {
    expect(name('Good. Tunde, keep breathing for me. Good pulse. GSW left shoulder.') ?? '').not.toContain('Good');
    expect(name('Hold this, Mwangi. Otieno, stay with me. Frag to the right calf.')).not.toBe('Otieno Mwangi');
  });
});
