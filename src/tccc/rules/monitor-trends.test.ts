import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readMonitorTrend } from './monitor-trends.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe("a monitor's trend printout pasted above the note", () => {
  const printout = [
    'LIFEPAK 15 - VITALS TREND',
    'TIME    SpO2   HR     BP        RR   TEMP    ALERTS',
    '0904    95     118    102/70    24   36.1',
    '0909    ---    121    98/66     26   36.0    SPO2 NO SIGNAL',
    '0914    97     109    110/72    20   36.2',
    '====',
    'Note: PFC Dana Whitlock, blast at the checkpoint 0850, frag L forearm. TQ L arm 0856. Routine.',
  ].join('\n');

  it('reads each row as a set of signs at its time, whatever order the columns come in', () => {
    expect(record(printout).vitals).toEqual([
      { time: '09:04', spo2: 95, pulse: 118, systolic: 102, diastolic: 70, resp_rate: 24 },
      { time: '09:09', pulse: 121, systolic: 98, diastolic: 66, resp_rate: 26 },
      { time: '09:14', spo2: 97, pulse: 109, systolic: 110, diastolic: 72, resp_rate: 20 },
    ]);
    expect(record(printout).interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '08:56' }]);
  });

  it('leaves out a reading the monitor stars and one of a sign its alarm flags as an artefact', () => {
    const doubted = [
      'TIME  HR   NIBP    SpO2  RR  ALARM',
      '1402  88   120/78  98    16',
      '1407  212  118/76  97    16  HR HI  *ARTEFACT - patient moving',
      '1412  90   66/30*  98    18  *NIBP ARTIFACT',
    ].join('\n');
    expect(record(doubted).vitals).toEqual([
      { time: '14:02', pulse: 88, systolic: 120, diastolic: 78, spo2: 98, resp_rate: 16 },
      { time: '14:07', systolic: 118, diastolic: 76, spo2: 97, resp_rate: 16 },
      { time: '14:12', pulse: 90, spo2: 98, resp_rate: 18 },
    ]);
  });

  it('gives a level said in the note under the rule line no time of the last row', () => {
    const text = ['TIME  HR  RR', '2310  70  14', '2315  66  12', '---', 'Unresponsive on arrival. Urgent.'].join('\n');
    expect(record(text).vitals).toEqual([
      { time: '23:10', pulse: 70, resp_rate: 14 },
      { time: '23:15', pulse: 66, resp_rate: 12 },
      { avpu: 'U' },
    ]);
  });

  it('is no printout without a time column and two signs, nor rows that are no readings', () => {
    expect(readMonitorTrend('TIME  EVENT  BY\n1010  TQ on  Doc\n1015  TXA  Doc')).toBeNull();
    expect(readMonitorTrend('HR   BP      RR\n110  100/60  20\n100  110/70  18')).toBeNull();
    expect(readMonitorTrend('TIME  HR  RR\n1010  TQ applied L leg\n1015  TXA 2 g')).toBeNull();
  });
});
