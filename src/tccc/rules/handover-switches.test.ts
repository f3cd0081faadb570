import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a handover question that turns to another casualty', () => {
  it('starts the casualty its answer names, with speaker labels or dashes', () => {
    const labelled = records(
      'ER: Who have we got?\nMEDIC: Sergeant Lucas Fry, blast, shrapnel to the left thigh. TQ left thigh at 0412.\n' +
        'ER: And him?\nMEDIC: Private Dion Hale. Burns to both hands. Pulse one-ten.',
    );
    expect(labelled.map((r) => r.casualty?.name)).toEqual(['Lucas Fry', 'Dion Hale']);
    expect(labelled[0].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '04:12' }]);
    expect(labelled[1].vitals).toEqual([{ pulse: 110 }]);
    expect(labelled[0].vitals).toBeUndefined();
    const dashed = records(
      '- Go.\n- Corporal Ana Ruiz, GSW right arm, pressure dressing on it.\n- What about the gunner?\n- Specialist Omar Tate. Laceration to the scalp.',
    );
    expect(dashed.map((r) => r.casualty?.name)).toEqual(['Ana Ruiz', 'Omar Tate']);
    expect(dashed[1].injuries).toEqual([{ type: 'laceration', location: 'head' }]);
  });
  it('turns to no one when the answer names no one', () => {
    const r = records('RN: Pain?\nMEDIC: Ket fifty IM.\nRN: And now?\nMEDIC: Settled. Pulse ninety.');
    expect(r).toHaveLength(1);
  });
});
