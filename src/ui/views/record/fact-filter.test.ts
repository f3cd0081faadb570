import { describe, expect, it } from 'vitest';
import type { ResolvedFact } from '../../../records/index.js';
import { engineMark, factRegion, regionCounts } from './fact-filter.js';

describe('factRegion', () => {
  it('is the site of an injury or a treatment, and nothing for other facts', () => {
    expect(factRegion({ kind: 'injury', value: { type: 'gsw', location: 'left_leg' } })).toBe('left_leg');
    expect(
      factRegion({ kind: 'intervention', value: { type: 'tourniquet', location: 'right_arm', time: '14:02' } }),
    ).toBe('right_arm');
    expect(factRegion({ kind: 'intervention', value: { type: 'iv' } })).toBeUndefined();
    expect(factRegion({ kind: 'medication', value: { name: 'txa', dose: '2 g' } })).toBeUndefined();
  });
});

describe('regionCounts', () => {
  it('counts the facts at each region in schema order, leaving out deleted facts', () => {
    const facts = [
      { id: 'a', origin: 'extracted', kind: 'intervention', value: { type: 'tourniquet', location: 'left_leg' } },
      { id: 'b', origin: 'edited', kind: 'injury', value: { type: 'gsw', location: 'left_leg' } },
      { id: 'c', origin: 'added', kind: 'injury', value: { type: 'burn', location: 'face' } },
      { id: 'd', origin: 'deleted', kind: 'injury', value: { type: 'burn', location: 'chest' } },
      { id: 'e', origin: 'extracted', kind: 'vitals', value: { pulse: 120 } },
    ] as ResolvedFact[];
    expect(regionCounts(facts)).toEqual([
      { region: 'face', count: 1 },
      { region: 'left_leg', count: 2 },
    ]);
  });
});

describe('engineMark', () => {
  it('shortens the engine words to a mark', () => {
    expect(engineMark('rules engine')).toBe('R');
    expect(engineMark('language model (GPU)')).toBe('LM');
    expect(engineMark('language model (CPU)')).toBe('LM');
    expect(engineMark('language model and rules engine')).toBe('LM+R');
    expect(engineMark('imported file')).toBe('File');
  });
});
