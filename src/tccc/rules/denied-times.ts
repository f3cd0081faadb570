/**
 * A time said again to deny it and give the right one, in a later sentence or message: "wait, not 1950 for the fent,
 * it was 1945", "Not oh-six-ten, it's oh-six-twelve". The right time takes the denied one's place where it was last
 * said before, so it dates what that one dated, and the denying sentence is no fact of its own. When the sentence
 * names what the time was for ("for the fent"), the denied time must have been said with that thing. The other order,
 * the right value first ("the shot was at 1102, not 1120"), is not-old-values.ts's.
 */
import { readClock, type ClockMatch } from '../text/clock.js';
import { isNumeric, type Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';
import { SENTENCE_ENDS, sentenceStartFrom } from './sentence-ends.js';

/** Words that may open the denying sentence before "not" ("wait,", "no,", "sorry,"). */
const OPENERS = new Set(['wait', 'no', 'sorry', 'actually', 'correction', 'oh', 'oops', ',', '-']);
/** Words between the denied time and the right one ("it was", "it's", "make it", "should be", "that was"). */
const LINKS = new Set([',', '-', 'it', 'was', "it's", 'its', 'make', 'should', 'be', 'that', "that's", 'actually']);
/** Words before the thing the time was for ("for the fent", "on his TQ"). */
const FOR_LEADS = new Set(['for', 'on', 'the', 'his', 'her', 'that']);
/** How many sentences back the denied time may have been said. */
const SENTENCES_BACK = 3;

const valueOf = (m: Mention | undefined): unknown => (m?.tags[0] as { value?: unknown } | undefined)?.value;

/** The clock at `i`, when one is said there. */
function clockAt(tokens: Token[], i: number): ClockMatch | null {
  return isNumeric(tokens[i]) ? readClock(tokens, i) : null;
}

/**
 * Marks, in `drop` and `moved`, each time denied with "not" and put right in the same sentence: the right time takes
 * the place of the denied one's last saying before, and the denying words are dropped.
 */
export function moveDeniedTimes(
  tokens: Token[],
  mentionAt: Map<number, Mention>,
  drop: Uint8Array,
  moved: Map<number, Token[]>,
): void {
  for (let n = 0; n < tokens.length; n++) {
    if (tokens[n].norm !== 'not') continue;
    const start = sentenceStartFrom(tokens, n);
    if (start === 0 || !tokens.slice(start, n).every((t) => OPENERS.has(t.norm))) continue;
    const denied = clockAt(tokens, n + 1);
    if (!denied) continue;
    // "for the fent": what the time was for, which the denied time must have been said with.
    let j = denied.end;
    while (j < tokens.length && FOR_LEADS.has(tokens[j].norm)) j++;
    const thing = j > denied.end ? mentionAt.get(j) : undefined;
    if (j > denied.end && !thing) continue;
    if (thing) j = thing.end;
    const linkStart = j;
    while (j < tokens.length && LINKS.has(tokens[j].norm)) j++;
    const right = j > linkStart ? clockAt(tokens, j) : null;
    if (!right || right.time === denied.time) continue;
    const after = tokens[right.end];
    if (after && !SENTENCE_ENDS.has(after.norm)) continue;
    const said = lastSaid(tokens, start, denied.time, mentionAt, thing);
    if (said < 0) continue;
    const saidEnd = clockAt(tokens, said)!.end;
    for (let d = said; d < saidEnd; d++) drop[d] = 1;
    moved.set(said, tokens.slice(j, right.end));
    for (let d = start; d < right.end; d++) drop[d] = 1;
  }
}

/** The last token before `before` that starts a saying of `time`, in the sentences just before; -1 when none is. */
function lastSaid(
  tokens: Token[],
  before: number,
  time: string,
  mentionAt: Map<number, Mention>,
  thing?: Mention,
): number {
  let sentences = 0;
  for (let i = before - 1; i >= 0 && sentences <= SENTENCES_BACK; i--) {
    if (SENTENCE_ENDS.has(tokens[i].norm)) sentences++;
    if (clockAt(tokens, i)?.time !== time) continue;
    return !thing || saidWith(tokens, i, mentionAt, valueOf(thing)) ? i : -1;
  }
  return -1;
}

/** Most tokens between a thing and the time said with it ("fent 800mcg otfc lolly at 1950"). */
const WITH_REACH = 8;

/** True when a mention of the thing valued `value` stands shortly before token `i`, in its sentence. */
function saidWith(tokens: Token[], i: number, mentionAt: Map<number, Mention>, value: unknown): boolean {
  for (let j = i - 1; j >= Math.max(0, i - WITH_REACH) && !SENTENCE_ENDS.has(tokens[j].norm); j--) {
    const m = mentionAt.get(j);
    if (m && valueOf(m) === value) return true;
  }
  return false;
}
