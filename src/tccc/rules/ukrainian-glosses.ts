/**
 * Ukrainian read as English: a Ukrainian partner medic writes his handover in Ukrainian, mostly in Cyrillic, with
 * English words between ("турнікет ліве стегно 14:12", "АТ 100/60, ЧСС 118", "кетамін 50 мг в/м 14:40 — ні, 14:45").
 * In a narrative written in Ukrainian, each word or phrase of the lexicon becomes the English words it means, with the
 * same span of the text (gloss-phrases.ts), before any reader runs: the readers' patterns know Latin letters only.
 * Ukrainian writes the side before the part, as English does, so no words trade places.
 */
import { isNumeric, type Token } from '../text/tokenize.js';
import { glossEach, phraseAt, plain, takeBackAt, writtenIn, type Gloss } from './gloss-phrases.js';
import {
  UKRAINIAN_BODY,
  UKRAINIAN_FROM,
  UKRAINIAN_GLOSSES,
  UKRAINIAN_MARKERS,
  UKRAINIAN_RANKS,
  UKRAINIAN_ROUTES,
  UKRAINIAN_UNITS,
} from './lexicon/ukrainian.js';

/** Fewest Ukrainian words that make a narrative Ukrainian ("ні", "немає", "турнікет", "ЧСС" ...). */
const MIN_MARKERS = 3;

/** Each key plain, as a word of a narrative is looked up ("алергій" as "алергии"). */
const plainKeys = (table: Readonly<Record<string, string>>): Readonly<Record<string, string>> =>
  Object.fromEntries(Object.entries(table).map(([key, english]) => [plain(key), english]));
const GLOSSES = plainKeys(UKRAINIAN_GLOSSES);
const MARKERS: ReadonlySet<string> = new Set(UKRAINIAN_MARKERS.map(plain));
const RANKS = plainKeys(UKRAINIAN_RANKS);
const BODY = plainKeys(UKRAINIAN_BODY);

/** A time's lead words: "о 06:40" (at), "близько 14:05" (about). */
const BEFORE_TIME: Readonly<Record<string, string>> = { о: 'at', близько: 'about' };

/** Replaces the Ukrainian of a narrative written in it with the English words it means. Linear in the token count. */
export function glossUkrainian(tokens: Token[]): Token[] {
  if (!writtenIn(tokens, MARKERS, MIN_MARKERS)) return tokens;
  return glossEach(
    tokens,
    (i) =>
      beforeTime(tokens, i) ??
      routeAt(tokens, i) ??
      takeBackAt(tokens, i, 'ні') ??
      phraseAt(tokens, i, GLOSSES, writtenAsUkrainian),
  );
}

/** "о 06:40", "близько 14:05": the lead word before a number, in English; else null. */
function beforeTime(tokens: readonly Token[], i: number): Gloss | null {
  const key = tokens[i].norm;
  if (!Object.hasOwn(BEFORE_TIME, key) || !isNumeric(tokens[i + 1])) return null;
  return { english: BEFORE_TIME[key], last: i };
}

/** "в/в", "в/м", "в/к": a route of two letters about a slash, written together, in English; else null. */
function routeAt(tokens: readonly Token[], i: number): Gloss | null {
  const [slash, second] = [tokens[i + 1], tokens[i + 2]];
  if (slash?.norm !== '/' || slash.spaced || second?.kind !== 'word' || second.spaced) return null;
  const key = `${tokens[i].norm}/${second.norm}`;
  return Object.hasOwn(UKRAINIAN_ROUTES, key) ? { english: UKRAINIAN_ROUTES[key], last: i + 2 } : null;
}

/**
 * A rank only before a capitalised name; a unit only after a number ("1 г"); "з" only before a part ("з передпліччя").
 * Any other word of the lexicon is Ukrainian as it stands.
 */
function writtenAsUkrainian(tokens: readonly Token[], i: number, key: string, last: number): boolean {
  const next = tokens[last + 1];
  if (Object.hasOwn(RANKS, key)) return next?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(next.raw);
  if (Object.hasOwn(UKRAINIAN_UNITS, key)) return isNumeric(tokens[i - 1]);
  if (Object.hasOwn(UKRAINIAN_FROM, key)) return next?.kind === 'word' && Object.hasOwn(BODY, plain(next.norm));
  return true;
}
