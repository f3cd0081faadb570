import { describe, expect, it } from 'vitest';
import { findCasualty } from './casualty.js';
import { readDoc } from './document.js';

const sex = (text: string) => findCasualty(readDoc(text))?.value.sex;

describe('a sex letter written onto the age', () => {
  it('reads it heading a casualty item', () => {
    expect(sex('B) 42F burns both hands, alert. PRIORITY')).toBe('female');
    expect(sex('Cas C 19M frag L calf, press dsg.')).toBe('male');
    expect(sex('57M fell off the ramp, L wrist deformed.')).toBe('male');
  });
  it('reads no sex from a device size or a distance', () => {
    expect(sex('Frag to the face.\n28F NPA R nostril 1410.')).toBeUndefined();
    expect(sex('IED went off at 30M, frag L thigh.')).toBeUndefined();
    expect(sex('Range: 50M. GSW R arm.')).toBeUndefined();
  });
});
