import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readLogEntryRefs } from './log-entry-refs.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

const LOG = [
  'AID STATION LOG -- 12 MAY',
  '1. 0610 Mortar into the motor pool.',
  '2. 0614 Cas 1 by litter: SPC Ivo Brandt. Frag L thigh.',
  '3. 0615 Cas 2 walking: PFC Rosa Lind. Lac R forearm.',
  '4. 0617 re 2: TQ L thigh.',
  '5. 0618 re 3: pressure dressing R forearm.',
  '6. 0620 re 4: HR 118, BP 100/70.',
  '7. 0630 9-line: 2 URGENT, 3 ROUTINE.',
].join('\n');

describe("a numbered log's references back to an entry", () => {
  it('reads each reference as the casualty that entry brought in, through entries that refer back', () => {
    const [brandt, lind, ...rest] = records(LOG);
    expect(rest).toEqual([]);
    expect(brandt.casualty?.name).toBe('Ivo Brandt');
    expect(brandt.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '06:17' }]);
    expect(brandt.vitals).toEqual([{ time: '06:20', pulse: 118, systolic: 100, diastolic: 70 }]);
    expect(brandt.evac_priority).toBe('urgent');
    expect(lind.casualty?.name).toBe('Rosa Lind');
    expect(lind.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '06:18' }]);
    expect(lind.evac_priority).toBe('routine');
  });

  it('names a casualty an entry brought in by rank and name, and one an entry heads by surname', () => {
    const log = [
      '#1 0812 Forklift pinned SPC Hollis Grant by the legs.',
      '#2 0815 2nd pt: SGT Priya Venkat, fell off the truck.',
      '#3 0818 #1 freed.',
      '#4 0823 Grant: 18g IV L AC.',
      '#5 0840 correction to #4: IV is in the R AC.',
    ].join('\n');
    expect(readLogEntryRefs(log)?.value).toBe(
      [
        '0812 Forklift pinned SPC Hollis Grant by the legs.',
        '0815 2nd pt: SGT Priya Venkat, fell off the truck.',
        '0818 Grant freed.',
        '0823 Grant: 18g IV L AC.',
        '0840 correction to Grant: IV is in the R AC.',
      ].join('\n'),
    );
  });

  it('leaves a numbered list that never refers back', () => {
    expect(readLogEntryRefs('1. Cas 1: GSW L arm.\n2. Cas 2: burns.\n3. Both urgent.')).toBeNull();
  });
  it("reads no bag's number as an entry, and no count on a 9-line's line 3", () => {
    const log = [
      '1. 0610 Mortar into the motor pool.',
      '2. 0614 Cas 1 by litter: SPC Ivo Brandt. Frag L thigh.',
      '3. 0615 Cas 2 walking: PFC Lee Park. Burns R forearm.',
      '4. 1410 re 3: LTOWB #1 hung IV, HR 130.',
      '5. 1412 re 2: TQ L thigh.',
      '6. 1420 9-line sent, line 3: 2 urgent.',
    ].join('\n');
    expect(readLogEntryRefs(log)?.value).toContain('Cas 2: LTOWB #1 hung IV');
    expect(readLogEntryRefs(log)?.value).toContain('line 3: 2 urgent.');
    const [brandt, park] = records(log);
    expect(brandt.fluids).toBeUndefined();
    expect(park.fluids).toEqual([{ name: 'whole_blood', volume_ml: 500, route: 'IV', time: '14:10' }]);
  });
});
