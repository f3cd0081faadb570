/**
 * Whose the words before a narrative's first casualty switch are, when they are someone's: "I've got Park first, GSW …
 * Other casualty is Grant" (the one turned from), "LT's hit, GSW left chest … Hollis, … Back to the LT" (the one turned
 * back to). `casualty-split.ts` opens the narrative with a switch to him.
 */
import type { Token } from '../text/tokenize.js';
import { norm, noun } from './switch-words.js';
import { turnsToAnother, type Switch } from './switch-targets.js';

/** The first turn of `switches` when it goes from someone already spoken of, before any label, to another. */
export function turnFromFirst(tokens: Token[], switches: readonly Switch[]): Switch | undefined {
  const turn = switches.find((s) => !('key' in s.target && s.target.key.startsWith('name:') && s.target.number === 1));
  return turn && turnsToAnother(tokens, turn) && switches[0].at > 0 && saysSomething(tokens, switches[0].at)
    ? turn
    : undefined;
}

/**
 * The switch that opens the narrative for the one its opening words are about, else undefined: the first casualty
 * when a switch turns from him (`fromFirst`, or one found now), or the one a switch turns back to.
 */
export function openingSwitch(
  tokens: Token[],
  switches: readonly Switch[],
  fromFirst: Switch | undefined,
): Switch | undefined {
  const named = namedInOpening(tokens, switches);
  if (named) return named;
  const back = backToOpening(tokens, switches);
  // Turned back to by his rank ("the LT"), he is called by the surname the rank is said with ("LT Farrow").
  const surname = back && 'key' in back.target ? back.target.key.replace(/^name:/, '') : '';
  const called = tokens.find((t) => t.norm === surname && /^\p{Lu}/u.test(t.raw))?.raw;
  // Turned back to by the name he was said by ("Calloway … Second one, Pruitt, … Back to Calloway"), he is known by
  // it, whether or not a switch turned from him.
  const byName = back && called && 'key' in back.target && back.target.key.startsWith('name:');
  if (!byName && (fromFirst || turnFromFirst(tokens, switches))) return { at: 0, end: 0, target: { key: '#first' } };
  if (!back) return undefined;
  return { at: 0, end: 0, target: back.target, ...(called ? { called } : {}) };
}

/**
 * The first switch that turns back ("Back to Garza", "back to the LT") to one no switch before it names, when the word
 * it turns back by is said before any switch ("LT's hit"): the words before the first switch were that casualty's.
 */
function backToOpening(tokens: Token[], switches: readonly Switch[]): Switch | undefined {
  const first = switches[0];
  if (!first || first.at === 0 || !saysSomething(tokens, first.at)) return undefined;
  const keyOf = (s: Switch): string | undefined => ('key' in s.target ? s.target.key : undefined);
  return switches.find(
    (s, k) =>
      keyOf(s) !== undefined &&
      s.end > s.at &&
      norm(tokens, s.at) === 'back' &&
      !switches.slice(0, k).some((o) => keyOf(o) === keyOf(s)) &&
      tokens.slice(0, first.at).some((_, j) => noun(tokens, j) === noun(tokens, s.end - 1)),
  );
}

/**
 * "Casualty is Specialist Kwame Boateng, GSW right thigh … Kwame, look at me.": the first switch calls the one the
 * opening words name in full, and no other casualty is named there; those words were his.
 */
function namedInOpening(tokens: Token[], switches: readonly Switch[]): Switch | undefined {
  const first = switches[0];
  if (!first?.called || first.at === 0 || !saysSomething(tokens, first.at)) return undefined;
  const opening = tokens.slice(0, first.at);
  const words = first.called.toLowerCase().split(/\s+/);
  const saysFullName = opening.some((_, j) => words.every((w, k) => norm(tokens, j + k) === w));
  const others = switches.flatMap((s) =>
    'key' in s.target && s.target.key !== ('key' in first.target ? first.target.key : '')
      ? [s.target.key.replace(/^name:/, '')]
      : [],
  );
  const namesAnother = opening.some((t) => others.includes(t.norm));
  return saysFullName && !namesAnother ? { at: 0, end: 0, target: first.target, called: first.called } : undefined;
}

/** True when the words before token `to` hold more than a few words of their own (not a lone "Okay, so"). */
function saysSomething(tokens: Token[], to: number): boolean {
  return tokens.slice(0, to).filter((t) => t.kind !== 'punct').length > 4;
}
