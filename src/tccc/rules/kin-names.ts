/**
 * Casualties who share a surname, told apart by first name where each one's words open: "Lee, Daniel, DL2207, the
 * mortar section sergeant: …", "Garcia J. — Jonathan, the SAW gunner, …", "Emma (2210): burns …". The surname alone
 * says neither of them, so each one is known by the first name; once two sentences or more open so, each such
 * sentence opens that casualty's words.
 */
import type { Token } from '../text/tokenize.js';
import { rosterAt } from './list-cues.js';
import { opensSentence } from './sentence-ends.js';
import type { TextPart } from './shared-phrases.js';
import { norm, type SwitchFound } from './switch-words.js';

/** A name heading a casualty's words: the first name, the surname when said, and the token after them. */
interface KinName {
  given: string;
  surname?: string;
  end: number;
}

const capitalised = (t: Token | undefined): boolean => t?.kind === 'word' && /^[A-Z][a-z]+$/.test(t.raw);

/** The name said from token `i`, where a sentence opens with it in one of the forms above; else undefined. */
function kinNameAt(tokens: Token[], i: number): KinName | undefined {
  if (!opensSentence(tokens, i) || !capitalised(tokens[i])) return undefined;
  // "Lee, Daniel, DL2207,": surname, first name, then the roster number.
  if (
    norm(tokens, i + 1) === ',' &&
    capitalised(tokens[i + 2]) &&
    norm(tokens, i + 3) === ',' &&
    rosterAt(tokens, i + 4)
  )
    return { given: tokens[i + 2].raw, surname: tokens[i].raw, end: i + 3 };
  // "Garcia J. — Jonathan,": surname and initial, then the first name it stands for.
  if (
    /^[A-Z]$/.test(tokens[i + 1]?.raw ?? '') &&
    norm(tokens, i + 2) === '.' &&
    norm(tokens, i + 3) === '-' &&
    capitalised(tokens[i + 4]) &&
    tokens[i + 4].raw.startsWith(tokens[i + 1].raw)
  )
    return { given: tokens[i + 4].raw, surname: tokens[i].raw, end: i + 5 };
  // "Emma (2210):": a first name and the digits of the roster that tell her from her sister.
  if (
    norm(tokens, i + 1) === '(' &&
    tokens[i + 2]?.kind === 'number' &&
    /^\d{4}$/.test(tokens[i + 2].raw) &&
    norm(tokens, i + 3) === ')'
  )
    return { given: tokens[i].raw, end: i + 1 };
  return undefined;
}

const namesOf = new WeakMap<Token[], ReadonlyMap<number, KinName>>();

/** The names that head sentences as above, by token, once per narrative; none unless two first names or more. */
function kinNames(tokens: Token[]): ReadonlyMap<number, KinName> {
  let found = namesOf.get(tokens);
  if (!found) {
    const all = new Map<number, KinName>();
    tokens.forEach((_, i) => {
      const name = kinNameAt(tokens, i);
      if (name) all.set(i, name);
    });
    const givens = new Set([...all.values()].map((n) => n.given.toLowerCase()));
    found = givens.size >= 2 ? all : new Map();
    namesOf.set(tokens, found);
  }
  return found;
}

const calledOf = (name: KinName): string => (name.surname ? `${name.given} ${name.surname}` : name.given);

/** The names the switches below give their casualties ("Daniel Lee", "Emma"): who each is, over any name read after. */
export const kinCalledNames = (tokens: Token[]): ReadonlySet<string> =>
  new Set([...kinNames(tokens).values()].map(calledOf));

/** A switch to the casualty whose first name heads the sentence at token `i`. */
export function kinSwitchAt(tokens: Token[], i: number): SwitchFound | null {
  const name = kinNames(tokens).get(i);
  if (!name) return null;
  const called = calledOf(name);
  // The name is the label: blanked, so the reader takes no surname alone for it; what follows may say what he is.
  return { target: { key: `name:${name.given.toLowerCase()}` }, end: name.end, called };
}

/**
 * The name a casualty is known by in a second pass: the one a switch above called him ("Emma"), over a name read in
 * his words (a helper's, "SGT Pruitt pulled them out"); else the name read, else the one his label said.
 */
export const kinNameOver = (
  kin: ReadonlySet<string>,
  called: string | undefined,
  read: string | undefined,
): string | undefined => (called && kin.has(called) ? called : (read ?? called));

/**
 * The word each casualty is known by, from his name's words: the surname; but two who share a surname ("Lee, Daniel,
 * … Lee, Hyun, …") are known by their first names, as the surname says neither. Only where every one so named has a
 * first name of his own: a surname read twice for one man changes nothing.
 */
export function knownNames(nameWords: readonly (readonly string[] | undefined)[]): (string | undefined)[] {
  const namesake = (words: readonly string[] | undefined): boolean => {
    const same = nameWords.filter((w) => w?.at(-1) === words?.at(-1));
    return (
      same.length > 1 && same.every((w) => w?.length === 2) && new Set(same.map((w) => w?.[0])).size === same.length
    );
  };
  return nameWords.map((words) => (namesake(words) ? words?.[0] : words?.at(-1)));
}

/**
 * "… the TXA at 1622 went into J., not M.": a sentence that ends on the initial of one of the namesakes above, said
 * after his surname was, is his words, whoever was spoken of; `keys` are the casualties' keys by index.
 */
export function initialledSentences(tokens: Token[], keys: readonly string[]): { part: TextPart; to: number }[] {
  const named = [...kinNames(tokens).values()].filter((n) => n.surname);
  const out: { part: TextPart; to: number }[] = [];
  tokens.forEach((t, k) => {
    // "Garcia J. — Jonathan": the heading itself, its initial after the surname.
    if (!/^[A-Z]$/.test(t.raw) || norm(tokens, k + 1) !== '.' || capitalised(tokens[k - 1]) || opensSentence(tokens, k))
      return;
    const whose = new Set(named.filter((n) => n.given.startsWith(t.raw)).map((n) => n.given.toLowerCase()));
    const to = whose.size === 1 ? keys.indexOf(`name:${[...whose][0]}`) : -1;
    if (to < 0) return;
    let from = k;
    while (!opensSentence(tokens, from)) from--;
    out.push({ part: { start: tokens[from].start, end: tokens[k + 1].end }, to });
  });
  return out;
}
