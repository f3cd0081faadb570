import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { extractCasualties } from './casualties.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { speakerTurns } from './speaker-labels.js';

const TRANSCRIPT =
  '[helmet cam] Medic: Who is he? Civilian: That is Cpl Nate Ibarra! Medic: Nate, stay with me. Civilian: Mine went ' +
  "off under the wheel. Medic: Left foot's gone, tourniquet left thigh. Pulse one-thirty. Unknown: Doc, Kowalski's " +
  'hit over here! Medic: Kowalski, can you hear me? Kowalski! Frag to the right arm, pressure dressing right arm. ' +
  'Pulse ninety.';

describe('a transcript whose turns speakers label', () => {
  it("counts the turns a medic's label heads after a sentence's end", () => {
    expect(speakerTurns(readTokens(TRANSCRIPT, NORMALIZE_OPTIONS))).toBe(3);
    expect(speakerTurns(readTokens('Kowalczyk: burns face. Obi: burns both legs.', NORMALIZE_OPTIONS))).toBe(0);
  });
  it('reads the other speakers as no casualty, and each casualty called as his own', () => {
    const records = extractCasualties(TRANSCRIPT).casualties.map((c) => c.record);
    expect(records.map((r) => [r.vitals, r.interventions])).toEqual([
      [[{ pulse: 130 }], [{ type: 'tourniquet', location: 'left_leg' }]],
      [[{ pulse: 90 }], [{ type: 'pressure_dressing', location: 'right_arm' }]],
    ]);
    expect(records[1].casualty).toEqual({ name: 'Kowalski' });
  });
});
