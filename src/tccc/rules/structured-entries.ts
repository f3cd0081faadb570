/**
 * The entries of a card exported as data (structured-exports.ts): each key's path and where its value stands, read
 * from YAML's indented keys and dashed list items or from dotted keys with an index ("vs.0.hr=104"), so that a list
 * item's entries can be told apart from the next item's. A free-text note's lines are kept as lines.
 */
import type { TextPart } from './shared-phrases.js';
import { linesOf } from './text-cells.js';

export interface Entry {
  /** The keys down to this entry ("vitals", "hr"; "vs", "0", "hr"). */
  path: string[];
  /** Where the last key stands that says what the value is, not "value" ("spo2" over "value: 95"); null for none. */
  key: TextPart | null;
  value: TextPart | null;
  /** The list item the entry is of ("vitals#2", "vs.0"), or null for a field of its own. */
  item: string | null;
  /** The key of the list the item is in ("vitals", "vs"). */
  section: string | null;
  /** A line of free text (a note) read as written. */
  lineOnly: boolean;
}

/** "  - type: GSW", "hr: 128", "notes: |": indent, list dash, key, value. */
const YAML_LINE = /^(\s*)(-\s+)?([A-Za-z_][\w .-]{0,30}?)\s*:(?:\s+(.*?))?\s*$/;
/** "  - GSW": a list item that is a value alone. */
const YAML_ITEM = /^(\s*)-\s+(.+?)\s*$/;
/** "vs.0.hr=104": dotted keys, a value after "=". */
const DOTTED_LINE = /^\s*([A-Za-z_]\w*(?:\.\w+)*)\s*=\s*(.*?)\s*$/;
/** Keys of free text. */
const NOTE_KEY = /^(?:notes?|remarks?|comments?|narrative)$/i;
/** Keys that only hold a value and say nothing of what it is. */
const VALUE_KEY = /^(?:value|val|reading)$/i;
/** Share of the lines from the first entry on that must be entries. */
const MIN_SHARE = 0.8;

/** "  - type: GSW": a list item opening with a key; its next key stands under this one, "    site: R thigh". */
const KEYED_ITEM = /^(\s*-\s+)[A-Za-z_][\w ]{0,30}:(?:\s|$)/;
/** "vs.0.hr=104", "tx.1=…": a dotted key with an index. */
const INDEXED_KEY = /^\s*[A-Za-z_]\w*(?:\.\w+)*\.\d+(?:\.\w+)*\s*=/;
/** Fewest list items a card's data must have to be read as data, not as a card typed with labels ("MOI: GSW"). */
const MIN_ITEMS = 2;

/**
 * The export's entries in order, or null when it is no export: a card typed line by line under labels ("Name: …",
 * "MOI: GSW") is read as it stands; only list items written as data (dashed keys, indexed dotted keys) say an app
 * wrote it, and most of its lines from the first entry on must be entries.
 */
export function readEntries(text: string): Entry[] | null {
  const lines = linesOf(text).filter((l) => text.slice(l.start, l.end).trim());
  const said = (k: number) => text.slice(lines[k].start, lines[k].end);
  const dotted = lines.filter((_, k) => INDEXED_KEY.test(said(k))).length >= MIN_ITEMS;
  if (!dotted && lines.filter((_, k) => itemOfKeys(said(k), lines[k + 1] && said(k + 1))).length < MIN_ITEMS)
    return null;
  const entries = dotted ? dottedEntries(text, lines) : yamlEntries(text, lines);
  const entry = dotted ? DOTTED_LINE : YAML_LINE;
  const first = lines.findIndex((l) => entry.test(text.slice(l.start, l.end)));
  return entries.length >= (lines.length - first) * MIN_SHARE ? entries : null;
}

/**
 * True when a dashed item holds keys one under another ("- type: GSW" over "  site: R thigh"), as data does; a
 * handover's bullet with a label ("- Mech: VBIED" over "- Injuries") is a list, not data.
 */
