/**
 * "2 pts, generator blast …\n- Guy in the reflective belt …\n- Cook w/ the tattoo sleeve …": as many lines open with
 * a bullet as the casualties counted, so each bullet opens the next of them, though no line names anyone. The line
 * after the last of them, opening with no bullet, is none of them: "Refueler finally gave his name: …" says of one,
 * but by no word the items said of him, and would otherwise land on the last.
 */
import type { Token } from '../text/tokenize.js';
import { casualtyCount } from './casualty-counts.js';
import { BULLETS } from './list-cues.js';
import { opensLine } from './switch-openings.js';
import { norm, type SwitchFound } from './switch-words.js';

/** The number of the bullet line at `i` among the narrative's bullet lines, when there are as many as it counts casualties. */
function bulletItem(tokens: Token[], i: number): number | undefined {
  const lines = tokens.flatMap((t, k) => (BULLETS.has(t.norm) && (k === 0 || norm(tokens, k - 1) === '\n') ? [k] : []));
  return lines.length >= 2 && lines.length === casualtyCount(tokens) ? lines.indexOf(i) + 1 : undefined;
}

/** True when the line before the one opening at `i` is the last of the bullet lines {@link bulletItem} numbers. */
function lastLineBulleted(tokens: Token[], i: number): boolean {
  let start = i - 1;
  while (start > 0 && norm(tokens, start - 1) !== '\n') start--;
  const count = casualtyCount(tokens);
  return start < i - 1 && count !== undefined && bulletItem(tokens, start) === count;
}

/** The switch at a bullet opening the line at `i` to its casualty, or at the line after the last of them to none. */
export function bulletSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  if (!opensLine(tokens, i)) return null;
  const bullet = BULLETS.has(norm(tokens, i)) ? bulletItem(tokens, i) : undefined;
  if (bullet !== undefined) return { target: { key: `n${bullet}`, number: bullet }, end: i + 1 };
  return !BULLETS.has(norm(tokens, i)) && lastLineBulleted(tokens, i)
    ? { target: { key: `group:${i}` }, end: i }
    : null;
}
