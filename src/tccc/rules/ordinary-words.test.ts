import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';

describe('ordinary words one letter from a clinical word', () => {
  it('are read as themselves, not as the clinical word', () => {
    const r = extractRecord('fentanyl lozenge eight hundred mics stuck in his cheek twenty one fifteen');
    expect(r.time_of_injury).toBeUndefined();
    expect(r.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '21:15' }]);
    expect(extractRecord('he was burping, pain four. Routine.').mechanism).toBeUndefined();
    const burped = extractRecord('Vented seal on the right chest, burped it twice, 2231. Routine.');
    expect(burped.mechanism).toBeUndefined();
    expect(burped.time_of_injury).toBeUndefined();
    for (const word of ['later', 'sitting', 'while', 'mills', 'patent', 'noise', 'angle', 'track'])
      expect(NORMALIZE_OPTIONS.spelling?.correct(word)).toBeUndefined();
  });
  it('read a wound "split" open as a wound, not a splint', () => {
    const r = extractRecord('Lip split wide open, lac to the face, pressure dressing on it.');
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'face' }]);
  });
  it('still correct a slip of the clinical word', () => {
    expect(NORMALIZE_OPTIONS.spelling?.correct('preasure')).toBe('pressure');
  });
});

describe('"cat" after the word for an evacuation', () => {
  it('is the evacuation category shortened, not a CAT tourniquet', () => {
    const r = extractRecord('What evac cat did you call? Priority. CAT went on his right arm at 0610.');
    expect(r.evac_priority).toBe('priority');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '06:10' }]);
  });
});

describe('a brand written with its hyphen', () => {
  it('reads the Ready-Heat as hypothermia prevention', () => {
    expect(extractRecord('Wrapped her in a Ready-Heat at 0233.').interventions).toEqual([
      { type: 'hypothermia_prevention', time: '02:33' },
    ]);
  });
});
