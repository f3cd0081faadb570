import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { actsForAnother, roleAt } from './role-words.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);
const tokens = (text: string) => readTokens(text, NORMALIZE_OPTIONS);

describe('casualties known by their duty position', () => {
  it('reads a forward observer spelled letter by letter, the letters of a weapon before the gunner and a hurt interpreter', () => {
    const [fo, gunner, terp, ...rest] = records(
      'three wounded at the bridge. the F O got hit first, round through the right thigh, TQ right thigh at 1812. ' +
        'next, the LMG gunner, burns to the left hand. and the terp, round through the left ' +
        "calf, pressure dressing on the left leg. break. F O's name is Sergeant Lior Ben-David. F O urgent surgical, " +
        'gunner routine, terp priority.',
    );
    expect(rest).toEqual([]);
    expect(fo.casualty?.name).toBe('Lior Ben-David');
    expect(fo.evac_priority).toBe('urgent_surgical');
    expect(fo.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '18:12' }]);
    expect(gunner.evac_priority).toBe('routine');
    expect(gunner.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
    expect(terp.evac_priority).toBe('priority');
    expect(terp.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
  });
  it("reads a role's name said with the possessive as said of him, never a thing of his", () => {
    const t = tokens("The RTO's name is Ames. The driver's side door was jammed.");
    expect(roleAt(t, 1)).toBe('rto');
    expect(
      roleAt(
        t,
        t.findIndex((x) => x.norm === "driver's"),
      ),
    ).toBeUndefined();
  });
  it('opens no words of a role that does something for someone else', () => {
    const t = tokens("Terp got the lady's name. Terp got hit in the arm.");
    expect(actsForAnother(t, 0)).toBe(true);
    expect(
      actsForAnother(
        t,
        t.findIndex((x, i) => i > 0 && x.norm === 'terp'),
      ),
    ).toBe(false);
  });
});
