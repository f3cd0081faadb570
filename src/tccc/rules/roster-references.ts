/**
 * A casualty told by his battle roster number ("Oscar Lima one one five seven was closest to it.") and later called
 * by part of it: its letters alone ("Oscar Lima has a piece of frag in his right eye.") or its digits alone in a
 * list of names at the end ("Names: four five two one is Sergeant Brandon Keely, eight eight zero three is …"), or
 * by its place in the order they were given in ("First roster, sierra kilo … Back to the first roster.").
 */
import type { Token } from '../text/tokenize.js';
import { NATO_LETTERS } from './lexicon/identity.js';
import {
  PRIORITY_WORDS,
  opensSentenceOrHeading,
  rosterAt,
  rosterCode,
  rosterLabelAt,
  rosterLength,
  spelledRosterAt,
  spelledRosterCode,
} from './list-cues.js';
import { norm } from './switch-words.js';
import { ORDINALS } from './switch-phrases.js';

const codesOf = new WeakMap<Token[], string[]>();
/** The roster codes that head casualties' words in the narrative, in order (read once per narrative). */
function rosterCodes(tokens: Token[]): string[] {
  let codes = codesOf.get(tokens);
  if (!codes) {
    codes = [];
    for (let i = 0; i < tokens.length; i++) {
      const code = rosterLabelAt(tokens, i);
      if (code && !codes.includes(code)) codes.push(code);
    }
    codesOf.set(tokens, codes);
  }
  return codes;
}

/** The only code of `codes` that `part` picks out; undefined when none or several do. */
function onlyCode(codes: readonly string[], part: (code: string) => boolean): string | undefined {
  const found = codes.filter(part);
  return found.length === 1 ? found[0] : undefined;
}

/** Words after the digits alone that say who they stand for ("four five two one is Sergeant Brandon Keely"). */
const NAMING = new Set(['is', 'was', ':', '-', '=']);

/**
 * The code of a casualty's roster number called at token `i` by its letters alone, opening a sentence, or by its
 * digits alone, opening a sentence or a list's item and saying who they are; undefined otherwise. Only once two
 * codes or more head casualties' words, and only a part that picks out one of them.
 */
export function rosterReferenceAt(tokens: Token[], i: number): string | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const codes = rosterCodes(tokens);
  if (codes.length < 2) return undefined;
  const pair = Object.hasOwn(NATO_LETTERS, t.norm) && Object.hasOwn(NATO_LETTERS, norm(tokens, i + 1));
  if (pair && !spelledRosterAt(tokens, i) && opensSentenceOrHeading(tokens, i)) return rosterLettersCode(tokens, i);
  const item = opensSentenceOrHeading(tokens, i) || [':', ','].includes(norm(tokens, i - 1));
  if (t.kind === 'number' && t.digits?.length === 4 && item && NAMING.has(norm(tokens, i + 1)))
    return onlyCode(codes, (code) => code.endsWith(t.digits!) && !Object.hasOwn(NATO_LETTERS, norm(tokens, i - 1)));
  const cleft = cleftCode(tokens, i);
  if (cleft && codes.includes(cleft)) return cleft;
  // "First roster, sierra kilo … Back to the first roster.": the roster introduced with that ordinal, turned to or
  // heading a sentence; "he helped me drag the second roster" speaks of him, and the words after are not his.
  const the = norm(tokens, i - 1) === 'the' ? 1 : 0;
  const turnedTo = opensSentenceOrHeading(tokens, i - the) || norm(tokens, i - the - 1) === 'to';
  const counted = Object.hasOwn(ORDINALS, t.norm) && norm(tokens, i + 1) === 'roster' && turnedTo;
  return counted && !rosterLabelAt(tokens, i + 1) ? countedRosters(tokens).get(t.norm) : undefined;
}

/** The codes introduced with an ordinal ("First roster, sierra kilo three three zero one"), by the ordinal. */
function countedRosters(tokens: Token[]): ReadonlyMap<string, string> {
  const counted = new Map<string, string>();
  tokens.forEach((t, k) => {
    const code =
      Object.hasOwn(ORDINALS, t.norm) && norm(tokens, k + 1) === 'roster' ? rosterLabelAt(tokens, k + 1) : undefined;
    if (code && !counted.has(t.norm)) counted.set(t.norm, code);
  });
  return counted;
}

/**
 * The code of the one casualty's roster number whose letters alone are said at token `i`, wherever they stand ("the
 * splint is on Tango Whiskey"); undefined when they are no letters, begin a whole number, or pick out none or several.
 */
export function rosterLettersCode(tokens: Token[], i: number): string | undefined {
  const codes = rosterCodes(tokens);
  const [a, b] = [norm(tokens, i), norm(tokens, i + 1)];
  if (codes.length < 2 || !Object.hasOwn(NATO_LETTERS, a) || !Object.hasOwn(NATO_LETTERS, b)) return undefined;
  if (spelledRosterAt(tokens, i)) return undefined;
  const letters = `${NATO_LETTERS[a]}${NATO_LETTERS[b]}`;
  return onlyCode(codes, (code) => code.startsWith(letters) && /^\d/.test(code.slice(letters.length)));
}

/** Verbs after "it was <roster> that" that say he is the one given the care ("that got the TXA"). */
const GIVEN_VERBS = new Set(['got', 'gets', 'had', 'received', 'took']);

/**
 * "… no, it was kilo lima four four one two that got the ketamine": the code of a whole roster number said at token
 * `i` as the one who got what follows; undefined otherwise. What follows is his (a taken-back clause before it is no
 * one's: switch-corrections.ts).
 */
function cleftCode(tokens: Token[], i: number): string | undefined {
  const said = norm(tokens, i - 1) === "it's" || (norm(tokens, i - 2) === 'it' && norm(tokens, i - 1) === 'was');
  if (!said) return undefined;
  const spelled = spelledRosterAt(tokens, i);
  const length = spelled ? 3 : rosterLength(tokens, i);
  if (length === 0 || !['that', 'who'].includes(norm(tokens, i + length))) return undefined;
  if (!GIVEN_VERBS.has(norm(tokens, i + length + 1))) return undefined;
  if (spelled) return `${NATO_LETTERS[tokens[i].norm]}${NATO_LETTERS[tokens[i + 1].norm]}${tokens[i + 2].digits}`;
  return rosterAt(tokens, i) ? rosterCode(tokens, i) : undefined;
}

/** The roster numbers of a narrative, written or spelled, in the order it first says them. */
export function rosterOrder(tokens: Token[]): string[] {
  const codes = tokens.map((_, i) =>
    rosterAt(tokens, i) ? rosterCode(tokens, i) : spelledRosterAt(tokens, i) ? spelledRosterCode(tokens, i) : '',
  );
  return [...new Set(codes.filter((c) => c !== ''))];
}

/** Headings of the list of who goes out how soon ("Evac: DT0968 urgent, …"). */
const EVAC_HEADINGS = new Set(['evac', 'medevac', 'casevac', 'priorities', 'categories']);

/**
 * "KT2256 urgent, MR4410 routine.", "Evac: DT0968 urgent.": a roster number, written or spelled, right before a
 * triage category, after a comma or an evacuation list's heading.
 */
export function triagedRosterAt(tokens: Token[], i: number): boolean {
  const prev = norm(tokens, i - 1);
  if (prev !== ',' && !(prev === ':' && EVAC_HEADINGS.has(norm(tokens, i - 2)))) return false;
  const length = rosterAt(tokens, i) ? rosterLength(tokens, i) : 3;
  return rosterLabelAt(tokens, i) !== undefined && PRIORITY_WORDS.has(norm(tokens, i + length));
}
