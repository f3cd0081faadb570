import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const vitals = (text: string) => extractRecord(text).vitals ?? [];

describe('signs taken at a halt of a litter carry', () => {
  it('dates the first signs after a halt with the time said there, past checks of the dressings', () => {
    expect(
      vitals(
        'Four on the stretcher, lift. Stop two. Lower her. 0412. Dressing on the arm is soaked, adding gauze... ' +
          'fine. Heart rate 122, RR 24. Lift, go.',
      ),
    ).toEqual([{ time: '04:12', pulse: 122, resp_rate: 24 }]);
    expect(vitals('Halt, 1538. Radial pulse 104, sats 95. Moving again.')).toEqual([
      { time: '15:38', pulse: 104, spo2: 95 },
    ]);
    expect(vitals('Carried him 300 meters. At the LZ, zero nine fifty. HR 96.')).toEqual([
      { time: '09:50', pulse: 96 },
    ]);
  });
  it('dates nothing once the carry moves on, another time is said, or no halt is said', () => {
    expect(vitals('Halt three, 2204. Checking the TQ. Up. Moving. Pulse 130.')).toEqual([{ pulse: 130 }]);
    expect(vitals('Halt one, 0630. Ketamine 50 mg IM at 0633. Pulse 118.')).toEqual([{ pulse: 118 }]);
    expect(vitals('Told them to halt the convoy. 1402. Wound check. Pulse 88.')).toEqual([{ pulse: 88 }]);
  });
  it('gathers the signs said at one halt into one set until the carry moves on', () => {
    expect(vitals('Stop one, 0352. Pulse 114, alert. Seal is holding. Pain six. Up. Go. Pain eight.')).toEqual([
      { time: '03:52', pulse: 114, avpu: 'A', pain: 6 },
      { pain: 8 },
    ]);
    expect(vitals('Halt. 2240. Only responds to pain. Heart rate 140, BP 80/50.')).toEqual([
      { time: '22:40', avpu: 'P', pulse: 140, systolic: 80, diastolic: 50 },
    ]);
  });
});
