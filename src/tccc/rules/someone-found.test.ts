import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('someone more the medic comes upon', () => {
  it('starts a second casualty at "somebody\'s groaning", the first one named in passing', () => {
    const [first, second, ...rest] = records(
      "crawling in now. it's Private Li Wei, he's talking. right forearm's torn open, pressure dressing on it, " +
        "thirteen ten. wait, somebody's groaning under the desk. female, legs pinned, laceration on her scalp. " +
        'her pulse one hundred. back to Wei, pulse ninety.',
    );
    expect(rest).toEqual([]);
    expect(first.casualty?.name).toBe('Li Wei');
    expect(first.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '13:10' }]);
    expect(first.vitals).toEqual([{ pulse: 90 }]);
    expect(second.casualty).toEqual({ sex: 'female' });
    expect(second.injuries).toEqual([{ type: 'laceration', location: 'head' }]);
    expect(second.vitals).toEqual([{ pulse: 100 }]);
  });
  it('reads "there\'s someone else" as another casualty', () => {
    const [first, second, ...rest] = records(
      "I've got Specialist Noor Haidari, TQ on the left thigh, oh two ten. there's someone else behind the door, " +
        'not moving. snoring, NPA in, oh two fifteen.',
    );
    expect(rest).toEqual([]);
    expect(first.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '02:10' }]);
    expect(second.interventions).toEqual([{ type: 'npa', time: '02:15' }]);
  });
  it('leaves "someone else" who gave care as no one more', () => {
    const r = records('PFC Dana Cole, GSW left thigh. Someone else put a TQ on her at 1402. Pulse 118.');
    expect(r).toHaveLength(1);
    expect(r[0].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:02' }]);
  });
  it('starts a second casualty at "there\'s a civilian behind the wall", known by that word when triaged', () => {
    const [first, second, ...rest] = records(
      "Moreau's down, shot in the right calf. Moreau, stay with me. Tourniquet right thigh at 2210. There's a civilian " +
        'behind the wall, female, cut on her left forearm, pressure dressing on it. Back to Moreau. Pulse one twenty, ' +
        "ketamine fifty milligrams IM. Moreau's priority. The civilian's routine.",
    );
    expect(rest).toEqual([]);
    expect(first.casualty?.name).toBe('Moreau');
    expect(first.medications?.map((m) => m.name)).toEqual(['ketamine']);
    expect(first.evac_priority).toBe('priority');
    expect(second.casualty?.sex).toBe('female');
    expect(second.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm' }]);
    expect(second.medications).toBeUndefined();
    expect(second.evac_priority).toBe('routine');
  });
  it('reads no one come upon in someone there doing something ("There\'s a kid holding the light")', () => {
    const r = records(
      "Moreau's down, shot in the right calf. There's a kid holding the light. Tourniquet right thigh.",
    );
    expect(r).toHaveLength(1);
    expect(r[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_leg' }]);
  });
});
