/**
 * Care reported by treatment rather than by casualty: each line a heading of what was done, then the casualties it
 * was done to, each by name ("Tourniquets: Herrera R thigh 1538; Whitehorse L thigh 1540.", "TXA: Dubois 2 g IV
 * 0625. Wisniewski 2 g IV 0628.", "Vitals (1600): Herrera HR 112, … Volkov HR 88, …"). The heading belongs to every
 * entry under it, so each entry is read as its casualty's own words with the heading put before it ("Tourniquets: R
 * thigh 1538."): after his row of the roll when the report lists him there, else in a block of his own where the
 * first heading stood. "Others" means those the line has not named; "for all" every casualty.
 */
import type { TextPart } from './shared-phrases.js';
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';
import { splitList } from './tally-entries.js';
import { isHeadingWord } from './list-cues.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { CREW_ROLES } from './lexicon/people.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import { readTokens } from '../text/normalize.js';

/**
 * A line opening with a heading of a word or three, a time (perhaps after "@" or "at") or a bracket after it, then a
 * colon or a spaced dash ("Vitals (1600):", "VITALS @ 2000:", "ACCESS/MEDS - Kowal: …"). A dash joined to a word
 * ("Tib-fib") sets nothing off.
 */
const SECTION =
  /^[ \t]*([A-Za-z][A-Za-z/&]*(?: [A-Za-z][A-Za-z/&]*){0,2}(?: (?:@ ?|at )?\d{4}| \([^)\n]{1,20}\))?)(?:[ \t]*:|[ \t]+[-–—](?=[ \t]))[ \t]*/;
/**
 * A heading said as a sentence of its own: a word or three in lower case, or "TXA", a time perhaps said after "at",
 * between sentence ends ("… twenty three ten. tourniquets. Diallo …"). Group 1 is the heading's words.
 */
const SAID_HEADING = /(?<=^|[.!?]\s+)([a-z]+(?: [a-z]+){0,2}|[A-Z]{2,4}|[A-Za-z]+ at [a-z -]{3,40})\.\s+/gm;
/** Where an entry may end: a semicolon, a comma, or a full stop before a space. */
const BREAK = /[;,]|\.(?=\s)/g;
/** Words opening an entry that give it to the casualties the line has not named. */
const OTHERS = /^(?:others|the others|rest|the rest|everyone else)\b/i;
/** Words in an entry that give it to every casualty ("Grid … for all", "all three"). */
const ALL = /\b(?:for all|all (?:of them|three|four|five|\d))\b/i;
/** Words that head an entry but name no one. */
const NO_NAMES = new Set(['all', 'both', 'none', 'nobody', 'others', 'rest', 'everyone', 'grid', 'pz', 'lz']);
/** Fewest headings whose entries name several casualties, and fewest casualties, that make a report by treatment. */
const MIN_SECTIONS = 3;
const MIN_KEYS = 2;

interface Entry {
  /** The casualties it is said of, by the name it opens with. */
  keys: string[];
  /** Its words after the names. */
  words: TextPart;
}

interface Section {
  /** All its words, heading and body. */
  span: TextPart;
  /** The heading through its colon ("Vitals (1600):"), or its words said alone ("tourniquets"). */
  heading: TextPart;
  body: TextPart;
  /** Set off by a spaced dash, not a colon ("FRACTURES - Kowal: …"), as a title is too ("OP LANCE - care summary"). */
  dashed?: true;
}

/** The report read as each casualty's own words, or null when it is not laid out by treatment. */
export function readCareSections(text: string): RewrittenText | null {
  return readSections(text, writtenSections(text)) ?? readSections(text, saidSections(text));
}

