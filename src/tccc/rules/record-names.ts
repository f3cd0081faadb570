/**
 * Who a casualty's record says he is, put together from the split: the lone name said after his label ("Patient 1,
 * Kowalski,"), the whole name said once elsewhere, the sex his role says, and no name read from words said of all.
 */
import type { CasualtySplit } from './casualty-split.js';
import type { EvidencedRecord } from '../extraction.js';
import { givenAfterCapitals } from './capital-surnames.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { listedRankedNames } from './listed-names.js';
import { hasOwnFacts } from './casualty-records.js';
import { calledAfterSurname, NAME_WORD } from './name-shape.js';
import { surnameCalledBefore } from './called-names.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import type { Token } from '../text/tokenize.js';

/**
 * A casualty's record with who its labels say it is, where the reader found none of its own: the lone name said after
 * its label ("Patient 1, Kowalski,"), and the sex its role says ("the little boy", "Grandma's behind him").
 */
export function withName(own: EvidencedRecord, split: CasualtySplit, i: number, text: string): EvidencedRecord {
  return withRoleSex(
    withFullName(withCalledName(withoutSharedName(own, split), split, i, text), text),
    split.sexedBy[i],
  );
}

/**
 * The record without a name read from words said of all ("We handed all three over: SGT Luke Brennan, SPC Omar Farouk,
 * SSG Devin Quinn."): the first of several names listed there is no more this casualty's than the others'.
 */
function withoutSharedName(own: EvidencedRecord, split: CasualtySplit): EvidencedRecord {
  const name = own.evidence.find((e) => e.path === '/casualty/name');
  if (!name || !split.shared.some((p) => name.start >= p.start && name.start < p.end)) return own;
  return withoutName(own);
}

/**
 * True when the name read from a casualty's words is someone else's than the surname that opens them ("Brennan was
 * puking … SFC Kaplan set the charge, he's fine."), where the narrative listed its casualties by rank and name
 * (listed-names.ts): the surname is then surely the casualty's, a label read elsewhere may not be.
 */
function nameOfOther(read: string, called: string, text: string): boolean {
  const surname = called.toLowerCase();
  if (read.toLowerCase().split(/\s+/).includes(surname)) return false;
  return listedRankedNames(readTokens(text, NORMALIZE_OPTIONS)).includes(surname);
}

/** The name read from a casualty's words, else the one it is called by; that one where the read name is another's. */
export const ownName = (read: string | undefined, called: string | undefined, text: string): string | undefined =>
  read && !(called && nameOfOther(read, called, text)) ? read : called;

function withoutName(own: EvidencedRecord): EvidencedRecord {
  const { name: _, ...casualty } = own.record.casualty ?? {};
  return {
    record: { ...own.record, casualty: Object.keys(casualty).length > 0 ? casualty : undefined },
    evidence: own.evidence.filter((e) => e.path !== '/casualty/name'),
  };
}

/**
 * The record with the sex its role says, when the reader found none; the role's words blanked, it could not. Only of
 * one with facts of his own: someone only said by his role ("Grandma keeps asking to ride along") is no patient.
 */
function withRoleSex(own: EvidencedRecord, said: CasualtySplit['sexedBy'][number]): EvidencedRecord {
  if (!said || own.record.casualty?.sex || !hasOwnFacts(own.record)) return own;
  return {
    record: { ...own.record, casualty: { ...own.record.casualty, sex: said.sex } },
    evidence: [...own.evidence, { path: '/casualty/sex', ...said.part }],
  };
}

function withCalledName(own: EvidencedRecord, split: CasualtySplit, i: number, text: string): EvidencedRecord {
  const name = split.calledBy[i];
  const read = own.record.casualty?.name;
  if (!name) return own;
  const within = (at: number): boolean => at >= 0 && split.casualties[i].some((p) => at >= p.start && at < p.end);
  const froms = [...split.labels.map((l) => l.end), ...split.casualties[i].map((p) => p.start)];
  // A surname read alone where the label said it with a first name first ("Lee, Daniel," read as "Lee"): the whole.
  const whole =
    read && name.endsWith(` ${read}`) ? (froms.map((f) => surnameFirst(text, name, f)).find(within) ?? -1) : -1;
  if (read && whole < 0) {
    // A name read in his words that is another's listed with the casualties: he is called by his label's.
    if (!nameOfOther(read, name, text)) return own;
    own = withoutName(own);
  }
  // After its label, or heading the casualty's own words when it is the label ("Jones took frag …").
  const start =
    whole >= 0
      ? whole
      : (froms
          .map((from) => (text.indexOf(name, from) >= 0 ? text.indexOf(name, from) : surnameFirst(text, name, from)))
          .find(within) ?? -1);
  if (start < 0) return own;
  return {
    record: { ...own.record, casualty: { ...own.record.casualty, name } },
    evidence: [
      ...own.evidence.filter((e) => e.path !== '/casualty/name'),
      { path: '/casualty/name', start, end: start + name.length },
    ],
  };
}

