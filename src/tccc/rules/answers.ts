/**
 * The casualty's own answers to the medic's questions, quoted after them: `You allergic to anything? "Penicillin."`,
 * `How bad's the pain, zero to ten? "Like a six."`, `Allergies? "Nah, none."`. The question names what is asked and
 * is no fact itself (its "?" negates it); the quoted words are the casualty's, so they say the fact.
 */
import type { VitalsSet } from '../record.js';
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { tagOf } from './matcher.js';
import { QUOTE_MARKS, sentenceStart } from './sentence-ends.js';

/** How many tokens a quoted answer may run. */
const ANSWER_REACH = 16;

type Topic = 'allergies' | 'pain';

/** A question about one thing and the casualty's quoted answer, tokens `[from, to)` inside the quotes. */
interface Answer {
  topic: Topic;
  question: number;
  from: number;
  to: number;
}

/** The quoted answers of the narrative to questions that ask about one thing. */
function quotedAnswers(doc: Doc): Answer[] {
  const found: Answer[] = [];
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    if (doc.tokens[i].norm !== '?' || !QUOTE_MARKS.has(doc.tokens[i + 1].norm)) continue;
    const question = sentenceStart(doc, i);
    const topic = topicAsked(doc, question, i);
    let to = i + 2;
    while (to < doc.tokens.length && to - i <= ANSWER_REACH && !QUOTE_MARKS.has(doc.tokens[to].norm)) to++;
    if (topic && QUOTE_MARKS.has(doc.tokens[to]?.norm ?? '')) found.push({ topic, question, from: i + 2, to });
  }
  return found;
}

/** What the question in tokens `[from, to)` asks about, when it asks about one thing only. */
function topicAsked(doc: Doc, from: number, to: number): Topic | null {
  const topics = new Set<Topic>();
  for (let i = from; i < to; i++) {
    const k = doc.mentionIndex[i];
    const m = k >= 0 ? doc.mentions[k] : undefined;
    if (m && tagOf(m, 'allergy')) topics.add('allergies');
    if (m && m.tags.some((t) => t.cat === 'vital' && t.value === 'pain')) topics.add('pain');
  }
  return topics.size === 1 ? [...topics][0] : null;
}

/** Words said around an answer that are no part of it ("Nah, none.", "Like a four.", "Uh, sulfa"). */
const FILLERS = new Set([
  ',',
  '.',
  '!',
  '...',
  '-',
  'uh',
  'um',
  'like',
  'a',
  'just',
  'doc',
  'man',
  'sir',
  'about',
  'maybe',
]);
/** Answers that say there is none. */
const NONE_WORDS = new Set(['no', 'nah', 'nope', 'none', 'nothing', 'negative']);
/** Words that take back what was said before them in the answer ("Eight... nah, nine"). */
const TAKE_BACKS = new Set(['nah', 'no', 'actually', 'wait']);

/** The allergies the casualty answers, "NKDA" for none, as said: `Allergies? "Sulfa."`, `"Nah, none."`. */
export function answeredAllergies(doc: Doc): Found<string> | null {
  for (const a of quotedAnswers(doc)) {
    if (a.topic !== 'allergies') continue;
    const words = wordsOf(doc, a);
    if (words.length > 0 && words.every((i) => NONE_WORDS.has(doc.tokens[i].norm)))
      return { value: 'NKDA', span: spanOf(doc, words[0], words[words.length - 1] + 1) };
    // "Penicillin. I get hives.": the first thing said names the allergen, one or two words.
    let end = a.from;
    while (end < a.to && FILLERS.has(doc.tokens[end].norm)) end++;
    const start = end;
    while (end < a.to && doc.tokens[end].kind === 'word' && !FILLERS.has(doc.tokens[end].norm)) end++;
    const ends = doc.tokens[end]?.norm;
    if (end === start || end - start > 2 || !(ends === '.' || ends === ',' || QUOTE_MARKS.has(ends ?? ''))) continue;
    if (doc.tokens.slice(start, end).some((t) => NONE_WORDS.has(t.norm) || !/^[a-z]/i.test(t.raw))) continue;
    const span = spanOf(doc, start, end);
    return { value: doc.text.slice(span.start, span.end), span };
  }
  return null;
}

/**
 * The pain scores the casualty answers: `Pain, one to ten? "Nine, Doc."`, `"Eight... nah, nine."` (the number he
 * settles on). An answer with two numbers and no taking back ("six or seven") says none.
 */
export function answeredPain(doc: Doc): Found<VitalsSet>[] {
  const found: Found<VitalsSet>[] = [];
  for (const a of quotedAnswers(doc)) {
    if (a.topic !== 'pain') continue;
    const numbers: number[] = [];
    for (let i = a.from; i < a.to; i++) if (doc.tokens[i].kind === 'number') numbers.push(i);
    const last = numbers[numbers.length - 1];
    if (last === undefined || doc.tokens[last].value === undefined || doc.tokens[last].value > 10) continue;
    if (numbers.length > 1 && !doc.tokens.slice(numbers[0] + 1, last).some((t) => TAKE_BACKS.has(t.norm))) continue;
    found.push({ value: { pain: doc.tokens[last].value }, span: spanOf(doc, last, last + 1) });
  }
  return found;
}

/** The tokens of an answer that are not fillers. */
function wordsOf(doc: Doc, a: Answer): number[] {
  const words: number[] = [];
  for (let i = a.from; i < a.to; i++) if (!FILLERS.has(doc.tokens[i].norm)) words.push(i);
  return words;
}

/** How near after an answer the medic may say the same score himself ("\"Seven.\" Pain seven."), in characters. */
const ECHO_REACH = 80;

/** The vitals sets read with each answered pain score the medic did not say again himself, in narrative order. */
export function withAnsweredPain(sets: Found<VitalsSet>[], answers: Found<VitalsSet>[]): Found<VitalsSet>[] {
  const added = answers.filter(
    (a) =>
      !sets.some(
        (s) => s.value.pain === a.value.pain && s.span.start >= a.span.start && s.span.start - a.span.end <= ECHO_REACH,
      ),
  );
  return added.length === 0 ? sets : [...sets, ...added].sort((a, b) => a.span.start - b.span.start);
}
