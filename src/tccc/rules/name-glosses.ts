/**
 * Two ways a medic gives a name beyond a rank and the name: a rank of another army glossed before the name
 * ("Patient is Obergefreiter, this is like a lance corporal, Weber, Jonas."), and the surname said again with the
 * first name after a comma, as a card lists it ("Cas is SSG Reyes... Reyes, Tomas."), or said again whole ("Harper. Grace
 * Harper.").
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { NATO_LETTERS, RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { isNameWord } from './name-words.js';
import { isCutFrom } from './nicknames.js';
import { calledAfterSurname } from './name-shape.js';

/** Words that gloss a foreign word as what it means ("this is like", "it means", "that is"). */
const GLOSS_LEADS: ReadonlyArray<readonly string[]> = [
  ['this', 'is'],
  ['that', 'is'],
  ["that's"],
  ['it', 'means'],
  ['it', 'is'],
  ['means'],
];
/** Words between a gloss lead and the rank it says ("like a", "an"). */
const GLOSS_FILLERS = new Set(['like', 'a', 'an', 'the', 'our']);

/**
 * The token after a rank's gloss that follows the word at `i` ("Obergefreiter, this is like a lance corporal, …",
 * "kapral, it means corporal, …"): the gloss says a rank and ends on a comma; else -1.
 */
export function afterRankGloss(doc: Doc, i: number): number {
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  if (doc.tokens[i]?.kind !== 'word' || norm(i + 1) !== ',') return -1;
  const lead = GLOSS_LEADS.find((words) => words.every((w, n) => norm(i + 2 + n) === w));
  if (!lead) return -1;
  let k = i + 2 + lead.length;
  while (GLOSS_FILLERS.has(norm(k))) k++;
  const from = k;
  while (k < from + 3 && (RANK_WORDS.has(norm(k)) || RANK_CONTINUATIONS.has(norm(k)) || norm(k) === 'lance')) k++;
  return k > from && RANK_WORDS.has(norm(k - 1)) && norm(k) === ',' ? k + 1 : -1;
}

/**
 * The casualty's surname `found` said again elsewhere as "Surname, First." or "Surname, First, female": the first
 * name then the surname; `found` itself when it is not, or when the narrative gives that surname two first names.
 */
export function withGivenName(doc: Doc, found: Found<string>): Found<string> {
  const surname = found.value;
  if (/\s/.test(surname)) return found;
  const said = doc.tokens.flatMap((t, k) => {
    const g = k + 2;
    const after = doc.tokens[g + 1];
    const closes = !after || after.kind === 'punct';
    // Never in a list of names ("Then Ames, Cole, Diaz.").
    const listed =
      (after?.norm === ',' && isNameWord(doc, g + 2, true)) ||
      (['and', ','].includes(doc.tokens[k - 1]?.norm ?? '') && isNameWord(doc, k - 2, true));
    // A first name is said with the surname only: one said elsewhere too is someone else's surname ("Cole, Dunn.").
    const once = doc.tokens.filter((u) => u.raw === doc.tokens[g]?.raw).length === 1;
    // A word of one capital and lower-case letters ("Tomas"), never a sex letter ("Reyes, M, …").
    // Nor a nickname cut from the surname ("Rodriguez, Rod,").
    const raw = doc.tokens[g]?.raw ?? '';
    const first = /^\p{Lu}\p{Ll}+$/u.test(raw) && isNameWord(doc, g, true) && !isCutFrom(raw, surname);
    return t.raw === surname && doc.tokens[k + 1]?.norm === ',' && first && closes && !listed && once
      ? [{ given: doc.tokens[g].raw, span: spanOf(doc, k, g + 1) }]
      : [];
  });
  // "Casualty is specialist. Harper. Grace Harper.", "PFC Dawson, Tyler Dawson.": the name said again whole, set off.
  for (let k = 1; k < doc.tokens.length; k++) {
    const g = doc.tokens[k - 1];
    const setOff = ['.', ',', ':'].includes(doc.tokens[k - 2]?.norm ?? '') && doc.tokens[k + 1]?.kind !== 'word';
    const once = doc.tokens.filter((u) => u.raw === g.raw).length === 1;
    if (
      doc.tokens[k].raw === surname &&
      setOff &&
      once &&
      /^\p{Lu}\p{Ll}+$/u.test(g.raw) &&
      isNameWord(doc, k - 1, true)
    )
      said.push({ given: g.raw, span: spanOf(doc, k - 1, k + 1) });
  }
  said.push(...givenAlone(doc, surname));
  if (said.length === 0 || said.some((s) => s.given !== said[0].given)) return found;
  return { value: `${said[0].given} ${surname}`, span: said[0].span };
}

/** Marks between "first name" and the name said for it ("First name? — 'Luis.'", "First name: Tyler"). */
const ANSWER_MARKS = new Set([
  '?',
  ':',
  ',',
  '-',
  '\u2014',
  '\u2013',
  "'",
  '"',
  '\u2018',
  '\u201c',
  'is',
  "it's",
  'was',
]);

/**
 * The first name said on its own: after "first name" ("First name Tyler.", "First name? — 'Luis.'"), or as a sentence of
 * one word right after the surname closes one ("Sergeant Okafor. Chidi. Open your eyes"), said nowhere else (else it may
 * be another's surname).
 */
function givenAlone(doc: Doc, surname: string): { given: string; span: Found<string>['span'] }[] {
  const { tokens } = doc;
  const out: { given: string; span: Found<string>['span'] }[] = [];
  const once = (k: number): boolean => tokens.filter((u) => u.raw === tokens[k].raw).length === 1;
  // Never a word of the radio alphabet ("Private Okafor. Mike, RPG …": the M of a MIST report).
  const name = (k: number): boolean =>
    !Object.hasOwn(NATO_LETTERS, tokens[k]?.norm ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(tokens[k]?.raw ?? '') &&
    isNameWord(doc, k, true) &&
    !isCutFrom(tokens[k].raw, surname);
  for (let k = 0; k + 1 < tokens.length; k++) {
    if (tokens[k].norm === 'first' && tokens[k + 1].norm === 'name') {
      let g = k + 2;
      while (g < k + 7 && ANSWER_MARKS.has(tokens[g]?.norm ?? '')) g++;
      // Asked for as his first name, it may be said again ("— 'Marco.' — Okay Marco").
      if (name(g)) out.push({ given: tokens[g].raw, span: spanOf(doc, g, g + 1) });
    }
    const alone = tokens[k].raw === surname && tokens[k + 1].norm === '.' && tokens[k + 3]?.norm === '.';
    if (alone && name(k + 2) && once(k + 2)) out.push({ given: tokens[k + 2].raw, span: spanOf(doc, k, k + 3) });
  }
  return out;
}

/**
 * The casualty known by the first name `found` he is called by, with the surname said alone just before the call
 * ("Faleolo. Tavita, stay with me"): the first name then the surname; `found` itself when it is not so said, or is
 * said so after two surnames.
 */
export function withSurnameSaidFirst(doc: Doc, found: Found<string>): Found<string> {
  if (/\s/.test(found.value)) return found;
  const surnames = doc.tokens.flatMap((t, k) =>
    t.raw === found.value && calledAfterSurname(doc.tokens, k) ? [k - 2] : [],
  );
  const k = surnames[0];
  if (k === undefined || surnames.some((s) => doc.tokens[s].raw !== doc.tokens[k].raw)) return found;
  return { value: `${found.value} ${doc.tokens[k].raw}`, span: spanOf(doc, k, k + 3) };
}
