import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by the building or bunker they were found in', () => {
  const sweep =
    'Mortar attack on the FOB at 0210. No names yet, logged by where we found them.\n\n' +
    'Hut 4. Frag to the L thigh, CAT L thigh 0214. HR 120.\n\n' +
    'The chapel. Female, frag R forearm. Pressure dressing R forearm. Siren again, so we moved her. ' +
    'In bunker 2: HR 100 at 0220.\n\n' +
    'Bunker 2. Twisted his R ankle running in. Splint R ankle.\n\n' +
    'Evac: hut 4 urgent surgical, chapel priority, bunker 2 routine.';

  it('opens a casualty at each line headed by a place, not at a place said within a line', () => {
    const [hut, chapel, bunker, ...rest] = records(sweep);
    expect(rest).toEqual([]);
    expect(hut.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '02:14' }]);
    expect(chapel.casualty).toEqual({ sex: 'female' });
    expect(chapel.vitals).toEqual([{ time: '02:20', pulse: 100 }]);
    expect(bunker.interventions).toEqual([{ type: 'splint', location: 'right_leg' }]);
  });

  it('gives a category said after a place to the one found there', () => {
    const [hut, chapel, bunker] = records(sweep);
    expect([hut.evac_priority, chapel.evac_priority, bunker.evac_priority]).toEqual([
      'urgent_surgical',
      'priority',
      'routine',
    ]);
  });

  it('turns back to the one found at the place named in brackets after a heading', () => {
    const [chu, gym, ...rest] = records(
      'IDF 2340. Logged by location.\n' +
        'CHU 9: male, frag R thigh. TQ R thigh 2348.\n' +
        'Gym: frag L arm, pressure dressing L arm.\n' +
        'Bunker 5 (the CHU 9 pt): HR 130 @ 2355. TXA 2 g IV 2357.',
    );
    expect(rest).toEqual([]);
    expect(chu.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '23:57' }]);
    expect(gym.medications).toBeUndefined();
  });

  it('reads lines opening with where one named or wounded casualty was treated as that one casualty', () => {
    for (const text of [
      'PFC Lee, GSW R thigh.\nAt the gate, TQ R thigh 1402.\nAt the TOC, TXA 2 g IV 1410. HR 110.',
      'SGT Park, IED, L leg amputation.\nThe ECP: TQ L thigh 0912.\nThe TOC: TXA 2 g IV 0920.',
      'One casualty, PFC Moss, frag R calf.\nTent 3: TQ R thigh 1102.\nTent 4: TXA 2 g IV 1110.',
    ]) {
      const [one, ...rest] = records(text);
      expect(rest).toEqual([]);
      expect(one.casualty?.name).toMatch(/^(Lee|Park|Moss)$/);
      expect(one.injuries).toHaveLength(1);
      expect(one.medications).toHaveLength(1);
    }
  });

  it('reads one place heading a line as no switch', () => {
    expect(records('Bunker 2. Frag L arm, pressure dressing L arm. HR 90.')).toHaveLength(1);
  });
});
