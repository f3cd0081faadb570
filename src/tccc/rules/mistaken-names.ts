/**
 * A medic who finds he called a casualty by the wrong name and says so ("this is Haddad... no, wait, Haddad's the
 * other one. This is Lindqvist", "That's not Bashir's. … Okay, this is Nowak", "This one's Reyes. So the arm guy is
 * Abebe, not Reyes, I had them flipped"): the words before the correction are read with the right names, and the
 * correction itself, which only moves names, is left out. What was said of the man stays his; only what he is called
 * changes.
 */
import { escapedForPattern } from '../text/regexp.js';
import { RewrittenText } from './rewritten-text.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { textSentencesOf, type TextSentence } from './sentence-ends.js';

const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?`;
/** Words that take back what was just said ("no, wait", "actually", "sorry"). */
const TAKEN_BACK = String.raw`\b(?:[Nn]o|[Ww]ait|[Hh]ang on|[Hh]old on|[Aa]ctually|[Ss]orry|[Ss]cratch that|[Cc]orrection)\b`;

/** A name that ends its clause: "that's not Bashir's." denies a name, "that's not Reyes's blood" says whose a thing is. */
const ALONE = String.raw`(?=\s*(?:[.,;!?]|$))`;
/** "Haddad's the other one", "that's not Bashir's", "he isn't Ruiz": the name `X` denied of the one being treated. */
const DENIALS: readonly RegExp[] = [
  new RegExp(
    String.raw`${TAKEN_BACK}[^.!?]{0,20}?\b(${NAME})(?:'s|’s| is) the other (?:one|guy|casualty|patient)\b`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:[Tt]hat's|[Tt]hat is|[Tt]his is|[Hh]e's|[Hh]e is|[Ii]t's|[Ii]t is)\s+not\s+(${NAME})(?:'s|’s)?${ALONE}`,
    'u',
  ),
  new RegExp(String.raw`\b(?:isn't|is not|ain't)\s+(${NAME})${ALONE}`, 'u'),
];
/** "this is Nowak", "this one's Lindqvist", "his name's Ortiz": who the one being treated is. */
const CLAIM = new RegExp(
  String.raw`\b(?:[Tt]his is|[Tt]his one's|[Tt]his one is|[Hh]is name's|[Hh]is name is|[Hh]er name's|[Hh]er name is|[Nn]ame's)\s+(${NAME}(?:\s+${NAME}){0,3})\b`,
  'gu',
);
/** "I had them flipped", "got them mixed up", "other way round": two names traded. */
const TRADED = /\b(?:flipped|mixed (?:them )?up|backwards|swapped|the wrong way round|other way round)\b/i;
/** "the arm guy is Abebe, not Reyes": the right name, then the wrong one. */
const NOT_BUT = new RegExp(String.raw`\b(${NAME}),?\s+not\s+(${NAME})\b`, 'u');
/** Words that say who someone is ("His tape says Reyes", "This one's Reyes", "tag reads Ito"). */
const IDENTIFIES = /\b(?:tape|tag|tags|name|says|reads|this is|this one's|that's|he's)\b/i;
/** A sentence of a word or two that only pauses ("Hang on.", "Wait."). */
const PAUSE = /^\W*(?:hang on|hold on|wait|okay|ok|right|hmm)\W*$/i;

/** Capitalized words before a name that are no first name ("Okay Haddad", "Moving to Haddad"). */
const OPENERS = new Set(['the', 'this', 'that', 'okay', 'ok', 'so', 'and', 'then', 'hey', 'now', 'doc', 'buddy']);

/** The name said as a word, in `text` from `start` to `end` (capitalized, as a name is written). */
const saidIn = (text: string, name: string, start: number, end: number): boolean =>
  new RegExp(String.raw`\b${escapedForPattern(name)}\b`, 'u').test(text.slice(start, end));

/** A name change: before `until`, `from` is `to` (and `to` is `from` where two were traded). */
interface Renaming {
  until: number;
  names: Map<string, string>;
  /** The sentences that only moved names: left out. */
  cut: TextSentence[];
}

/** The one name the medic took back for a new one, and where: "no, wait, Haddad's the other one. This is Lindqvist". */
function renamed(text: string, sentences: TextSentence[]): Renaming | null {
  for (const [n, s] of sentences.entries()) {
    const denied = DENIALS.map((d) => d.exec(s.words)).find((m) => m !== null);
    if (!denied || !saidIn(text, denied[1], 0, s.start + denied.index)) continue;
    const wrong = denied[1];
    // Who he really is, said in the denial or the few sentences after it, a name not said before.
    for (const later of sentences.slice(n, n + 6)) {
      // "This is Specialist Ortiz", "this is Staff Sergeant Imre Kovacs": the surname, the last word that is no rank.
      const claimed = [...later.words.matchAll(CLAIM)].map((m) =>
        m[1]
          .split(/\s+/)
          .filter((w) => !RANK_WORDS.has(w.toLowerCase()))
          .pop(),
      );
      const claim = claimed.find((w) => w !== undefined && w !== wrong && !saidIn(text, w, 0, s.start + denied.index));
      if (claim)
        return {
          until: s.start + denied.index,
          names: new Map([[wrong, claim]]),
          cut: [{ ...s, start: s.start + denied.index }],
        };
    }
  }
  return null;
}

/** Two names the medic says he had traded: "This one's Reyes. So the arm guy is Abebe, not Reyes, I had them flipped". */
function traded(text: string, sentences: TextSentence[]): Renaming | null {
  for (const [n, s] of sentences.entries()) {
    const pair = NOT_BUT.exec(s.words);
    if (!pair || !TRADED.test(s.words) || pair[1] === pair[2]) continue;
    // The short sentences just before that find the mistake ("Hang on. His tape says Reyes.") already say it right.
    let first = n;
    while (first > 0) {
      const before = sentences[first - 1].words;
      const short = before.trim().split(/\s+/).length <= 6;
      const says = IDENTIFIES.test(before) && [pair[1], pair[2]].some((w) => saidIn(before, w, 0, before.length));
      if (!short || !(PAUSE.test(before) || says)) break;
      first--;
    }
    const until = sentences[first].start;
    if (![pair[1], pair[2]].every((w) => saidIn(text, w, 0, until))) continue;
    return {
      until,
      names: new Map([
        [pair[1], pair[2]],
        [pair[2], pair[1]],
      ]),
      cut: [s],
    };
  }
  return null;
}

/** The narrative with a wrong name the medic corrected read right before the correction; null when he corrects none. */
export function readMistakenNames(text: string): RewrittenText | null {
  const sentences = textSentencesOf(text);
  const renaming = traded(text, sentences) ?? renamed(text, sentences);
  if (!renaming) return null;
  const names = [...renaming.names.keys()].map(escapedForPattern).join('|');
  // A first name before a wrong surname goes with it ("that's Bashir, Tariq Bashir" of Nowak).
  const mention = new RegExp(String.raw`(?:\b\p{Lu}\p{Ll}+\s+)?\b(${names})\b`, 'gu');
  const out = new RewrittenText();
  // The first names taken off with a wrong surname: still that man's, they go with his surname where it next opens
  // a sentence ("Bashir, stay put."), where his own words begin.
  const firstNames = new Map<string, string>();
  let at = 0;
  for (const m of text.slice(0, renaming.until).matchAll(mention)) {
    const before = m[0].slice(0, m[0].length - m[1].length).trim();
    // A first name stands after a pause, a rank or "is" ("that's Bashir, Tariq Bashir", "SGT Tariq Bashir", "he's
    // Imani Waweru"), never opening a sentence, where a capitalized word before a name is a verb as often ("Treated
    // Haddad first").
    const lead = text.slice(0, m.index).trimEnd();
    const named =
      /(?:,|\b(?:is|named|called)|['’]s)$/.test(lead) || RANK_WORDS.has(/\S+$/.exec(lead)?.[0].toLowerCase() ?? '');
    const whole = before !== '' && named && !RANK_WORDS.has(before.toLowerCase()) && !OPENERS.has(before.toLowerCase());
    if (whole && !firstNames.has(m[1])) firstNames.set(m[1], before);
    const start = whole ? m.index : m.index + m[0].length - m[1].length;
    out.copy(text, at, start).join(renaming.names.get(m[1]) ?? m[1]);
    at = m.index + m[0].length;
  }
  for (const cut of renaming.cut) {
    out.copy(text, at, cut.start);
    at = Math.max(at, cut.end);
  }
  for (const [surname, first] of firstNames) {
    const next = new RegExp(String.raw`(?<=(?:^|[.!?]\s+))${escapedForPattern(surname)}\b`, 'u').exec(text.slice(at));
    if (!next) continue;
    out.copy(text, at, at + next.index).join(`${first} `);
    at += next.index;
  }
  return out.copy(text, at, text.length);
}
