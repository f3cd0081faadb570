/**
 * A device's or drug's time said to have been wrong, in a sentence of its own that gives the right one: "Abara's TQ
 * time above is wrong, it's 0919 per the tag on the TQ", "And I say again bandage time, one one four five, my mistake
 * earlier". The sentence labels the time by the thing it dates ("TQ time", or "bandage time" by a word of the
 * thing's name, "Israeli bandage"); the right time takes the place of the one said after that thing where it was last
 * said, and the sentence, no fact of its own, is dropped. A sentence with another number, a place or another thing in
 * it says more than a time and is left as it is, and so is a thing said twice before with two times: which one was
 * wrong is not for the rules to say.
 */
import { readClock } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { WRONG_WORDS, disownedTimeEnd } from './disowned-times.js';
import { isLocationWord } from './lexicon/body.js';
import type { Mention } from './matcher.js';
import { numberAfterThing, sameThing } from './moved-numbers.js';
import { sentencesOf, sentenceStartFrom, type TokenSentence } from './sentence-ends.js';

/** Words saying a value said before was wrong ("is wrong", "my mistake", "I misspoke"). */
const WRONG = new Set([...WRONG_WORDS, 'mistaken', 'misspoke']);
/** What a time can be labelled by: the things a medic does and gives. */
const DATED = new Set(['intervention', 'medication', 'fluid', 'access']);

const catOf = (m: Mention | undefined): string | undefined => m?.tags[0].cat;

/** Whether mention `m` names the thing labelled by the word at `i`: the mention ending there, or one holding the word. */
function namerOf(tokens: Token[], i: number, mentionAt: Map<number, Mention>): ((m?: Mention) => boolean) | null {
  const labelled = [...mentionAt.values()].find((m) => m.end === i + 1 && DATED.has(catOf(m) ?? ''));
  if (labelled) return (m) => sameThing(m, labelled);
  const word = tokens[i].norm;
  if (tokens[i].kind !== 'word') return null;
  return (m) =>
    m !== undefined && DATED.has(catOf(m) ?? '') && tokens.slice(m.start, m.end).some((t) => t.norm === word);
}

/** The one time a sentence says (said again or not) after its label, and the thing it labels; else null. */
function labelledTime(
  tokens: Token[],
  s: TokenSentence,
  mentionAt: Map<number, Mention>,
): { fresh: number; end: number; names: (m?: Mention) => boolean } | null {
  const label = tokens.findIndex((t, k) => k > s.start && k < s.end && t.norm === 'time');
  if (label < 0) return null;
  const names = namerOf(tokens, label - 1, mentionAt);
  if (!names) return null;
  let fresh: { at: number; end: number; time: string } | null = null;
  for (let i = s.start; i < s.end; i++) {
    const m = mentionAt.get(i);
    if (m && !names(m)) return null;
    if (isLocationWord(tokens[i].norm)) return null;
    if (!isNumeric(tokens[i])) continue;
    // "TQ time corrected, 2201 was an error": the time said is the one disowned, not the right one.
    const clock = i > label && disownedTimeEnd(tokens, i) < 0 ? readClock(tokens, i) : null;
    if (!clock || (fresh && fresh.time !== clock.time)) return null;
    fresh ??= { at: i, end: clock.end, time: clock.time };
    i = clock.end - 1;
  }
  return fresh && { fresh: fresh.at, end: fresh.end, names };
}

/** Marks, in `drop` and `moved`, each time a sentence says was wrong: the right one in place of the one said before. */
export function moveWrongTimes(
  tokens: Token[],
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): void {
  for (const s of sentencesOf(tokens)) {
    if (!tokens.slice(s.start, s.end).some((t) => WRONG.has(t.norm))) continue;
    const said = labelledTime(tokens, s, mentionAt);
    if (!said) continue;
    const timeOfThing = (to: number): number =>
      Math.max(
        numberAfterThing(tokens, 0, to, said.fresh, said.names, mentionAt),
        timeOpeningThing(tokens, to, said.names, mentionAt),
      );
    const target = timeOfThing(s.start);
    const old = target >= 0 ? readClock(tokens, target) : null;
    if (!old || old.time === readClock(tokens, said.fresh)?.time) continue;
    const before = timeOfThing(sentenceStartFrom(tokens, target));
    if (before >= 0 && readClock(tokens, before)?.time !== old.time) continue;
    moved.set(target, tokens.slice(said.fresh, said.end));
    for (let d = target; d < old.end; d++) drop[d] = 1;
    for (let d = s.start; d < s.end; d++) drop[d] = 1;
  }
}

/**
 * The time a log line opens with, before the thing it dates, where the thing last said before `to` is on such a line
 * ("2205 SAM splint R lower leg", "22:05: R LOWER LEG: SPLINT"); else -1.
 */
function timeOpeningThing(
  tokens: Token[],
  to: number,
  names: (m?: Mention) => boolean,
  mentionAt: Map<number, Mention>,
): number {
  for (let i = to - 1; i >= 0; i--) {
    if (!names(mentionAt.get(i))) continue;
    const opens = sentenceStartFrom(tokens, i);
    const clock = readClock(tokens, opens);
    const between = tokens.slice(clock?.end ?? i, i);
    return clock && !between.some((t, k) => isNumeric(t) || mentionAt.has(clock.end + k)) ? opens : -1;
  }
  return -1;
}
