import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const devices = (text: string) => extractRecord(text).interventions;

describe('care done to "the wound"', () => {
  it('goes on the wound named before, as care done to "it" does', () => {
    expect(
      devices(
        'left leg is a mess, frag all through the calf. bleeding is dark. packing the biggest hole with combat gauze. ' +
          'okay wrapping an Israeli over it. now splinting it.',
      ),
    ).toEqual([
      { type: 'hemostatic_dressing', location: 'left_leg' },
      { type: 'pressure_dressing', location: 'left_leg' },
      { type: 'splint', location: 'left_leg' },
    ]);
  });
  it('leaves care with a place of its own there', () => {
    expect(devices('GSW left thigh. Packing the wound in the right arm with combat gauze.')).toEqual([
      { type: 'hemostatic_dressing', location: 'right_arm' },
    ]);
  });
});

describe('care that cannot be done', () => {
  it('is not recorded', () => {
    expect(devices("Can't get an NPA in, face is too bad. Going for a cric.")).toEqual([{ type: 'cric' }]);
    expect(
      devices(
        "Gunshot wound high in the right groin. Bleeding's heavy, can't get a tourniquet above that. Packing the wound with Celox.",
      ),
    ).toEqual([{ type: 'hemostatic_dressing', location: 'groin' }]);
  });
  it('leaves a sign that cannot be felt to the signs', () => {
    expect(devices("can't feel his legs, tourniquet left thigh")).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
});

describe('care done to "it" with a device', () => {
  it('goes on the wound "it" points back at, not on a part said after the device', () => {
    expect(
      devices(
        'deep cut on his left forearm still bleeding so I packed it with combat gaws he also has a right knee fracture',
      ),
    ).toEqual([{ type: 'hemostatic_dressing', location: 'left_arm' }]);
  });
});
