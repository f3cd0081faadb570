import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readShorthandKeys } from './shorthand-keys.js';

const recordOf = (text: string) => extractCasualties(text).casualties[0].record;

const NOTE = [
  'SPC Dana Ruiz, GSW L thigh 0910.',
  'TQ1 L thigh 0912.',
  'V1 0915: 128 | 92/58 | 24 | 94 | A',
  'K25 IM 0918. T2 IV 0920.',
  'V2 0935 104 112/70 18 97 A',
  '',
  'Key (mine):',
  'TQ1 / TQ2 = first / second CAT',
  'K = ketamine, number after it = mg',
  'T2 = TXA 2 g',
  'V1, V2 = vital sets, read HR | BP | RR | SpO2 | AVPU',
].join('\n');

describe("a shorthand note's key", () => {
  it('reads each code as what the key says it stands for, and the key as no care given', () => {
    const record = recordOf(NOTE);
    expect(record.vitals).toEqual([
      { time: '09:15', pulse: 128, systolic: 92, diastolic: 58, resp_rate: 24, spo2: 94, avpu: 'A' },
      { time: '09:35', pulse: 104, systolic: 112, diastolic: 70, resp_rate: 18, spo2: 97, avpu: 'A' },
    ]);
    expect(record.medications).toEqual([
      { name: 'ketamine', dose: '25 mg', route: 'IM', time: '09:18' },
      { name: 'txa', dose: '2 g', route: 'IV', time: '09:20' },
    ]);
  });
  it('reads a column the key marks unread as no reading, and values apart by spaced slashes', () => {
    const text =
      '1939 V1 140 / 78/p / 30 / -- / V\n1941 IV-R 18 AC.\nKEY\nIV-R = IV right arm, number = gauge\n' +
      'V1 = vitals: HR / BP / RR / SpO2 / AVPU; -- = not read\nBZ = Blizzard blanket';
    expect(readShorthandKeys(text)?.value).toBe(
      '1939 HR 140, BP 78/p, RR 30, AVPU V\n1941 IV right arm 18 gauge AC.\n',
    );
  });
  it('reads no clock after a code as its dose: "K 0918 IM" is ketamine at 09:18', () => {
    const key =
      'KEY\nTQ1 / TQ2 = first / second CAT\nK = ketamine, number after it = mg\nO2 NC = oxygen by nasal cannula, L/min';
    expect(readShorthandKeys(`K 0918 IM, O2 NC 0925.\n${key}`)?.value).toBe(
      'ketamine 0918 IM, oxygen by nasal cannula 0925.\n',
    );
    const record = recordOf(`SPC Dana Ruiz, GSW L thigh 0910.\nK 0918 IM, O2 NC 0925.\n\n${key}`);
    expect(record.medications).toEqual([{ name: 'ketamine', route: 'IM', time: '09:18' }]);
    expect(record.interventions).toContainEqual({ type: 'oxygen', time: '09:25' });
  });
  it('reads a one-letter code only before a number or alone in its clause: "A&O x4" is no "alert"', () => {
    const key = 'KEY\nA = alert\nK = ketamine, number after it = mg\nT2 = TXA 2 g';
    expect(readShorthandKeys(`A round hit L thigh. A&O x4. K 50 IM. AVPU: A.\n${key}`)?.value).toBe(
      'A round hit L thigh. A&O x4. ketamine 50 mg IM. AVPU: alert.\n',
    );
  });
  it('reads no key that is not the end of the note, or that defines fewer than three codes', () => {
    expect(readShorthandKeys('Key points:\nTQ L thigh 1410.\nT2 = TXA 2 g\nK = ketamine')).toBeNull();
    expect(readShorthandKeys('T2 IV 1410.\nKey\nT2 = TXA 2 g\nK = ketamine')).toBeNull();
  });
  it('reads a closing section of values ("Key times:", "Key vitals:") as no key', () => {
    const record = recordOf(
      'SPC Diaz, GSW left thigh. CAT applied L thigh 1412. TXA 1 g IV 1420.\nKey vitals:\nHR = 124\nBP = 92/60',
    );
    expect(record.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '14:20' }]);
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:12' }]);
  });
});
