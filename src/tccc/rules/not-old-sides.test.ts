import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a side put right with "not" long after the wound was said', () => {
  it('moves the side where the part was first said', () => {
    const record = extractRecord(
      'PFC Omar Sadiq, burn R hand, alert. HR 88 at 0912. Dressing on 0915. Update 0930: burn is L hand not R.',
    );
    expect(record.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
  });

  it('moves a device the correcting sentence names with the new side too', () => {
    const record = extractRecord(
      [
        'Specialist Ann Ruiz, closed fracture right tibia, splint right shin at 1310.',
        'Pulse 100 at 1315.',
        "Correction on her, it's the left tibia not the right, splint's on the left shin, same time.",
      ].join(' '),
    );
    expect(record.injuries).toEqual([{ type: 'fracture', location: 'left_leg' }]);
    expect(record.interventions).toEqual([{ type: 'splint', location: 'left_leg', time: '13:10' }]);
  });

  it('moves nothing when the old side was never said with that part', () => {
    const record = extractRecord(
      'Cpl Tess Marr, GSW R thigh, TQ R thigh 1402. Exit wound is L calf not R, no bleeding.',
    );
    expect(record.injuries).toContainEqual({ type: 'gsw', location: 'right_leg' });
  });

  it('reads a comma before "not" and drops the restated device', () => {
    const record = extractRecord('0823 18g IV L AC.\n0840 correction: IV is in the R AC, not L.');
    expect(record.interventions).toEqual([{ type: 'iv', location: 'right_arm', time: '08:23' }]);
  });
});
