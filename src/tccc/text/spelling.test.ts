import { describe, expect, it, vi } from 'vitest';
import { SpellingCorrector } from './spelling.js';
import { tokenize } from './tokenize.js';

const corrector = new SpellingCorrector(
  ['pressure', 'morphine', 'amputation', 'priority', 'abdomen', 'thigh', 'thighs'],
  ['tight'],
);

describe('SpellingCorrector', () => {
  it('reads a word one letter dropped, added, changed or swapped from a known word as that word', () => {
    expect(corrector.correct('preasure')).toBe('pressure');
    expect(corrector.correct('morphene')).toBe('morphine');
    expect(corrector.correct('amputaion')).toBe('amputation');
    expect(corrector.correct('priorty')).toBe('priority');
    expect(corrector.correct('abdoemn')).toBe('abdomen');
  });
  it('looks up no word longer than a slip can be (a pasted run of letters would cost its length squared)', () => {
    expect(corrector.correct('amputatioon')).toBe('amputation'); // one longer than the longest known word: still a slip
    const lookUp = vi.spyOn(Map.prototype, 'get');
    try {
      expect(corrector.correct('x'.repeat(12))).toBeUndefined();
      expect(corrector.correct('x'.repeat(2_000))).toBeUndefined();
      expect(lookUp).not.toHaveBeenCalled();
    } finally {
      lookUp.mockRestore();
    }
  });

  it('leaves known, short, kept, distant and ambiguous words alone', () => {
    expect(corrector.correct('pressure')).toBeUndefined();
    expect(corrector.correct('hart')).toBeUndefined();
    expect(corrector.correct('tight')).toBeUndefined();
    expect(corrector.correct('prescribe')).toBeUndefined();
    expect(corrector.correct('thighz')).toBeUndefined();
    expect(corrector.correct('seven')).toBeUndefined();
  });
  it('keeps what was typed in raw and never corrects a capitalized name', () => {
    const [slip, , first, last] = corrector.correctTokens(tokenize('Preasure , Aisha Abdomem'));
    expect(slip).toMatchObject({ norm: 'pressure', raw: 'Preasure' });
    expect(first.norm).toBe('aisha');
    expect(last.norm).toBe('abdomem');
  });
  it('never corrects a capitalized word the narrative also says in a full name', () => {
    const tokens = corrector.correctTokens(tokenize('Seen by Aisha Abdomem first . Abdomem is stable , abdomem soft'));
    expect(tokens.filter((t) => t.raw === 'Abdomem').map((t) => t.norm)).toEqual(['abdomem', 'abdomem']);
    // Typed in lower case it is still a slip.
    expect(tokens.at(-2)).toMatchObject({ norm: 'abdomen', raw: 'abdomem' });
  });
  it('reads a word that lost its first one or two letters as the one known word it ends', () => {
    expect(corrector.unclip('orphine')).toBe('morphine');
    expect(corrector.unclip('iority')).toBe('priority');
    // A known word is whole; a tail two known words end is left as said.
    expect(corrector.unclip('thigh')).toBeUndefined();
    expect(new SpellingCorrector(['field', 'shield']).unclip('ield')).toBeUndefined();
  });
  it('reads no word as another ending of the same stem ("burner" is no slip of "burned")', () => {
    const endings = new SpellingCorrector(['burned', 'covered']);
    expect(endings.correct('burner')).toBeUndefined();
    expect(endings.correct('coveres')).toBeUndefined();
    // A letter slipped elsewhere in the word is still a slip.
    expect(endings.correct('burnrd')).toBe('burned');
  });
});
