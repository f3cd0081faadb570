import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties called by their wounds once numbered', () => {
  it('turns to the one casualty wounded in the part or by the wound said ("The stomach: …", "the burns got …")', () => {
    const [gut, burns, scalp, ...rest] = records(
      'Three hurt by the rocket. Casualty A, GSW to the stomach. Casualty B, burns to the right hand. ' +
        'Casualty C, gash on the scalp, dazed. The stomach: pulse 128, BP 88/50. The burns got morphine 10 mg IV at 1410. ' +
        'The scalp is alert, pulse 90. Evac: the stomach urgent surgical, the scalp routine, the burns priority.',
    );
    expect(rest).toEqual([]);
    expect([gut.vitals, gut.medications, gut.evac_priority]).toEqual([
      [{ pulse: 128, systolic: 88, diastolic: 50 }],
      undefined,
      'urgent_surgical',
    ]);
    expect([burns.medications?.map((m) => m.name), burns.evac_priority, burns.vitals]).toEqual([
      ['morphine'],
      'priority',
      undefined,
    ]);
    expect([scalp.vitals, scalp.evac_priority]).toEqual([[{ avpu: 'A', pulse: 90 }], 'routine']);
  });
  it('knows a name told of a wound ("And the neck, that\'s …") when the name is said again', () => {
    const [shin, neck] = records(
      'Two casualties. Cas 1, open fracture left shin, splinted. Cas 2, frag to the neck, packed. ' +
        "Cas 1 is SPC Ana Quist. And the neck, that's PFC Lars Holm. Holm, pulse 112, alert. Quist, pulse 80.",
    );
    expect([shin.casualty?.name, shin.vitals]).toEqual(['Ana Quist', [{ pulse: 80 }]]);
    expect([neck.casualty?.name, neck.vitals]).toEqual(['Lars Holm', [{ pulse: 112, avpu: 'A' }]]);
  });
  it('reads a man known by what he lost ("the amputee\'s")', () => {
    const [, amputee] = records(
      "Patient 1, frag to the chest. Patient 2, amputation of the left hand, TQ at 1120. Patient 1 pulse 100. the amputee's pulse is 130.",
    );
    expect(amputee.vitals).toEqual([{ pulse: 130 }]);
  });
});

describe('a part named that is no casualty turned to', () => {
  it('keeps a part listed with the wounds, and one just told ("…, the neck\'s bleeding so I packed it")', () => {
    const [, second] = records(
      'Two casualties. Cas 1, GSW to the left arm. Cas 2, burns to both hands and the face. ' +
        "Frag to the neck, the neck's bleeding so I packed it with Celox.",
    );
    expect(second.injuries).toContainEqual({ type: 'burn', location: 'face' });
    expect(second.interventions).toEqual([{ type: 'hemostatic_dressing', location: 'neck' }]);
  });
  it('turns to no one by a part two of them are wounded in', () => {
    const [left, right] = records(
      'Cas 1, frag to the left leg, HR 96. Cas 2, frag to the right leg. The leg is bleeding through, HR 130.',
    );
    expect([left.vitals, right.vitals]).toEqual([[{ pulse: 96 }], [{ pulse: 130 }]]);
  });
});