/** Lines opening with a heading and a colon ("Tourniquets: Herrera R thigh 1538; …"). */
function writtenSections(text: string): Section[] {
  return linesOf(text).flatMap((line): Section[] => {
    const m = SECTION.exec(text.slice(line.start, line.end));
    if (!m || line.start + m[0].length >= line.end) return [];
    const heading = { start: line.start + m.index, end: line.start + m[0].trimEnd().length };
    const body = { start: line.start + m[0].length, end: line.end };
    return [{ span: line, heading, body, ...(m[0].trimEnd().endsWith(':') ? {} : { dashed: true as const }) }];
  });
}

/**
 * Headings said as sentences of their own ("tourniquets. Diallo left thigh at …, Chen right arm …. lines. Diallo IV
 * left AC …", "vitals at twenty three thirty five. …"): each one's words run to the next heading or the line's end.
 */
function saidSections(text: string): Section[] {
  const headings = [...text.matchAll(SAID_HEADING)].map((m) => ({
    start: m.index,
    end: m.index + m[1].length,
    next: m.index + m[0].length,
  }));
  return headings.flatMap((h, n): Section[] => {
    const lineEnd = text.indexOf('\n', h.next);
    const end = Math.min(headings[n + 1]?.start ?? text.length, lineEnd < 0 ? text.length : lineEnd);
    if (end <= h.next) return [];
    return [{ span: { start: h.start, end }, heading: { start: h.start, end: h.end }, body: { start: h.next, end } }];
  });
}

function readSections(text: string, found: readonly Section[]): RewrittenText | null {
  // A transcript's speakers head their turns again and again ("Doc: … Medic: … Doc: …"); a treatment is headed once.
  const headings = found.map((s) => text.slice(s.heading.start, s.heading.end).toLowerCase());
  if (new Set(headings).size < headings.length) return null;
  // A dash sets off a heading only before an entry opening with a casualty's name: a title's dash sets off its words.
  const named = namesHeading(text, found);
  const sections = found.filter((s) => !s.dashed || namesAt(text, s.body.start, s.body.end, named).keys.length > 0);
  const keys = namesHeading(text, sections);
  if (keys.length < MIN_KEYS) return null;
  const entries = sections.map((s) => entriesOf(text, s.body, keys));
  const listsSeveral = entries.filter((e) => new Set(e.flatMap((entry) => entry.keys)).size >= MIN_KEYS);
  if (listsSeveral.length < MIN_SECTIONS) return null;
  const outside = outsideSections(text, sections);
  // His row of the roll: the one line outside the headings that names him alone.
  const rows = keys.map((key) =>
    outside.find(
      (l) => wordsOf(text, l).includes(key) && keys.filter((k) => wordsOf(text, l).includes(k)).length === 1,
    ),
  );
  const out = new RewrittenText();
  const given = (key: string): void => {
    sections.forEach((s, n) => {
      for (const e of entries[n].filter((entry) => entry.keys.includes(key))) {
        out.join(' ').copy(text, s.heading.start, s.heading.end).join(' ').copy(text, e.words.start, e.words.end);
        if (!/[.!?]$/.test(text.slice(e.words.start, e.words.end))) out.join('.');
      }
    });
  };
  const blocksAt = sections[0].span.start;
  for (const part of [...outside, { start: blocksAt, end: blocksAt }].sort((a, b) => a.start - b.start)) {
    if (part.start === blocksAt && part.end === blocksAt) {
      keys.forEach((key, n) => {
        if (rows[n]) return;
        out.join(`\nPatient ${n + 1}, `);
        const listed = listedAs(text, outside, key, keys);
        if (listed) out.copy(text, listed.start, listed.end);
        else out.join(key);
        out.join(':');
        given(key);
      });
      out.join('\n');
      continue;
    }
    out.copy(text, part.start, part.end);
    keys.forEach((key, n) => {
      if (rows[n] !== part) return;
      if (!/[.!?]\s*$/.test(text.slice(part.start, part.end))) out.join('.');
      given(key);
    });
    out.join('\n');
  }
  return out;
}

/** Most words a casualty's item of a roll said in one sentence may have ("Private Marisol Ortega, female"). */
const MAX_LISTED_WORDS = 5;

