/**
 * Orders called off after a pause: "Brooks, get the IO out... never mind, I got the IV", "Hand me the ketamine...
 * no, hold it, his pressure's too soft", "Get the blanket out — nah, leave it, we're moving". The care named in the
 * words cut off by the pause was asked for and then dropped, so it is no fact; what follows the recall stands.
 * A lane grader calls care off the same way: "Student drew up morphine 10 mg IV; evaluator stopped the student before
 * it was pushed", "tried to hang 500 mL Hextend; the instructor stopped him": the care begun in that sentence was not given.
 * A medic rebuilding what was done leaves care off the same way: "used morphine autoinjector in his pocket, can't tell if
 * it went into him, not counting it".
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';
import { FULL_STOPS } from './sentence-ends.js';

/** Where the words of an order are cut off: an ellipsis, or a dash with space on both sides ("out — nah"). */
const isPause = (tokens: Token[], i: number): boolean =>
  tokens[i].norm === '...' ||
  ((tokens[i].norm === '-' || tokens[i].norm === '--') && tokens[i].spaced && !!tokens[i + 1]?.spaced);

/** Words that may open what is said after the pause before the recall ("no, wait, hold off"). */
const LEADS = new Set(['no', 'nah', 'nope', 'wait', 'actually', 'okay', 'ok', 'uh', 'um', 'hmm', ',']);
/** Leads that say the speaker turns back, which a recall needing one must have ("no, hold it", not "hold it" alone). */
const TURNS = new Set(['no', 'nah', 'nope', 'wait', 'actually']);

/** Recalls said only of something asked for: they call it off after any pause ("... never mind"). */
const RECALLS = [['never', 'mind'], ['nevermind'], ['forget', 'it'], ['forget', 'that'], ['belay', 'that']];
/**
 * Recalls that are also how care is done ("hold it there", "leave it on"): they call off only after a turning word
 * ("... no, leave it") and only when nothing follows them in their phrase ("no, hold it, he's a P").
 */
const TURNED_RECALLS = [
  ['hold', 'it'],
  ['hold', 'that'],
  ['hold', 'off'],
  ['leave', 'it'],
  ['not', 'yet'],
];

/** What may end a recall's phrase. */
const PHRASE_ENDS = new Set([',', '.', '!', ';', '?', '...', '-', '--', '\n']);

/** How many tokens before the pause the called-off order may name its care in. */
const ORDER_REACH = 10;

/** Who grades a lane and may stop a student's act before it is done. */
const GRADERS = new Set(['evaluator', 'instructor', 'grader', 'cadre', 'proctor']);

/** How far back from the end of its sentence an act stopped by a grader may be told. */
const STOP_REACH = 20;

/** Whom a grader stops: the student doing the act, or the act itself ("stopped it before it went in"). */
const STOPPED = new Set(['him', 'her', 'them', 'it', 'student']);

/**
 * True when a grader stops the act at token `i`: "evaluator stopped the student", "the instructor stopped him"; not
 * "the evaluator stopped the scenario", which ends the lane and leaves the care done in it done.
 */
const graderStops = (tokens: Token[], i: number): boolean => {
  if (!GRADERS.has(tokens[i].norm) || tokens[i + 1]?.norm !== 'stopped') return false;
  const whom = tokens[i + 2]?.norm === 'the' ? tokens[i + 3]?.norm : tokens[i + 2]?.norm;
  return STOPPED.has(whom ?? '');
};

/** What the medic says he leaves off the record after "not" ("not counting it", "not recording ketamine"). */
const LEFT_OFF = new Set(['counting', 'recording']);

/** What a verdict may name its care by before its sentence closes ("not counting it."). */
const LEFT_OFF_OBJECTS = new Set(['it', 'that', 'them']);

/**
 * The care a verdict at token `i` leaves off the record: 'sentence' for all the care of its sentence, a token span
 * for the care named after "not recording" or "not counting", or undefined. A medic rebuilding the note from what is
 * on the casualty says so of care nobody can confirm ("can't tell if it went into him, not counting it", "no vial
 * found - unconfirmed, not recording", "so not counting a chest seal", "no seal on him - no chest seal recorded").
 * Said in passing, the words are ordinary speech: "not counting the one his buddy put on", "pulse ox not recording,
 * hands too cold". Never "time not recorded", "not recorded at the time", "no (TQ) time recorded": care done but not
 * written down.
 */
