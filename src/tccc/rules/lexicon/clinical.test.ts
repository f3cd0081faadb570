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
});
