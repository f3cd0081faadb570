import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('how casualties are told apart and their facts kept to each', () => {
  it('reads a zap number printed with a space between letters and digits as the heading of each entry', () => {
    const found = records(
      'Mortar impact at 0205, two casualties. Zap KT 1182: frag L thigh, TQ L leg 0208. HR 130. Urgent. ' +
        'Zap RB 4407: frag R hand, pressure dsg. HR 88, alert. Routine.',
    );
    expect(found.map((r) => r.casualty?.battle_roster)).toEqual(['KT1182', 'RB4407']);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
    expect(pulses(found)).toEqual([[130], [88]]);
  });
  it('reads "the second:" heading a casualty\'s words once several are said, and the full name set off after a label', () => {
    const found = records(
      'Mortar hit the trench at 0610, two wounded. First is soldier Pavlo Kravets, male. Fragment in the right calf, ' +
        'pulse 112. Now the second: Iryna Shevchuk, female. Cut on the left hand, pulse 90. ' +
        'Back to Kravets: pulse 100. Kravets is urgent, Shevchuk routine.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Pavlo Kravets', 'Iryna Shevchuk']);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
    expect(pulses(found)).toEqual([[112, 100], [90]]);
  });
  it('reads no ordinal heading with a colon as a casualty where the narrative counts no one', () => {
    const found = records(
      'Two tourniquets on the left leg. The first: high on the thigh at 0610. The second: below it at 0614.',
    );
    expect(found).toHaveLength(1);
  });
  it('turns to a casualty named in a recogniser\'s text before a sign of his, his full name read up to "battle roster"', () => {
    const found = records(
      'two wounded first guy is specialist owen hale battle roster kilo tango four four one two he took one in the ' +
        'left thigh tourniquet left leg second is private maria soto female battle roster lima bravo one one two ' +
        'two cut on the right hand hale pulse one thirty b p ninety over sixty soto pulse eighty eight hale is ' +
        'urgent surgical soto routine',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['owen hale', 'maria soto']);
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent_surgical', 'routine']);
    expect(pulses(found)).toEqual([[130], [88]]);
  });
  it('gives no record to someone said to be no casualty ("not a cas") or, only named, to have no wounds', () => {
    const notACas = records(
      'Grenade at 1715. Cas A: frag L arm, TQ L arm 1718. Urgent. Cas B: frag R leg, press dsg. Priority. ' +
        'Terp was in the yard too, ears ringing, not a cas.',
    );
    expect(notACas.map((r) => r.evac_priority)).toEqual(['urgent', 'priority']);
    const noWounds = records(
      'Grenade at 1715. Cas A: frag L arm, TQ L arm 1718. Urgent. Cas B: frag R leg, press dsg. Priority. ' +
        'SSG Cole checked himself over, no wounds.',
    );
    expect(noWounds.map((r) => r.evac_priority)).toEqual(['urgent', 'priority']);
  });
  it('gives a name opening the sentence after a numbered label and a sentence said of both to that casualty', () => {
    const found = records(
      'Casualty 1 of 2. Both PF, 2nd Coy, both in the truck when it rolled at 2205. Sgt Omar Haddad, male, thrown clear. Lac L arm, ' +
        'pressure dsg. HR 96. Priority. Casualty 2 of 2. Pvt Sami Nasser, male, pinned. TQ R leg 2215. HR 124. ' +
        'Urgent. Back to Haddad: HR 90.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Omar Haddad', 'Sami Nasser']);
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'urgent']);
    expect(pulses(found)).toEqual([[96, 90], [124]]);
  });
  it('reads a first name and surname after a capitalized rank of another army set off after a label', () => {
    const found = records(
      'Mine strike at 0705, two casualties. Casualty 1: Sergent Marc Dubois, male. Closed fracture of the left ' +
        'ankle, splint. HR 104. Urgent. Casualty 2: Caporal Anne Roux, female. Cut on the chin, HR 88. Priority.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Marc Dubois', 'Anne Roux']);
  });
  it('keeps all three words of a name set off after a word for a soldier ("soldier Yusuf Ali Farah,")', () => {
    const found = records(
      'Two hurt by the rocket. First, soldier Yusuf Ali Farah, male. Burn to the neck, pulse 104. ' +
        'Second, soldier Amina Noor, female. Cut on the right foot, pulse 86.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Yusuf Ali Farah', 'Amina Noor']);
  });
});