/**
 * Where a name is said surname first ("Lee, Daniel," or "Garcia J. — Jonathan" of Daniel Lee, Jonathan Garcia) from
 * `from`: its first name's place, the surname said just before it; else -1.
 */
function surnameFirst(text: string, name: string, from: number): number {
  const words = name.split(' ');
  if (words.length !== 2) return -1;
  const at = text.indexOf(words[0], from);
  if (at < 0) return -1;
  const before = text.slice(0, at);
  return before.endsWith(`${words[1]}, `) || new RegExp(`${words[1]} [A-Z]\\. [—-] $`).test(before) ? at : -1;
}

/** True when the token is a capitalized word that may be a name: no rank, side or body part ("Sergeant Mills Left leg"). */
const nameWordAt = (tokens: readonly Token[], k: number): boolean => {
  const t = tokens[k];
  return (
    t?.kind === 'word' &&
    NAME_WORD.test(t.raw) &&
    !RANK_WORDS.has(t.norm) &&
    !Object.hasOwn(SIDE_WORDS, t.norm) &&
    !Object.hasOwn(BODY_PART_WORDS, t.norm)
  );
};

/**
 * The whole name a one-word name `called` stands for at token `k`: its surname after a rank and a first name
 * ("Sergeant Chen Wu"), its surname said again in full right after it alone ("Ortiz, Maria Ortiz", "Ortiz... Maria
 * Ortiz"), its first name after a rank and before a surname ("Specialist Lucía Ferreira", then "Lucía, stay still"),
 * or its surname said alone just before it is called (calledAfterSurname) or called in the sentence before
 * ("Alvarez, your turn. Marco, look at me."); its first name's and surname's tokens, else null.
 */
function wholeNameAt(tokens: Token[], k: number, called: string): [number, number] | null {
  if (tokens[k].raw !== called) return null;
  if (nameWordAt(tokens, k - 1) && tokens[k - 1].norm !== tokens[k].norm) {
    const ranked = RANK_WORDS.has(tokens[k - 2]?.norm ?? '');
    const repeated = tokens[k - 2]?.kind === 'punct' && tokens[k - 3]?.raw === called;
    if (ranked || repeated) return [k - 1, k];
  }
  const surnameNext = nameWordAt(tokens, k + 1) && !nameWordAt(tokens, k + 2) && tokens[k + 2]?.raw !== '-';
  if (RANK_WORDS.has(tokens[k - 1]?.norm ?? '') && surnameNext) return [k, k + 1];
  if (calledAfterSurname(tokens, k)) return [k, k - 2];
  const surname = surnameCalledBefore(tokens, k);
  return surname >= 0 ? [k, surname] : null;
}

/**
 * "Two from the fall, Sergeant Chen Wu and Specialist Brianna Hale. … Wu landed on his back": a casualty known by
 * one word of his name is given the whole name said once elsewhere in the narrative (wholeNameAt); never when two
 * whole names have that word.
 */
function withFullName(own: EvidencedRecord, text: string): EvidencedRecord {
  const called = own.record.casualty?.name;
  if (!called || /\s/.test(called)) return own;
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const full = tokens.flatMap((t, k) => {
    // "… WÓJCIK Tomasz stepped on it. … WÓJCIK: traumatic amputation …": a surname in capitals, the first name after it.
    const given = t.raw === called && /^\p{Lu}{3,}$/u.test(called) ? givenAfterCapitals(tokens, k + 1) : -1;
    if (given >= 0) return [{ name: `${tokens[given].raw} ${called}`, start: t.start, end: tokens[given].end }];
    const whole = wholeNameAt(tokens, k, called);
    // Said surname first ("Faleolo. Tavita,"), the name's words are read first name first, its span in the text's order.
    return whole
      ? [
          {
            name: `${tokens[whole[0]].raw} ${tokens[whole[1]].raw}`,
            start: Math.min(tokens[whole[0]].start, tokens[whole[1]].start),
            end: Math.max(tokens[whole[0]].end, tokens[whole[1]].end),
          },
        ]
      : [];
  });
  if (full.length === 0 || full.some((f) => f.name !== full[0].name)) return own;
  return {
    record: { ...own.record, casualty: { ...own.record.casualty, name: full[0].name } },
    evidence: [
      ...own.evidence.filter((e) => e.path !== '/casualty/name'),
      { path: '/casualty/name', start: full[0].start, end: full[0].end },
    ],
  };
}
