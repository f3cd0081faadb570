/**
 * Words that say the medic came upon someone more, a casualty not yet spoken of: "there's someone else further in",
 * "somebody's groaning behind the wall". casualty-switch.ts reads them as a turn to the next casualty.
 */
import type { Token } from '../text/tokenize.js';
import { ORDINAL_ENDINGS } from '../text/digit-runs.js';
import { norm } from './switch-words.js';
import { opensSentence } from './sentence-ends.js';
import { CASUALTY_LABEL_NOUNS } from './lexicon/identity.js';

/** Sounds of someone hurt the medic hears before he sees him ("somebody's moaning deeper in"). */
const HURT_SOUNDS = new Set(['moaning', 'groaning', 'screaming', 'yelling', 'crying', 'whimpering', 'calling']);
/** Words before "someone else" that say he was come upon ("there's someone else", "found somebody else"). */
const COME_UPON = new Set(["there's", 'theres', 'is', 'found', 'got', 'see', 'feel', 'hear']);

/** Someone the medic may come upon, said with "a" ("There's a local in here"). */
const PERSONS = new Set(['local', 'civilian', 'man', 'woman', 'kid', 'child', 'boy', 'girl', 'detainee', 'prisoner']);
/** Words of where he is, right after him ("in here", "behind the wall"): the medic comes upon him there. */
const WHERE = new Set(['in', 'inside', 'over', 'out', 'behind', 'under', 'by', 'back']);

/**
 * "There's a local in here", "there is an old man behind the wall": a sentence opening on someone there, said where
 * he is; the end of the person's words, else -1. Never someone doing something ("There's a kid holding pressure").
 */
function personFoundAt(tokens: Token[], i: number): number {
  if (!opensSentence(tokens, i)) return -1;
  const there =
    norm(tokens, i) === "there's" ? i + 1 : norm(tokens, i) === 'there' && norm(tokens, i + 1) === 'is' ? i + 2 : -1;
  if (there < 0 || !['a', 'an'].includes(norm(tokens, there))) return -1;
  const k = PERSONS.has(norm(tokens, there + 1)) ? there + 1 : PERSONS.has(norm(tokens, there + 2)) ? there + 2 : -1;
  return k > 0 && WHERE.has(norm(tokens, k + 1)) ? k + 1 : -1;
}

/**
 * "found a 3rd cas out of sight", "there's another casualty behind the shed": a casualty more come upon at `i`, said
 * as one, his count written in digits or none (a count in words, "a third casualty", is an ordinal's switch); his
 * number when counted and the end of the words, else undefined.
 */
export function casualtyFoundAt(tokens: Token[], i: number): { n?: number; end: number } | undefined {
  if (!COME_UPON.has(norm(tokens, i)) || !['a', 'another'].includes(norm(tokens, i + 1))) return undefined;
  const digits = tokens[i + 2];
  const counted = digits?.kind === 'number' && ORDINAL_ENDINGS.has(norm(tokens, i + 3)) && !tokens[i + 3].spaced;
  // "a casualty" alone is any casualty ("he is a casualty"): one more only when counted or said to be another.
  if (!counted && norm(tokens, i + 1) !== 'another') return undefined;
  const noun = counted ? i + 4 : i + 2;
  if (!CASUALTY_LABEL_NOUNS.has(norm(tokens, noun))) return undefined;
  return counted ? { n: digits.value, end: noun + 1 } : { end: noun + 1 };
}

/**
 * The end of words at token `i` that say the medic came upon someone more, a casualty not yet spoken of, or -1:
 * "there's someone else further in", "I've found somebody else", "somebody's groaning behind the wall", "someone is
 * moaning". Never "someone else put a TQ on him", another who gave care.
 */
export function someoneFoundAt(tokens: Token[], i: number): number {
  const w = norm(tokens, i);
  const person = personFoundAt(tokens, i);
  if (person > i) return person;
  const who = ['someone', 'somebody'];
  if (who.includes(w) && norm(tokens, i + 1) === 'else' && COME_UPON.has(norm(tokens, i - 1))) return i + 2;
  if (who.includes(w.replace(/'s$/, '')) && HURT_SOUNDS.has(norm(tokens, i + 1))) return i + 2;
  if (who.includes(w) && ['is', "'s"].includes(norm(tokens, i + 1)) && HURT_SOUNDS.has(norm(tokens, i + 2)))
    return i + 3;
  return -1;
}

/** The word of the person come upon by words from `at` to `end` ("There's a local in here": "local"), if any. */
export const personFound = (tokens: Token[], at: number, end: number): string | undefined =>
  personFoundAt(tokens, at) === end ? norm(tokens, end - 1) : undefined;

/** True when the words ending at token `end` say the medic came upon someone more (someoneFoundAt). */
export const endsSomeoneFound = (tokens: Token[], end: number): boolean =>
  someoneFoundAt(tokens, end - 2) === end || someoneFoundAt(tokens, end - 3) === end;
