/**
 * A phone's slips fixed on the next line: a medic typing on a phone sees autocorrect or his thumb change a word and,
 * as people do in a chat, sends the right word with an asterisk on a line of its own ("tq on the lefty thigh at 1402"
 * then "*left *1420", "gave 2 g TEA iv" then "*TXA"). Each starred word is read in place of the slip it fixes, the
 * word of the line above most like it, and the line of stars is left out.
 */
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';

/** A line of starred words only ("*TXA", "*shield *left"): a bold "**Event:**" or a bullet "* TQ" is none. */
const STARRED_LINE = /^[ \t]*\*[^\s*]+(?:[ \t]+\*[^\s*]+)*[ \t]*$/;
/** A word or a number of the line above, standing on its own ("0381", "TEA"; not the "2" of "spo2"). */
const WORD = /(?<![\p{L}\d])(?:\p{L}[\p{L}'’-]*\p{L}|\p{L}|\d+)(?![\p{L}\d])/gu;

interface Slip {
  start: number;
  end: number;
}

/** The text with each starred word read in place of its slip, or null when no line of stars fixes one. */
export function readStarredFixes(text: string): RewrittenText | null {
  const lines = linesOf(text);
  const out = new RewrittenText();
  let copied = 0;
  let fixed = false;
  for (let n = 1; n < lines.length; n++) {
    const line = text.slice(lines[n].start, lines[n].end);
    if (!STARRED_LINE.test(line)) continue;
    const above = lines[n - 1];
    const aboveLine = text.slice(above.start, above.end);
    // "Done:\n*TQ\n*TXA": a line of stars under a list's heading or another such line is an item of a list.
    if (STARRED_LINE.test(aboveLine) || /:[ \t]*$/.test(aboveLine)) continue;
    const fixes = slipsFixed(aboveLine, line);
    if (!fixes || above.start < copied) continue;
    for (const { slip, star } of fixes) {
      out.copy(text, copied, above.start + slip.start);
      out.copy(text, lines[n].start + star.start, lines[n].start + star.end);
      copied = above.start + slip.end;
    }
    // The line of stars, and the line break before it, are no words of the note.
    out.copy(text, copied, lines[n].start - 1);
    copied = lines[n].end;
    fixed = true;
  }
  if (!fixed) return null;
  return out.copy(text, copied, text.length);
}

/** Each starred word of `stars` with the slip of `above` it fixes, in the line's order; null when one fixes none. */
function slipsFixed(above: string, stars: string): { slip: Slip; star: Slip }[] | null {
  const words = [...above.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const used = new Set<number>();
  const out: { slip: Slip; star: Slip }[] = [];
  for (const m of stars.matchAll(/\*([^\s*]+)/g)) {
    const star = m[1];
    const slip = slipOf(
      star,
      words.map((w) => (used.has(w.start) ? '' : w.text)),
    );
    if (slip === null) return null;
    used.add(words[slip].start);
    out.push({ slip: words[slip], star: { start: m.index + 1, end: m.index + m[0].length } });
  }
  return out.sort((a, b) => a.slip.start - b.slip.start);
}

/**
 * The index of the word of `words` that `star` fixes, or null when none or several are as like it. A number fixes a
 * number of as many digits, its digits swapped ("0381" → "0318") before one changed; a word fixes a word with its
 * first letter, the fewest edits away, and near it: two edits, or one stem ("errata" → "ertapenem").
 */
function slipOf(star: string, words: readonly string[]): number | null {
  const cost = /^\d+$/.test(star) ? (w: string) => numberCost(star, w) : (w: string) => wordCost(star, w);
  const costs = words.map((w) => (w === '' ? Infinity : cost(w)));
  const best = Math.min(...costs);
  if (best === Infinity || costs.filter((c) => c === best).length > 1) return null;
  return costs.indexOf(best);
}

const sortedDigits = (n: string): string => [...n].sort().join('');

function numberCost(star: string, slip: string): number {
  if (slip.length !== star.length || slip === star || !/^\d+$/.test(slip)) return Infinity;
  if (sortedDigits(slip) === sortedDigits(star)) return 1;
  return [...slip].filter((d, k) => d !== star[k]).length === 1 ? 2 : Infinity;
}

function wordCost(star: string, slip: string): number {
  const [a, b] = [star.toLowerCase(), slip.toLowerCase()];
  if (a === b || a[0] !== b[0] || /\d/.test(b)) return Infinity;
  const edits = editDistance(a, b);
  return edits <= 2 || (a.slice(0, 2) === b.slice(0, 2) && edits < Math.max(a.length, b.length)) ? edits : Infinity;
}

/** Letters added, dropped or changed between `a` and `b`, two neighbours swapped counting as one. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}
