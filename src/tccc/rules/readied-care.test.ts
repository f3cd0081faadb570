import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('care made ready', () => {
  it('gives no plasma only reconstituted, nor blood only spiked and primed', () => {
    expect(record('GSW left thigh. 0355 FDP reconstituted. 0400 TXA 2 g IV.').fluids ?? []).toEqual([]);
    expect(record('Whole blood spiked and primed, waiting on the bird.').fluids ?? []).toEqual([]);
  });
  it('holds back no device a card shows drawn', () => {
    expect(record('TQ bar drawn L thigh high, "0940" written beside it.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:40' },
    ]);
  });
  it('gives the care that later words say went in', () => {
    expect(record('FDP reconstituted and hung at 0402.').fluids).toEqual([{ name: 'plasma', time: '04:02' }]);
    expect(record('Morphine 5 mg drawn up and pushed IV at 1405.').medications).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '14:05' },
    ]);
  });
  it('gives care said to go in by any verb of giving, past a route said on the way', () => {
    expect(record('GSW left thigh. Ketamine 50 mg drawn up and administered IV at 1410.').medications).toEqual([
      { name: 'ketamine', dose: '50 mg', route: 'IV', time: '14:10' },
    ]);
    expect(record('GSW left thigh. Whole blood spiked and run in through the IO at 1430.').fluids).toEqual([
      { name: 'whole_blood', route: 'IO', time: '14:30' },
    ]);
    expect(record('GSW left thigh. Hextend 500 mL spiked, hanging at 1420.').fluids).toEqual([
      { name: 'hextend', volume_ml: 500, time: '14:20' },
    ]);
  });
});
