/**
 * The lessons drawn at the end of a case review ("Lessons learned: the second tourniquet should have been applied
 * sooner; TXA was not given and should have been.", "Teaching points: …", "Discussion: …") judge the care told
 * before them; they tell no care of their own, so nothing named from such a heading on is a fact.
 */
import type { Token } from '../text/tokenize.js';
import type { Mention } from './matcher.js';
import { opensSentence } from './sentence-ends.js';

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

/** Marks as negated every mention from the first lessons heading on. In place. */
export function applyLessons(tokens: Token[], mentions: Mention[]): void {
  const from = lessonsStart(tokens);
  if (from < 0) return;
  for (const m of mentions) if (m.start >= from) m.negated = true;
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
