import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('the labels a time of injury is said after', () => {
  it('read the hour and minutes of a date-time group after "DTG of injury" or "DTG INJ"', () => {
    expect(toi('Pt SGT Ruiz. DTG of injury 281915ZNOV25. GSW L arm.\n281921Z TQ L arm.')).toBe('19:15');
    expect(toi('DTG INJ: 020605Z JAN 27 - fall from the tower, R ankle deformed')).toBe('06:05');
    expect(toi('Note written DTG 020640Z. Fell from the tower, R ankle deformed.')).toBeUndefined();
  });
  it('read "TOI", "T.O.I." and "time of injury" with a hedge or a card field between', () => {
    expect(toi('T.O.I. 0253. Frag L leg.')).toBe('02:53');
    expect(toi('TOI (all): 0612. GSW R arm.')).toBe('06:12');
    expect(toi('Time of injury roughly twenty-one forty. Burns to both hands.')).toBe('21:40');
  });
  it('give the time of injury over the time the event was told with before the label', () => {
    expect(toi('About 1410 the lead truck hit an IED on the route. [TOI 1412 per the radio log]')).toBe('14:12');
  });
});