function leftOff(
  tokens: Token[],
  mentions: Mention[],
  sentence: Int32Array,
  i: number,
): 'sentence' | [number, number] | undefined {
  if (LEFT_OFF.has(tokens[i].norm)) {
    if (tokens[i - 1]?.norm !== 'not') return undefined;
    let end = i + 1;
    if (LEFT_OFF_OBJECTS.has(tokens[end]?.norm ?? '')) end++;
    if (closes(tokens, sentence, i, end)) return 'sentence';
    // "not recording ketamine", "not counting a chest seal": only what the verdict names, up to its phrase's end.
    let to = i + 1;
    while (to < tokens.length && !PHRASE_ENDS.has(tokens[to].norm)) to++;
    return [i + 1, to];
  }
  if (tokens[i].norm !== 'recorded') return undefined;
  const no = [2, 3, 4].map((back) => i - back).find((at) => tokens[at]?.norm === 'no');
  if (no === undefined || tokens.slice(no + 1, i).some((t) => t.norm === 'time')) return undefined;
  return mentions.some((m) => m.start > no && m.end <= i && isCare(m)) ? 'sentence' : undefined;
}

/** True when token `at` ends the sentence of token `i`: nothing, a full stop, or the next sentence. */
const closes = (tokens: Token[], sentence: Int32Array, i: number, at: number): boolean =>
  at >= tokens.length || FULL_STOPS.has(tokens[at].norm) || sentence[at] !== sentence[i];

/** Marks as negated the care named in each order called off after a pause, or stopped by a grader. In place. */
export function applyCalledOff(tokens: Token[], mentions: Mention[], sentence: Int32Array): void {
  for (let i = 0; i < tokens.length; i++) {
    if (graderStops(tokens, i)) {
      // The act stopped is the one begun in the grader's sentence, before the grader is named (across a ";").
      let from = i;
      while (from > 0 && i - from < STOP_REACH && !FULL_STOPS.has(tokens[from - 1].norm)) from--;
      for (const m of mentions) if (m.start >= from && m.end <= i && isCare(m)) m.negated = true;
      continue;
    }
    // A verdict leaves off all the care of its sentence, said before it or named after it.
    const off = leftOff(tokens, mentions, sentence, i);
    if (off) {
      // After "not recording …", only the care it names, wherever its sentence names it ("Ketamine vial open ..."),
      // unless words after it pick out one of that care ("two TQs, not counting the tourniquet his buddy put on").
      const named = off === 'sentence' ? [] : mentions.filter((m) => m.start >= off[0] && m.end <= off[1] && isCare(m));
      const singled = off !== 'sentence' && named.length > 0 && named[named.length - 1].end < off[1];
      const leaves = (m: Mention): boolean =>
        sentence[m.start] === sentence[i] &&
        (off === 'sentence' || (singled ? named.includes(m) : named.some((n) => sameCare(n, m))));
      for (const m of mentions) if (leaves(m) && isCare(m)) m.negated = true;
      continue;
    }
    if (!isPause(tokens, i) || !recallAfter(tokens, i + 1)) continue;
    let from = i;
    while (from > 0 && i - from < ORDER_REACH && sentence[from - 1] === sentence[i] && !isPause(tokens, from - 1))
      from--;
    for (const m of mentions) if (m.start >= from && m.end <= i && isCare(m)) m.negated = true;
  }
}

/** True when the words from token `i` are a recall, after any leads: "never mind", "no, hold it,". */
function recallAfter(tokens: Token[], i: number): boolean {
  let turned = false;
  for (;;) {
    const w = tokens[i]?.norm;
    if (w === undefined) return false;
    if (w === 'hold' && tokens[i + 1]?.norm === 'on' && tokens[i + 2]?.norm === ',') {
      // "hold on, forget it": a pause of speech, not the recall itself.
      turned = true;
      i += 2;
    } else if (LEADS.has(w)) {
      turned ||= TURNS.has(w);
      i++;
    } else break;
  }
  if (RECALLS.some((r) => saysAt(tokens, i, r))) return true;
  const phrase = TURNED_RECALLS.find((r) => saysAt(tokens, i, r));
  if (!turned || !phrase) return false;
  const after = tokens[i + phrase.length];
  return after === undefined || PHRASE_ENDS.has(after.norm);
}

const saysAt = (tokens: Token[], i: number, words: readonly string[]): boolean =>
  words.every((w, n) => tokens[i + n]?.norm === w);

/** Care someone can be told to do: what a called-off order leaves undone. */
const isCare = (m: Mention): boolean =>
  m.tags.some((t) => t.cat === 'intervention' || t.cat === 'medication' || t.cat === 'fluid' || t.cat === 'access');

/** True when two mentions name the same care ("Ketamine vial" and "ketamine"). */
const sameCare = (a: Mention, b: Mention): boolean =>
  a.tags.some((t) => b.tags.some((u) => t.cat === u.cat && 'value' in t && 'value' in u && t.value === u.value));
