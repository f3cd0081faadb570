import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a casualty named to compare with', () => {
  it('is no turn to him: "the same ketamine as patient one" stays the words of the one spoken of', () => {
    const [reyes, lind] = records(
      'Two casualties from the rollover at 1140. Patient one, CPL Reyes, crushed left hand, splinted, gave him ' +
        'ketamine 30 mg IM at 1150. Patient two, PFC Lind, cut scalp. He got the same ketamine as patient one, at ' +
        '1155, and a pressure dressing to the head. Reyes priority, Lind routine.',
    );
    expect(reyes.interventions).toEqual([{ type: 'splint', location: 'left_arm' }]);
    expect(lind.interventions).toEqual([{ type: 'pressure_dressing', location: 'head' }]);
    expect(lind.medications?.map((m) => m.time)).toEqual(['11:55']);
  });
  it('still turns back to a casualty named without a comparison ("Back to patient one: …")', () => {
    const [reyes, lind] = records(
      'Two casualties from the rollover at 1140. Patient one, CPL Reyes, crushed left hand, splinted. Patient two, ' +
        'PFC Lind, cut scalp, pressure dressing to the head. Back to patient one: ketamine 30 mg IM at 1150.',
    );
    expect(reyes.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '11:50' }]);
    expect(lind.medications).toBeUndefined();
  });
  it('reads "Like Brandt, he …" as a comparison, not as a name called in full, and keeps his words his', () => {
    const [brandt, gruber, ...rest] = records(
      'Rocket hit the mess tent at 1930, two hurt.\n\nSGT Ana Brandt had burns to her right forearm. Burn dressing ' +
        'applied. Pulse 88 at 1940.\n\nCPL Theo Gruber had a frag wound to the left calf. Like Brandt, he was alert. ' +
        'Pulse 96 at 1945.\n\nBrandt priority, Gruber routine.',
    );
    expect(rest).toEqual([]);
    expect(brandt.vitals).toEqual([{ pulse: 88, time: '19:40' }]);
    expect([gruber.casualty?.name, gruber.vitals]).toEqual(['Theo Gruber', [{ pulse: 96, time: '19:45' }]]);
  });
});
