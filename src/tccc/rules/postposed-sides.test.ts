import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withSidesBeforeLimbs } from './postposed-sides.js';

describe('withSidesBeforeLimbs', () => {
  it('turns round sides written after the limb where a narrative writes two or more, same length', () => {
    const text = 'Fragment in the calf right. Dressing on the hand left, then splint.';
    const out = withSidesBeforeLimbs(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('Fragment in the right calf. Dressing on the left hand, then splint.');
  });

  it('leaves one alone, and an adverb or a verb after a limb', () => {
    const once = 'Shot in the leg right above the knee, TQ on the thigh left.';
    expect(withSidesBeforeLimbs(once)).toBe(once);
    const verb = 'The strap on his arm left a mark. His hand left the wound. Calf right, knee left.';
    expect(withSidesBeforeLimbs(verb)).toBe(
      'The strap on his arm left a mark. His hand left the wound. right Calf, left knee.',
    );
  });
});

describe('a partner-force note put through a translator', () => {
  it('reads its tourniquet, its line, its drugs by mouth and in the vein, and their times, the side after the limb', () => {
    const record = extractCasualties(
      'At 16h05 the garrot on the arm left, very tight. At 16h12 a way venous on the hand right, and at 16h15 ' +
        'acid tranexamic 2 g in IV. Ibuprofen 400 mg per os.',
    ).casualties[0].record;
    expect(record.interventions).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '16:05' },
      { type: 'iv', location: 'right_arm', time: '16:12' },
    ]);
    expect(record.medications).toEqual([
      { name: 'txa', dose: '2 g', route: 'IV', time: '16:15' },
      { name: 'other', dose: '400 mg', route: 'PO' },
    ]);
  });
});
