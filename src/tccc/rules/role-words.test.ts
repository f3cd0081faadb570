import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { actsForAnother, agedRoleAt, roleAt } from './role-words.js';

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

describe('a family told apart by age', () => {
  it('reads "the older girl" and "the little one" as casualties, "First the grandmother" too', () => {
    const [grandmother, little, girl, ...rest] = records(
      'Three patients. First the grandmother. Female, late sixties. Frag to the abdomen. HR 118.\n\n' +
        'The little one. Male, four years old. Frag to the left thigh, TQ on the left thigh at 1512. HR 150. ' +
        'The grandfather just told us the little one is Yusuf.\n\n' +
        'The older girl, female, fifteen, is Mariam. Burns to both hands.\n\nGrandmother is urgent; Mariam is priority.',
    );
    expect(rest).toEqual([]);
    expect(grandmother).toMatchObject({ evac_priority: 'urgent', vitals: [{ pulse: 118 }] });
    expect(little.vitals).toEqual([{ pulse: 150 }]);
    expect(girl.casualty?.name).toBe('Mariam');
    expect(girl.evac_priority).toBe('priority');
  });
  it('reads people counted and at once told apart by age as several, each age word turning to its own', () => {
    const [older, younger, ...rest] = records(
      'Two brothers, the older one about 15, the younger about 9. The younger one has burns to both legs. ' +
        'The older one has a GSW to the left arm.',
    );
    expect(rest).toEqual([]);
    expect(older.injuries).toEqual([{ type: 'gsw', location: 'left_arm' }]);
    expect(younger.injuries).toEqual([
      { type: 'burn', location: 'left_leg' },
      { type: 'burn', location: 'right_leg' },
    ]);
  });
  it('takes an age word before a child, a relative or "one", a word for size only before "one"', () => {
    expect(agedRoleAt(tokens('the older boy'), 1)).toEqual({ role: 'older boy', width: 2 });
    expect(agedRoleAt(tokens('the little one'), 1)).toEqual({ role: 'little one', width: 2 });
    expect(agedRoleAt(tokens('the little girl'), 1)).toBeUndefined();
    expect(agedRoleAt(tokens('an older boy'), 1)).toBeUndefined();
  });
  it('reads a relative telling of one told apart by age as words of that one', () => {
    const t = tokens('The grandfather just told us the little one is Yusuf.');
    expect(actsForAnother(t, 1)).toBe(true);
    expect(actsForAnother(tokens('The father says he is fine.'), 1)).toBe(false);
  });
});
