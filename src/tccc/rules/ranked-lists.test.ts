import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const names = (text: string) => extractCasualties(text).casualties.map((c) => c.record.casualty?.name);

describe('several people named by rank in one list and said hurt', () => {
  it('are several casualties, each told of where his rank opens a sentence', () => {
    expect(
      names(
        'The wall came down at 0915, pinning CPL Jonah Reyes and PFC Mia Tran. CPL Reyes had a crushed left foot. ' +
          'PFC Tran had a scalp laceration, which I dressed.',
      ),
    ).toEqual(['Jonah Reyes', 'Mia Tran']);
    expect(
      names(
        'A mortar round hit the OP at 0540. SPC Lee Ortiz and PVT Sam Cho were wounded. SPC Ortiz has fragments in ' +
          'the left thigh. PVT Cho has burns to the face.',
      ),
    ).toEqual(['Lee Ortiz', 'Sam Cho']);
  });
  it('say nothing of several when the people listed are not said hurt', () => {
    expect(
      names('SGT Cole, SPC Diaz and I carried PFC Ames to the truck. PFC Ames has a GSW to the left thigh.'),
    ).toHaveLength(1);
  });
});
