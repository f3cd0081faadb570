/**
 * Recognised speech made to read as a medic would type it, with the rules engine's own vocabulary: letters read out
 * one by one become the acronym they spell when the rules know it ("T X A" → "TXA", "I. O." → "IO"), and a word one
 * slip from exactly one known drug, device or body word becomes that word ("tourniquit" → "tourniquet"), and a battle
 * roster number said letter by letter and digit by digit is written as a medic types it ("roster romeo alpha four
 * four seven one" → "roster RA4471"). Numbers are never altered: outside a roster number, a digit, a number word or
 * anything holding one passes through exactly as recognised; in one, its digits are the ones said, in order.
 */
import { isNumberWord } from '../text/numbers.js';
import { readDoc } from './document.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { ROSTER_WORDS, readSpelledCode } from './spelled.js';

/** Longest acronym read out letter by letter that is joined. */
const MAX_SPELLED = 5;
/** A word, a run of spaces, or anything else; spaces are kept as recognised. */
const PIECES = /[A-Za-z]+|\s+|[^A-Za-z\s]+/g;

/** The transcript with spelled acronyms and roster numbers joined and vocabulary slips fixed; the rest unchanged. */
export function correctTranscript(text: string): string {
  return joinSpelledRosters(correctWords(text));
}

function correctWords(text: string): string {
  const pieces = text.match(PIECES) ?? [];
  const out: string[] = [];
  for (let i = 0; i < pieces.length;) {
    const spelled = spelledAcronym(pieces, i);
    if (spelled) {
      out.push(spelled.acronym);
      i = spelled.next;
      continue;
    }
    out.push(correctWord(pieces[i]));
    i += 1;
  }
  return out.join('');
}

/**
 * Single letters from `i` ("T", " ", "X", " ", "A", or "I", ".", " ", "O", ".") that spell a known acronym, longest
 * first. A dot after the last letter belongs to the acronym only when every letter had one ("I. O."), so a sentence's
 * full stop after "T X A." is kept.
 */
function spelledAcronym(pieces: string[], i: number): { acronym: string; next: number } | undefined {
  const isLetter = (p: string | undefined) => p !== undefined && /^[A-Za-z]$/.test(p);
  const dotted = pieces[i + 1] === '.';
  let letters = '';
  let best: { acronym: string; next: number } | undefined;
  for (let j = i; isLetter(pieces[j]) && letters.length < MAX_SPELLED;) {
    letters += pieces[j].toLowerCase();
    j += 1;
    if (dotted && pieces[j] === '.') j += 1;
    if (letters.length >= 2 && NORMALIZE_OPTIONS.acronyms.has(letters))
      best = { acronym: letters.toUpperCase(), next: j };
    if (pieces[j] !== ' ' || !isLetter(pieces[j + 1])) break;
    j += 1;
  }
  return best;
}

/** A word one slip from exactly one known word, in the word's own capitalisation; everything else as it came. */
function correctWord(piece: string): string {
  if (!/^[A-Za-z]+$/.test(piece)) return piece;
  const lower = piece.toLowerCase();
  if (isNumberWord(lower)) return piece;
  const fixed = NORMALIZE_OPTIONS.spelling?.correct(lower);
  if (!fixed) return piece;
  if (piece === piece.toUpperCase()) return fixed.toUpperCase();
  return piece[0] === piece[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
}

/**
 * A roster number said after its word ("roster", "zap", "BRN") as up to four letters (NATO words or single letters)
 * then three or more digits, written as one code; anything else after the word is left as it came.
 */
function joinSpelledRosters(text: string): string {
  const doc = readDoc(text);
  let out = '';
  let copied = 0;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!ROSTER_WORDS.has(doc.tokens[i].norm)) continue;
    const code = readSpelledCode(doc, i + 1);
    const [first, second, ...more] = code?.groups ?? [];
    const letters = first?.kind === 'letters' ? first.text : '';
    const digits = letters ? second : first;
    if (!code || more.length > 0 || (!letters && second) || letters.length > 4) continue;
    if (digits?.kind !== 'digits' || digits.text.length < 3) continue;
    const from = doc.tokens[code.start].start;
    out += text.slice(copied, from) + letters + digits.text;
    copied = doc.tokens[code.end - 1].end;
    i = code.end - 1;
  }
  return out + text.slice(copied);
}
