import { describe, expect, it } from 'vitest';
import { compareFacts, scoredFacts, score } from './facts.js';

describe('scoredFacts', () => {
  it('makes one fact per scored tuple, with times as separate facts', () => {
    const keys = scoredFacts({
      casualty: { name: 'Luis Alvarado' },
      location_grid: '38smb 4484',
      vitals: [{ time: '14:32', pulse: 118 }, { avpu: 'A' }],
      interventions: [{ type: 'tourniquet', location: 'left_leg', time: '14:32' }, { type: 'npa' }],
      fluids: [{ name: 'whole_blood', volume_ml: 500, route: 'IO', time: '14:42' }],
      medications: [{ name: 'txa', dose: '2 g', route: 'IV' }],
    }).map((f) => f.key);
    expect(keys).toEqual([
      'casualty|name|luis alvarado',
      'grid|38SMB4484',
      'vital|pulse|118|14:32',
      'vital|avpu|A|',
      'intervention|tourniquet|left_leg',
      'intervention_time|tourniquet|left_leg|14:32',
      'intervention|npa|',
      'fluid|whole_blood|500|IO',
      'fluid_time|whole_blood|14:42',
      'medication|txa|2 g|IV',
    ]);
  });
});

describe('compareFacts', () => {
  it('counts multisets: two tourniquets on one leg are two facts', () => {
    const two = scoredFacts({
      interventions: [
        { type: 'tourniquet', location: 'left_leg' },
        { type: 'tourniquet', location: 'left_leg' },
      ],
    });
    const one = scoredFacts({ interventions: [{ type: 'tourniquet', location: 'left_leg' }] });
    const cmp = compareFacts(one, two);
    expect(cmp.counts).toEqual({ tp: 1, fp: 0, fn: 1 });
    expect(cmp.missed.map((f) => f.key)).toEqual(['intervention|tourniquet|left_leg']);
    expect(cmp.byKind.get('intervention')).toEqual({ tp: 1, fp: 0, fn: 1 });
  });
  it('scores precision, recall and F1', () => {
    expect(score({ tp: 3, fp: 1, fn: 2 })).toMatchObject({ precision: 0.75, recall: 0.6 });
    expect(score({ tp: 0, fp: 0, fn: 0 }).f1).toBe(1);
  });
});
