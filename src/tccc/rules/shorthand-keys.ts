/**
 * A note written in the medic's own shorthand, with the key at the bottom ("KEY", "Key (mine):", "Legend") saying what
 * each code means ("T2 = TXA 2 g", "HD = hemostatic dressing", "TQ1 / TQ2 = first / second CAT", "K = ketamine,
 * number after it = mg", "V1, V2 = vital sets, read HR | BP | RR | SpO2 | AVPU"). Each code of the note is read as the
 * words it stands for ("K50" as "ketamine 50 mg"), a set of values written in the key's columns is read with each
 * column's name ("V1 0640: 132 | 86/50 | 28" as "0640: HR 132, BP 86/50, RR 28"), and the key itself is left out: its
 * doses and devices are definitions, not care given.
 */
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';

/**
 * The key's heading, on a line of its own: "KEY", "Key (mine):", "KEY (my shorthand)", "Legend", "Abbreviations";
 * never "Key times:" or "Key findings:", a section of values headed by what it holds.
 */
const HEADING = /^[ \t]*(?:key|legend|abbreviations?|shorthand)\b[ \t]*(?:\([^)\n]*\))?[ \t]*:?[ \t]*$/i;
/** One line's definitions part from each other: "CG = …; PD = …", "/p = palpated, -- = not read". */
const DEFINITIONS_APART = /\s*;\s*|,\s*(?=(?!number\b)[^\s,=]+\s*=)/i;
/** A code: letters and digits, a hyphen inside ("IO-TL", "U-S"), or two words ("O2 NC"); not "/p" or "--". */
const CODE = /^(?=[^ ]*\p{L})[\p{L}\d][\p{L}\d-]*(?: [\p{L}\d]+)?$/u;
/**
 * The unit of a number after the code: "K = ketamine, number after it = mg", "IV-R = IV right arm, number = gauge",
 * "O2 NC = oxygen by nasal cannula, L/min".
 */
const NUMBER_UNIT = /,\s*(?:(?:the\s+)?number(?:\s+after\s+it)?\s*=\s*)?(\p{L}+\/\p{L}+|mg|mcg|ml|g|gauge)\s*$/iu;
/** A vital sign's name, as a column of a key's layout ("HR / BP / RR / SpO2 / AVPU / pain out of 10"). */
const VITAL_NAME = /^(?:hr|pulse|bp|sbp|rr|resp|spo2|sats?|avpu|gcs|pain|temp|etco2)$/i;
/** A unit already written after a number ("O2 NC 4 L"), so the key's is not put in again. */
const UNIT_AFTER = /^\s*(?:l|ml|mg|g|mcg|ug|gauge|ga)\b/i;
/** A time of day written before a set of values ("V1 0640: 132 | …", "V1 1122 96 142/88 …"). */
const LEADING_TIME = /^\s+([01]\d|2[0-3])[0-5]\d\b:?/;
/** What stands before and after a code alone in its clause ("AVPU: A.", "| A |"). */
const ALONE_BEFORE = /(?:^|[,;:.|(\n])[ \t]*$/;
const ALONE_AFTER = /^[ \t]*(?:[,;:.|)\n]|$)/;

interface Meaning {
  words: string;
  /** The unit of a number written after the code ("mg" of "K50"). */
  unit?: string;
  /** The names of the columns its values are written in ("HR", "BP", …). */
  columns?: string[];
}

/** A meaning's words without what only explains it: "pain out of 10", "pain /10" → "pain"; a dose "each" of two. */
const plainWords = (words: string): string =>
  words
    .replace(/\s*(?:\/\s*10|out of 10)\b/gi, '')
    .replace(/\s+each$/i, '')
    .trim();

/** The columns of a layout of vitals ("vitals: HR / BP / RR …"): the longest run of three names or more, or none. */
function columnsOf(words: string): string[] | undefined {
  let best: string[] = [];
  let run: string[] = [];
  for (const piece of words.split(/\s*[|/,:]\s*/)) {
    const name = piece.split(/\s+/).find((w) => VITAL_NAME.test(w));
    run = name ? [...run, name] : [];
    if (run.length > best.length) best = run;
  }
  return best.length >= 3 ? best : undefined;
}

/** Each code a definition declares and what it stands for ("TQ1 / TQ2 = first / second CAT": one each). */
function define(codes: string[], said: string, into: Map<string, Meaning>): void {
  const unit = NUMBER_UNIT.exec(said)?.[1];
  const words = said.replace(NUMBER_UNIT, '');
  const columns = columnsOf(words);
  const items = words.split(/\s*[,/]\s*/);
  // "first / second CAT", "first, second unit FDP, 250 ml each": one word for each code, then the noun they share.
  const ordinal =
    codes.length >= 2 && items.length >= codes.length && items.slice(0, codes.length - 1).every((w) => /^\w+$/.test(w));
  const last = items[codes.length - 1]?.split(/\s+/) ?? [];
  const noun = [last.slice(1).join(' '), ...items.slice(codes.length)].filter(Boolean).join(', ');
  codes.forEach((code, n) => {
    const own = n < codes.length - 1 ? items[n] : last[0];
    const meant = ordinal && !columns ? `${own} ${noun}` : words;
    into.set(code, { words: plainWords(meant), unit, columns });
  });
}

