import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("a case review's lessons are no facts", () => {
  it('records none of the care its lessons name, and keeps the care told before them', () => {
    const r = extractRecord(
      'A pressure dressing was applied to the left calf at 1112. Teaching points: a tourniquet should have gone on first, and ketamine was indicated but not carried.',
    );
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg', time: '11:12' }]);
    expect(r.medications).toBeUndefined();
  });
  it('reads no heading where "lessons" opens no section ("Lessons-learned case, …")', () => {
    expect(
      extractRecord('Lessons-learned case, vehicle rollover. Splint applied to the right forearm.').interventions,
    ).toEqual([{ type: 'splint', location: 'right_arm' }]);
  });
  it('records no drug a review says was not administered', () => {
    expect(extractRecord('Calcium was not administered, an omission. HR 118.').medications).toBeUndefined();
  });
  it('reads no care and no dose from what a guideline is quoted as saying', () => {
    const r = extractRecord(
      'TXA: CPG is 2 g IV/IO as soon as possible, within 3 h. CPG says 1 g calcium with the first unit. CPG says go IO after failed IV attempts.',
    );
    // The drug the review turns to is named; the guideline's 2 g is no dose given.
    expect(r.medications).toEqual([{ name: 'txa', route: 'IV' }]);
    expect(r.interventions).toBeUndefined();
  });
});
