import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { correctTranscript } from './transcript.js';

describe('correctTranscript', () => {
  it('joins acronyms read out letter by letter, when the rules know them', () => {
    expect(correctTranscript('gave T X A two grams')).toBe('gave TXA two grams');
    expect(correctTranscript('placed an I. O. in the left tibia')).toBe('placed an IO in the left tibia');
    expect(correctTranscript('the Q R S was wide')).toBe('the Q R S was wide'); // not a word the rules read
  });

  it('fixes a slip to the one drug, device or body word it is close to, keeping its capitals', () => {
    expect(correctTranscript('Tourniquit applied to the left thy')).toBe('Tourniquet applied to the left thy');
    expect(correctTranscript('gave ketamime and fentanil')).toBe('gave ketamine and fentanyl');
  });

  it('writes a roster number said letter by letter and digit by digit as one code, its digits as said', () => {
    expect(correctTranscript('battle roster romeo alpha four four seven one, GSW left leg')).toBe(
      'battle roster RA4471, GSW left leg',
    );
    expect(correctTranscript('zap number is bravo charlie zero seven seven two')).toBe('zap number is BC0772');
    expect(correctTranscript('roster BC-7702 already typed')).toBe('roster BC7702 already typed');
    expect(correctTranscript('roster pending, pulse one one eight')).toBe('roster pending, pulse one one eight');
  });

  it('never alters a number, said or written', () => {
    expect(correctTranscript('pulse one one eight, BP 96/60 at 1432')).toBe('pulse one one eight, BP 96/60 at 1432');
    const numberish = fc.oneof(
      fc.integer({ min: 0, max: 99999 }).map(String),
      fc.constantFrom(
        'one',
        'two',
        'three',
        'four',
        'five',
        'six',
        'seven',
        'eight',
        'nine',
        'zero',
        'niner',
        'fourteen',
        'forty',
        'hundred',
      ),
    );
    const word = fc.constantFrom('T', 'X', 'A', 'tourniquit', 'pulse', 'at', 'I.', 'O.', 'ketamin', ',', 'over');
    fc.assert(
      fc.property(fc.array(fc.oneof(numberish, word), { maxLength: 12 }), (parts) => {
        const numbers = (s: string) =>
          s
            .split(/\s+/)
            .filter(
              (p) =>
                /\d/.test(p) ||
                /^(one|two|three|four|five|six|seven|eight|nine|zero|niner|fourteen|forty|hundred)$/.test(p),
            );
        expect(numbers(correctTranscript(parts.join(' ')))).toEqual(numbers(parts.join(' ')));
      }),
    );
  });
});
