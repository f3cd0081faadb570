/**
 * A side written after the limb, as French, Polish or Ukrainian put it and a machine translation keeps it ("a garrot
 * on the thigh left", "the forearm left is torn", "IO in the humerus left"). Where a narrative writes two such or more
 * each is turned round ("left thigh"), same length, so every reader of sides reads it as English puts it. One alone is
 * left as written: English says "the leg right above the knee".
 */
import { BODY_PART_WORDS } from './lexicon/body.js';

/** Postposed sides a narrative needs before it is read as writing its sides after the limb. */
const MIN_POSTPOSED = 2;

/** Words after "right" or "left" that make it an adverb or a verb, not a side ("right above", "left a mark"). */
const NOT_SIDE_AFTER = new Set(
  'above below under over at on there here after before away now next behind beside through across into up down side of a an the his her it him them'.split(
    ' ',
  ),
);

/** A limb word then a side: "thigh left", "arm right (catheter 18G)". */
const POSTPOSED = /\b([A-Za-z]+) (left|right)\b(?!-)(?: ([A-Za-z]+))?/gi;

const isLimb = (word: string): boolean => Object.hasOwn(BODY_PART_WORDS, word.toLowerCase());
const sideAfter = (next: string | undefined): boolean => next === undefined || !NOT_SIDE_AFTER.has(next.toLowerCase());

/** `text` with each side written after its limb turned round, where the narrative writes two or more; same length. */
export function withSidesBeforeLimbs(text: string): string {
  const found = [...text.matchAll(POSTPOSED)].filter(([, limb, , next]) => isLimb(limb) && sideAfter(next));
  if (found.length < MIN_POSTPOSED) return text;
  let out = text;
  for (const m of found) {
    const [, limb, side] = m;
    out = out.slice(0, m.index) + `${side} ${limb}` + out.slice(m.index + limb.length + 1 + side.length);
  }
  return out;
}
