/**
 * "The stick" is medic's shorthand for an IO: "no veins, straight to the stick, L humeral head, 1112". Read as the
 * IO only where it names a bone site (humeral head, tibia, sternum) in its sentence, since a stick is also any
 * needle put in ("first stick missed" an IV). Said again after the line is placed ("one unit through the stick"), it
 * is that line: drug-links.ts reads it as "the line".
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';

/** Words of the bones an IO goes into. */
const IO_BONES = new Set(['humeral', 'humerus', 'tibia', 'tibial', 'sternum', 'sternal', 'manubrium']);
/** How far past "the stick" its bone may be named. */
const BONE_REACH = 6;

/** Adds an IO access mention over each free "the stick" that a bone site follows in its sentence. */
export function addStickLines(tokens: readonly Token[], mentions: Mention[], sentence: Int32Array): void {
  for (let i = 1, k = 0; i < tokens.length; i++) {
    while (k < mentions.length && mentions[k].end <= i) k++;
    if (tokens[i].norm !== 'stick' || tokens[i - 1].norm !== 'the') continue;
    if (mentions[k] && mentions[k].start <= i) continue;
    const end = Math.min(tokens.length, i + 1 + BONE_REACH);
    let bone = false;
    for (let j = i + 1; j < end && sentence[j] === sentence[i]; j++) if (IO_BONES.has(tokens[j].norm)) bone = true;
    if (bone) mentions.splice(k, 0, { start: i, end: i + 1, tags: [{ cat: 'access', value: 'io' }], negated: false });
  }
}
