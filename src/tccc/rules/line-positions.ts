/**
 * Casualties known by their place in a line, a stack or a crew until named: "No. 3 in the line took a half brick …
 * petrol bomb at the feet of the left flank man … pinned No. 5 … Names: No. 3 Pte Kieran Doyle; left flank LCpl Sean
 * Hurley". Once two places or more are numbered ("No. 3", "No. 5"), each is read as the label "Casualty n", a flank
 * man as one more (or as the number the text gives him: "No. 1 being the left flank man"), and a civilian beside
 * them as one more again, so the splitter sees one casualty per place. One who only helped ("put out by No. 2") keeps
 * his words: he is no casualty.
 */
import { RewrittenText } from './rewritten-text.js';
import { textSentencesOf } from './sentence-ends.js';

/** A numbered place: "No. 3", not after care counted the same way ("TQ No. 2"). */
const PLACE =
  /(?<!\b(?:tq|cat|tourniquet|iv|io|unit|bag|line|dressing|seal|needle|attempt|vial|syringe)\s*)\bNo\.\s?([1-9])\b/gi;
/** A numbered place read as a casualty: not one who helped ("put out by No. 2"). */
const NUMBERED = new RegExp(`(?<!\\bby\\s*)${PLACE.source}`, 'gi');
/** A flank man: "the left flank man", "Right flank", "left flank man's". */
const FLANK = /\b(?:the\s+)?(left|right)\s+flank(?:\s+man)?\b/gi;
/** A flank man given his number: "No. 1 being the left flank man", "the left flank man (No. 1)". */
const FLANK_NUMBERED = /\bNo\.\s?([1-9])\s*(?:being|is|was|=|,)\s*(?:the\s+)?(left|right)\s+flank(?:\s+man)?\b/gi;
/** A civilian treated beside them, never what belongs to civilians ("the civilian ambulance"). */
const CIVILIAN = /\bcivilian\b(?!\s+(?:ambulance|ambulances|police|ems|vehicle|car|hospital|clothes|side|crowd)\b)/gi;

/** Words heading a list of the places ("Names: ", "Names after: ", "Evac -"). */
const HEADING = /^[A-Za-z ]{1,20}[:-]\s*$/;

/** Words after a flank man or a civilian that make him one who helped or a carer, no casualty ("the left flank man
 * put a TQ on No. 1", "a civilian nurse packed the wound"). */
const HELPING =
  /^\s+(?:put|applied|packed|gave|helped|dragged|pulled|carried|treated|held|smothered|nurse|doctor|medic|interpreter|police|policeman)\b/i;

/** Least places numbered before the text is read as casualties known by place. */
const MIN_PLACES = 2;

/** The narrative with each place in the line as the label "Casualty n"; null where fewer than two are numbered. */
export function readLinePositions(text: string): RewrittenText | null {
  const numbered = new Set([...text.matchAll(PLACE)].map((m) => Number(m[1])));
  if (numbered.size < MIN_PLACES) return null;
  const flanks = new Map<string, number>();
  for (const m of text.matchAll(FLANK_NUMBERED)) flanks.set(m[2].toLowerCase(), Number(m[1]));
  let next = Math.max(...numbered) + 1;
  const numberOf = (side: string): number => {
    if (!flanks.has(side)) flanks.set(side, next++);
    return flanks.get(side)!;
  };
  const cuts: { start: number; end: number; words: string }[] = [];
  const free = (start: number, end: number): boolean => !cuts.some((c) => start < c.end && end > c.start);
  for (const m of text.matchAll(FLANK_NUMBERED)) cuts.push({ start: m.index, end: m.index + m[0].length, words: '' });
  for (const m of text.matchAll(NUMBERED))
    if (free(m.index, m.index + m[0].length))
      cuts.push({ start: m.index, end: m.index + m[0].length, words: `Casualty ${m[1]}` });
  const helps = (m: RegExpMatchArray): boolean => HELPING.test(text.slice(m.index! + m[0].length));
  for (const m of text.matchAll(FLANK))
    if (free(m.index, m.index + m[0].length) && !helps(m))
      cuts.push({ start: m.index, end: m.index + m[0].length, words: `Casualty ${numberOf(m[1].toLowerCase())}` });
  const civilian = next;
  for (const m of text.matchAll(CIVILIAN))
    if (free(m.index, m.index + m[0].length) && !helps(m))
      cuts.push({ start: m.index, end: m.index + m[0].length, words: `Casualty ${civilian}` });
  cuts.sort((a, b) => a.start - b.start);
  // "1941: petrol bomb landed at the feet of the left flank man": his from the sentence's start, or from a log line's
  // time ("1932: rocks came over. No. 3 … took a half brick"), the label put after that time so the time is his.
  for (const cut of cuts.filter((c) => c.words)) {
    const opening = openingOf(text, cut.start);
    if (opening.start >= cut.start || cuts.some((c) => c.words && c.start >= opening.start && c.start < cut.start))
      continue;
    // "Names: No. 1 SGT Eli Marsh, …": a heading before a list of them opens no one's words.
    if (HEADING.test(text.slice(opening.end, cut.start))) continue;
    cuts.push({ start: opening.start, end: opening.end, words: `${opening.stamped ? ' ' : ''}${cut.words}: ` });
  }
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out = new RewrittenText();
  let at = 0;
  for (const cut of cuts) {
    out.copy(text, at, cut.start).join(cut.words);
    at = cut.end;
  }
  return out.copy(text, at, text.length);
}

/** A log line's time and what sets it off from the entry ("1941: ", "2214 MED: "), after the time's digits. */
const LINE_STAMP = /^(\d{4})(?=\b)([^\n:.]{0,12}:\s*)/;

/**
 * Where the words about the one labelled at offset `at` open: after a log line's time, the stamp's words from the
 * end of its digits (`stamped`, to be put in place of what sets the time off), else the start of his sentence.
 */
function openingOf(text: string, at: number): { start: number; end: number; stamped: boolean } {
  const line = text.lastIndexOf('\n', at - 1) + 1;
  const stamp = LINE_STAMP.exec(text.slice(line, at));
  if (stamp) return { start: line + stamp[1].length, end: line + stamp[0].length, stamped: true };
  const start = sentenceOpeningAt(text, at);
  return { start, end: start, stamped: false };
}

/** Where the sentence holding offset `at` starts, at its first word: "No. 3" ends none. The text's start is 0. */
function sentenceOpeningAt(text: string, at: number): number {
  const sentence = textSentencesOf(text, { spacedStops: true }).findLast((s) => s.start <= at);
  if (!sentence || sentence.start === 0) return 0;
  return sentence.start + sentence.words.length - sentence.words.trimStart().length;
}
