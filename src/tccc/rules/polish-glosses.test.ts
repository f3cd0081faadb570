import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { glossPolish } from './polish-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossPolish(tokenize(text))
    .map((t) => t.norm)
    .join(' ');
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('Polish words of a Polish partner medic', () => {
  it('read a side after its part, and the care given there', () => {
    const r = record(
      'Pacjent: st. szer. Jan Kowal, nr JK1234. Mężczyzna. Uczuleń brak.\n' +
        'Udo lewe – postrzał, bez rany wylotowej.\n' +
        'Opaska uciskowa udo lewe godz. 10:20. Wenflon 18G przedramię prawe o 10:25. Perfalgan 1 g iv 10:30.',
    );
    expect(r.casualty).toMatchObject({ name: 'Jan Kowal', sex: 'male', battle_roster: 'JK1234' });
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '10:20' },
      { type: 'iv', location: 'right_arm', time: '10:25' },
    ]);
    expect(r.medications).toEqual([{ name: 'acetaminophen', dose: '1 g', route: 'IV', time: '10:30' }]);
  });

  it('read the signs, and "nie," as taking back the time before it', () => {
    const r = record(
      'Ranny: kpr. Jan Kowal. Brak uczuleń.\nO 10:40: tętno 118, oddechy 24, przytomny, ból 7/10.\n' +
        'Ertapenem 1 g iv 10:45 – nie, 10:47.',
    );
    expect(r.vitals).toEqual([{ time: '10:40', pulse: 118, resp_rate: 24, avpu: 'A', pain: 7 }]);
    expect(r.medications).toEqual([{ name: 'ertapenem', dose: '1 g', route: 'IV', time: '10:47' }]);
  });

  it('leaves a narrative with no more than a Polish word or two as it stands', () => {
    expect(glossed('Tourniquet left leg at 1020, pulse 118. Nie.')).toBe(
      'tourniquet left leg at 1020 , pulse 118 . nie .',
    );
    expect(glossed('Opaska uciskowa udo lewe, tętno 118, brak')).toBe('tourniquet left thigh , pulse 118 , brak');
  });
});
