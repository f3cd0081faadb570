import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties told in the order the speaker got to them', () => {
  it('reads a ranked name after "then" and an ordinal said to be a name as casualties, once several are said', () => {
    const [a, b, c, ...rest] = records(
      'Rocket hit the bunker, three of my guys got hurt. Corporal Easton took frag in the right arm, I put a TQ on it. ' +
        'Then Specialist Ruhl was screaming about his leg, frag in the left calf, pressure dressing on it. ' +
        'Third was Okoro, burns on his face, pulse 96.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.interventions?.[0]]).toEqual(['Easton', { type: 'tourniquet', location: 'right_arm' }]);
    expect([b.casualty?.name, b.interventions?.[0]?.type]).toEqual(['Ruhl', 'pressure_dressing']);
    expect([c.casualty?.name, c.vitals]).toEqual(['Okoro', [{ pulse: 96 }]]);
  });
});

describe('a log line whose time opens it before the casualty number', () => {
  it('turns back to the number said after the time ("2236 #1: pain 9/10")', () => {
    const [first, second, third, ...rest] = records(
      [
        '2214 Contact, 3 casualties.',
        '2217 Cas #1: GSW L upper arm, TQ L arm 2216.',
        '2219 Cas #2: GSW abd. 2222 #2: HR 124.',
        '2233 Cas #3: GSW graze R forearm.',
        '2234 #3: pressure dressing R forearm. HR 90.',
        '2236 #1: Ketamine 50 mg IM.',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(first.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:36' }]);
    expect([second.medications, third.medications]).toEqual([undefined, undefined]);
  });

  it('keeps "#2" after the time said of a second device with the casualty being spoken of, set off by no colon', () => {
    const [park, ito, ...rest] = records(
      [
        '1400 Two casualties, IED.',
        '1402 Cas #1 SGT Park: amputation R leg, TQ R leg 1403.',
        '1404 Cas #2 PFC Ito: frag L arm.',
        '1410 #2 TQ applied to Park R leg, bleeding through.',
        '1412 Ito: pressure dressing L arm.',
      ].join('\n'),
    );
    expect(rest).toEqual([]);
    expect(park.casualty?.name).toBe('Park');
    expect(park.interventions?.filter((x) => x.type === 'tourniquet').map((x) => x.time)).toEqual(['14:03', '14:10']);
    expect(ito.interventions?.map((x) => x.type)).toEqual(['pressure_dressing']);
  });
});

describe("a log's entries numbering its patients after the time", () => {
  it('opens a patient at "#n" before his rank and name, and again at a later entry\'s heading, time and dash', () => {
    const rs = extractCasualties(
      'SICK CALL LOG, two patients.\n' +
        '0700 #1 PFC Rosa Mendez, B Co. Rolled R ankle on the stairs. Ace wrap. RTD.\n' +
        '0720 #2 SPC Adam Kline, B Co. Burn L hand on the stove. Burn dressing. RTD.\n' +
        'ADDENDUM 0800 - #1 says she is allergic to penicillin.',
    ).casualties.map((c) => c.record);
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Rosa Mendez', 'Adam Kline']);
    expect(rs.map((r) => r.casualty?.allergies)).toEqual(['penicillin', undefined]);
  });
});
