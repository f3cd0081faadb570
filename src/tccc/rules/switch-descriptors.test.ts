import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by what they are said to be right after their label', () => {
  it('switches back to a casualty by the description said after its label ("he\'s the medic", "the loader")', () => {
    const [medic, loader, ...rest] = records(
      "Treating the first guy, he's the medic, frag to the left thigh, pulse 120. Now the second guy, the loader, " +
        'burn to the right hand, pulse 84. Back to the medic. TQ left thigh at 0915. Medic is urgent, loader routine.',
    );
    expect(rest).toEqual([]);
    expect(medic.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '09:15' }]);
    expect([medic.vitals, medic.evac_priority]).toEqual([[{ pulse: 120 }], 'urgent']);
    expect([loader.vitals, loader.evac_priority, loader.interventions]).toEqual([
      [{ pulse: 84 }],
      'routine',
      undefined,
    ]);
  });
  it('reads "First patient is the loader" as a description too', () => {
    const [loader, other] = records(
      'First patient is the loader, frag L leg, TQ 0920. Second patient is the commander, burns face, HR 90. Back to the loader, HR 130.',
    );
    expect([loader.vitals, other.vitals]).toEqual([[{ pulse: 130 }], [{ pulse: 90 }]]);
  });
  it('reads "the prisoner they brought in" as a description, and "the prisoner" later as that casualty', () => {
    const [a, b, ...rest] = records(
      'Two from the raid. First, SPC Hale, GSW L calf, HR 100. Second, the prisoner they brought in, lac to the scalp, HR 88. ' +
        'Hale priority, the prisoner routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority]).toEqual(['Hale', 'priority']);
    expect([b.vitals, b.evac_priority]).toEqual([[{ pulse: 88 }], 'routine']);
  });

  it('knows a litter by the tier and side it rides on ("Litter two, upper right: … Upper right is SPC Dale Ortiz")', () => {
    const [a, b, ...rest] = records(
      'Litter one, lower left: burns to both hands, pulse 96. Litter two, upper right: frag to the left calf, ' +
        'pulse 118. Upper right is SPC Dale Ortiz. Lower left is PFC Amy Soto.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Amy Soto', 'Dale Ortiz']);
  });
});
