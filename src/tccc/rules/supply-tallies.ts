/**
 * A medic's tally of supplies used, where the casualty facts hide in the accounting: "CAT x2 (Hale L arm 2214, Brandt
 * R leg 2216)", "TXA 1g x3 - Alvarez IV 0558, Mbeki IO 0600", "ket 50mg x2 IM (Garza 0420, Pike 0430)". Each entry of
 * an item gives the item to the casualty it names, at the site and time it says; "all 4" gives it to each. A resupply
 * request ("NEED: 3 CAT", "Resupply: ...") is no fact, nor an item used none of ("C-collar x0"). The tally is read
 * as each casualty's own words: his row of the patient list ("Hale - frag L upper arm, ...") with what he was given
 * put after it, under a label of the order he is listed in ("Patient 1, Hale: frag L upper arm, ... CAT L arm 2214.
 * OTFC 800mcg 2225."), or a row of his own where the tally lists no patients.
 */
import { isLocationWord } from './lexicon/body.js';
import type { TextPart } from './shared-phrases.js';
import { RewrittenText } from './rewritten-text.js';
import { cellsOf, linesOf } from './text-cells.js';
import { entriesOf, headOf, outsideBrackets, splitList, type TallyRow } from './tally-entries.js';

/** How many used in an item: "x2", "×3" after the item's name. */
const COUNT = /(?<=\s)[x×](\d+)(?=\s|$|[(,:-])/;
/** The counted noun after the count ("LTOWB x2 units"). */
const COUNTED = /^\s*(units?)\b/i;
/** A heading of the tally's parts ("USED:", "PTS:"): no words of any casualty. */
const HEADING = /^(?:used|pts|patients|casualties|cas)\s*:\s*/i;
/** A request for resupply: what is wanted, not what was done. */
const RESUPPLY = /^(?:need|needs|needed|resupply|request|requesting|reorder)\b\s*:/i;
/** A patient row: his name, what he is said to be, a dash, then his words ("LN driver, male ~50 - open fx R shin"). */
const ROW = /^([A-Z][A-Za-z'-]*)([^\n]*?)\s[-–]\s/;
/** Fewest items naming a casualty that make a text a tally. */
const MIN_ITEMS = 2;

interface Item {
  /** The item's words: its name, dose and route ("ket 50mg", "IM"), without the count or entries. */
  words: TextPart[];
  /** Where its entries are listed ("Hale L arm 2214, Brandt R leg 2216"). */
  list: TextPart;
}

interface Row extends TallyRow {
  start: number;
  /** End of his name and what he is said to be ("LN driver, male ~50"). */
  labelEnd: number;
  /** Start of his words after the dash. */
  body: number;
  end: number;
}

type Cell = TextPart & { kind: 'item' | 'row' | 'drop' | 'other'; item?: Item; row?: Row };

/** The item a cell says, or null: its name, a count, and entries in brackets at its end or after a dash. */
function itemOf(text: string, cell: TextPart): Item | 'none' | null {
  const words = text.slice(cell.start, cell.end);
  const count = COUNT.exec(words);
  if (!count || count.index === 0) return null;
  if (Number(count[1]) === 0) return 'none';
  let after = count.index + count[0].length;
  const counted = COUNTED.exec(words.slice(after));
  // "LTOWB x2 units": each entry is one unit ("LTOWB unit IO 0605"), a known volume of blood.
  const unit = counted ? [{ start: cell.start + after + counted[0].length - counted[1].length, end: 0 }] : [];
  for (const u of unit) u.end = u.start + 'unit'.length;
  after += counted?.[0].length ?? 0;
  const name = [...outsideBrackets(text, { start: cell.start, end: cell.start + count.index }), ...unit];
  const open = words.endsWith(')') ? openingBracket(words) : -1;
  if (open >= after) {
    const between = { start: cell.start + after, end: cell.start + open };
    return {
      words: [...name, ...outsideBrackets(text, between)],
      list: { start: cell.start + open + 1, end: cell.end - 1 },
    };
  }
  const dash = /^\s*[-–:]\s*/.exec(words.slice(after));
  if (!dash) return null;
  return { words: name, list: { start: cell.start + after + dash[0].length, end: cell.end } };
}

/** The index of the bracket that opens the one closing `words`, or -1. */
function openingBracket(words: string): number {
  let depth = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    if (words[i] === ')') depth++;
    else if (words[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

/** The tally read as each casualty's own words, or null when the text is no tally. */
export function readTally(text: string): RewrittenText | null {
  if (!COUNT.test(text)) return null;
  // Cut at "|", each cell trimmed, empty ones left out.
  const lines = linesOf(text).map((line) =>
    cellsOf(text, line, '|')
      .filter((c) => c.end > c.start)
      .map((c) => classify(text, c)),
  );
  const cells = lines.flat();
  const rows = cells.flatMap((c) => (c.kind === 'row' && c.row ? [c.row] : []));
  const raw = cells.flatMap((c) => (c.kind === 'item' && c.item ? [c.item] : []));
  const heads = raw.flatMap((item) => splitList(text, item.list).map((e) => headOf(text, e)));
  const named = rows.filter((r) => heads.includes(r.key));
  const keys = named.length > 0 ? named.map((r) => r.key) : unlistedNames(heads);
  const items = raw.map((item) => ({
    words: item.words,
    entries: entriesOf(text, item.list, keys, named),
  }));
  if (keys.length === 0 || items.filter((item) => item.entries.length > 0).length < MIN_ITEMS) return null;
  const out = new RewrittenText();
  const given = (key: string): void => {
    for (const item of items)
      for (const entry of item.entries.filter((e) => e.patients.includes(key))) {
        for (const w of [...item.words, ...entry.words].map((p) => trimmed(text, p)).filter((p) => p.end > p.start))
          out.join(' ').copy(text, w.start, w.end);
        out.join('.');
      }
  };
  for (const line of lines) {
    const kept = line.filter((c) => c.kind === 'other' || c.kind === 'row');
    for (const c of kept) {
      const row = c.kind === 'row' && named.includes(c.row!) ? c.row! : null;
      if (!row) {
        out.copy(text, c.start, c.end).join(' ');
        continue;
      }
      out
        .join(`Patient ${named.indexOf(row) + 1}, `)
        .copy(text, row.start, row.labelEnd)
        .join(': ');
      out.copy(text, row.body, row.end);
      if (!/[.!?]$/.test(text.slice(row.start, row.end))) out.join('.');
      given(row.key);
    }
    if (kept.length > 0) out.join('\n');
  }
  if (named.length === 0) {
    for (const [n, key] of keys.entries()) {
      out.join(`Patient ${n + 1}, ${key}:`);
      given(key);
      out.join('\n');
    }
  }
  return out;
}

function classify(text: string, cell: TextPart): Cell {
  const heading = HEADING.exec(text.slice(cell.start, cell.end));
  const c = heading ? { start: cell.start + heading[0].length, end: cell.end } : cell;
  if (c.start >= c.end) return { ...c, kind: 'drop' };
  const words = text.slice(c.start, c.end);
  if (RESUPPLY.test(words)) return { ...c, kind: 'drop' };
  const item = itemOf(text, c);
  if (item === 'none') return { ...c, kind: 'drop' };
  if (item) return { ...c, kind: 'item', item };
  const row = ROW.exec(words);
  if (!row) return { ...c, kind: 'other' };
  const labelWords = row[2].split(',')[0].trim().toLowerCase().split(/\s+/).filter(Boolean);
  return {
    ...c,
    kind: 'row',
    row: {
      key: row[1],
      start: c.start,
      labelEnd: c.start + row[1].length + row[2].length,
      body: c.start + row[0].length,
      end: c.end,
      labelWords,
    },
  };
}

/** The part without the spaces at its ends. */
function trimmed(text: string, p: TextPart): TextPart {
  const words = text.slice(p.start, p.end);
  const start = p.start + words.length - words.trimStart().length;
  return { start, end: Math.max(start, p.start + words.trimEnd().length) };
}

/** With no patient list, the names entries open with: a capitalized word that is no place ("Garza", not "Left"). */
function unlistedNames(heads: readonly string[]): string[] {
  const names = heads.filter((h) => /^[A-Z][a-z]+$/.test(h) && !isLocationWord(h.toLowerCase()) && h !== 'All');
  return [...new Set(names)];
}
