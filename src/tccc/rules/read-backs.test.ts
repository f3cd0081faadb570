import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutReadBacks } from './read-backs.js';

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
});
