import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutPausedStops } from './paused-stops.js';

/** A recogniser's text, a stop at every pause. */
const CUT = [
  'Casualty. Is. Sergeant. Mara. Quinn.',
  'Blast. Left. Forearm. Spurting.',
  'Tourniquet. Left arm. Time is. Nineteen. Oh eight.',
  'Pulse. One. Thirty. Resps. Twenty two.',
  'Humeral. I. O. Right. Nineteen. Twelve.',
].join('\n');

describe('withoutPausedStops', () => {
  it('takes the stops out of each line and joins spelled letters, keeping length and line ends', () => {
    const out = withoutPausedStops(CUT);
    expect(out).toHaveLength(CUT.length);
    expect(out.split('\n')[2]).toBe('Tourniquet  Left arm  Time is  Nineteen  Oh eight.');
    expect(out.split('\n')[4]).toBe('Humeral  IO    Right  Nineteen  Twelve.');
  });

  it('leaves a terse medic alone: short sentences, but not nearly all a word or two', () => {
    const terse = [
      'GSW left thigh. Bleeding heavy.',
      'CAT left thigh at 1420. Bleeding stopped.',
      'Pulse 112. Resps 22. BP 100 over 60.',
      'He is alert. Pain 7 of 10.',
      'TXA 2 g IV at 1431. Fentanyl 800 mcg OTFC.',
      'Urgent surgical. Grid 18S UJ 1234 5678.',
      'Roster AB1234. NKDA. Male.',
      'Reassess at 1445. Still alert. Pulse 104.',
      'Moved to the CCP at 1450. Pulse 100.',
    ].join('\n');
    expect(withoutPausedStops(terse)).toBe(terse);
  });

  it('keeps a spoken "A." or "I." out of the letters spelled after it', () => {
    const lines = (line: string) => withoutPausedStops([...CUT.split('\n'), line].join('\n')).split('\n')[5];
    expect(lines('Started. A. I. V. Right. Arm.')).toBe('Started  A  IV    Right  Arm.');
    expect(lines('Gave. Him. A. T. X. A. Two. Grams.')).toBe('Gave  Him  A  TXA      Two  grams.');
  });

  it('keeps the stops of a text said all on one line', () => {
    const oneLine = CUT.replace(/\n/g, ' ');
    expect(withoutPausedStops(oneLine)).toBe(oneLine.replace('I. O.', 'IO  .'));
    const said =
      'Two. Casualties. Casualty. One. Is. Private. Ames. Frag. Left. Thigh. Tourniquet. Left. Thigh. ' +
      'Pulse. One. Twenty. Casualty. Two. Is. Specialist. Cole. Burns. Both. Hands. Dressing. Applied.';
    const records = extractCasualties(said).casualties.map((c) => c.record);
    expect(records.flatMap((r) => r.interventions ?? [])).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: 'tourniquet' })]),
    );
  });

  it('reads the numbers and places said across the pauses', () => {
    const record = extractCasualties(CUT).casualties[0].record;
    expect(record.interventions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: 'tourniquet', location: 'left_arm', time: '19:08' }),
        expect.objectContaining({ type: 'io', location: 'right_arm', time: '19:12' }),
      ]),
    );
    expect(record.vitals).toEqual([expect.objectContaining({ pulse: 130, resp_rate: 22 })]);
  });

  it('ends a name at its stop when a word the rules know follows it', () => {
    const said = [
      'Two. Casualties.',
      'Casualty. One. Is. Private. Ames. Frag. Left. Thigh.',
      'Tourniquet. Left. Thigh. Time. Nineteen. Oh eight.',
      'Pulse. One. Twenty.',
      'Casualty. Two. Is. Specialist. Cole. Burns. Both. Hands.',
      'Dressing. Applied. Pulse. Ninety.',
    ].join('\n');
    const names = extractCasualties(said).casualties.map((c) => c.record.casualty?.name);
    expect(names).toEqual(['Ames', 'Cole']);
  });

  it('keeps a surname that is a dictionary word but no clinical word', () => {
    const said = [
      'Two. Casualties.',
      'Casualty. One. Is. Private. Tom. King. Frag. Left. Thigh.',
      'Tourniquet. Left. Thigh. Time. Nineteen. Oh eight.',
      'Pulse. One. Twenty.',
      'Casualty. Two. Is. Specialist. Ray. Young. Burns. Both. Hands.',
      'Dressing. Applied. Pulse. Ninety.',
    ].join('\n');
    const names = extractCasualties(said).casualties.map((c) => c.record.casualty?.name);
    expect(names).toEqual(['Tom King', 'Ray Young']);
  });
});
