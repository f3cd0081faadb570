import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readLetterKeys } from './letter-keys.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

const SHEET = [
  'Holding overnight at the patrol base, rollover 0140.',
  '(K) CPL Mateus Korhonen, crush L lower leg. SAM splint L leg 0150.',
  '(M) PVT Dara Mbeki, lac R forearm. Pressure dsg R arm 0155.',
  '0200 K: HR 112 BP 118/76 pain 6 | M: HR 88 pain 2',
  '0300 K: ketamine 25 mg IM | M: sleeping',
  '0400 K: HR 104 pain 4 | M: HR 80',
  'K urgent, M routine.',
].join('\n');

describe("a flowsheet's letter keys", () => {
  it('reads each row by the names its key lines give the letters', () => {
    const [korhonen, mbeki, ...rest] = records(SHEET);
    expect(rest).toEqual([]);
    expect(korhonen.casualty?.name).toBe('Mateus Korhonen');
    expect(korhonen.evac_priority).toBe('urgent');
    expect(korhonen.vitals).toEqual([
      { time: '02:00', pulse: 112, systolic: 118, diastolic: 76, pain: 6 },
      { time: '04:00', pulse: 104, pain: 4 },
    ]);
    expect(korhonen.medications).toEqual([{ name: 'ketamine', dose: '25 mg', route: 'IM', time: '03:00' }]);
    expect(mbeki.casualty?.name).toBe('Dara Mbeki');
    expect(mbeki.evac_priority).toBe('routine');
    expect(mbeki.vitals).toEqual([
      { time: '02:00', pulse: 88, pain: 2 },
      { time: '04:00', pulse: 80 },
    ]);
    expect(mbeki.medications).toBeUndefined();
  });
  it('reads no letter as a name unless two lines or more declare their letters', () => {
    expect(readLetterKeys('(A) SGT Ines Park, GSW L thigh.\nA: HR 120')).toBeNull();
    expect(readLetterKeys('(a) TQ L thigh 1410\n(b) IV R AC 1415')).toBeNull();
    expect(readLetterKeys('(1) SGT Ines Park, GSW L thigh.\n(2) CPL Omar Reyes, burns.')).toBeNull();
  });
});
