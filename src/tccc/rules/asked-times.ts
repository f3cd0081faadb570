/**
 * A time of injury asked for and answered: "what time did he get hit?" "1539ish"; "DOC: What time did he fall?
 * NGUYEN: Right before five. Zero four fifty-five."; "time it happened?" "0925 per the tower log". The question
 * names the injuring event and asks when; the answer is the first time said after it, before a sign or care is
 * named or another question asked, so a time said later for something else is never taken.
 */
import { readClock } from '../text/clock.js';
import type { Doc } from './document.js';
import { sentenceStart } from './sentence-ends.js';

/** How many tokens after the question its answer's time may be (the asker's own aside, a reply's hedge). */
const ANSWER_REACH = 16;
/** Words asking for a time. */
const ASKS_WHEN = new Set(['time', 'when']);
/** Verbs a question about the event may ask by ("time it happened?", "what time did he fall?"). */
const HAPPENED = new Set(['happen', 'happened', 'occur', 'occurred', 'fall', 'fell']);

/** A time answered, and the tokens it was said in. */
export interface AnsweredTime {
  time: string;
  start: number;
  end: number;
}

/**
 * The answer's time to the first question about when the casualty was hurt that has one; null when none.
 * `isEvent`: whether a token names the injuring event; `namesOther`: whether it names a sign or care.
 */
export function answeredTime(
  doc: Doc,
  isEvent: (i: number) => boolean,
  namesOther: (j: number) => boolean,
): AnsweredTime | null {
  const { tokens } = doc;
  for (let i = 0; i < tokens.length; i++) {
    if (!ASKS_WHEN.has(tokens[i].norm) || doc.excluded.has(doc.sentence[i])) continue;
    const end = doc.sentenceEnd[i];
    if (!asksAboutEvent(doc, i, end, isEvent)) continue;
    for (let j = end; j < tokens.length && j - end < ANSWER_REACH; j++) {
      if (tokens[j].norm === '?' || namesOther(j)) break;
      const clock = doc.claimed[j] ? null : (readClock(tokens, j) ?? saidAsTime(doc, j));
      if (clock) return { time: clock.time, start: j, end: clock.end };
    }
  }
  return null;
}

/**
 * True when the sentence from `i` (its word asking when) to `end` is a question about the injuring event: it
 * ends with a question mark or opens with "what time" (a chat line sent without one: "what time he fall"), and
 * names the event or asks when it happened.
 */
function asksAboutEvent(doc: Doc, i: number, end: number, isEvent: (i: number) => boolean): boolean {
  const { tokens } = doc;
  const first = sentenceStart(doc, i);
  const asked =
    tokens[end - 1]?.norm === '?' || (tokens[first].norm === 'what' && first + 1 === i && tokens[i].norm === 'time');
  if (!asked) return false;
  for (let j = i + 1; j < end; j++) if (isEvent(j) || HAPPENED.has(tokens[j].norm)) return true;
  return false;
}

/**
 * An answer that opens with a time said as words, "Seven thirty-five, I think.": three or four digits making a time
 * of day, as the first word of its sentence. Elsewhere three digits may be a reading.
 */
function saidAsTime(doc: Doc, j: number): { time: string; end: number } | null {
  const t = doc.tokens[j];
  if (t.kind !== 'number' || !t.digits || t.digits.length < 3 || t.digits.length > 4 || !/[a-z]/i.test(t.raw))
    return null;
  for (let k = sentenceStart(doc, j); k < j; k++) if (doc.tokens[k].kind !== 'punct') return null;
  const [hours, minutes] = [t.digits.slice(0, -2).padStart(2, '0'), t.digits.slice(-2)];
  return Number(hours) <= 23 && Number(minutes) <= 59 ? { time: `${hours}:${minutes}`, end: j + 1 } : null;
}

/** Words that say yes to a time put as a question ("Grenade was like oh-three-forty, right?" "Yeah."). */
const CONFIRMS = new Set(['yes', 'yeah', 'yep', 'right', 'correct', 'affirm', 'affirmative', 'roger']);

/**
 * "Grenade was like oh-three-forty, right?" "Oh-three-forty-five. I looked at my watch.": a time put as a question,
 * ending at token `end`, is only a guess. The next turn's own time is the one said; a yes keeps the guess (undefined);
 * anything else leaves no time (null). Undefined too when the time was no question.
 */
export function answerToGuess(doc: Doc, end: number): AnsweredTime | null | undefined {
  const { tokens } = doc;
  const close = doc.sentenceEnd[end - 1];
  if (tokens[close - 1]?.norm !== '?') return undefined;
  let next = close;
  while (tokens[next]?.norm === '\n') next++;
  const clock = readClock(tokens, next);
  // The answer is the time alone ("Oh-three-forty-five. I looked at my watch."), not a time something else was done at.
  const alone = clock && (clock.end >= tokens.length || ['.', '!', ',', '\n'].includes(tokens[clock.end].norm));
  if (clock) return alone ? { time: clock.time, start: next, end: clock.end } : null;
  return CONFIRMS.has(tokens[next]?.norm ?? '') ? undefined : null;
}
