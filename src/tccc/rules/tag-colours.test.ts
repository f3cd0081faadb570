import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by the colour of their triage tag and where they lie', () => {
  it('opens a casualty at each tag colour heading a line, two of one colour apart by their place', () => {
    const found = records(
      [
        'Three down in the motor pool after the rocket, 0340.',
        'Red on the stretcher by the bay door. Burns to both legs, pulse 130. Urgent.',
        'Red against the wall is PFC Sam Okoro. GSW left arm, CAT left arm 0344. Urgent surgical.',
        'Green, walking wounded. Lac to the right hand, pressure dressing. Routine.',
        'Back to the red on the stretcher by the bay door. Pulse 138 at 0352.',
      ].join('\n'),
    );
    expect(found.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      [undefined, 'urgent'],
      ['Sam Okoro', 'urgent_surgical'],
      [undefined, 'routine'],
    ]);
    expect(found[0].vitals).toEqual([{ pulse: 130 }, { pulse: 138, time: '03:52' }]);
    expect(found[1].vitals).toBeUndefined();
  });
  it('reads a colour as no casualty where one line alone opens with it', () => {
    expect(records('Red by the door: the smoke marker. GSW right thigh, TQ 1204.')).toHaveLength(1);
  });
});
