/**
 * Two casualties' readings given in one breath, in the order they were named ("Moreau and Bell HR 90 and 104, SpO2
 * 98% and 96% respectively"): read as each one's own ("Moreau HR 90, SpO2 98%. Bell HR 104, SpO2 96%."), the words
 * that open the sentence ("Vitals 0405:") said again for the second, so neither takes the other's numbers.
 */
import { RewrittenText } from './rewritten-text.js';

/** A surname as written: capital, then lower case ("Bell", "O'Neil"); never an all-capital label ("HR", "BP"). */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}'’-]*`;
/** A reading's number: "90", "98%", "120/80", "36.5". */
const NUM = String.raw`\d[\d./]*%?`;
/** One label and its two numbers: "HR 90 and 104", "SpO2 98% and 96%", "resp rate 18 and 22"; `c` captures its parts. */
const group = (c: string): string =>
  String.raw`(${c}[A-Za-z]\w*(?:[ \t][A-Za-z]\w*)?)[ \t]+(${c}${NUM})[ \t]+and[ \t]+(${c}${NUM})`;
const GROUP = group('');
const RESPECTIVE = new RegExp(
  String.raw`\b(${NAME})[ \t]+and[ \t]+(${NAME})[ \t]+(${group('?:')}(?:,[ \t]*${group('?:')})*),?[ \t]+respectively\b`,
  'gu',
);
const ONE_GROUP = new RegExp(GROUP, 'g');

/** The narrative with each "A and B <label> x and y, … respectively" read as A's and B's own; null when it has none. */
export function readRespectiveReadings(text: string): RewrittenText | null {
  const matches = [...text.matchAll(RESPECTIVE)];
  if (matches.length === 0) return null;
  const out = new RewrittenText();
  let at = 0;
  for (const m of matches) {
    const start = m.index;
    const names = [start, start + m[0].indexOf(m[2], m[1].length)];
    const groupsAt = start + m[0].indexOf(m[3], m[1].length + m[2].length);
    const groups = [...m[3].matchAll(ONE_GROUP)].map((g) => {
      const label = groupsAt + g.index;
      const first = label + g[0].indexOf(g[2], g[1].length);
      const second = label + g[0].lastIndexOf(g[3]);
      return { label: [label, label + g[1].length], values: [first, second], lengths: [g[2].length, g[3].length] };
    });
    // "Vitals 0405: Moreau and Bell …": what opens the sentence is said of both.
    const opens = [...text.slice(0, start).matchAll(/(?:[.;!?][ \t]+|\n)\s*/g)].pop();
    const lead = opens ? opens.index + opens[0].length : 0;
    out.copy(text, at, start);
    [m[1], m[2]].forEach((name, n) => {
      if (n > 0) out.join('. ').copy(text, lead, start);
      out.copy(text, names[n], names[n] + name.length);
      groups.forEach((g, k) => {
        out
          .join(k === 0 ? ' ' : ', ')
          .copy(text, g.label[0], g.label[1])
          .join(' ');
        out.copy(text, g.values[n], g.values[n] + g.lengths[n]);
      });
    });
    at = start + m[0].length;
  }
  return out.copy(text, at, text.length);
}