/**
 * How a roll said in one line lists him ("roll is Sergeant Ibrahim Diallo, Specialist Chen Wei, Private Marisol
 * Ortega, female, and …"): the item naming him, from its first capital, with his sex when the next item says only that.
 */
function listedAs(
  text: string,
  outside: readonly TextPart[],
  key: string,
  keys: readonly string[],
): TextPart | undefined {
  const part = outside.find((p) => wordsOf(text, p).includes(key));
  if (!part) return undefined;
  const items = splitList(text, part);
  const n = items.findIndex((item) => wordsOf(text, item).includes(key));
  // "two on it, Kowal and Dunne, both fell": an item naming another casualty too is no one's own.
  if (n < 0 || keys.some((k) => k !== key && wordsOf(text, items[n]).includes(k))) return undefined;
  const start = items[n].start + text.slice(items[n].start, items[n].end).search(/[A-Z]/);
  const sex = items[n + 1] && /^(?:male|female)(?=[.!?]?$)/i.exec(text.slice(items[n + 1].start, items[n + 1].end));
  const end = sex ? items[n + 1].start + sex[0].length : items[n].end;
  return text.slice(start, end).split(/\s+/).length <= MAX_LISTED_WORDS ? { start, end } : undefined;
}

/** The words outside every section, a part for each line. */
function outsideSections(text: string, sections: readonly Section[]): TextPart[] {
  const out: TextPart[] = [];
  for (const line of linesOf(text)) {
    let at = line.start;
    for (const s of sections.filter((sec) => sec.span.start < line.end && sec.span.end > line.start)) {
      if (s.span.start > at) out.push({ start: at, end: s.span.start });
      at = Math.max(at, s.span.end);
    }
    if (line.end > at) out.push({ start: at, end: line.end });
  }
  return out.filter((p) => text.slice(p.start, p.end).trim() !== '');
}

