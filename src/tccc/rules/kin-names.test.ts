import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties who share a surname, told apart by first name', () => {
  it('reads "Surname, First, roster" heading each one\'s words as a casualty of that first name', () => {
    const found = records(
      'Rocket hit the motor pool at 0312, two hurt, both named Okafor. Okafor, Chidi, CO4471, the mechanic: ' +
        'frag to the left hand, pressure dressing. Okafor, Ngozi, NO8802, the clerk: frag in the right calf, TQ right leg ' +
        '0315. Chidi routine, Ngozi urgent.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Chidi Okafor', 'Ngozi Okafor']);
    expect(found.map((r) => r.interventions?.map((i) => i.type) ?? [])).toEqual([
      ['pressure_dressing'],
      ['tourniquet'],
    ]);
  });
  it('reads "Surname I. - First" heading each one\'s words as a casualty of that first name', () => {
    const found = records(
      'Two Novaks in the blast. Novak P. — Petra, the medic driver — frag to the left thigh, TQ on it. ' +
        'Novak T. — Tomas, the gunner — burns to the right forearm.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Petra Novak', 'Tomas Novak']);
    expect(found.map((r) => r.injuries?.map((i) => i.location))).toEqual([['left_leg'], ['right_arm']]);
  });
  it('reads a name alone heading its words once, as no one told apart', () => {
    const found = records('Okafor, Chidi, CO4471, the mechanic: burns to the left hand, dressed. Routine.');
    expect(found).toHaveLength(1);
  });
  it('gives a sentence ending on one namesake\'s initial to him ("… went to C., not N.")', () => {
    const found = records(
      'Two Okafors hurt at 0312. Okafor C. — Chidi, the mechanic — frag to the left hand. Okafor N. — Ngozi, ' +
        'the clerk — frag in the right calf. I wrote the ketamine 50 mg IM at 0320 under the wrong one, it went to C.',
    );
    expect(found.map((r) => r.medications?.map((m) => m.name) ?? [])).toEqual([['ketamine'], []]);
  });
});
