/**
 * "She is urgent surgical and he is priority.": of two patients, a man and a woman, a closing triage said as a pair
 * of clauses each opening with a pronoun gives each category to the one the pronoun is. Said in the woman's words,
 * the whole sentence would otherwise be hers, or no one's once the reader sees a second person in it. So too a
 * sentence opening with the pronoun of the one not being spoken of turns to that one ("… She's NKDA.").
 */
import type { Token } from '../text/tokenize.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { opensSentence, SENTENCE_ENDS } from './sentence-ends.js';
import type { TextPart } from './shared-phrases.js';
import { norm } from './switch-words.js';
import { patientsOf, type Switch } from './switch-targets.js';

/** The words that say a man or a woman is spoken of. */
export const SEX_WORDS: Readonly<Record<string, 'male' | 'female'>> = {
  he: 'male',
  "he's": 'male',
  him: 'male',
  his: 'male',
  male: 'male',
  man: 'male',
  she: 'female',
  "she's": 'female',
  her: 'female',
  female: 'female',
  woman: 'female',
};

/** A pronoun-paired triage: the whole sentence, and each clause given to a casualty (by index). */
export interface PronounTriage {
  sentence: TextPart;
  given: { part: TextPart; to: number }[];
}

/**
 * The clause at `i` that says of "he" or "she" a triage category ("she is urgent surgical", "he's priority"): the
 * pronoun's sex and the token after the category; else undefined.
 */
function pronounClause(tokens: Token[], i: number): { sex: 'male' | 'female'; end: number } | undefined {
  const w = norm(tokens, i);
  const glued = w === "he's" || w === "she's";
  if (!glued && !(['he', 'she'].includes(w) && norm(tokens, i + 1) === 'is')) return undefined;
  const category = glued ? i + 1 : i + 2;
  if (!PRIORITY_WORDS.has(norm(tokens, category))) return undefined;
  return { sex: SEX_WORDS[w], end: norm(tokens, category + 1) === 'surgical' ? category + 2 : category + 1 };
}

/**
 * Pronoun-paired triage sentences of a narrative whose casualties are spoken of from `starts` (token indexes, in
 * order) by `owner`; `patients` the indexes of the casualties who are patients. Only of exactly two patients, each
 * spoken of by one sex alone outside the sentence.
 */
export function pronounTriages(
  tokens: Token[],
  starts: readonly number[],
  owner: readonly number[],
  patients: readonly number[],
): PronounTriage[] {
  if (patients.length !== 2) return [];
  const out: PronounTriage[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // "Call it up: she's urgent surgical, he's priority.": or after the colon that leads into the pair.
    const opens = opensSentence(tokens, i) || norm(tokens, i - 1) === ':';
    const first = opens ? pronounClause(tokens, i) : undefined;
    if (!first) continue;
    let j = first.end;
    if (norm(tokens, j) === ',') j++;
    if (norm(tokens, j) === 'and') j++;
    const second = j > first.end ? pronounClause(tokens, j) : undefined;
    const closes = second && (second.end >= tokens.length || SENTENCE_ENDS.has(norm(tokens, second.end)));
    if (!second || !closes || second.sex === first.sex) continue;
    const said = patients.map((n) => sexSaidOf(tokens, starts, owner, n, i, second.end));
    // The pair names a man and a woman: when one patient's words say only one sex, the other is the other one, though
    // his own words say both ("… taped to his finger" said of the man while she is spoken of).
    const known = said.filter((s) => s !== undefined);
    const other = known[0] === 'male' ? 'female' : 'male';
    const sexes = known.length === 1 ? said.map((s) => s ?? other) : said;
    const to = (sex: string): number => patients[sexes.indexOf(sex)];
    if (!sexes.includes('male') || !sexes.includes('female')) continue;
    const close = second.end < tokens.length ? tokens[second.end].end : tokens[second.end - 1].end;
    out.push({
      sentence: { start: tokens[i].start, end: close },
      given: [
        { part: { start: tokens[i].start, end: tokens[first.end - 1].end }, to: to(first.sex) },
        { part: { start: tokens[j].start, end: tokens[second.end - 1].end }, to: to(second.sex) },
      ],
    });
    i = second.end;
  }
  return out;
}

