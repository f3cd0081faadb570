/**
 * An ordinal that counts devices or care, not casualties: "first one 0744 second one 0747", "Second one going on, left
 * thigh", "second one left thigh 1644", "the first, zero nine fifty-seven"; or rounds ("standing in the doorway when the
 * first one hit"); or a man's place in a file ("he was second man in the file"). casualty-switch.ts reads every other
 * ordinal before a person word ("second one", "the first") as a casualty's.
 */
import type { Token } from '../text/tokenize.js';
import { APPROXIMATELY } from './injury-events.js';
import { countsCareBefore } from './counted-items.js';
import { readLocations } from './locations.js';
import { norm } from './switch-words.js';

/** Words after "second one" that say a device is being placed ("second one going on the same leg"). */
const DEVICE_PLACED = new Set(['going', 'goes', 'went', 'on', 'in', 'placed', 'applied', 'high', 'above', 'below']);

/** What a round does as it comes in ("when the first one hit", "before the second one landed"). */
const LANDS = new Set(['hit', 'landed', 'lands', 'impacted', 'exploded', 'detonated', 'blew']);
/** Words that set an event's time against another's. */
const WHEN = new Set(['when', 'as', 'before', 'after', 'till', 'until', 'since']);

/** True when the ordinal at token `i` ("second", "first") counts a device or a dose rather than a casualty. */
export function countsDevice(tokens: Token[], i: number): boolean {
  // "two TQs left thigh, first one 0744 second one 0747", "twice. First one around 1425": things counted, not
  // casualties.
  const after = tokens[i + 2];
  const timeAt = (t: Token | undefined) => t?.kind === 'number' || t?.kind === 'clock';
  const timed =
    timeAt(after) ||
    ['at', '@'].includes(after?.norm ?? '') ||
    (APPROXIMATELY.includes(after?.norm ?? '') && timeAt(tokens[i + 3]));
  // "Second tourniquet above the first, zero nine fifty-seven": "the first" and a time after its comma is a device too.
  const timedAfterComma = norm(tokens, i + 1) === ',' && (timeAt(after) || ['at', '@'].includes(after?.norm ?? ''));
  if ((norm(tokens, i + 1) === 'one' && timed) || timedAfterComma) return true;
  // "the one standing in the doorway when the first one hit": a round landing times a clause, no one is turned to.
  const landed = norm(tokens, i - 1) === 'the' && WHEN.has(norm(tokens, i - 2)) && LANDS.has(after?.norm ?? '');
  if (norm(tokens, i + 1) === 'one' && landed) return true;
  // "Second one going on, left thigh", "I'm adding a second one": a device placed, not a casualty.
  // "second one right above it": a word that says how near may come before where.
  const placed = ['right', 'just', 'directly'].includes(after?.norm ?? '') ? tokens[i + 3] : after;
  if (norm(tokens, i + 1) === 'one' && (norm(tokens, i - 1) === 'a' || DEVICE_PLACED.has(placed?.norm ?? '')))
    return true;
  // "second one left thigh 1644": a place and its time right after it place a device too; not after "first one"
  // counted a casualty ("First one GSW left leg … Second one left arm 1412 frag").
  const place =
    norm(tokens, i + 1) === 'one' ? readLocations(tokens, i + 2, Math.min(i + 6, tokens.length))[0] : undefined;
  const firstCounted = tokens.some((t, k) => k < i && t.norm === 'first' && norm(tokens, k + 1) === 'one');
  if (place?.start === i + 2 && timeAt(tokens[place.end]) && !firstCounted) return true;
  return norm(tokens, i + 1) === 'one' && countsCareBefore(tokens, i);
}

/** What a patrol moves in, where a man has his place ("second man in the file", "third man in the stack"). */
const FORMATIONS = new Set(['file', 'patrol', 'stack', 'line', 'column', 'formation', 'wedge', 'convoy']);

/** Words before an ordinal that make his place what is said of him ("he was second man", "walking as the third man"). */
const SAID_OF = new Set(['was', 'is', "he's", "she's", 'as', 'walking']);

/**
 * True when the ordinal at token `i` says a man's place in a file or stack ("he was second man in the file"); never
 * one the sentence opens with ("Second man in the stack took a round"), who is turned to.
 */
export function countsPlaceInFile(tokens: Token[], i: number): boolean {
  if (!SAID_OF.has(norm(tokens, norm(tokens, i - 1) === 'the' ? i - 2 : i - 1))) return false;
  if (!['man', 'guy', 'soldier'].includes(norm(tokens, i + 1)) || norm(tokens, i + 2) !== 'in') return false;
  return FORMATIONS.has(norm(tokens, norm(tokens, i + 3) === 'the' ? i + 4 : i + 3));
}
