import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a settled number read off a record after a wait', () => {
  it('keeps the number the record shows, said after "actually" and a wait', () => {
    const record = extractRecord(
      'Pressure dressing on the left forearm at fourteen ten. Actually, hold on, my watch says fourteen twelve.',
    );
    expect(record.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm', time: '14:12' }]);
    expect(extractRecord('Hit by shrapnel at 2235. Actually, the tag reads 2231.').time_of_injury).toBe('22:31');
  });
  it('takes nothing back when no settling word comes before the wait and the record', () => {
    // "Hold on" alone may open a second fact read off the card; only a settling word makes it the first one put right.
    const record = extractRecord('Tourniquet on the right arm at 0510. Hold on, the card says 0514.');
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '05:10' }]);
  });
});

describe('a guess trailed off and the count that replaces it', () => {
  it('keeps the number counted or read off the watch, of any shape, not the guess', () => {
    expect(extractRecord('Pulse feels about a hundred and twenty... okay, counted, one thirty-two.').vitals).toEqual([
      { pulse: 132 },
    ]);
    expect(extractRecord("Pulse I'd guess ninety... watch says one oh four.").vitals).toEqual([{ pulse: 104 }]);
    expect(extractRecord('Resps look maybe sixteen... counted, twenty-two.').vitals).toEqual([{ resp_rate: 22 }]);
  });
  it('keeps the time read again when the speaker turns to read his watch ("let me read the watch properly")', () => {
    const record = extractRecord(
      'Tourniquet right arm, eighteen forty-one... let me read the watch properly, eighteen forty-three.',
    );
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '18:43' }]);
  });
  it('takes nothing back without the trailing-off', () => {
    expect(extractRecord('Pulse 90, counted. Resps 20.').vitals).toEqual([{ pulse: 90, resp_rate: 20 }]);
  });
});
