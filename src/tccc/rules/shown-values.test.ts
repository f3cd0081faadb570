import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("a record's entry a note after it calls wrong: the value shown first, the right one after", () => {
  it("puts the right dose or time in the entry's place, on the entry of the thing the note names", () => {
    const r = extractRecord(
      'Card copied off the tablet:\n0812: Morphine 5 mg IV.\n0815: Ondansetron 4 mg IV.\n0820: TQ L thigh.\n' +
        'Note from Doc Imre: morphine above shows 5 mg, the tablet default, I gave 10 mg. The TQ time says 0820, ' +
        'wrong, it went on at 0818.',
    );
    expect(r.medications).toEqual([
      { name: 'morphine', dose: '10 mg', route: 'IV', time: '08:12' },
      { name: 'ondansetron', dose: '4 mg', route: 'IV', time: '08:15' },
    ]);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '08:18' }]);
  });

  it('leaves a value read off a record that nobody calls wrong, and a reading that changed', () => {
    const tag = extractRecord('TQ R arm 1420. The tag says 1420, and the ketamine went in at 1431.');
    expect(tag.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '14:20' }]);
    const bp = extractRecord('BP 88/50 at 0910. Monitor above shows 88/50, now 110/70 after the blood.');
    expect(bp.vitals?.some((v) => v.systolic === 88)).toBe(true);
  });
});

describe('a note calling an earlier entry wrong, the right amount said with the thing', () => {
  it("puts the amount in the place of the thing's earlier amount in that unit", () => {
    const r = extractRecord(
      'Care\n– TXA 2 g IO 0629\n– Ketamine 20 mg IO 0635\nSummary\n' +
        '– Ketamine per the TCCC card was 30 mg IO 0635 – slide 2 is wrong',
    );
    expect(r.medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IO', time: '06:29' },
      { name: 'ketamine', dose: '30 mg', route: 'IO', time: '06:35' },
    ]);
    // Nothing called wrong: a second dose is a dose of its own.
    const again = extractRecord('Ketamine 20 mg IO 0635. Ketamine 30 mg IO 0650.');
    expect(again.medications?.map((m) => m.dose)).toEqual(['20 mg', '30 mg']);
  });
});

describe('a repeat dose in a sentence with a wrong word but no record called wrong', () => {
  it('keeps both doses with their own times', () => {
    const cases: [string, string, string][] = [
      [
        'Ketamine 20 mg IV at 0700. At 0715 ketamine 30 mg IV, he kept grabbing at the wrong dressing.',
        '07:00',
        '07:15',
      ],
      ['Morphine 5 mg IV at 0700. Morphine 10 mg IM at 0730, no IV, wrong arm blown.', '07:00', '07:30'],
      ['Fentanyl 50 mcg IV at 0700. At 0715 fentanyl 100 mcg IV, that was a mistake in hindsight.', '07:00', '07:15'],
    ];
    for (const [text, first, second] of cases) {
      const times = extractRecord(text).medications?.map((m) => `${m.dose} ${m.time}`);
      expect(times?.map((t) => t.split(' ').pop())).toEqual([first, second]);
      expect(new Set(times?.map((t) => t.split(' ')[0])).size).toBe(2);
    }
  });
});
