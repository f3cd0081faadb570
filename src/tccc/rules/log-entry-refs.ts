/**
 * A CCP log whose entries are numbered and refer back to a casualty by the number of the entry that brought him in
 * ("3. 1925 Cas 2 walking: SGT Lupe Tuilagi. … 7. 1930 re 3: pressure dressing L calf", "07 1412 re 04: soaking
 * through", "#3 0818 #1 freed", "correction to #6: …", "9-line sent: 2 and 5 URGENT, 3 PRIORITY"): each reference is
 * read as the label or surname that entry gave him ("Cas 2: pressure dressing …"), through any entry that itself
 * referred back, and the entry numbers go, so the log reads as a medic's labelled notes. Nothing is read this way
 * unless the entries run 1, 2, 3 … and two of them refer back.
 */
import { PRIORITY_WORDS } from './list-cues.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { RewrittenText } from './rewritten-text.js';

/** An entry's number opening its line: "4. ", "07 ", "#3 ". */
const ENTRY = /^[ \t]*#?(\d{1,2})[.)]?[ \t]+/gm;
/**
 * A reference back to an entry: "re 2", "re: 04", "re line 6", "re #5", and "#1" where the entry's words start (after
 * its time) or after "to" or "see"; never a bag's or a device's number ("LTOWB #1 hung").
 */
const REFERENCE =
  /\bre:?[ \t]+(?:(?:line|entry)[ \t]+)?#?(\d{1,2})\b|(?<=^(?:\d{3,4}[ \t]+)?|\b(?:to|see)[ \t]+)#(\d{1,2})\b/gi;
/** A casualty's label opening the entry after its time: "Cas 1", "Pt A", "Patient 3", "Casualty #2". */
const LABEL = /^(?:\d{3,4}[ \t]+)?((?:cas(?:ualty)?|pt|patient)[ \t]*#?[ \t]*(?:\d{1,2}|[A-Z])\b)/i;
/** A surname heading the entry after its time: "0823 Grant: …". */
const HEAD = /^(?:\d{3,4}[ \t]+)?(\p{Lu}[\p{L}'’-]+):/u;
/** Bare entry numbers triaged together: "2 and 5 URGENT, 3 PRIORITY"; not a label's own number ("Pt 1 urgent"). */
const TRIAGED = new RegExp(
  String.raw`(?<![\w#./-]|(?:cas|casualty|pt|patient|line|entry)[ \t]*)(\d{1,2})` +
    String.raw`(?=(?:[ \t]*(?:,|and|&)[ \t]*\d{1,2})*[ \t]+(?:${[...PRIORITY_WORDS].join('|')})\b)`,
  'gi',
);

interface Entry {
  n: number;
  /** Where the number starts and where the entry's words start. */
  at: number;
  body: number;
  end: number;
}

/** The log's numbered entries, when they run 1, 2, 3 … from the first; else none. */
function entriesOf(text: string): Entry[] {
  const starts = [...text.matchAll(ENTRY)].map((m) => ({ n: Number(m[1]), at: m.index, body: m.index + m[0].length }));
  if (starts.length < 3 || !starts.every((e, i) => e.n === i + 1)) return [];
  return starts.map((e, i) => ({ ...e, end: starts[i + 1]?.at ?? text.length }));
}

/** "SGT Priya Venkat", "SPC Hollis Grant,": the surname after the first rank in `words`. */
function rankedSurname(words: string): string | undefined {
  for (const m of words.matchAll(/(?<=^|[\s(])([A-Za-z0-9]+)\.?(?=[ \t]+\p{Lu})/gu)) {
    if (!RANK_WORDS.has(m[1].toLowerCase())) continue;
    const name = /^(?:[ \t]+\p{Lu}[\p{L}'’-]+){1,3}/u.exec(words.slice(m.index + m[0].length))?.[0];
    if (name)
      return name
        .trim()
        .split(/[ \t]+/)
        .pop();
  }
  return undefined;
}

/** The narrative with a numbered log's references back read as the casualties they name; null when it has none. */
export function readLogEntryRefs(text: string): RewrittenText | null {
  const entries = entriesOf(text);
  if (entries.length === 0) return null;
  const refs = entries.map((e) =>
    [...text.slice(e.body, e.end).matchAll(REFERENCE)]
      .map((m) => ({ start: e.body + m.index, end: e.body + m.index + m[0].length, to: Number(m[1] ?? m[2]) }))
      .filter((r) => r.to >= 1 && r.to < e.n),
  );
  if (refs.filter((r) => r.length > 0).length < 2) return null;
  // Whom an entry is about: the one its first reference names, or the one it brings in by label or rank and name.
  const whom = (n: number): string | undefined => {
    const e = entries[n - 1];
    if (refs[n - 1].length > 0) return whom(refs[n - 1][0].to);
    const words = text.slice(e.body, e.end);
    return LABEL.exec(words)?.[1] ?? rankedSurname(words) ?? opener(words);
  };
  // "0823 Grant: 18g IV L AC.": an entry headed by the surname an earlier entry brought in.
  const brought = new Set(entries.flatMap((e) => rankedSurname(text.slice(e.body, e.end)) ?? []));
  const opener = (words: string): string | undefined => {
    const head = HEAD.exec(words)?.[1];
    return head && brought.has(head) ? head : undefined;
  };
  const edits = entries.flatMap((e, i) => {
    const out = [{ start: e.at, end: e.body, words: '' }];
    for (const r of refs[i]) {
      const name = whom(r.to);
      if (name) out.push({ start: r.start, end: r.end, words: name });
    }
    if (refs[i].length > 0) return out;
    // A 9-line's line 3 counts patients by category ("line 3: 2 urgent, 1 priority"): no entries named after it.
    const words = text.slice(e.body, e.end);
    const countFrom = words.search(/\bline[ \t]+\d[ \t]*:/i);
    const triaged = [...words.matchAll(TRIAGED)].filter((m) => countFrom < 0 || m.index < countFrom);
    for (const m of triaged) {
      const name = Number(m[1]) < e.n ? whom(Number(m[1])) : undefined;
      if (name) out.push({ start: e.body + m.index, end: e.body + m.index + m[0].length, words: name });
    }
    return out;
  });
  const out = new RewrittenText();
  let at = 0;
  for (const edit of edits) {
    out.copy(text, at, edit.start).join(edit.words);
    at = edit.end;
  }
  return out.copy(text, at, text.length);
}
