/**
 * The entries of one item of a supply tally: "Hale L arm 2214, Brandt R leg 2216" gives the item to Hale on the left
 * arm at 2214 and to Brandt on the right leg at 2216; "all 4" gives it to each casualty; "Mbeki IO 0605, 0620" gives a
 * second one to Mbeki, the same way, at 0620. An entry naming no casualty ("+1 lost in the dirt") gives it to no one,
 * and a remark in brackets ("(2nd above 1st, 1st didn't hold)") is about the item, not a fact of its own.
 */
import type { TextPart } from './shared-phrases.js';

/** A casualty the tally lists: the name its entries open with and the words said after it in the list ("driver"). */
export interface TallyRow {
  key: string;
  labelWords: string[];
}

/** One entry: who was given the item, and the words of where and when ("L arm 2214"). */
export interface Entry {
  patients: string[];
  words: TextPart[];
}

/** A time written alone in a list of entries ("0620", "@0620"). */
const LONE_TIME = /^@?\d{4}$/;
/** A time in an entry's words. */
const TIME = /@?\b\d{4}\b/;
/** Words after "all" that count whom it means ("all 4", "all pts"). */
const ALL_COUNTED = /^\s*(?:\d+|pts|patients|casualties|of them)?\b/i;

/** The first word of an entry ("Hale" of "Hale L arm 2214"). */
export const headOf = (text: string, e: TextPart): string =>
  /^[A-Za-z][\w'-]*/.exec(text.slice(e.start, e.end))?.[0] ?? '';

/** The entries of a list, cut at the commas outside brackets and trimmed. */
export function splitList(text: string, list: TextPart): TextPart[] {
  const out: TextPart[] = [];
  let [depth, start] = [0, list.start];
  const push = (end: number): void => {
    const words = text.slice(start, end);
    const lead = words.length - words.trimStart().length;
    if (words.trim()) out.push({ start: start + lead, end: start + lead + words.trim().length });
  };
  for (let i = list.start; i < list.end; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')') depth = Math.max(0, depth - 1);
    else if (text[i] === ',' && depth === 0) {
      push(i);
      start = i + 1;
    }
  }
  push(list.end);
  return out;
}

/** The parts of `part` outside brackets ("Tran L leg 0556 (2nd above 1st)" → "Tran L leg 0556 "). */
export function outsideBrackets(text: string, part: TextPart): TextPart[] {
  const out: TextPart[] = [];
  let [depth, start] = [0, part.start];
  for (let i = part.start; i < part.end; i++) {
    if (text[i] === '(') {
      if (depth++ === 0 && i > start) out.push({ start, end: i });
    } else if (text[i] === ')' && depth > 0 && --depth === 0) start = i + 1;
  }
  if (depth === 0 && part.end > start) out.push({ start, end: part.end });
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/** Each entry of the list at `list`, given to the casualties `keys` it names. */
export function entriesOf(text: string, list: TextPart, keys: readonly string[], rows: readonly TallyRow[]): Entry[] {
  const out: Entry[] = [];
  let last: Entry | null = null;
  for (const piece of splitList(text, list)) {
    const head = headOf(text, piece);
    const words = text.slice(piece.start, piece.end);
    if (LONE_TIME.test(words) && last) {
      // "Mbeki IO 0605, 0620": another of the same, given as the one before but at its own time.
      const again: Entry = { patients: last.patients, words: [...withoutTime(text, last.words), piece] };
      out.push(again);
      continue;
    }
    let patients: string[];
    let from = piece.start + head.length;
    if (keys.includes(head)) {
      patients = [head];
      // "LN driver R leg": the words of his row's label said after his name are part of the name.
      for (const w of rows.find((r) => r.key === head)?.labelWords ?? []) {
        const next = new RegExp(`^\\s+${w}\\b`, 'i').exec(text.slice(from, piece.end));
        if (!next) break;
        from += next[0].length;
      }
    } else if (head.toLowerCase() === 'all') {
      patients = [...keys];
      from += ALL_COUNTED.exec(text.slice(from, piece.end))?.[0].length ?? 0;
    } else {
      last = null;
      continue;
    }
    last = { patients, words: outsideBrackets(text, { start: from, end: piece.end }) };
    out.push(last);
  }
  return out;
}

/** The words with the time said in them left out. */
function withoutTime(text: string, words: readonly TextPart[]): TextPart[] {
  return words.flatMap((w) => {
    const time = TIME.exec(text.slice(w.start, w.end));
    if (!time) return [w];
    const at = w.start + time.index;
    return [
      { start: w.start, end: at },
      { start: at + time[0].length, end: w.end },
    ].filter((p) => text.slice(p.start, p.end).trim() !== '');
  });
}
