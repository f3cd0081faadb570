import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';
import { extractCasualties } from './casualties.js';

const casualty = (text: string) => findCasualty(readDoc(text))?.value;
const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a surname said, then again in full', () => {
  it("reads 'Okoro, Femi Okoro' with no rank or 'name is' before it as the casualty's full name", () => {
    expect(casualty("Got one behind the truck, that's Okoro, Femi Okoro. GSW right calf.")?.name).toBe('Femi Okoro');
  });
  it('reads no name from a comma between two different capitalized words, nor from a list', () => {
    expect(casualty('Tourniquet on, Combat Gauze in. GSW right calf.')).toBeUndefined();
    expect(casualty('Okoro, Femi Ade, and me on the litter. GSW right calf.')?.name).toBeUndefined();
  });
  it('knows the second casualty by that surname when the medic turns back to him', () => {
    const [a, b, ...rest] = records(
      'Two hit by the rocket. First one, this is Okoro, Femi Okoro, frag right calf, tourniquet. Second casualty, ' +
        'Corporal Lise Varga, burn left hand. Back to Okoro. IV in the left arm, TXA one gram IV. Okoro urgent, ' +
        'Varga routine.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Femi Okoro');
    expect(a.medications?.map((m) => m.name)).toEqual(['txa']);
    expect(b.medications).toBeUndefined();
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'routine']);
  });
});
