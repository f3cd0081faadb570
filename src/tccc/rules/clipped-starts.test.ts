import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withClippedStartsRestored } from './clipped-starts.js';

describe('withClippedStartsRestored', () => {
  it('restores the one word a clipped opening can be, keeping length, and leaves a tail many words end', () => {
    const text = '...ourniquet high. ...ats ninety. ...esps eighteen. ...P ninety over fifty. ...ight arm.';
    const out = withClippedStartsRestored(text);
    expect(out).toHaveLength(text.length);
    // "sats", "resps" and "BP" from the short vocabulary; "tourniquet" from the lexicon.
    expect(out).toBe('  tourniquet high.   sats ninety.   resps eighteen.   BP ninety over fifty. ...ight arm.');
  });

  it('restores a clipped word mid-sentence after a spaced pause, and nothing in a text with one pause', () => {
    const clipped = 'Giving... ...orphine ten. ...ourniquet on. ...ats ninety.';
    expect(withClippedStartsRestored(clipped)).toBe('Giving...   morphine ten.   tourniquet on.   sats ninety.');
    const once = 'Stand by... ...orphine ten milligrams IM.';
    expect(withClippedStartsRestored(once)).toBe(once);
  });

  it('leaves a pause before a whole word alone', () => {
    const text = 'Stand by. ...Pulse ninety. ...Resps twenty. ...He is awake.';
    expect(withClippedStartsRestored(text)).toBe(text);
  });

  it('reads a clipped pressure as a pressure, not a pulse', () => {
    const record = extractCasualties(
      '...rag to the left calf. ...ressure dressing on it. ...ulse ninety-six. ...P one ten over seventy. ...o, one ten over seventy-four. ...o morphine.',
    ).casualties[0].record;
    expect(record.vitals).toEqual([{ pulse: 96, systolic: 110, diastolic: 74 }]);
    expect(record.medications).toBeUndefined();
  });
});
