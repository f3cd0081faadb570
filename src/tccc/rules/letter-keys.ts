/**
 * A flowsheet that keys each casualty to a letter on his own line ("(S) SGT Yerlan Seitkali, zap YS4092. GSW abd …",
 * "(F) SPC Lupe Fonoti, …") and then writes every hourly row by those letters ("2300 S: HR 120 … | F: HR 104 …",
 * "S urgent surgical, F priority"): the letters are read as the surnames they stand for, the key's bracketed letter
 * goes, and a bar between two keyed entries ends one as a full stop would. A single letter is too short to be anyone's
 * label on its own, so nothing is read this way unless two lines or more declare their letters.
 */
import { PRIORITY_WORDS } from './list-cues.js';
import { RewrittenText } from './rewritten-text.js';

/** "(S) SGT Yerlan Seitkali," opening a line: the letter, and the name up to its first pause. */
const KEY_LINE = /^[ \t]*\(([A-Z])\)[ \t]+([^,.;:\n]+)/gm;
/** A surname: a capitalized word that is not all capitals (no rank, no code). */
const SURNAME = /\p{Lu}\p{Ll}+(?:['’-]\p{Lu}?\p{Ll}+)?$/u;

interface Edit {
  start: number;
  end: number;
  words: string;
}

/** A declared letter's surname, and where its bracketed letter stands on the key line. */
interface Key {
  surname: string;
  start: number;
  end: number;
}

/** Each declared letter and the surname it stands for; none unless two letters or more are declared. */
function keysOf(text: string): Map<string, Key> {
  const keys = new Map<string, Key>();
  for (const m of text.matchAll(KEY_LINE)) {
    const surname = SURNAME.exec(m[2].trim())?.[0];
    if (!surname || keys.has(m[1])) return new Map<string, Key>();
    const open = m.index + m[0].indexOf('(');
    keys.set(m[1], { surname, start: open, end: open + m[1].length + 3 });
  }
  return keys.size >= 2 ? keys : new Map<string, Key>();
}

/** The narrative with a flowsheet's letters read as the names they stand for; null when it keys no one by a letter. */
export function readLetterKeys(text: string): RewrittenText | null {
  const keys = keysOf(text);
  if (keys.size === 0) return null;
  const letters = [...keys.keys()].join('');
  const edits: Edit[] = [...keys.values()].map((k) => ({ start: k.start, end: k.end, words: '' }));
  // "2300 S: …", "| F: …", "S urgent surgical, F priority": a declared letter as a label or triaged.
  const label = new RegExp(String.raw`(?<=^|[\s|])([${letters}])(?=:|\s+(\w+))`, 'gmu');
  for (const m of text.matchAll(label)) {
    const after = text.slice(m.index + 1);
    const labelled = after.startsWith(':');
    const triaged = PRIORITY_WORDS.has((m[2] ?? '').toLowerCase());
    if (labelled || triaged) edits.push({ start: m.index, end: m.index + 1, words: keys.get(m[1])?.surname ?? m[1] });
  }
  // "… pain 7 | F: HR 104": the bar between two keyed entries ends the first.
  const bar = new RegExp(String.raw`[ \t]*\|[ \t]*(?=[${letters}]:)`, 'g');
  for (const m of text.matchAll(bar)) edits.push({ start: m.index, end: m.index + m[0].length, words: '. ' });
  edits.sort((a, b) => a.start - b.start);
  const out = new RewrittenText();
  let at = 0;
  for (const edit of edits) {
    if (edit.start < at) continue;
    out.copy(text, at, edit.start).join(edit.words);
    at = edit.end;
  }
  return out.copy(text, at, text.length);
}