/** A line's definitions: "V1, V2 = …" is one, its codes listed before the "=". */
function definitionsOf(line: string): string[] {
  const out: string[] = [];
  let codes = '';
  for (const piece of line.split(DEFINITIONS_APART)) {
    if (piece.includes('=')) out.push(codes + piece);
    codes = piece.includes('=') ? '' : `${codes}${piece}, `;
  }
  return out;
}

/** The key: where its heading starts and each code's meaning; null unless three lines or more define codes. */
function keyOf(text: string): { start: number; meanings: Map<string, Meaning> } | null {
  const lines = linesOf(text);
  const at = lines.findLastIndex((l) => HEADING.test(text.slice(l.start, l.end)));
  if (at <= 0) return null;
  const meanings = new Map<string, Meaning>();
  const defining = lines.slice(at + 1).map((l) => text.slice(l.start, l.end).trim());
  // Every line under the heading defines: a key ends the note.
  if (defining.some((l) => l !== '' && !l.includes('='))) return null;
  if (defining.filter(Boolean).length < 3) return null;
  for (const line of defining) {
    for (const definition of definitionsOf(line)) {
      const eq = definition.indexOf('=');
      if (eq < 0) continue;
      const codes = definition
        .slice(0, eq)
        .trim()
        .split(/\s*[,/]\s*/);
      if (codes.every((c) => CODE.test(c))) define(codes, definition.slice(eq + 1).trim(), meanings);
    }
  }
  return meanings.size >= 3 ? { start: lines[at].start, meanings } : null;
}

/** The values after a code written in its columns: "HR 132, BP 86/50, …"; where they end; null when none. */
function columnWords(rest: string, columns: string[]): { words: string; used: number } | null {
  const time = LEADING_TIME.exec(rest);
  const from = time ? time[0].length : 0;
  const line = rest.slice(from).split('\n')[0];
  // Values apart by bars, by spaced slashes ("140 / 78/p / 30"), or else by spaces ("96 142/88 18 97 V").
  const apart = line.includes('|') ? /\s*\|\s*/ : / \/ /.test(line) ? /\s+\/\s+/ : /\s+/;
  const values: string[] = [];
  const opening = /^\s*/.exec(line)?.[0].length ?? 0;
  let used = from + opening;
  const cells = line.slice(opening).split(new RegExp(`(${apart.source})`));
  for (let n = 0; n < cells.length && values.length < columns.length; n += 2) {
    const value = apart.source === '\\s+' ? cells[n] : cells[n].trim();
    values.push(value);
    used += cells[n].length + (values.length < columns.length && n + 1 < cells.length ? cells[n + 1].length : 0);
  }
  if (values.length < 3 || !/\d/.test(values[0])) return null;
  // "-- = not read": a column left empty is no reading.
  const read = values.map((v, n) => (/[\p{L}\d]/u.test(v) ? `${columns[n]} ${v}` : '')).filter(Boolean);
  return { words: `${time ? `${time[0].trim()} ` : ''}${read.join(', ')}`, used };
}

/** The narrative with its shorthand read as the key says, the key left out; null when it ends in no key. */
export function readShorthandKeys(text: string): RewrittenText | null {
  const key = keyOf(text);
  if (!key) return null;
  const codes = [...key.meanings.keys()].sort((a, b) => b.length - a.length);
  // A code as a word of its own, or with a number written on ("K50", "Pn3").
  const pattern = new RegExp(`(?<![\\p{L}\\d-])(${codes.join('|')})(\\d+(?:\\.\\d+)?)?(?![\\p{L}\\d-])`, 'gu');
  const body = text.slice(0, key.start);
  const out = new RewrittenText();
  let at = 0;
  for (const m of body.matchAll(pattern)) {
    if (m.index < at) continue;
    const meaning = key.meanings.get(m[1]);
    if (!meaning || (m[2] && /\d$/.test(m[1]))) continue;
    // "A = alert" is no "alert&O x4" nor "alert round": one letter is a code only before a number or alone in its clause.
    const alone = ALONE_BEFORE.test(body.slice(0, m.index)) && ALONE_AFTER.test(body.slice(m.index + m[0].length));
    if (m[1].length === 1 && !m[2] && !/^\s+\d/.test(body.slice(m.index + m[0].length)) && !alone) continue;
    let end = m.index + m[0].length;
    let words = meaning.words;
    const columns = meaning.columns && columnWords(body.slice(end), meaning.columns);
    if (columns) {
      words = columns.words;
      end += columns.used;
    } else if (meaning.unit || m[2]) {
      // Three digits at most: "K 0918 IM" is a clock, not 918 mg.
      const spaced = m[2] ? null : /^\s+(\d{1,3}(?:\.\d+)?)(?![\d:])/.exec(body.slice(end));
      const number = m[2] ?? spaced?.[1];
      if (spaced) end += spaced[0].length;
      const unit = meaning.unit && number && !UNIT_AFTER.test(body.slice(end)) ? ` ${meaning.unit}` : '';
      if (number) words = `${words} ${number}${unit}`;
    }
    out.copy(text, at, m.index).join(words);
    at = end;
  }
  return out.copy(text, at, key.start);
}
