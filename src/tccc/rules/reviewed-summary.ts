/**
 * An app's summary followed by a medic's review of it, line by line ("=== auto-summary ===" … "Corrections, SSG
 * Hargrove, 10:05:" / "TQ L arm 09:21 - wrong limb." / "Vitals 09:30: BP was 86/52, not 88."). Read as written, the
 * summary's wrong values stand beside the right ones and what the review struck is still read as done. Here the summary
 * is read as the review leaves it: an item set right gets the reviewer's value in place of the wrong one (and the
 * review's line, having said nothing else, is left out), an item said never to have been so is left out (the review's
 * line, which often says what was done instead, is kept), and a confirmed or unnamed item stays as written.
 */
import { RewrittenText } from './rewritten-text.js';
import { escapedForPattern } from '../text/regexp.js';
import { isClockWord, sameValue, valuesOf, verdictOf, type ReviewValue, type ValueFix } from './review-verdicts.js';
import { linesOf } from './text-cells.js';
import type { TextPart } from './text-part.js';

/**
 * A line naming a summary a machine or another hand drafted ("=== TacMed auto-summary ===", "[AUTO-SUMMARY 03:47 -
 * unverified]", "draft summary"): a medic's own "Incident summary" is no draft a review sets right.
 */
const SUMMARY_HEAD = /^(?=.*\bsummary\b)(?=.*\b(?:auto|automatic|generated|draft|unverified|unreviewed|app)\b)/i;
/** A line closing it ("=== end summary ==="). */
const SUMMARY_END = /^\W*end\b/i;
/** A line opening the review ("Corrections, SSG Hargrove, 10:05:", "Doc's edits (…):", "My review, …:"). */
const REVIEW_HEAD = /^\W*(?:[\p{L}'’]+\s+){0,2}(?:corrections?|review|edits|amendments)\b.*:\s*$/iu;
/** A summary line's cells: "Patient: … | Roster: …", "MOI: RPG / blast    TOI: 09:14". */
const CELL_BREAK = /[ \t]*\|[ \t]*| {2,}|\t+/g;
/** A cell's label: "Interventions: ", "VS 03:20: ". */
const LABEL = /^[\p{L}](?:[\p{L}\p{N} .'/-]|:\d){0,30}?:\s+/u;
/** What stands between a statement's subject and what is said of it. */
const SUBJECT_END = /\s+[-–]\s+|:\s+|\s*[✓✗]|\s+(?:not|no|should|was|were|is|are|correct|wrong)\b|,/i;
/** A reviewer's word for the same thing a summary names otherwise. */
const ALIASES: Record<string, string[]> = {
  tq: ['tourniquet'],
  tourniquet: ['tq'],
  lr: ['ringer', "ringer's", 'lactated'],
  vs: ['vitals', 'vital'],
  vitals: ['vs'],
  meds: ['medications'],
  evac: ['evacuation'],
};
/** Subject words that name nothing of the summary's, or open a thing the summary lacks ("Add vitals 09:50: …"). */
const NOT_NAMING = new Set(['the', 'no', 'and', 'of', 'to', 'add', 'missing', 'also']);
/** Fewest statements that must set an item right or strike it for the text to be read as a review. */
const LEAST = 2;

interface Item extends TextPart {
  label: string;
}

/** The summary's items: each cell's parts between semicolons, or each sentence of a line of prose. */
function itemsOf(text: string, lines: TextPart[]): Item[] {
  return lines.flatMap((line) => {
    const words = text.slice(line.start, line.end);
    const cells = words.split(CELL_BREAK);
    let at = line.start;
    return cells.flatMap((cell) => {
      const start = text.indexOf(cell, at);
      at = start + cell.length;
      const label = LABEL.exec(cell)?.[0] ?? '';
      // Parts between semicolons, and each sentence: "Cas 2: PFC Ortiz, frag L arm. TQ R arm 1405." is two items.
      const parts = cell.slice(label.length).split(/(;\s*|(?<=\.)\s+(?=[A-Z]))/);
      let from = start + label.length;
      return parts.flatMap((part, n) => {
        const item = { start: from, end: from + part.length, label };
        from += part.length;
        return n % 2 === 0 && part.trim() ? [item] : [];
      });
    });
  });
}

const wordIn = (word: string, text: string): number =>
  text.search(new RegExp(`(?<![\\p{L}])${escapedForPattern(word)}(?![\\p{L}])`, 'iu'));

/**
 * The item the subject names best, and where in it the naming word stands; null when none is named, or two are named
 * as well ("Cas 2 TQ" where each casualty's line has a TQ: which is meant is not guessed).
 */
function namedItem(text: string, items: Item[], subject: string): { item: Item; at: number } | null {
  const words = (subject.toLowerCase().match(/\p{L}[\p{L}']+/gu) ?? []).filter((w) => !NOT_NAMING.has(w));
  if (!words.length || NOT_NAMING.has(subject.trim().split(/\s/)[0].toLowerCase())) return null;
  let best: { item: Item; at: number; score: number } | null = null;
  let tied = false;
  for (const item of items) {
    const body = text.slice(item.start, item.end);
    let score = 0;
    let at = -1;
    for (const word of words)
      for (const form of [word, ...(ALIASES[word] ?? [])]) {
        const inBody = wordIn(form, body);
        if (inBody >= 0 || wordIn(form, item.label) >= 0) {
          score++;
          if (at < 0 && inBody >= 0) at = item.start + inBody;
          break;
        }
      }
    if (best && score === best.score) tied = true;
    if (score && (!best || score > best.score)) [best, tied] = [{ item, at: at < 0 ? item.start : at, score }, false];
  }
  return tied ? null : best;
}

/** The item's value the fix sets right: the wrong one where written, else the item's only one of the right's kind. */
function fixedValue(
  text: string,
  item: Item,
  at: number,
  fix: ValueFix,
): { wrong: ReviewValue; right: TextPart } | null {
  const values = valuesOf(text.slice(item.start, item.end), item.start);
  if (fix.wrong) {
    const wrong = fix.wrong;
    const near = (v: ReviewValue): number => Math.abs(v.start - at);
    for (const v of [...values].sort((a, b) => near(a) - near(b))) {
      if (v.kind === wrong.kind && sameValue(v.word, wrong.word)) return { wrong: v, right: fix.right };
      // "BP 88/52" set right by "86/52, not 88": the reading's own part.
      const parts = v.kind === 'slash' && fix.right.kind === 'slash' ? v.word.split('/') : [];
      const k = parts.findIndex((p) => sameValue(p, wrong.word));
      if (k < 0) continue;
      const offsets = [0, parts[0].length + 1];
      const rightParts = fix.right.word.split('/');
      const r = fix.right.start + (k ? rightParts[0].length + 1 : 0);
      return {
        wrong: { ...v, start: v.start + offsets[k], end: v.start + offsets[k] + parts[k].length },
        right: { start: r, end: r + rightParts[k].length },
      };
    }
    return null;
  }
  // "time should read 0316" is the item's clock; "TXA - wrong, 1 g" its number that is no clock.
  const like = values.filter(
    (v) => v.kind === fix.right.kind && (v.kind !== 'digits' || isClockWord(v.word) === fix.clock),
  );
  return like.length === 1 ? { wrong: like[0], right: fix.right } : null;
}

/** The text with the summary read as its review leaves it; null when no summary is reviewed so. */
export function readReviewedSummary(text: string): RewrittenText | null {
  const lines = linesOf(text);
  const lineText = (l: TextPart): string => text.slice(l.start, l.end);
  const head = lines.slice(0, 3).findIndex((l) => SUMMARY_HEAD.test(lineText(l)));
  const review = lines.findIndex((l, n) => n > head && REVIEW_HEAD.test(lineText(l)));
  if (head < 0 || review < 0) return null;
  const end = lines.findIndex((l, n) => n > head && n < review && SUMMARY_END.test(lineText(l)));
  const items = itemsOf(text, lines.slice(head + 1, end < 0 ? review : end));
  const cuts: TextPart[] = [];
  const swaps: { wrong: TextPart; right: TextPart }[] = [];
  let statements = 0;
  for (const line of lines.slice(review + 1)) {
    const fixedStatements: TextPart[] = [];
    let before: ReturnType<typeof namedItem> = null;
    for (const m of lineText(line).matchAll(/[^.!]+(?:[.!](?!\d)|$)/g)) {
      const start = line.start + m.index;
      const statement = m[0].replace(/^\s*[-*•]\s*/, (b) => ' '.repeat(b.length));
      const split = SUBJECT_END.exec(statement);
      if (!split) continue;
      const own = namedItem(text, items, statement.slice(0, split.index));
      const verdict = verdictOf(statement, statement.slice(split.index), start + split.index);
      // "TQ: L arm not R. Time should read 0316.": a fix naming nothing of its own is the item's just named.
      const named = own ?? (verdict.kind === 'fix' ? before : null);
      before = own ?? before;
      if (!named) continue;
      // "TQ L arm 09:21 - wrong limb. TQ went on the L thigh": the struck item goes, and so do the review's words
      // naming it, which would read it again; what the statement says after them is kept.
      if (verdict.kind === 'strike' && own) {
        cuts.push(named.item, { start, end: verdict.end });
        statements++;
      }
      if (verdict.kind !== 'fix') continue;
      const made = verdict.fixes.flatMap((fix) => fixedValue(text, named.item, named.at, fix) ?? []);
      swaps.push(...made);
      // A statement that set its item right has said all it says: it is read no more.
      if (made.length) fixedStatements.push({ start, end: start + m[0].length });
    }
    statements += fixedStatements.length;
    // A line all of whose words were fixes goes with its break, so no blank line is left to read as a new paragraph.
    const whole =
      lineText(line).trim().length ===
      fixedStatements.reduce((n, s) => n + text.slice(s.start, s.end).trim().length + 1, -1);
    cuts.push(...(whole ? [{ start: line.start, end: Math.min(line.end + 1, text.length) }] : fixedStatements));
  }
  if (statements < LEAST) return null;
  const out = new RewrittenText();
  let at = 0;
  const edits = [
    ...cuts.map((c) => ({ start: c.start, end: c.end, right: null })),
    ...swaps.map((s) => ({ ...s.wrong, right: s.right })),
  ].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const edit of edits) {
    // An edit inside one already made (a value set right in a line or item cut whole) is made with it.
    if (edit.start < at) {
      if (!edit.right) at = Math.max(at, edit.end);
      continue;
    }
    out.copy(text, at, edit.start);
    if (edit.right) out.copy(text, edit.right.start, edit.right.end);
    at = edit.end;
  }
  return out.copy(text, at, text.length);
}
