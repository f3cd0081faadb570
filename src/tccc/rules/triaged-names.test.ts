import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { triagedSurnames } from './triaged-names.js';

const names = (text: string): string[] => triagedSurnames(readTokens(text, NORMALIZE_OPTIONS));
const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by the names the medic triages or turns back to', () => {
  it('finds two names triaged or turned back to, in the order first said', () => {
    expect(
      names("Okafor's hit! Tourniquet on. Then Lindqvist, cut hand. Back to Okafor. Lindqvist is routine."),
    ).toEqual(['okafor', 'lindqvist']);
  });
  it('finds none for one name, nor for a word said in lower case elsewhere ("local guy … Local is urgent")', () => {
    expect(names('Back to Okafor, pulse 100. Okafor urgent.')).toEqual([]);
    expect(names('A local guy, shot in the arm. Local is urgent, Okafor routine.')).toEqual([]);
  });
  it("gives each named casualty his own words and nothing of the other's", () => {
    const [okafor, lindqvist, ...rest] = records(
      "Okafor's hit, Okafor's hit! Round to the right thigh, tourniquet right thigh, pulse one-thirty. " +
        "Lindqvist, Private Lindqvist, the kid helping me, he's cut too. Pressure dressing to his left forearm, he's alert. " +
        'Back to Okafor, sats ninety. Okafor urgent surgical. Lindqvist is routine.',
    );
    expect(rest).toEqual([]);
    expect([okafor.casualty?.name, okafor.evac_priority, okafor.interventions]).toEqual([
      'Okafor',
      'urgent_surgical',
      [{ type: 'tourniquet', location: 'right_leg' }],
    ]);
    expect([lindqvist.casualty?.name, lindqvist.evac_priority, lindqvist.interventions]).toEqual([
      'Lindqvist',
      'routine',
      [{ type: 'pressure_dressing', location: 'left_arm' }],
    ]);
  });
});
