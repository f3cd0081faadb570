/**
 * The medic hurt himself ("I'm hit. … Israeli on my own left calf … Me, priority"): his own words are a casualty of
 * their own, known by the key `self`, so his wound and self-aid never land on the casualty he treats.
 */
import type { Token } from '../text/tokenize.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { opensSentence, sentenceEndFrom } from './sentence-ends.js';
import { norm, type SwitchFound } from './switch-words.js';

/** The key of the medic's own words among the casualties'. */
export const SELF = 'self';

/** What the speaker says of himself when he is wounded ("I'm hit", "I got shot", "I've been hit"). */
const WOUNDED = new Set(['hit', 'shot', 'wounded', 'hurt']);
/** Words that say a body part is hurt ("My calf's oozing", "my arm, frag"). */
const HURT = new Set(['bleeding', 'bleeds', 'oozing', 'burning', 'frag', 'shrapnel', 'hit', 'shot', 'broken', 'hurts']);
/** The first-person openings before one of WOUNDED. */
const I_AM = [['i', 'am'], ["i'm"], ['i', 'got'], ["i've", 'been'], ['i', 'have', 'been'], ['i', 'was']];

/** A body part, after any side words, from token `k` ("left calf", "hand's"). */
function partAt(tokens: Token[], k: number): boolean {
  let j = k;
  while (Object.hasOwn(SIDE_WORDS, norm(tokens, j))) j++;
  return Object.hasOwn(BODY_PART_WORDS, norm(tokens, j).replace(/'s$/, ''));
}

/** True when the sentence opened at `i` says the speaker is wounded, or his own body part ("My left hand's bleeding"). */
function saysSelfWounded(tokens: Token[], i: number): boolean {
  const opening = I_AM.find((words) => words.every((w, j) => norm(tokens, i + j) === w));
  if (opening && WOUNDED.has(norm(tokens, i + opening.length))) return true;
  if (norm(tokens, i) !== 'my' || !partAt(tokens, i + 1)) return false;
  // "My left hand's bleeding", never "My hands are full": the part is said to be hurt in its sentence.
  const end = sentenceEndFrom(tokens, i);
  return tokens.slice(i, end).some((t) => HURT.has(t.norm));
}

/** "Me, priority", "Me, I'm routine": the speaker triaging himself. */
function triagesSelf(tokens: Token[], i: number): boolean {
  if (norm(tokens, i) !== 'me' || norm(tokens, i + 1) !== ',') return false;
  const k = norm(tokens, i + 2) === "i'm" ? i + 3 : i + 2;
  return PRIORITY_WORDS.has(norm(tokens, k));
}

/** A switch to the medic himself at a sentence opened at `i`, labelling nothing; else null. */
export function selfSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  if (!opensSentence(tokens, i)) return null;
  return saysSelfWounded(tokens, i) || triagesSelf(tokens, i) ? { target: { key: SELF }, end: i } : null;
}
