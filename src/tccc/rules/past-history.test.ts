import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutPastHistory } from './past-history.js';

describe('a casualty medical history', () => {
  it('gives no injury or medicine of today from old wounds and daily medicines', () => {
    const [{ record: r }] = extractCasualties(
      'Cpl Ines Duarte. Broke her left wrist two years ago, plates in it. On metformin 500 mg twice a day. ' +
        'Today: GSW right thigh at 0910, TQ right thigh 0912. Ketamine 50 mg IM 0920.',
    ).casualties;
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_leg' }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:20' }]);
  });

  it('keeps an allergy told with the history, and what happened today', () => {
    const text = 'Allergic to sulfa since last year. Old scar on the scalp, frag today to the right arm.';
    expect(withoutPastHistory(text)).toBe(text);
    const age = "He's twenty-two years old, frag to the left leg two minutes ago.";
    expect(withoutPastHistory(age)).toBe(age);
  });
  it('reads no broken bone from a rash or a sweat that "broke out", and still reads a bone that broke', () => {
    const [{ record: r }] = extractCasualties(
      'Burn to the left forearm. Sulfa allergy, she broke out in a rash after her elbow repair. Pulse 104.',
    ).casualties;
    expect(r.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
    const [{ record: broke }] = extractCasualties('He fell off the wall and broke his left ankle.').casualties;
    expect(broke.injuries).toEqual([{ type: 'fracture', location: 'left_leg' }]);
  });
});