/** The words of a part, as written. */
const wordsOf = (text: string, part: TextPart): string[] => text.slice(part.start, part.end).split(/[^A-Za-z'-]+/);

/** The capitalized words heading entries under two headings or more, no word the lexicon reads: the casualties' names. */
function namesHeading(text: string, sections: readonly Section[]): string[] {
  const seen = new Map<string, Set<number>>();
  sections.forEach((s, n) => {
    for (const head of entryHeads(text, s.body)) {
      const word = /^[A-Z][a-z'-]{2,}/.exec(text.slice(head, s.body.end))?.[0];
      if (!word || !isName(text, word)) continue;
      seen.set(word, (seen.get(word) ?? new Set()).add(n));
    }
  });
  // Or under one, when the roll outside the headings names him too ("- SPC Ngozi Achebe - lac R hand").
  const outside = (word: string): boolean =>
    outsideSections(text, sections).some((p) => wordsOf(text, p).includes(word));
  return [...seen].filter(([word, under]) => under.size >= 2 || outside(word)).map(([word]) => word);
}

/** True when a capitalized word can be a name: no heading, rank, role or word the lexicon reads, never written lower-case. */
function isName(text: string, word: string): boolean {
  const w = word.toLowerCase();
  if (NO_NAMES.has(w) || isHeadingWord(w) || RANK_WORDS.has(w) || CREW_ROLES.has(w)) return false;
  if (new RegExp(`\\b${w}\\b`).test(text)) return false;
  return MATCHER.match(readTokens(word, NORMALIZE_OPTIONS)).length === 0;
}

/** Where each piece of a body may open: its start and after each break outside brackets, spaces skipped. */
function entryHeads(text: string, body: TextPart): number[] {
  const heads = [body.start];
  const words = text.slice(body.start, body.end);
  let depth = 0;
  for (let i = 0; i < words.length; i++) {
    if (words[i] === '(') depth++;
    else if (words[i] === ')') depth = Math.max(0, depth - 1);
    BREAK.lastIndex = i;
    const m = depth === 0 ? BREAK.exec(words) : null;
    if (m?.index !== i) continue;
    let at = i + 1;
    while (at < words.length && /\s/.test(words[at])) at++;
    if (at < words.length) heads.push(body.start + at);
  }
  return heads;
}

/** The names an entry opens with ("Kaur and Dubois", "Herrera, Volkov") and where its words start after them. */
function namesAt(text: string, at: number, end: number, keys: readonly string[]): { keys: string[]; from: number } {
  const named: string[] = [];
  let from = at;
  for (;;) {
    // "Cpl Ndiaye, female - scalp lac": a rank before the name is his too.
    const rank = /^([A-Za-z]{2,5})\.?\s+/.exec(text.slice(from, end));
    const after = rank && RANK_WORDS.has(rank[1].toLowerCase()) ? from + rank[0].length : from;
    const key = keys.find((k) => new RegExp(`^${k}\\b`).test(text.slice(after, end)));
    if (!key) break;
    from = after;
    named.push(key);
    // "Kowal's scalp wound packed": the possessive is no word of the entry.
    from += key.length + (text.startsWith("'s ", from + key.length) ? 2 : 0);
    const join = /^\s*(?:,|and|&)\s*/.exec(text.slice(from, end));
    if (!join || !keys.some((k) => text.startsWith(k, from + join[0].length))) break;
    from += join[0].length;
  }
  const dash = /^\s*[-–:,]?\s*/.exec(text.slice(from, end));
  return { keys: named, from: from + (dash?.[0].length ?? 0) };
}

/** The entries of a heading's body, each given to the casualties it opens with; words before any name give none. */
function entriesOf(text: string, body: TextPart, keys: readonly string[]): Entry[] {
  const out: Entry[] = [];
  const named = new Set<string>();
  // "Evac: Kato, Lind and Roux urgent": the heads after the first name are names of the same entry.
  let taken = body.start;
  for (const head of entryHeads(text, body)) {
    if (head < taken) continue;
    const opened = namesAt(text, head, body.end, keys);
    const others = OTHERS.exec(text.slice(head, body.end));
    if (opened.keys.length === 0 && !others) {
      // Said of the one before, up to the next entry; or, said of all ("Grid … for all"), an entry of everyone.
      const last = out.at(-1);
      const ofAll = ALL.test(text.slice(head, nextHead(text, body, head, keys)));
      if (ofAll) out.push({ keys: [...keys], words: { start: head, end: nextHead(text, body, head, keys) } });
      else if (last) last.words = { start: last.words.start, end: nextHead(text, body, head, keys) };
      continue;
    }
    const ofWhom = others ? keys.filter((k) => !named.has(k)) : opened.keys;
    const from = others ? head + others[0].length : opened.from;
    for (const k of ofWhom) named.add(k);
    taken = from;
    out.push({ keys: ofWhom, words: { start: from, end: nextHead(text, body, from - 1, keys) } });
  }
  return out.map((e) => ({ ...e, words: trimmed(text, e.words) }));
}

/** Where the next entry opening with a name (or "others") starts after `head`, else the body's end; its break left out. */
function nextHead(text: string, body: TextPart, head: number, keys: readonly string[]): number {
  for (const at of entryHeads(text, body).filter((h) => h > head)) {
    const opens = namesAt(text, at, body.end, keys).keys.length > 0 || OTHERS.test(text.slice(at, body.end));
    const ofAll = ALL.test(text.slice(at, body.end).split(BREAK)[0] ?? '');
    if (opens || ofAll) return at;
  }
  return body.end;
}

/** The part without its spaces and a trailing break (";", ","). */
function trimmed(text: string, p: TextPart): TextPart {
  const words = text.slice(p.start, p.end);
  const start = p.start + words.length - words.trimStart().length;
  const end = p.start + words.replace(/[\s;,]+$/, '').length;
  return { start, end: Math.max(start, end) };
}
