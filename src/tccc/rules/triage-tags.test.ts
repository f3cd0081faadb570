import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('triage tags said to be persons', () => {
  it('reads "T1 = <rank> <name>" as that casualty\'s label wherever a tag opens what is said after', () => {
    const found = records(
      'Rocket on the FOB, two hurt, tagged them.\nT1 = PFC Rios, open fx R femur, TQ R thigh 0412\n' +
        'T2 is SGT Ward, burns both hands\nT1 HR 132 BP 90/50\nT2 HR 88, dressing both hands\ncorrection T1 TQ 0410 not 0412',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Rios', 'Ward']);
    expect(found.map((r) => r.vitals?.map((v) => v.pulse))).toEqual([[132], [88]]);
    expect(found[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '04:10' }]);
  });
  it('leaves a lone T1 said as a triage category, with no tag said to be a person, to the casualty spoken of', () => {
    const found = records('Cas A: SPC Holt, GSW L thigh. T1. Cas B: PFC Ng, frag R hand. T3.');
    expect(found.map((r) => r.casualty?.name)).toEqual(['Holt', 'Ng']);
  });
});

describe('casualties known by their triage tags', () => {
  it('reads each tag number as a casualty, past nine too, and turns back to a tag said again', () => {
    const [a, b, c, ...rest] = records(
      'Rocket into the chow hall line at 1210. Tag 14, immediate: amputation left hand, CAT left forearm at 1214. ' +
        'Tag three, delayed: burns to the right arm, pulse 96. Tag twenty, minimal: laceration to the left cheek. ' +
        'Tag 14 again: second CAT above the first at 1221.',
    );
    expect(rest).toEqual([]);
    expect(a.injuries).toEqual([{ type: 'amputation', location: 'left_arm' }]);
    expect(a.interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '12:14' },
      { type: 'tourniquet', location: 'left_arm', time: '12:21' },
    ]);
    expect([b.injuries, b.vitals]).toEqual([[{ type: 'burn', location: 'right_arm' }], [{ pulse: 96 }]]);
    expect(c.injuries).toEqual([{ type: 'laceration', location: 'face' }]);
  });
  it('turns to a tag past nine by its number alone: "back to thirty-one", "Thirty-two has …", "Thirty-two, …"', () => {
    const [a, b, ...rest] = records(
      'IDF on the motor pool. Tag thirty-one: frag to the right thigh, pulse 112. Tag thirty-two: burns to the left ' +
        'hand, pulse 90. Back to thirty-one: pulse 124 now. Thirty-two has a splint on the left wrist. ' +
        'Thirty-two, pulse 86.',
    );
    expect(rest).toEqual([]);
    expect(a.vitals?.map((v) => v.pulse)).toEqual([112, 124]);
    expect(b.vitals?.map((v) => v.pulse)).toEqual([90, 86]);
    expect(b.interventions).toEqual([{ type: 'splint', location: 'left_arm' }]);
    expect(a.interventions).toBeUndefined();
  });
});
