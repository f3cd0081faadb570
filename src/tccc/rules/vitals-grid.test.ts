import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readVitalsGrid } from './vitals-grid.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe("the card's signs grid typed as text", () => {
  const grid = [
    'Vitals',
    'Time      02:10    02:40    03:05',
    'HR        132      118      --',
    'Resp rate 28       24       22',
    'SpO2      91       95       n/a',
    'AVPU      V        A        A',
    'Moved to the truck after the last set.',
  ].join('\n');

  it('reads each time column as a timed set, the dashes as nothing said', () => {
    expect(record(grid).vitals).toEqual([
      { time: '02:10', pulse: 132, resp_rate: 28, spo2: 91, avpu: 'V' },
      { time: '02:40', pulse: 118, resp_rate: 24, spo2: 95, avpu: 'A' },
      { time: '03:05', resp_rate: 22, avpu: 'A' },
    ]);
  });

  it('points every value back at the words as typed, from its sign to its value', () => {
    const said = extractCasualties(grid)
      .casualties[0].evidence.filter((e) => e.path.endsWith('/spo2'))
      .map((e) => grid.slice(e.start, e.end));
    expect(said).toEqual(['SpO2      91', 'SpO2      91       95']);
  });

  it('reads columns set apart by bars, a time no one could read leaving its column untimed', () => {
    const barred = [
      'Signs:',
      'Time: 13[illegible] | 1340',
      'HR: 128 | 104',
      'BP: [illegible] | 110/70',
      'GCS: 14 | 15',
    ];
    expect(record(barred.join('\n')).vitals).toEqual([
      { pulse: 128 },
      { time: '13:40', pulse: 104, systolic: 110, diastolic: 70 },
    ]);
  });

  it('is no grid without a time line of clock times and two signs under it', () => {
    expect(readVitalsGrid('Time 0210 pulse 132.\nLater pulse 118.')).toBeNull();
    expect(readVitalsGrid('Time   then   now\nHR   132   118\nRR   28   24')).toBeNull();
  });
});
