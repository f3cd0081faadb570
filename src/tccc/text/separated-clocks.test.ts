import { describe, expect, it } from 'vitest';
import { extractCasualties } from '../rules/casualties.js';
import { readClock } from './clock.js';
import { readTokens } from './normalize.js';

const opts = { acronyms: new Set<string>(), joinedWords: new Set<string>() };

/** Every clock time read in the text, in order. */
function times(text: string): string[] {
  const tokens = readTokens(text, opts);
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const c = readClock(tokens, i);
    if (c) out.push(c.time);
  }
  return out;
}

describe('clock times written with a dot or an "h"', () => {
  it('reads a dotted time after "at" with two-digit hours, with a leading zero, or before "hours"', () => {
    expect(times('Contact at 16.40, splint 07.05, relieved 8.15 hours.')).toEqual(['16:40', '07:05', '08:15']);
  });

  it('reads every dotted time in a narrative that writes its times dotted, however placed', () => {
    expect(times('Hit around 6.50 by a sniper. Packed in 6.58. 7.04: pulse 120.')).toEqual(['06:50', '06:58', '07:04']);
  });

  it('reads no dotted amount as a time: a unit after it, a measure or a length of time before it', () => {
    expect(times('Splint at 17.10, sling 7.12, 2.25 mg given, pH 7.35, walked for 1.30 more.')).toEqual(['17:10']);
    expect(times('Hit around 6.50. Packed 6.58.')).toEqual([]);
  });

  it('reads an hour, a glued "h" and minutes as a time, but not a length of time', () => {
    expect(times('Blessé vers 21h05, pansement 21h12.')).toEqual(['21:05', '21:12']);
    expect(times('Evacuated after 2h30 on the road.')).toEqual([]);
  });

  it('reads a spoken hour, "and", and its minutes as a time, but not two amounts or a range', () => {
    expect(times('Turniket is thirteen and fifty five. Fentanyl fourteen and zero two.')).toEqual(['13:55', '14:02']);
    expect(times('Resp between fourteen and twenty, ages nineteen and twenty years, sixteen and twenty mg.')).toEqual(
      [],
    );
  });

  it('reads no time in a vital\'s readings said with "and": after its label or in a list of readings', () => {
    expect(times('Respirations twenty and eighteen at the two checks, pulse 110.')).toEqual([]);
    expect(times('Resps twenty and twenty two. Pulse was fourteen and twelve, sixteen, twenty and eighteen.')).toEqual(
      [],
    );
  });

  it("reads a spoken time after a number that is no vital's reading", () => {
    expect(times('Tourniquet 1, fourteen and twenty. Pulse 120, 110 and 100.')).toEqual(['14:20']);
    const [tq] = extractCasualties('GSW to the left thigh. Tourniquet 1, fourteen and twenty.').casualties;
    expect(tq.record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:20' }]);
  });
});
