import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { extractRecord } from './index.js';
import { glossPortuguese } from './portuguese-glosses.js';

describe('Portuguese written among English', () => {
  it('reads the parts, sides, care and drugs of a Brazilian note', () => {
    const r = extractRecord(
      'FAF antebraço direito, sem ferida de saída. Garrote braço direito às 14h20. Curativo compressivo no abdome ' +
        '14h23. Cetamina 50 mg IM 14h28. SF 0,9% 500 ml EV às 10h32.',
    );
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'right_arm', time: '14:20' },
      { type: 'pressure_dressing', location: 'abdomen', time: '14:23' },
    ]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:28' }]);
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IV', time: '10:32' }]);
  });
  it('reads the signs and a number taken back with "não"', () => {
    const r = extractRecord(
      'Garrote coxa esquerda. 09h25 – SSVV: PA 120x78, FC 96 – não, 92 – FR 18, SatO2 97%, dor 4/10.',
    );
    expect(r.vitals).toEqual([
      { time: '09:25', systolic: 120, diastolic: 78, pulse: 92, resp_rate: 18, spo2: 97, pain: 4 },
    ]);
  });
  it('reads a drug said with "não" after it as not given', () => {
    const r = extractRecord('Fentanil 50 mcg EV 10h38. Cetamina não – tenente pediu para esperar. Sem colar cervical.');
    expect(r.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '10:38' }]);
  });
  it('glosses nothing in a narrative not written in Portuguese', () => {
    const tokens = tokenize('Coxa wound, no dor. PA 120x80 do not move him, tala later.');
    expect(glossPortuguese(tokens)).toBe(tokens);
    const written = tokenize('Coxa esquerda, sem dor. PA 120x80.');
    expect(glossPortuguese(written).map((t) => t.norm)).toEqual([
      'left',
      'thigh',
      ',',
      'no',
      'pain',
      '.',
      'bp',
      '120',
      '/',
      '80',
      '.',
    ]);
  });
});
