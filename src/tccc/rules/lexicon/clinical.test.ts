import { describe, expect, it } from 'vitest';
import { extractRecord } from '../index.js';

describe('a round that hit a thing', () => {
  it('through which it went into the soldier keeps the gunshot', () => {
    const record = extractRecord(
      'PFC Lee was in the truck when a round hit the vehicle and went through the door into his left thigh at 1400. TQ left thigh at 1402.',
    );
    expect(record.mechanism).toEqual(['gsw']);
    expect(record.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
  });
  it('beside the soldier names no gunshot', () => {
    expect(extractRecord('A round hit the door next to his head, spall to the face.').mechanism ?? []).not.toContain(
      'gsw',
    );
  });
  it('keeps the gunshot of a round that hit the base of a part', () => {
    const record = extractRecord(
      'Sniper at 1402. The round hit the base of the neck, bleeding heavy, pressure dressing and packing.',
    );
    expect(record.mechanism).toEqual(['gsw']);
    expect(record.injuries).toEqual([{ type: 'gsw', location: 'neck' }]);
  });
  it('keeps the gunshot of a round that hit a tower and went into the soldier', () => {
    const record = extractRecord('Contact at 0300, the round hit the tower and went into his L thigh.');
    expect(record.mechanism).toEqual(['gsw']);
    expect(record.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
  });
});

describe('rounds walking', () => {
  it("up a wall toward the men are a gunner's bursts, no indirect fire; across a camp they are", () => {
    const said = 'PKM opened up at 1415, rounds walking up the wall toward us. PFC Ruiz took one in the L thigh.';
    expect(extractRecord(said).mechanism ?? []).not.toContain('artillery');
    expect(extractRecord('Six rounds walking across the COP at 0150, frag to his L calf.').mechanism).toEqual([
      'artillery',
    ]);
  });
});
