import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutReadBacks } from './read-backs.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

const CALL = [
  'OPS: Go ahead.',
  'MEDIC: One casualty, Specialist Ito. Gunshot to the left forearm, tourniquet at zero nine ten. Pulse one ten.',
  'OPS: Ito, gunshot left forearm, tourniquet zero nine ten, pulse one forty. Priority?',
  'MEDIC: Pulse is one one zero. Urgent. Morphine ten milligrams IV at zero nine fifteen.',
  'OPS: Morphine ten IV, zero nine fifteen, copy.',
].join('\n');

describe('withoutReadBacks', () => {
  it("blanks the call-taker's read-backs, a slip and a question in them included, same length", () => {
    const out = withoutReadBacks(CALL);
    expect(out).toHaveLength(CALL.length);
    expect(out.split('\n').map((line) => line.trimEnd())).toEqual([
      'OPS: Go ahead.',
      CALL.split('\n')[1],
      'OPS:',
      CALL.split('\n')[3],
      'OPS:',
    ]);
  });

  it('keeps a turn that says something new, and a text with too few turns', () => {
    const answered = 'DOC: TQ on the left leg?\nMEDIC: Left leg, yes, and TXA at 1410.\nDOC: Good.\nMEDIC: Out.';
    expect(withoutReadBacks(answered)).toBe(answered);
    expect(withoutReadBacks('A: Pulse 90.\nB: Pulse 90.')).toBe('A: Pulse 90.\nB: Pulse 90.');
  });

  it("reads the caller's pulse, not the read-back's slip", () => {
    const record = extractCasualties(CALL).casualties[0].record;
    expect(record.vitals?.map((v) => v.pulse)).not.toContain(140);
  });

  it('reads back past a bare confirmation, and takes a word said with another ending for the same word', () => {
    const text = [
      'MEDIC: Last one, Private Tomas Varga. Burned both forearms on the stove. Pain is a seven. Routine.',
      'OPS: Copy all. Ready for the grid?',
      'MEDIC: Correct.',
      'OPS: Varga, burns both forearms, pain seven, routine.',
      'MEDIC: Roger.',
    ].join('\n');
    const out = withoutReadBacks(text);
    expect(out).not.toContain('Varga, burns');
    expect(records(text)[0].vitals).toEqual([{ pain: 7 }]);
  });

  it('keeps a turn that says something new after a confirmation', () => {
    const text = [
      'MEDIC: One casualty, Private Tomas Varga, burns to both forearms.',
      'OPS: Copy. Anything else?',
      'MEDIC: Correct.',
      'OPS: Need his pulse and blood pressure for the bird, and his blood type.',
    ].join('\n');
    expect(withoutReadBacks(text)).toContain('Need his pulse');
  });
});
