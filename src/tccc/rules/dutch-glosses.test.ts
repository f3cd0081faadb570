import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { glossDutch } from './dutch-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossDutch(tokenize(text))
    .map((t) => t.norm)
    .join(' ');
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('Dutch words of a Dutch medic writing for English readers', () => {
  it('read a side joined to its part, and "om … uur" around a time', () => {
    const r = record(
      'Kpl Anouk Smit, vrouw. GSW linkerbovenbeen, geen uitschotwond.\n' +
        'CAT tourniquet linkerbovenbeen om 09.12 uur. IV poging rechter elleboogsplooi mislukt. ' +
        'IV 18G rechteronderarm om 09.20 uur. Linkeronderarm: drukverband.',
    );
    expect(r.casualty).toMatchObject({ name: 'Anouk Smit', sex: 'female' });
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:12' },
      { type: 'iv', location: 'right_arm', time: '09:20' },
      { type: 'pressure_dressing', location: 'left_arm' },
    ]);
  });

  it('read a set of signs: pols the pulse, AH the rate of breathing, aanspreekbaar alert', () => {
    expect(record('09.35 uur: aanspreekbaar, pols 118, RR 102/64, AH 22, saturatie 95%, pijnscore 6.').vitals).toEqual([
      { time: '09:35', avpu: 'A', pulse: 118, systolic: 102, diastolic: 64, resp_rate: 22, spo2: 95, pain: 6 },
    ]);
  });

  it('leave an English narrative alone, though it has words Dutch writes too', () => {
    expect(glossed('Pols noted, AH 12 on the grid, val from supply, en route at 1400')).toBe(
      'pols noted , ah 12 on the grid , val from supply , en route at 1400',
    );
  });

  it('in a Dutch narrative, leave a side before no part and "AH" in lower case alone', () => {
    expect(glossed('Geen pols, niet gegeven om 14.20 uur; rechter kant, ah 12')).toBe(
      'no pulse , not given at 14.20 hours ; rechter kant , ah 12',
    );
  });

  it('read an English word Dutch writes too as English, but "been" after its side as the leg', () => {
    const text = 'Pols 130, 14.10 uur. Shrapnel right forearm, geen other wounds. Pressure dressing has been applied.';
    expect(record(text).interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
    expect(glossed('Geen pols, niet gegeven. He lies on his side, en route, we met the QRF. Rechter been, lies')).toBe(
      'no pulse , not given . he lies on his side , en route , we met the qrf . right leg , lies',
    );
  });
});