/** The one sex casualty `n` is spoken of by in its words, outside tokens `[from, to)`; undefined for none or both. */
function sexSaidOf(
  tokens: Token[],
  starts: readonly number[],
  owner: readonly number[],
  n: number,
  from: number,
  to: number,
): string | undefined {
  const said = new Set<string>();
  starts.forEach((at, k) => {
    if (owner[k] !== n) return;
    const end = starts[k + 1] ?? tokens.length;
    for (let t = at; t < end; t++)
      if ((t < from || t >= to) && Object.hasOwn(SEX_WORDS, norm(tokens, t))) said.add(SEX_WORDS[norm(tokens, t)]);
  });
  return said.size === 1 ? [...said][0] : undefined;
}

/** The pronouns that make a man or a woman a sentence's subject; their sex is the one `SEX_WORDS` gives. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', "he's", 'she', "she's"]);
const subjectSex = (w: string): 'male' | 'female' | undefined => (SUBJECT_PRONOUNS.has(w) ? SEX_WORDS[w] : undefined);

/**
 * "… Ketamine for Reyes, lozenge for Lindqvist. She's NKDA. Last on her: pulse 104.": of two patients, a man and a
 * woman, a sentence opening with the pronoun of the one not being spoken of turns to that one, to the end of its line. Each
 * one's sex is that of the first "he" or "she" in his own words. Adds those switches (and their owners) to `switches`.
 */
export function withPronounTurns(
  tokens: Token[],
  switches: Switch[],
  owner: number[],
  keys: readonly string[],
  bystanders: ReadonlySet<number>,
): void {
  const patients = patientsOf(keys, bystanders);
  if (patients.length !== 2) return;
  const sexOf = new Map<number, 'male' | 'female'>();
  switches.forEach((s, k) => {
    const end = switches[k + 1]?.at ?? tokens.length;
    for (let t = s.at; t < end && !sexOf.has(owner[k]); t++) {
      const sex = subjectSex(norm(tokens, t));
      if (sex) sexOf.set(owner[k], sex);
    }
  });
  // "Driver lady, … Her left leg's all torn up … on her right thigh": one never made a subject is the one sex her
  // words say her by, when they say only one.
  for (const n of patients)
    if (!sexOf.has(n)) {
      const said = sexSaidOf(
        tokens,
        switches.map((s) => s.at),
        owner,
        n,
        0,
        0,
      );
      if (said === 'male' || said === 'female') sexOf.set(n, said);
    }
  const [a, b] = patients;
  if (!sexOf.has(a) || !sexOf.has(b) || sexOf.get(a) === sexOf.get(b)) return;
  // k: the last switch at or before token t, moved along as t is.
  let k = -1;
  for (let t = switches[0]?.end ?? tokens.length; t < tokens.length; t++) {
    while (k + 1 < switches.length && switches[k + 1].at <= t) k++;
    const sex = opensSentence(tokens, t) ? subjectSex(norm(tokens, t)) : undefined;
    if (!sex || k < 0 || switches[k].end > t || !patients.includes(owner[k]) || sexOf.get(owner[k]) === sex) continue;
    switches.splice(k + 1, 0, { at: t, end: t, target: { current: true } });
    owner.splice(k + 1, 0, sexOf.get(a) === sex ? a : b);
    // The turn lasts to the end of the line (a speaker's turn, a paragraph); then the one spoken of before again.
    let line = t;
    while (line < tokens.length && tokens[line].norm !== '\n') line++;
    if (line + 1 < (switches[k + 2]?.at ?? tokens.length)) {
      switches.splice(k + 2, 0, { at: line + 1, end: line + 1, target: { current: true } });
      owner.splice(k + 2, 0, owner[k]);
    }
  }
}
