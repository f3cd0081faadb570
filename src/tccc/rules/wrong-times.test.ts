import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { extractCasualties } from './casualties.js';

const interventions = (text: string) => extractRecord(text).interventions;

describe('a time said to have been wrong, in a sentence of its own', () => {
  it('puts the right time on the device the sentence labels', () => {
    expect(
      interventions('Frag L calf. CAT L thigh 2204. Fentanyl 800 mcg OTFC 2210. The CAT time I gave is wrong, 2201.'),
    ).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '22:01' }]);
  });
  it('reads the thing by a word of its name, not by another word for it', () => {
    expect(
      interventions(
        'Emergency bandage on the right forearm at zero three one two. I say again dressing time, zero three one six, my mistake, zero three one six.',
      )?.[0]?.time,
    ).toBe('03:12');
    expect(
      interventions(
        'Emergency bandage on the right forearm at zero three one two. Pain five. Bandage time was zero three one six, I misspoke.',
      ),
    ).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '03:16' }]);
  });
  it('moves the time a log line opens with, before the thing it dates', () => {
    expect(
      interventions(
        '2205 SAM splint L lower leg. 2212 IV R AC.\nSplint time on the card is wrong, it was 2207, it locks.',
      ),
    ).toEqual([
      { type: 'splint', location: 'left_leg', time: '22:07' },
      { type: 'iv', location: 'right_arm', time: '22:12' },
    ]);
  });
  it("moves the time on the named casualty's card only", () => {
    const [ross, tran] = extractCasualties(
      "Casualty 1, Ross: GSW R arm, TQ R arm 1402.\nCasualty 2, Tran: GSW L leg, TQ L thigh 1405.\nNote: Tran's TQ time is incorrect, it was 1409.",
    ).casualties.map((c) => c.record.interventions);
    expect(ross).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '14:02' }]);
    expect(tran).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:09' }]);
  });
  it('leaves the times alone when the thing had two times before, or the sentence says more', () => {
    const both = interventions('TQ R arm 0810. TQ L leg 0815. TQ time is wrong, 0812.');
    expect(both?.filter((i) => i.location).map((i) => i.time)).toEqual(['08:10', '08:15']);
    expect(
      interventions('TQ R arm 0810. Pulse 90. TQ time wrong, 0812, second TQ L arm 0820.')?.find(
        (i) => i.location === 'right_arm',
      )?.time,
    ).toBe('08:10');
  });
});
