import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.js';
import { CLITICS, phraseAt, writtenIn } from './gloss-phrases.js';
import { GERMAN_GLOSSES } from './lexicon/german.js';
import { ITALIAN_GLOSSES } from './lexicon/italian.js';

const any = (): boolean => true;

describe('the lookup every language module shares', () => {
  it('reads a dotted German phrase whole', () => {
    const tokens = tokenize('i.v.-Zugang re. Unterarm');
    expect(phraseAt(tokens, 0, GERMAN_GLOSSES, any)?.last).toBe(5);
  });

  it('reads a dotted Italian short form whole', () => {
    const tokens = tokenize('fisiologica 500 ml e.v.');
    expect(phraseAt(tokens, 3, ITALIAN_GLOSSES, any)).toMatchObject({ last: 6 });
  });

  it('keeps the Spanish pronouns Italian leaves unread', () => {
    expect(CLITICS.has('le')).toBe(true);
  });
});

describe('a narrative written in a language', () => {
  const markers = new Set(['geen', 'niet', 'uur']);
  it('takes enough different marker words, accents put aside, as the sign of it', () => {
    expect(writtenIn(tokenize('Geen pols, niet gegeven om 14.20 uur'), markers, 3)).toBe(true);
  });
  it('takes one marker word said again for no sign of it', () => {
    expect(writtenIn(tokenize('geen, geen, geen; niet'), markers, 3)).toBe(false);
  });
});
