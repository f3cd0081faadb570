import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties numbered by a marker', () => {
  it('cuts at "Marker one", "Marker two", … and reads each one alone', () => {
    const [first, second, third, ...rest] = records(
      'Mortar round at 2210, three hurt. I numbered their hands in the dark. Marker one: burns to both forearms, ' +
        'alert. Marker two: frag to the right thigh, TQ at 2214. Marker three: ringing ears, pulse 90. ' +
        'Marker two urgent, marker one priority, marker three routine.',
    );
    expect(rest).toEqual([]);
    expect(first.injuries).toEqual([
      { type: 'burn', location: 'left_arm' },
      { type: 'burn', location: 'right_arm' },
    ]);
    expect(first.interventions).toBeUndefined();
    expect(second.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '22:14' }]);
    expect(third.vitals).toEqual([{ pulse: 90 }]);
  });
  it('reads a marker pen as no casualty', () => {
    const rs = records('Wrote the TQ time on his forehead with a marker, 2 TQs on the left leg. Pulse 112.');
    expect(rs).toHaveLength(1);
    expect(rs[0].vitals).toEqual([{ pulse: 112 }]);
  });
});
