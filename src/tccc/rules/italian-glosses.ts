/**
 * Italian read as English: an Italian medic's handover keeps the words and shorthand of his own notes ("laccio
 * emostatico coscia sx ore 14.20", "PA 100/60, FC 118, FR 24", "fisiologica 500 ml e.v."). Each Italian word or phrase
 * of the lexicon becomes the English words it means, with the same span of the text, found as German's are
 * (gloss-phrases.ts: dotted shorthand whole); Italian writes the side after the part ("coscia sx"), so the two trade
 * places as French and Spanish sides do.
 */
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS } from './lexicon/body.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { CLITICS, glossTokens, phraseAt, plain, sidesFirst } from './gloss-phrases.js';
import {
  ITALIAN_GLOSSES,
  ITALIAN_GRAMMAR,
  ITALIAN_RANKS,
  ITALIAN_SIDES,
  ITALIAN_SIGN_SHORTHAND,
} from './lexicon/italian.js';

/** Titles before a name that are no rank ("Dr Gamba", "Doc Testa"). */
const TITLES = new Set(['dr', 'doc']);
/** Labels a casualty's name follows, after a colon or "is" ("Cas: Testa", "Casualty is SGT Gamba"). */
const CASUALTY_LABELS = new Set(['cas', 'casualty', 'patient', 'pt', 'name']);

/** Words read only before a number: "ore 14.20", "alle 22.12" (the time), "ago 18G" (a needle of that gauge, a line). */
const BEFORE_NUMBER: Readonly<Record<string, string>> = { ore: 'at', alle: 'at', ago: 'iv' };

/** Replaces the Italian of a narrative's tokens with the English words it means. Linear in the token count. */
export function glossItalian(tokens: Token[]): Token[] {
  const out: Token[] = [];
  const italianSide: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const before = t.kind === 'word' ? beforeNumber(tokens, i) : null;
    const phrase = before
      ? { english: before, last: i }
      : t.kind === 'word' && !namedAfterLead(tokens, i)
        ? phraseAt(tokens, i, ITALIAN_GLOSSES, writtenAsItalian)
        : null;
    if (!phrase) {
      out.push(t);
      italianSide.push(false);
      continue;
    }
    const glossed = glossTokens(t, tokens[phrase.last], sharedSide(tokens, phrase.last) + phrase.english);
    out.push(...glossed);
    italianSide.push(...glossed.map(() => phrase.last === i && Object.hasOwn(ITALIAN_SIDES, t.norm)));
    i = phrase.last;
  }
  return sidesFirst(out, italianSide);
}

/**
 * The side, and a space, that a part at `last` shares with the part after it: "avambraccio e polso sx" is the left
 * forearm and the left wrist, the side said once after both. Else nothing.
 */
function sharedSide(tokens: readonly Token[], last: number): string {
  const [and, part, side] = [tokens[last + 1], tokens[last + 2], tokens[last + 3]];
  const isPart = (t: Token): boolean => Object.hasOwn(BODY_PART_WORDS, ITALIAN_GLOSSES[t.norm] ?? '');
  if (!isPart(tokens[last]) || and?.norm !== 'e' || !part || !isPart(part)) return '';
  return side && Object.hasOwn(ITALIAN_SIDES, side.norm) ? `${ITALIAN_SIDES[side.norm]} ` : '';
}

/** The English of "ore", "alle" before a time and "ago" before a gauge ("18G"), else null: "10 min ago" is English. */
function beforeNumber(tokens: readonly Token[], i: number): string | null {
  const key = tokens[i].norm;
  const next = tokens[i + 1];
  if (!Object.hasOwn(BEFORE_NUMBER, key) || next?.kind !== 'number') return null;
  if (key !== 'ago') return /^\d{1,2}[.:]\d{2}$/.test(next.raw) ? BEFORE_NUMBER[key] : null;
  return tokens[i + 2]?.norm === 'g' && !tokens[i + 2].spaced ? BEFORE_NUMBER[key] : null;
}

/**
 * True when token `t` is an Italian word of the lexicon, other than a small word of the sentence: Spanish and English
 * share some of those ("di", "su", "circa"), so they are read only beside an Italian word ("frattura di bacino", "su
 * avambraccio"), and never after a Spanish pronoun ("le di ketamina" is "I gave him ketamine").
 */
function isItalian(t: Token | undefined): boolean {
  const key = t?.kind === 'word' ? plain(t.norm) : '';
  return Object.hasOwn(ITALIAN_GLOSSES, key) && !Object.hasOwn(ITALIAN_GRAMMAR, key);
}

/**
 * The signs' shorthand in capitals before its reading, "PA" only before a pressure ("PA 100/60"; "PA Moss" is a
 * name); a rank before a name; the small words of the sentence in lower case ("Di Marco" is a name).
 */
function writtenAsItalian(tokens: readonly Token[], i: number, key: string, last: number): boolean {
  const next = tokens[last + 1];
  if (Object.hasOwn(ITALIAN_RANKS, key)) return next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw);
  if (Object.hasOwn(ITALIAN_GRAMMAR, key))
    return (
      tokens[i].raw === tokens[i].raw.toLowerCase() &&
      !CLITICS.has(tokens[i - 1]?.raw ?? '') &&
      (isItalian(tokens[i - 1]) || isItalian(next))
    );
  // English shorthand shares the sides ("Left leg dx open fracture": dx, diagnosis): one only after an Italian part.
  if (Object.hasOwn(ITALIAN_SIDES, key)) return namesItalianPart(tokens, i);
  if (!ITALIAN_SIGN_SHORTHAND.has(key)) return key !== 'faf' || tokens[i].raw === 'FAF';
  if (tokens[i].raw !== tokens[i].raw.toUpperCase()) return false;
  if (next?.kind !== 'number' || !/^\d{1,3}$/.test(next.raw)) return false;
  const pressure = tokens[last + 2]?.norm === '/' && !tokens[last + 2].spaced && tokens[last + 3]?.kind === 'number';
  return key === 'pa' ? pressure : !pressure;
}

/** True when the word or two before token `i` are an Italian body part ("coscia sx", "cuoio capelluto dx"). */
function namesItalianPart(tokens: readonly Token[], i: number): boolean {
  const [one, two] = [tokens[i - 1], tokens[i - 2]];
  const keys = [one ? plain(one.norm) : '', two && one ? `${plain(two.norm)} ${plain(one.norm)}` : ''];
  return keys.some((k) => Object.hasOwn(BODY_PART_WORDS, ITALIAN_GLOSSES[k]?.split(' ').pop() ?? ''));
}

/**
 * True when token `i` is capitalised after a rank, title or casualty label: an Italian surname ("SPC Testa", "Casualty
 * is SGT Gamba", "Cas: Testa"), no Italian word.
 */
function namedAfterLead(tokens: readonly Token[], i: number): boolean {
  if (!/^\p{Lu}/u.test(tokens[i].raw)) return false;
  const lead = (k: number): string => plain(tokens[k]?.norm ?? '').replace(/\.$/, '');
  if (RANK_WORDS.has(lead(i - 1)) || TITLES.has(lead(i - 1))) return true;
  return [':', 'is'].includes(tokens[i - 1]?.norm ?? '') && CASUALTY_LABELS.has(lead(i - 2));
}
