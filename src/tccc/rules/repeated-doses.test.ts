import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const meds = (text: string) => extractRecord(text).medications ?? [];

describe('a dose said to be repeated', () => {
  it('repeats the drug named right after the word of repeating, not the last drug given', () => {
    expect(meds('morphine 5 mg iv at 0310 ertapenem 1 gram iv 0315 repeated morphine 5 mg iv at 0330')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '03:10' },
      { name: 'ertapenem', dose: '1 g', route: 'IV', time: '03:15' },
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '03:30' },
    ]);
  });
  it('still repeats the last drug when no drug is named after it', () => {
    expect(meds('Morphine 5 mg IV at 0310, repeated 5 mg at 0330.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '03:10' },
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '03:30' },
    ]);
  });
  it('gives the last dose again where "and again" is followed at once by its time', () => {
    expect(meds('Hypotensive. Atropine 0.5 mg IV 1712 and again 1716, then ketamine 20 mg IV 1720.')).toEqual([
      { name: 'other', dose: '0.5 mg', route: 'IV', time: '17:12' },
      { name: 'other', dose: '0.5 mg', route: 'IV', time: '17:16' },
      { name: 'ketamine', dose: '20 mg', route: 'IV', time: '17:20' },
    ]);
    // No time right after: "and again" says nothing of a dose.
    expect(meds('Ketamine 20 mg IV at 1720 and again he grimaced, pain 6.')).toEqual([
      { name: 'ketamine', dose: '20 mg', route: 'IV', time: '17:20' },
    ]);
    // After a check or a reading, "and again" at a time gives no drug again.
    expect(meds('Morphine 5 mg IV 1400. TQ checked 1410 and again 1425.')).toEqual([
      { name: 'morphine', dose: '5 mg', route: 'IV', time: '14:00' },
    ]);
  });
  it('reads "repeated" straight after a dose as that giving, at the time said after it, in a log line', () => {
    expect(meds('2318 - ketamine 30 mg IV, slow.\n0040 - Ketamine 30 mg IV repeated at 0042.')).toEqual([
      { name: 'ketamine', dose: '30 mg', route: 'IV', time: '23:18' },
      { name: 'ketamine', dose: '30 mg', route: 'IV', time: '00:42' },
    ]);
    expect(meds('Fentanyl 50 mcg IV 0212. Fentanyl repeated, 25 mcg IV 0225.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '02:12' },
      { name: 'fentanyl', dose: '25 mcg', route: 'IV', time: '02:25' },
    ]);
    expect(meds('Fentanyl 50 mcg IV 0800 repeated 0810.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '08:00' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '08:10' },
    ]);
  });

  it('gives the dose said after a pause and "again" as another dose of the last drug', () => {
    expect(meds('Fentanyl 50 mcg IV 1526, again 50 mcg IV 1536.')).toEqual([
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '15:26' },
      { name: 'fentanyl', dose: '50 mcg', route: 'IV', time: '15:36' },
    ]);
  });
});
