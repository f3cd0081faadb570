import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutGapsBetweenSentences } from './transcript-gaps.js';

describe("a recording's notes and pauses between sentences", () => {
  it('blanks a note and the pause after a sentence end, keeping offsets, and leaves other brackets', () => {
    const text =
      'Pulse 96. [radio static] ... next she is alert. [Medic]: BP [garbled] 110. (muffled)...Done. [radio] Net six.';
    const out = withoutGapsBetweenSentences(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe(
      'Pulse 96. next she is alert. [Medic]: BP [garbled] 110. Done. [radio] Net six.',
    );
  });

  it('turns to the second casualty said after a note and a pause, as after a plain full stop', () => {
    const text =
      'Two hurt by the mortar. First is the gunner, Private Omar Haddad, shrapnel right forearm, tourniquet right arm ' +
      "at 1412. He's urgent. [static] ...second is the loader, Corporal Ines Varga, burn to the left hand, pain six. " +
      "She's routine.";
    const [gunner, loader, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(gunner.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '14:12' }]);
    expect(gunner.evac_priority).toBe('urgent');
    expect(loader.casualty?.name).toBe('Ines Varga');
    expect(loader.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
    expect(loader.interventions).toBeUndefined();
  });

  it('reads no number across a gap inside a sentence', () => {
    const record = extractCasualties('GSW left leg. Tourniquet left thigh, time zero [inaudible]. Pulse 100.')
      .casualties[0].record;
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg' }]);
  });
});
