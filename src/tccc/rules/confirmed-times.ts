/**
 * A time corrected by the next speaker and taken up by the one who said it, as people talking a timeline through do:
 * "Contact was at fourteen ten." / "It was fourteen fourteen, I logged it." / "Roger, fourteen fourteen." (or only its
 * minutes: "Fine, fourteen."). The first speaker settles on the second time, so it takes the first's place where it
 * was said, and the correcting time is no fact of its own. Without that taking up, two times said by two people stay
 * as they are: which one is right is not for the rules to say. So too a time quoted back to the one who said it before
 * another ("You just said 1102 for the tourniquet. The card says 1106." / "Then 1106."): the later time takes the
 * quoted one's place where it was last said.
 */
import { readClock, type ClockMatch } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { tokenLinesOf, type TokenLine } from './text-cells.js';

/** A dash a speaker breaks off on when another cuts in ("tourniquet at oh eight oh nine -"), or opens his turn with. */
const CUT_OFF = ['-', '—', '–'];

/** Words a speaker takes up another's word with, before saying the time again ("Roger,", "Fine,", "Copy that,"). */
const TAKE_UP = new Set([
  'roger',
  'copy',
  'that',
  'fine',
  'ok',
  'okay',
  'right',
  'yes',
  'yeah',
  'correct',
  'good',
  'understood',
  'affirmative',
  'sir',
  ',',
  // A turn written as a dash after another's words ("- fine, oh eight eleven"), or trailing in ("- ...okay, 0811").
  ...CUT_OFF,
  '...',
]);
/** Words before a time quoted back to the one who said it ("you just said 1102", "you had 1102"). */
const QUOTED = new Set(['said', 'say', 'had', 'have']);
/** Most words between the quoting word and the time quoted. */
const QUOTE_REACH = 2;
/** Words that set the other time against the quoted one ("The card says 1106", "not 1102 but 1106"); "and" only lists. */
const CONTRAST = new Set(['says', 'reads', 'shows', 'but', 'not']);
/** Taking-up words, and "then" as one settles on the time set against his ("Then 1106."). */
const QUOTE_TAKE_UP = new Set([...TAKE_UP, 'then']);

/** Most words before the time said again. */
const MAX_TAKE_UP = 4;

/** The clocks said in a line, in order. */
function clocksIn(tokens: Token[], line: TokenLine): (ClockMatch & { start: number })[] {
  const out: (ClockMatch & { start: number })[] = [];
  for (let i = line.start; i < line.end; i++) {
    const clock = isNumeric(tokens[i]) ? readClock(tokens, i) : null;
    if (!clock || clock.end > line.end) continue;
    out.push({ ...clock, start: i });
    i = clock.end - 1;
  }
  return out;
}

/** Most tokens of a speaker's label left in the line ("SL (SSG Moore):"). */
const MAX_LABEL = 7;

/** The token after the line's speaker label and its colon, when one is left in it; else the line's first. */
function afterLabel(tokens: Token[], line: TokenLine): number {
  for (let i = line.start; i < Math.min(line.end, line.start + MAX_LABEL); i++) {
    if (tokens[i].norm === ':') return i + 1;
    if (tokens[i].kind !== 'word' && !['(', ')'].includes(tokens[i].norm)) break;
  }
  return line.start;
}

/** True when the line opens, after taking-up words, with `time` said again whole or by its minutes, then a pause. */
function takesUp(tokens: Token[], line: TokenLine, time: string, sameHour: boolean, words = TAKE_UP): boolean {
  let i = afterLabel(tokens, line);
  while (i < line.end && i - line.start < MAX_TAKE_UP && words.has(tokens[i].norm)) i++;
  if (i >= line.end || !isNumeric(tokens[i])) return false;
  const clock = readClock(tokens, i);
  const minutes = Number(time.slice(3));
  const said = clock ? clock.time === time : sameHour && tokens[i].value === minutes;
  const after = tokens[clock ? clock.end : i + 1];
  return said && (after === undefined || after.norm === ',' || after.norm === '\n' || SENTENCE_ENDS.has(after.norm));
}

/**
 * Marks, in `drop` and `moved`, each time ending a line that the next line corrects with its one time and the line after
 * takes up: the corrected time takes the first one's place.
 */
export function moveConfirmedTimes(tokens: Token[], drop: Uint8Array, moved: Map<number, Token[]>): void {
  // A transcript's turns; a blank line is no one's.
  const lines = tokenLinesOf(tokens).filter((line) => line.end > line.start);
  for (let n = 0; n + 2 < lines.length; n++) {
    const [said, corrected, taken] = [lines[n], lines[n + 1], lines[n + 2]];
    const first = clocksIn(tokens, said).at(-1);
    // The time closes what the first speaker said ("… hit at oh-six-thirty.", "… at oh eight oh nine -" as he is cut
    // off), so it is the one put right.
    const closes = (t: Token) => SENTENCE_ENDS.has(t.norm) || CUT_OFF.includes(t.norm);
    if (!first || !tokens.slice(first.end, said.end).every(closes)) continue;
    const others = clocksIn(tokens, corrected);
    if (others.length !== 1 || others[0].time === first.time) continue;
    const second = others[0];
    // Lines that each open with a dash are a list's items ("- TQ L leg 1410", "- IV R AC 1415", "- 1415, pulse 110"):
    // the dash is their bullet, no one taking up another's time.
    if ([said, corrected, taken].every((line) => CUT_OFF.includes(tokens[line.start]?.norm ?? ''))) continue;
    if (!takesUp(tokens, taken, second.time, second.time.slice(0, 2) === first.time.slice(0, 2))) continue;
    for (let i = first.start; i < first.end; i++) drop[i] = 1;
    for (let i = second.start; i < second.end; i++) drop[i] = 1;
    moved.set(first.start, tokens.slice(second.start, second.end));
  }
  for (let n = 0; n + 1 < lines.length; n++) quotedBack(tokens, lines[n], lines[n + 1], drop, moved);
}

/**
 * "You just said 1102 for Kroll's tourniquet. The card says 1106." then "Then 1106.": the line quotes a time said
 * before it and gives another, which the next line takes up; the quoted time, where it was last said, is put right.
 */
function quotedBack(tokens: Token[], line: TokenLine, taken: TokenLine, drop: Uint8Array, moved: Map<number, Token[]>) {
  const clocks = clocksIn(tokens, line);
  if (clocks.length !== 2 || clocks[0].time === clocks[1].time) return;
  const [quoted, right] = clocks;
  const lead = tokens.slice(Math.max(line.start, quoted.start - QUOTE_REACH - 1), quoted.start);
  if (!lead.some((t) => QUOTED.has(t.norm))) return;
  // "we had 0915 for the TQ and 0920 for the IV" lists two times; only one set against the other puts it right.
  const between = tokens.slice(quoted.end, right.start);
  if (!between.some((t) => CONTRAST.has(t.norm) || SENTENCE_ENDS.has(t.norm))) return;
  const said = clocksIn(tokens, { start: 0, end: line.start })
    .filter((c) => c.time === quoted.time)
    .at(-1);
  if (!said || moved.has(said.start)) return;
  if (!takesUp(tokens, taken, right.time, right.time.slice(0, 2) === quoted.time.slice(0, 2), QUOTE_TAKE_UP)) return;
  for (const clock of [quoted, right, said]) for (let i = clock.start; i < clock.end; i++) drop[i] = 1;
  moved.set(said.start, tokens.slice(right.start, right.end));
}
