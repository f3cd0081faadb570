/**
 * An SBAR handoff ends with its Recommendation ("R: …", "RECOMMENDATION - …"): what the sender asks the receiver to
 * do next. A sentence there that opens by asking ("Hang a second unit if SBP drops", "Give Tdap", "If CT shows a
 * bleed, consider TXA") names care not given, so it is blanked (blanked-text.ts, offsets kept); a sentence that only
 * lists what was done ("R: O2 NC 1935, routine evac") stays.
 */
import { blankRange } from './blanked-text.js';

/** The four headings of an SBAR, in order, each opening a line and set off by a colon, a dash or a bracket. */
const HEADINGS = [/S|SITUATION/, /B|BACKGROUND/, /A|ASSESSMENT/, /R|RECOMMENDATIONS?/].map(
  (h) => new RegExp(String.raw`^[ \t]*(?:${h.source})[ \t]*[:)\u2013\u2014-]`, 'gim'),
);

/** Words that open a sentence asking for care: verbs said as orders, and the conditions put on them. */
export const ASKING: ReadonlySet<string> = new Set([
  'take',
  'hang',
  'give',
  'start',
  'keep',
  'continue',
  'consider',
  'repeat',
  'recheck',
  'reassess',
  'monitor',
  'transfuse',
  'push',
  'administer',
  'irrigate',
  'obtain',
  'get',
  'request',
  'please',
  'if',
  'once',
  'when',
]);

/** A sentence's end within the Recommendation: a full stop, "!", "?" or ";" before a space, or a line break. */
const SENTENCE = /(?:[^.!?;\n]|[.!?;](?!\s|$))*(?:[.!?;]|\n|$)/g;

/**
 * `text` with the sentences that ask for care blanked in its SBAR Recommendation, which runs to the next
 * Situation heading (a second patient's handoff) or the end; any text without the four headings in order unchanged.
 */
export function withoutRequestedCare(text: string): string {
  let from = 0;
  const at: number[] = [];
  for (const heading of HEADINGS) {
    heading.lastIndex = from;
    const m = heading.exec(text);
    if (!m) return text;
    at.push(m.index + m[0].length);
    from = heading.lastIndex;
  }
  HEADINGS[0].lastIndex = from;
  const next = HEADINGS[0].exec(text);
  const end = next ? next.index : text.length;
  let out = text;
  SENTENCE.lastIndex = at[3];
  for (let m = SENTENCE.exec(text); m && m.index < end; m = SENTENCE.exec(text)) {
    if (m[0] === '') SENTENCE.lastIndex++;
    const first = /[A-Za-z]+/.exec(m[0]);
    if (first && ASKING.has(first[0].toLowerCase()))
      out = blankRange(out, m.index, Math.min(end, m.index + m[0].length));
  }
  const rest = withoutRequestedCare(text.slice(end));
  return end < text.length ? out.slice(0, end) + rest : out;
}
