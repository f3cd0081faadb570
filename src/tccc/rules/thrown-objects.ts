/**
 * A blow from something thrown at the casualty ("a rock came over the shields and hit him", "took a half brick to the
 * face", "hit in the head with a rock", "1932: rocks and bottles started coming over", "stone barrage"): blunt, as the
 * rock's weight says, though no one writes "blunt". The rocks he fell onto ("fell eight meters onto the rocks", "down
 * the rocks", "the rock face") are where a fall ended, not a blow.
 */
import type { Doc } from './document.js';

/** What a crowd throws. */
const THROWN = new Set([
  'rock',
  'rocks',
  'brick',
  'bricks',
  'half-brick',
  'stone',
  'stones',
  'cobblestone',
  'cobblestones',
]);
/** Words before a thrown object that make it one ("a rock", "by a stone", "half brick", "a barrage of rocks"). */
const THROWN_BEFORE = new Set(['a', 'by', 'with', 'half', 'of', 'and', ':']);
/** Words after a rock that make it ground or a trait ("rock face", "rock hard"), not a missile. */
const GROUND_AFTER = new Set(['face', 'wall', 'slide', 'shelf', 'ledge', 'hard', 'bridge', 'outcrop', 'climbing']);

/** The token of a rock or brick thrown at the casualty, or -1. */
export function thrownObject(doc: Doc): number {
  const { tokens } = doc;
  return tokens.findIndex((t, i) => {
    if (!THROWN.has(t.norm) || doc.excluded.has(doc.sentence[i])) return false;
    // A sentence (or a line's stamp) opening with it: "A rock the size of a fist came out of the crowd".
    const opens = doc.sentence[i - 1] !== doc.sentence[i] || i === 0;
    const said = opens || THROWN_BEFORE.has(tokens[i - 1]?.norm ?? '');
    return said && !GROUND_AFTER.has(tokens[i + 1]?.norm ?? '');
  });
}
