/**
 * Polish read as English: a Polish partner medic keeps the words and shorthand of his own notes, or writes the whole
 * handover in Polish with English words between ("opaska uciskowa udo lewe godz. 14:20", "tętno 118, oddechy 24",
 * "Ertapenem 1 g iv 11:55 – nie, 11:57"). In a narrative written in Polish, each word or phrase of the lexicon becomes
 * the English words it means, with the same span of the text (gloss-phrases.ts); Polish writes the side after the part
 * ("przedramię prawe"), so the two trade places as Italian's do.
 */
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS } from './lexicon/body.js';
import { glossTokens, phraseAt, plain, sidesFirst, takeBackAt, writtenIn, type Gloss } from './gloss-phrases.js';
import { POLISH_GLOSSES, POLISH_MARKERS, POLISH_RANKS, POLISH_SIDES } from './lexicon/polish.js';

/** Fewest Polish words that make a narrative Polish ("nie", "brak", "tętno", "godz" ...). */
const MIN_MARKERS = 3;

/** A time's lead words: "godz. 14:20", "o 11:44" (at), "ok. 11:40" (about), "od 14:20" (since). */
const BEFORE_TIME: Readonly<Record<string, string>> = { 'godz.': 'at', o: 'at', 'ok.': 'about', od: 'since' };

/** Replaces the Polish of a narrative written in it with the English words it means. Linear in the token count. */
export function glossPolish(tokens: Token[]): Token[] {
  if (!writtenIn(tokens, POLISH_MARKERS, MIN_MARKERS)) return tokens;
  const out: Token[] = [];
  const polishSide: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const phrase =
      t.kind !== 'word'
        ? null
        : (beforeTime(tokens, i) ??
          takeBackAt(tokens, i, 'nie') ??
          phraseAt(tokens, i, POLISH_GLOSSES, writtenAsPolish));
    if (!phrase) {
      out.push(t);
      polishSide.push(false);
      continue;
    }
    const glossed = glossTokens(t, tokens[phrase.last], phrase.english);
    out.push(...glossed);
    polishSide.push(...glossed.map(() => phrase.last === i && Object.hasOwn(POLISH_SIDES, plain(t.norm))));
    i = phrase.last;
  }
  return sidesFirst(out, polishSide);
}

/** "godz. 14:20", "o 11:44", "ok. 11:40": the lead word (and its dot) before a number, in English; else null. */
function beforeTime(tokens: readonly Token[], i: number): Gloss | null {
  const dotted = tokens[i + 1]?.norm === '.' && !tokens[i + 1].spaced;
  const key = dotted ? `${tokens[i].norm}.` : tokens[i].norm;
  const last = dotted ? i + 1 : i;
  if (!Object.hasOwn(BEFORE_TIME, key) || tokens[last + 1]?.kind !== 'number') return null;
  return { english: BEFORE_TIME[key], last };
}

// "nie," before what is said instead is read as a correction (takeBackAt); "nie" before a verb is its not ("nie
// podano"), in the lexicon.

/**
 * A side only after a Polish part ("udo lewe", "zgięciu łokciowym lewym"); a rank only before a capitalised name;
 * "RR" only in capitals before a pressure. Any other word of the lexicon is Polish as it stands.
 */
function writtenAsPolish(tokens: readonly Token[], i: number, key: string, last: number): boolean {
  const next = tokens[last + 1];
  if (Object.hasOwn(POLISH_SIDES, key)) return namesPolishPart(tokens, i);
  if (Object.hasOwn(POLISH_RANKS, key)) return next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw);
  if (key === 'rr') return tokens[i].raw === 'RR' && next?.kind === 'number' && tokens[last + 2]?.norm === '/';
  return true;
}

/** True when the word or two before token `i` are a Polish body part ("udo lewe", "zgięciu łokciowym lewym"). */
function namesPolishPart(tokens: readonly Token[], i: number): boolean {
  const [one, two] = [tokens[i - 1], tokens[i - 2]];
  const keys = [one ? plain(one.norm) : '', two && one ? `${plain(two.norm)} ${plain(one.norm)}` : ''];
  return keys.some((k) => Object.hasOwn(BODY_PART_WORDS, POLISH_GLOSSES[k]?.split(' ').pop() ?? ''));
}
