/**
 * The lessons drawn at the end of a case review ("Lessons learned: the second tourniquet should have been applied
 * sooner; TXA was not given and should have been.", "Teaching points: …", "Discussion: …") judge the care told
 * before them; they tell no care of their own, so nothing named from such a heading on is a fact. So with what a
 * medic's self-review quotes of the guideline beside what he did ("CPG is 2 g IV/IO as soon as possible … but I
 * pushed 1 g"; "CPG says go IO after failed IV attempts"): the guideline's doses and care are the rule, not the care.
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';
import { opensSentence, sentenceEndFrom } from './sentence-ends.js';

/** Headings of the part of a case review that draws its lessons, each said before a colon. */
const LESSON_HEADINGS: readonly (readonly string[])[] = [
  ['lessons', 'learned'],
  ['lesson', 'learned'],
  ['lessons'],
  ['teaching', 'points'],
  ['teaching', 'point'],
  ['learning', 'points'],
  ['key', 'points'],
  ['takeaways'],
  ['discussion'],
  ['critique'],
];

/** The names of a written guideline a review quotes ("the JTS burn CPG", "TCCC guidelines"). */
const GUIDELINES: ReadonlySet<string> = new Set(['cpg', 'cpgs', 'guideline', 'guidelines']);
/** What a guideline is said to say, right after its name: "CPG says …", "CPG is 2 g …", "CPG: 2 g ASAP". */
const GUIDELINE_SAYS: ReadonlySet<string> = new Set([
  ':',
  'says',
  'say',
  'said',
  'is',
  'wants',
  'allows',
  'puts',
  'calls',
  'recommends',
  'requires',
]);

/**
 * Marks as negated every mention from the first lessons heading on, and every mention in the rest of a sentence
 * that quotes a guideline (`guidelines`, from {@link guidelineClauses}). In place.
 */
export function applyLessons(tokens: Token[], mentions: Mention[], guidelines: readonly [number, number][]): void {
  const from = lessonsStart(tokens);
  if (from >= 0) for (const m of mentions) if (m.start >= from) m.negated = true;
  for (const [start, end] of guidelines)
    for (const m of mentions) if (m.start > start && m.start < end) m.negated = true;
}

/** Each [guideline name, sentence end) span that says what a guideline says. */
export function guidelineClauses(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++)
    if (GUIDELINES.has(tokens[i].norm) && GUIDELINE_SAYS.has(tokens[i + 1]?.norm ?? ''))
      spans.push([i, sentenceEndFrom(tokens, i)]);
  return spans;
}

/** The token a lessons heading opening its sentence and followed by a colon starts at; -1 when there is none. */
function lessonsStart(tokens: Token[]): number {
  for (let i = 0; i < tokens.length; i++) {
    if (!opensSentence(tokens, i)) continue;
    const heading = LESSON_HEADINGS.find((h) => h.every((w, n) => tokens[i + n]?.norm === w));
    if (heading && tokens[i + heading.length]?.norm === ':') return i;
  }
  return -1;
}
