import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { extractCasualties } from './casualties.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { openingSwitch, turnFromFirst } from './opening-casualty.js';
import { scanSwitches } from './switch-scan.js';

describe('the opening words as the first casualty', () => {
  it('opens a second casualty at "second one, <name>" with no first label, and turns back by the first one\'s name', () => {
    const text =
      "Hallway clear. Man down, it's Okoro. Frag in the left calf, pressure dressing on it. Next door. " +
      'Second one, Vasquez, by the stairs. Burns to the right hand, burn dressing on. Back to Okoro. Pulse 104.';
    const [okoro, vasquez, ...rest] = extractCasualties(text).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(okoro.casualty?.name).toBe('Okoro');
    expect(okoro.vitals).toEqual([{ pulse: 104 }]);
    expect(vasquez.casualty?.name).toBe('Vasquez');
    expect(vasquez.vitals).toBeUndefined();
  });
  it('knows the first one by the name he is turned back to, though a switch turns from him', () => {
    const text =
      'We pulled Mbeki from the cab, she is pale. Splint on the left forearm. ' +
      'Second one, Torvald, walking wounded, cut on the chin. Back to Mbeki, pulse 122.';
    const tokens = readTokens(text, NORMALIZE_OPTIONS);
    const switches = scanSwitches(tokens, false, ['mbeki', 'torvald'], [], []);
    expect(openingSwitch(tokens, switches, turnFromFirst(tokens, switches))?.target).toEqual({
      key: 'name:mbeki',
      number: 1,
    });
  });
});
