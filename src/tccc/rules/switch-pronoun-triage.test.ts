import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

describe('a pronoun that turns to the other casualty', () => {
  it('gives a sentence opening with "she" to the woman when the man is spoken of, to the end of its line', () => {
    const text =
      'First is PFC Omar Diaz, frag to the right forearm, he is alert. Second is CPL Rosa Lind, she has a burn on ' +
      'the left hand.\nDiaz got ketamine 50 mg IM. Morphine for Lind. She is allergic to penicillin. Pulse 90.\n' +
      'Diaz pulse 110.';
    const [diaz, lind, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect([diaz.casualty, diaz.vitals]).toEqual([{ name: 'Omar Diaz' }, [{ avpu: 'A' }, { pulse: 110 }]]);
    expect([lind.casualty, lind.vitals]).toEqual([{ name: 'Rosa Lind', allergies: 'penicillin' }, [{ pulse: 90 }]]);
  });
  it('turns nowhere when both casualties are spoken of by the same pronoun', () => {
    const text =
      'First is PFC Omar Diaz, he has frag to the right forearm. Second is CPL Ray Lind, he has a burn on the left ' +
      'hand. Diaz got ketamine. He is allergic to penicillin.';
    const [diaz, lind] = extractCasualties(text).casualties.map((c) => c.record);
    expect(diaz.casualty?.allergies).toBe('penicillin');
    expect(lind.casualty?.allergies).toBeUndefined();
  });
});
