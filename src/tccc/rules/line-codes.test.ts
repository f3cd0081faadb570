import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties coded by a letter and a digit', () => {
  const report = [
    '0840 two casualties after the mortar round, both at the motor pool.',
    'B1 driver SGT Ines Carvalho: frag R calf. CAT R leg 0842.',
    'B2 PFC Tomas Lindgren: burns L hand.',
    '0851 update: B2 got morphine 10 mg IM 0849. B1 0850 HR 110.',
    'B1 urgent, B2 routine.',
  ].join('\n');

  it('opens a casualty at a code heading a line before a role and a rank, or a rank alone', () => {
    expect(records(report).map((r) => r.casualty?.name)).toEqual(['Ines Carvalho', 'Tomas Lindgren']);
  });

  it('gives what an update says after a code to the casualty that code headed', () => {
    const [first, second] = records(report);
    expect(second.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '08:49' }]);
    expect(first.vitals).toEqual([{ time: '08:50', pulse: 110 }]);
    expect([first.evac_priority, second.evac_priority]).toEqual(['urgent', 'routine']);
  });

  it('opens nothing at a code that heads no person', () => {
    const text = 'One casualty, SPC Omar Haidari, GSW L arm.\nC4 charge blew early at 1030. TQ L arm 1032.';
    expect(records(text)).toHaveLength(1);
  });
});

describe('a digit written as an ordinal', () => {
  it('is never joined to the digits dictated before it', async () => {
    const { readTokens } = await import('../text/normalize.js');
    const { NORMALIZE_OPTIONS } = await import('./lexicon/index.js');
    const norms = readTokens('A3 2nd CAT on. pulse 1 1 0', NORMALIZE_OPTIONS).map((t) => t.norm);
    expect(norms).toContain('2');
    expect(norms).toContain('110');
  });
});