function itemOfKeys(line: string, next: string | undefined): boolean {
  const m = KEYED_ITEM.exec(line);
  if (!m || next === undefined) return false;
  const under = YAML_LINE.exec(next);
  return Boolean(under && !under[2] && under[1].length === m[1].length);
}

const part = (line: TextPart, text: string, words: string | undefined, from = 0): TextPart | null => {
  if (!words) return null;
  const start = line.start + text.slice(line.start, line.end).indexOf(words, from);
  return { start, end: start + words.length };
};

function dottedEntries(text: string, lines: TextPart[]): Entry[] {
  const entries: Entry[] = [];
  for (const line of lines) {
    const m = DOTTED_LINE.exec(text.slice(line.start, line.end));
    if (!m) continue;
    const path = m[1].split('.');
    const value = m[2] ? part(line, text, m[2], m[0].indexOf('=') + 1) : null;
    const index = path.findLastIndex((k) => /^\d+$/.test(k));
    const keyWord = path.findLast((k) => !/^\d+$/.test(k) && !VALUE_KEY.test(k));
    const key = keyWord ? part(line, text, keyWord) : null;
    const lineOnly = NOTE_KEY.test(path.at(-1) ?? '') && value !== null && index < 0;
    entries.push({
      path,
      key,
      value,
      item: index > 0 ? path.slice(0, index + 1).join('.') : null,
      section: index > 0 ? path[index - 1] : null,
      lineOnly,
    });
  }
  return entries;
}

interface Open {
  indent: number;
  key: string;
  keyPart: TextPart;
}

function yamlEntries(text: string, lines: TextPart[]): Entry[] {
  const entries: Entry[] = [];
  const stack: Open[] = [];
  let item: { id: string; indent: number; section: string } | null = null;
  let items = 0;
  let note = -1;
  for (const line of lines) {
    const words = text.slice(line.start, line.end);
    const indent = words.length - words.trimStart().length;
    if (note >= 0 && indent > note) {
      entries.push({
        path: [],
        key: null,
        value: part(line, text, words.trim()),
        item: null,
        section: null,
        lineOnly: true,
      });
      continue;
    }
    note = -1;
    const m = YAML_LINE.exec(words);
    const lone = m ? null : YAML_ITEM.exec(words);
    if (!m && !lone) continue;
    const dash = m ? Boolean(m[2]) : true;
    const keyIndent = m ? indent + (m[2]?.length ?? 0) : indent;
    while (stack.length > 0 && stack.at(-1)!.indent >= (dash ? indent : keyIndent)) stack.pop();
    if (item && !dash && keyIndent < item.indent) item = null;
    if (dash) {
      const section = stack.at(-1)?.key ?? '';
      item = { id: `${stack.map((s) => s.key).join('.')}#${items++}`, indent: keyIndent, section };
    }
    if (lone) {
      const value = part(line, text, lone[2]);
      entries.push({
        path: stack.map((s) => s.key),
        key: null,
        value,
        item: item!.id,
        section: item!.section,
        lineOnly: false,
      });
      continue;
    }
    const key = m![3];
    const keyPart = part(line, text, key, indent)!;
    const valueWords = m![4];
    if (valueWords === '|' || valueWords === '>' || valueWords === '|-' || valueWords === '>-') {
      note = indent;
      continue;
    }
    const path = [...stack.map((s) => s.key), key];
    const value = valueWords ? part(line, text, valueWords, keyPart.end - line.start) : null;
    const named = VALUE_KEY.test(key) ? [...stack].reverse().find((s) => !VALUE_KEY.test(s.key))?.keyPart : keyPart;
    const lineOnly = NOTE_KEY.test(key) && value !== null && !item;
    entries.push({ path, key: named ?? null, value, item: item?.id ?? null, section: item?.section ?? null, lineOnly });
    if (!value) stack.push({ indent: keyIndent, key, keyPart });
  }
  return entries;
}
