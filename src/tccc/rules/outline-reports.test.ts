import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a report in numbered paragraphs with lettered subparagraphs', () => {
  const report = [
    'SUBJECT: Casualty report, 3rd Platoon',
    '1. At 1915 a rocket landed beside the motor pool. 1SG Haynes was uninjured. Two Soldiers were wounded.',
    '2. Casualties.',
    ' a. 2LT Nadia Okafor-Lind, BR NO5521. Partial-thickness burns to the left forearm. At 1925: HR 104, RR 20.',
    ' b. SPC Luis Ferro, BR LF0443. Fragment wound to the right calf, pressure dressing applied at 1922 by PFC Moss.',
    '3. Treatment. Both casualties received hypothermia prevention.',
    "4. SSG Baird's squad secured the site. 2LT Okafor-Lind priority, SPC Ferro routine.",
    '5. SFC Grant escorted them to the aid station.',
  ].join('\n');

  it("reads the lettered subparagraphs as the casualties, the paragraphs' numbers as no one's", () => {
    const [a, b, ...rest] = records(report);
    expect(rest).toEqual([]);
    expect(a.casualty).toEqual({ name: 'Nadia Okafor-Lind', battle_roster: 'NO5521' });
    expect(a.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
    expect(a.vitals).toEqual([{ time: '19:25', pulse: 104, resp_rate: 20 }]);
    expect(a.evac_priority).toBe('priority');
    expect(b.casualty).toEqual({ name: 'Luis Ferro', battle_roster: 'LF0443' });
    expect(b.interventions).toContainEqual({ type: 'pressure_dressing', location: 'right_leg', time: '19:22' });
    expect(b.evac_priority).toBe('routine');
  });
});
