import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a card dictated field by field, one card per casualty', () => {
  it('opens a casualty at each name field that names another person ("Name: Priya Nair.")', () => {
    const found = records(
      'Open form. Name: Liam Okafor. Injury, burns left hand. Priority routine. Submit. Open form. ' +
        'Name: Priya Nair. Injury, gunshot wound right thigh. Tourniquet right thigh. Priority urgent. Submit.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Liam Okafor', 'Priya Nair']);
    expect(found.map((r) => r.evac_priority)).toEqual(['routine', 'urgent']);
    expect(found[0].interventions ?? []).toEqual([]);
    expect(found[1].interventions?.map((x) => x.type)).toEqual(['tourniquet']);
  });
  it('keeps one card whose name field is said once, or said again for the same person', () => {
    expect(records('Name, Tomas Berg. Injury, laceration left shin. Name, Tomas Berg. Priority routine.')).toHaveLength(
      1,
    );
    const one = records('Name, Tomas Berg. He says his name is Berg. Pressure dressing left shin. Priority routine.');
    expect(one).toHaveLength(1);
    expect(one[0].casualty?.name).toBe('Tomas Berg');
  });
});
