import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('the time a weight came off the casualty', () => {
  it('dates no device said before it', () => {
    expect(
      extractRecord('Pinned under the trailer. TQ went on the R thigh first, trailer off him at 2031.').interventions,
    ).toEqual([{ type: 'tourniquet', location: 'right_leg' }]);
    expect(extractRecord('TQ L thigh, cut the joist off her around 0945.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg' },
    ]);
  });
  it('leaves a time said of the device itself to it', () => {
    expect(extractRecord('Got the slab off him. TQ L thigh at 0950.').interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '09:50' },
    ]);
  });
  it('takes no time for a release where no crush is said', () => {
    expect(
      extractRecord('PFC Lee, GSW L thigh. We cut his pants off him at 1402 and put a TQ on the left thigh.')
        .interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:02' }]);
    // "Under fire" is no weight on him.
    expect(
      extractRecord(
        'PFC Lee, GSW L thigh. Still under fire, we cut his pants off him at 1402 and put a TQ on the L thigh.',
      ).interventions,
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:02' }]);
  });
});
