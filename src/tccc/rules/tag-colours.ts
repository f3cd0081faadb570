/**
 * A casualty collection point walked by the colour of each casualty's triage tag and where he lies: "Red by the door.
 * … Red on the table is SGT Ferreira … Yellow by the wall, SPC Gallo … Green, the one by the ice machine … Back to
 * the red by the door." Once two lines or more open with a tag colour, each such line opens that casualty, known by
 * the colour and the place said with it (two reds are two casualties), and "back to the red by the door" turns to
 * him again.
 */
import type { Token } from '../text/tokenize.js';
import { opensLine, TRIAGE_COLOURS } from './switch-openings.js';
import { isBoundary, norm, type SwitchFound } from './switch-words.js';

/** Words that say where a tagged casualty lies ("by the door", "on the table", "against the wall"). */
const PLACE_WORDS = new Set(['by', 'on', 'in', 'at', 'near', 'against', 'under', 'behind', 'beside', 'next']);
/** Most words of a place said after the colour. */
const MAX_PLACE_WORDS = 7;

/** The colour tag at token `i`: its key (the colour and the place said with it) and the token after the colour. */
function colourAt(tokens: Token[], i: number): { key: string; end: number } | undefined {
  if (!TRIAGE_COLOURS.has(norm(tokens, i))) return undefined;
  const end = norm(tokens, i + 1) === 'tag' ? i + 2 : i + 1;
  if (isBoundary(tokens[end])) return { key: norm(tokens, i), end };
  if (!PLACE_WORDS.has(norm(tokens, end))) return undefined;
  let k = end;
  while (k < end + MAX_PLACE_WORDS && tokens[k]?.kind === 'word' && !['is', 'was', 'has'].includes(norm(tokens, k)))
    k++;
  if (!isBoundary(tokens[k]) && !['is', 'was', 'has'].includes(norm(tokens, k))) return undefined;
  const place = tokens.slice(end, k).map((t) => t.norm);
  return { key: [norm(tokens, i), ...place].join(' '), end };
}

const keysOf = new WeakMap<Token[], ReadonlySet<string>>();

/** The keys of the colour tags opening lines; none unless two lines or more open with one (once per narrative). */
function lineTags(tokens: Token[]): ReadonlySet<string> {
  let keys = keysOf.get(tokens);
  if (!keys) {
    const found = tokens.flatMap((_, i) => {
      const key = opensLine(tokens, i) ? colourAt(tokens, i)?.key : undefined;
      return key ? [key] : [];
    });
    keys = new Set(found.length >= 2 ? found : []);
    keysOf.set(tokens, keys);
  }
  return keys;
}

/**
 * The switch at token `i` to a casualty known by his tag: a colour tag opening a line ("Yellow by the wall, …"), or
 * turned back to ("back to the red by the door"); null otherwise.
 */
export function colourSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  const tag = colourAt(tokens, i);
  if (!tag || !lineTags(tokens).has(tag.key)) return null;
  if (opensLine(tokens, i)) return { target: { key: `tag:${tag.key}` }, end: tag.end };
  const back = norm(tokens, i - 1) === 'the' && norm(tokens, i - 2) === 'to' && norm(tokens, i - 3) === 'back';
  return back ? { target: { key: `tag:${tag.key}` }, end: tag.end, start: i - 3, turns: true } : null;
}
