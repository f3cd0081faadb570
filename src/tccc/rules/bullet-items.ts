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

interface BulletLines {
  /** Where each bullet line opens, in order; none unless there are as many as the casualties counted. */
  starts: number[];
  /** Where the line after the last of them opens; -1 when none does. */
  after: number;
}

const bulletsOf = new WeakMap<Token[], BulletLines>();

/** The narrative's bullet lines when they are as many as the casualties it counts (once per narrative). */
function bulletLines(tokens: Token[]): BulletLines {
  let known = bulletsOf.get(tokens);
  if (!known) {
    const starts = tokens.flatMap((t, k) =>
      BULLETS.has(t.norm) && (k === 0 || norm(tokens, k - 1) === '\n') ? [k] : [],
    );
    const counted = starts.length >= 2 && starts.length === casualtyCount(tokens);
    const last = counted ? starts[starts.length - 1] : -1;
    const lineEnd = last < 0 ? -1 : tokens.findIndex((t, k) => k > last && t.norm === '\n');
    known = { starts: counted ? starts : [], after: lineEnd < 0 ? -1 : lineEnd + 1 };
    bulletsOf.set(tokens, known);
  }
  return known;
}

/** The switch at a bullet opening the line at `i` to its casualty, or at the line after the last of them to none. */
export function bulletSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  if (!opensLine(tokens, i)) return null;
  const { starts, after } = bulletLines(tokens);
  const bullet = starts.indexOf(i) + 1;
  if (bullet > 0) return { target: { key: `n${bullet}`, number: bullet }, end: i + 1 };
  return i === after && !BULLETS.has(norm(tokens, i)) ? { target: { key: `group:${i}` }, end: i } : null;
}
