import { describe, expect, it } from 'vitest';
import { withoutDonorScreening } from './donor-screening.js';
import { extractCasualties } from './casualties.js';

describe('withoutDonorScreening', () => {
  it("gives the casualty none of the donor's roster or readings", () => {
    const text =
      'SPC Noor Haddad, shrapnel to the right thigh, pulse one thirty, BP eighty over forty. ' +
      'Donor is Private Eli Stone, roster sierra tango seven seven zero one, group O, low titre, Eldon card checked. ' +
      'his pulse sixty eight, BP one eighteen over seventy, cleared to donate. ' +
      'Haddad: IO left humerus at two two one zero.';
    const record = extractCasualties(text).casualties[0].record;
    expect(record.casualty?.battle_roster).toBeUndefined();
    expect(record.vitals).toEqual([{ pulse: 130, systolic: 80, diastolic: 40 }]);
    expect(record.interventions).toEqual([{ type: 'io', location: 'left_arm', time: '22:10' }]);
  });

  it('reads the sentence that gives the casualty low-titer blood, and a text with no donor', () => {
    const given = 'One unit of low titer O whole blood through the IO at 0315. Eldon card typed him A pos, unit hung.';
    expect(withoutDonorScreening(given)).toBe(given);
    const plain = 'TQ left arm 0920, pulse 110, good to go for evac.';
    expect(withoutDonorScreening(plain)).toBe(plain);
  });

  it('blanks only the screening sentence, keeping every offset', () => {
    const text = 'pulse 120. Donor Ruiz, O neg, titer low. IO at 0400.';
    const out = withoutDonorScreening(text);
    expect(out).toHaveLength(text.length);
    expect(out.startsWith('pulse 120.')).toBe(true);
    expect(out.endsWith(' IO at 0400.')).toBe(true);
    expect(out).not.toContain('Ruiz');
  });
});
