/**
 * In a handover in question and answer, the receiver turns to the next casualty with a question that asks for
 * someone ("RN: And her? MEDIC: Private Walsh. …", "— What about the gunner? — Corporal Diaz. …", "Next one?"),
 * and the answer names him: that casualty's words start at the question.
 */
import type { Token } from '../text/tokenize.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { afterTurnMark } from './handover-turns.js';
import { FULL_STOPS, sentenceEndFrom } from './sentence-ends.js';
import { norm, type SwitchFound } from './switch-words.js';

/** Most words of a question that turns to someone ("And the other guy?", "What about the TC?"). */
const MAX_TURN_WORDS = 5;

/** True when the question `[from, to)` asks for someone other than the one spoken of ("And her?", "Next one?"). */
function asksForAnother(tokens: Token[], from: number, to: number): boolean {
  if (to - from > MAX_TURN_WORDS || to <= from) return false;
  const first = norm(tokens, from);
  // "And her?", "And the TC?", "What about him?", "How about the driver?"
  const about = ['what', 'how'].includes(first) && norm(tokens, from + 1) === 'about' ? from + 2 : -1;
  const after = first === 'and' ? from + 1 : about;
  if (after > from && after < to) {
    const who = norm(tokens, after);
    return ['her', 'him', 'the', 'them'].includes(who) && (who === 'the' ? to - after >= 2 : to - after === 1);
  }
  // "Next?", "Next one?", "Number two?", "Who's next?"
  const words = tokens.slice(from, to).map((t) => t.norm);
  return (
    (words[0] === 'next' && to - from <= 2) ||
    (words[0] === 'number' && to - from === 2 && tokens[from + 1].kind === 'number') ||
    (["who's", 'whos'].includes(words[0]) && words[1] === 'next' && to - from === 2)
  );
}

/**
 * The surname an answer opening at token `at` names its casualty by: "Private Walsh.", "Sergeant Dana Bowman, TC.";
 * a rank, then capitalized words to a pause. Undefined when the answer opens otherwise.
 */
function answeredName(tokens: Token[], at: number): string | undefined {
  if (!RANK_WORDS.has(norm(tokens, at))) return undefined;
  let end = at + 1;
  while (end - at <= 3 && tokens[end]?.kind === 'word' && /^\p{Lu}/u.test(tokens[end].raw)) end++;
  const closes = ['.', ',', '\n'].includes(norm(tokens, end));
  return end > at + 1 && closes ? tokens[end - 1].raw : undefined;
}

/** The switch at a question turn opening at token `i` that turns to the casualty its answer names; else null. */
export function handoverSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  const start = afterTurnMark(tokens, i);
  if (start === i) return null;
  const q = sentenceEndFrom(tokens, start, FULL_STOPS);
  if (norm(tokens, q) !== '?' || !asksForAnother(tokens, start, q)) return null;
  let next = q + 1;
  while (norm(tokens, next) === '\n') next++;
  const answer = afterTurnMark(tokens, next);
  const surname = answer > next ? answeredName(tokens, answer) : undefined;
  if (!surname) return null;
  return { target: { key: `name:${surname.toLowerCase()}` }, start: i, end: answer, turns: true, called: surname };
}
