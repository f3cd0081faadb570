import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { glossGerman } from './german-glosses.js';
import { tokenize } from '../text/tokenize.js';

const glossed = (text: string): string =>
  glossGerman(tokenize(text))
    .map((t) => t.norm)
    .join(' ');
const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('German words of a German medic writing for English readers', () => {
  it('read care, places and sides as the English says them', () => {
    const r = record(
      'OGefr Jonas Brandt, männlich. Schussverletzung li. Oberschenkel, kein Ausschuss.\n' +
        'Tourniquet angelegt 14:20 li. Oberschenkel.\ni.v.-Zugang 18G re. Handrücken 14:27.\n' +
        'Druckverband li. Unterarm 14:30. Wärmeerhalt 14:35.',
    );
    expect(r.casualty).toMatchObject({ name: 'Jonas Brandt', sex: 'male' });
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:20' },
      { type: 'iv', location: 'right_arm', time: '14:27' },
      { type: 'pressure_dressing', location: 'left_arm', time: '14:30' },
      { type: 'hypothermia_prevention', time: '14:35' },
    ]);
  });

  it('read the shorthand of a set of signs: RR a pressure, AF the rate of breathing', () => {
    expect(record('Kontrolle 14:45: RR 118/76, HF 104, AF 18, SpO2 98 %, Schmerz 4/10.').vitals).toEqual([
      { time: '14:45', systolic: 118, diastolic: 76, pulse: 104, resp_rate: 18, spo2: 98, pain: 4 },
    ]);
  });

  it('read a drug weighed and not given as none, and a route with dots as one before its time', () => {
    const r = record('Ondansetron 4 mg i.v. 03:31. Ketamin überlegt, nicht gegeben.');
    expect(r.medications).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '03:31' }]);
  });

  it('leave English alone: "RR 22" is a rate, "re." before no body part, a rank word before no name', () => {
    expect(glossed('RR 22, RR 24/min, re. the TQ')).toBe('rr 22 , rr 24 / min , re . the tq');
    expect(glossed('PFC Wade, no fuss')).toBe('pfc wade , no fuss');
    expect(glossed('HF 120 and Fw Meyer, fw')).toBe('hr 120 and sgt meyer , fw');
  });

  it('leave English "links" and a name "Pat." alone; a side beside a German part and "Pat." before German are German', () => {
    expect(record('Belt links, arm lac. Pressure dressing arm.').interventions).toEqual([
      { type: 'pressure_dressing' },
    ]);
    expect(record('Casualty is Pat. GSW to the left arm. HR 96.').casualty?.name).toBe('Pat');
    expect(glossed('Pat. nicht befragbar, Unterarm links, rechts Oberschenkel')).toBe(
      'patient not befragbar , forearm left , right thigh',
    );
  });
});
