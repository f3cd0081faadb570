import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { withoutRequestedCare } from './handoff-requests.js';

const HANDOFF = [
  'Situation - CPL Ana Brandt, blast injury, right leg.',
  'Background - TQ right thigh 1412.',
  'Assessment - 1420 HR 110, BP 100/60.',
  'Recommendations - Push TXA 2 g if she drops her pressure. Consider ketamine 50 mg IM for pain.',
].join('\n');

describe('withoutRequestedCare', () => {
  it('gives none of the care an SBAR Recommendation asks for', () => {
    const r = extractRecord(HANDOFF);
    expect(r.medications ?? []).toEqual([]);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '14:12' }]);
  });

  it('keeps what the Recommendation only lists as done, and keeps every offset', () => {
    const text = 'S: PFC Ito, burns.\nB: burned at 0310.\nA: HR 90.\nR: NRB O2 0330, evac routine.';
    expect(withoutRequestedCare(text)).toBe(text);
    const out = withoutRequestedCare(HANDOFF);
    expect(out).toHaveLength(HANDOFF.length);
    expect(out.split('\n')[3].trim()).toBe('Recommendations -');
  });

  it('leaves text without the four headings in order as it is', () => {
    const text = 'R: give TXA now. S: he is bleeding.';
    expect(withoutRequestedCare(text)).toBe(text);
  });
});
