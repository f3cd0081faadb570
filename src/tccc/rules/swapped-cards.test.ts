import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

const REPORT = [
  'Two WIA from the rocket strike at 2215.',
  '1) SSG Maria Okafor, roster MO-4410: burn L hand, dressing L hand. HR 88. Routine.',
  '2) SPC Dylan Reyes, roster DR-9921: GSW R thigh. TQ R thigh 2220. HR 132, BP 88/50. Urgent.',
];

describe('withSwappedCards', () => {
  it('trades names and roster numbers when all listed under each is said to be the other one’s', () => {
    const text = [
      ...REPORT,
      "Correction: the cards were mixed up. Everything written under Reyes is really Okafor's, and everything for Okafor was Reyes's.",
      'Tags are right. Out.',
    ].join('\n');
    const [first, second] = records(text);
    expect(first.casualty?.name).toBe('Dylan Reyes');
    expect(first.casualty?.battle_roster).toBe('DR9921');
    expect(first.vitals?.[0]?.pulse).toBe(88);
    expect(second.casualty?.name).toBe('Maria Okafor');
    expect(second.interventions?.[0]).toMatchObject({ type: 'tourniquet', time: '22:20' });
  });

  it('reads "vice versa" as the other half of the swap', () => {
    const text = [...REPORT, "Everything under Okafor is actually Reyes's and vice versa."].join('\n');
    expect(records(text).map((r) => r.casualty?.name)).toEqual(['Dylan Reyes', 'Maria Okafor']);
  });

  it('moves nothing when either one is spoken of again after the swap', () => {
    const text = [...REPORT, "Everything under Okafor is actually Reyes's and vice versa. Reyes now BP 92/60."].join(
      '\n',
    );
    expect(records(text).map((r) => r.casualty?.name)).toEqual(['Maria Okafor', 'Dylan Reyes']);
  });

  it('moves nothing when only one way is said', () => {
    const text = [...REPORT, 'Everything about Okafor is fine as sent.'].join('\n');
    expect(records(text).map((r) => r.casualty?.name)).toEqual(['Maria Okafor', 'Dylan Reyes']);
  });
});
