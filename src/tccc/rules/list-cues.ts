/**
 * Cues that a line or sentence opens a casualty's entry in a list: a bullet, a written roster number, a triage
 * heading ("Urgent:", "T1") and the surname after a rank. `casualty-switch.ts` reads casualty switches with them.
 */
import type { Token } from '../text/tokenize.js';
import { NATO_LETTERS, RANK_WORDS } from './lexicon/language.js';
import { isBoundary, norm } from './switch-words.js';

export const BULLETS = new Set(['-', '*', '\u2022']);

const PRIORITY_WORDS = new Set(['urgent', 'priority', 'routine', 'expectant', 'immediate', 'delayed', 'minimal']);
/** True when token `i` opens a sentence or follows a triage heading that does ("Urgent: SGT Bell"). */
export function opensSentence(tokens: Token[], i: number): boolean {
  const prev = norm(tokens, i - 1);
  if (i === 0 || ['.', '\n', ';', '!', '?'].includes(prev)) return true;
  if (triageCodeAt(tokens, i - 2)) return true;
  // "Urgent: SGT Bell", and a list's heading "Casualties: SPC Lane …".
  const heading = PRIORITY_WORDS.has(norm(tokens, i - 2)) || ['casualties', 'patients'].includes(norm(tokens, i - 2));
  return prev === ':' && heading && (i < 3 || isBoundary(tokens[i - 3]));
}

/** "T1", "T2": a triage category written as T and a digit, opening a sentence, at token `i`. */
export const triageCodeAt = (tokens: Token[], i: number): boolean =>
  norm(tokens, i) === 't' &&
  tokens[i + 1]?.kind === 'number' &&
  !tokens[i + 1].spaced &&
  tokens[i + 1].value! >= 1 &&
  tokens[i + 1].value! <= 4 &&
  (i === 0 || ['.', '\n', ';', '!', '?', ','].includes(norm(tokens, i - 1)));

/** The surname after a rank of one or two words ("Sergeant Ames", "Staff Sergeant Ana Ruiz"): its last capitalized word. */
export function rankedName(tokens: Token[], i: number): string | undefined {
  let j = i + 1;
  while (RANK_WORDS.has(norm(tokens, j)) && j < i + 3) j++;
  let last: string | undefined;
  for (let k = j; k < j + 3 && /^[A-Z][a-z'-]+$/.test(tokens[k]?.raw ?? ''); k++) last = tokens[k].norm;
  return last;
}

/**
 * "BR4490", "DV-2207": two letters and four digits written as one word, or joined by a hyphen; how many tokens the
 * number spans at `i` (the digits are the last), else 0.
 */
export function rosterLength(tokens: Token[], i: number): number {
  if (!/^[a-z]{2}$/.test(norm(tokens, i))) return 0;
  const hyphen = norm(tokens, i + 1) === '-' && !tokens[i + 1].spaced ? 1 : 0;
  const digits = tokens[i + 1 + hyphen];
  return digits?.kind === 'number' && digits.digits?.length === 4 && !digits.spaced ? 2 + hyphen : 0;
}

/** "BR4490", "DV-2207": a battle roster number at token `i`. */
export const rosterAt = (tokens: Token[], i: number): boolean => rosterLength(tokens, i) > 0;

/** The battle roster number at token `i`, upper-case and joined ("DV-2207" → "DV2207"); the caller checks `rosterAt`. */
export const rosterCode = (tokens: Token[], i: number): string =>
  `${tokens[i].raw}${tokens[i + rosterLength(tokens, i) - 1].raw}`.toUpperCase();

/** Two letters in the phonetic alphabet and four digits at `i` ("kilo lima four four seven one"). */
const spelledRosterAt = (tokens: Token[], i: number): boolean =>
  Object.hasOwn(NATO_LETTERS, tokens[i]?.norm ?? '') &&
  Object.hasOwn(NATO_LETTERS, tokens[i + 1]?.norm ?? '') &&
  tokens[i + 2]?.kind === 'number' &&
  tokens[i + 2].digits?.length === 4;

/** Words that head a line or sentence with a colon but are no one's name ("Update:", "Vitals:", "Plan:"). */
const HEADINGS = new Set([
  'update',
  'vitals',
  'plan',
  'note',
  'notes',
  'assessment',
  'treatment',
  'treatments',
  'interventions',
  'meds',
  'medications',
  'mechanism',
  'injuries',
  'injury',
  'signs',
  'symptoms',
  'handover',
  'grid',
  'time',
  'location',
  'evac',
  'mist',
  'zmist',
  // The MIST headings said in the phonetic alphabet on the radio ("Mike: … India: … Sierra: … Tango: …").
  'mike',
  'india',
  'sierra',
  'tango',
  'summary',
  'status',
  'allergies',
  'line',
  'remarks',
  'also',
  'then',
  'now',
  'next',
  'first',
  'second',
  'last',
  'both',
  'all',
  'pickup',
  'pick',
  'lz',
  'request',
  'precedence',
  'priority',
  'urgent',
  'routine',
  'correction',
  'edit',
  'addendum',
  'recheck',
  'reassessment',
  'findings',
  'cas',
  'patient',
  'casualty',
  'casualties',
  'patients',
  'pt',
]);

/** True for a word that heads a line or sentence with a colon but is no one's name ("Update:", "Casualties:"). */
export const isHeadingWord = (word: string): boolean => HEADINGS.has(word);

/**
 * "KR4410: restrained driver …", "ZAP CW3310, driver, female: …", "Roster DV-2207: …": a battle roster number heading a
 * casualty's entry (at token `i`, opening a sentence), and its code; else undefined.
 */
export function rosterLabelAt(tokens: Token[], i: number): string | undefined {
  const j = ['zap', 'br', 'roster'].includes(norm(tokens, i)) && !rosterAt(tokens, i) ? i + 1 : i;
  // "Roster kilo lima four four seven one, male, …": said in the phonetic alphabet after its label.
  if (j > i && spelledRosterAt(tokens, j) && [':', ',', '-'].includes(norm(tokens, j + 3)))
    return `${NATO_LETTERS[tokens[j].norm]}${NATO_LETTERS[tokens[j + 1].norm]}${tokens[j + 2].digits}`;
  if (!rosterAt(tokens, j) || ![':', ',', '-', '('].includes(norm(tokens, j + rosterLength(tokens, j))))
    return undefined;
  return rosterCode(tokens, j);
}

/**
 * "Hughes first: GSW …", "Park: GSW …": a capitalized word that is no heading and no word the lexicon reads,
 * heading a sentence with a colon, and said again elsewhere in the narrative other than as a heading: a casualty
 * known by that name.
 * `known` tells whether the lexicon reads the token at an index.
 */
export function nameLabelAt(tokens: Token[], i: number, known: (i: number) => boolean): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z'-]+$/.test(t.raw) || t.raw.length < 3) return undefined;
  if (HEADINGS.has(t.norm) || RANK_WORDS.has(t.norm) || known(i)) return undefined;
  const colon = ['first', 'second', 'next', 'now'].includes(norm(tokens, i + 1)) ? i + 2 : i + 1;
  if (norm(tokens, colon) !== ':') return undefined;
  // Said again as a name, not as a heading ("Park: … Park urgent surgical."): a heading is only ever a heading.
  return tokens.some((u, k) => k !== i && u.raw === t.raw && norm(tokens, k + 1) !== ':') ? t.norm : undefined;
}

/** Verbs after a capitalized word that make it the subject of a clause about a casualty ("Boyd has burns"). */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  'has',
  'had',
  'is',
  'was',
  'got',
  'took',
  'needs',
  'caught',
]);
/** Capitalized words before a verb that are no one's name ("I've got", "Everyone is", "Casualty has"). */
const NOT_SUBJECT_NAMES = new Set([
  'he',
  'she',
  'it',
  'i',
  'we',
  'you',
  'they',
  'her',
  'his',
  'him',
  'this',
  'that',
  'there',
  'who',
  'what',
  'everyone',
  'everybody',
  'someone',
  'nobody',
  'one',
  'other',
  'casualty',
  'patient',
  'pt',
  'okay',
  'ok',
  'so',
  'then',
  'now',
  'and',
  'but',
  'still',
  'just',
  // Roles, which name a casualty as roles do ("Driver is urgent surgical").
  'driver',
  'gunner',
  'tc',
  'rto',
  'interpreter',
  'dismount',
  'passenger',
  'medic',
  'doc',
  'female',
  'male',
]);

/**
 * "Jones took frag to the right leg", "Smith has a GSW": a capitalized word that no lexicon reads (`known`), as the
 * subject of a clause about what the casualty has; its name, lower-cased, else undefined. `lowerCase` reads a
 * recogniser's text, which prints no capitals ("jones has a gsw").
 */
export function subjectNameAt(
  tokens: Token[],
  i: number,
  known: (i: number) => boolean,
  lowerCase = false,
): string | undefined {
  const t = tokens[i];
  const shape = lowerCase ? /^[a-z][a-z'-]{2,}$/ : /^[A-Z][a-z'-]+$/;
  if (!t || t.kind !== 'word' || !shape.test(t.raw) || known(i)) return undefined;
  const w = norm(tokens, i);
  if (NOT_SUBJECT_NAMES.has(w.replace(/'(?:s|ve|m|ll|re|d)$/, '')) || HEADINGS.has(w) || RANK_WORDS.has(w))
    return undefined;
  return SUBJECT_VERBS.has(norm(tokens, i + 1)) ? w : undefined;
}

/** Triage categories said right after a casualty's name ("Johnson urgent, Smith routine"). */
const PRIORITY_NAMES: ReadonlySet<string> = new Set(['urgent', 'priority', 'routine', 'expectant']);

/**
 * "Johnson urgent, Smith routine": a capitalized word that no lexicon reads (`known`) and is no common word, before a
 * triage category; its name, lower-cased, else undefined.
 */
export function triagedNameAt(tokens: Token[], i: number, known: (i: number) => boolean): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z'-]+$/.test(t.raw) || t.raw.length < 3 || known(i)) return undefined;
  const w = norm(tokens, i);
  if (NOT_SUBJECT_NAMES.has(w.replace(/'(?:s|ve|m|ll|re|d)$/, '')) || HEADINGS.has(w) || RANK_WORDS.has(w))
    return undefined;
  return PRIORITY_NAMES.has(norm(tokens, i + 1)) ? w : undefined;
}

/**
 * Words that turn to a casualty named right after them, opening a sentence ("Starting with Petrov, …", "Now Hughes,
 * …", "Now moving to Smith, …", "Treating Johnson first, …").
 */
const TURN_LEADS: readonly (readonly string[])[] = [
  ['starting', 'with'],
  ['now'],
  ['moving', 'on', 'to'],
  ['on', 'to'],
  ['moving', 'to'],
  ['now', 'moving', 'to'],
  ['going', 'to'],
  ['now', 'going', 'to'],
  ['switching', 'to'],
  ['over', 'to'],
  ['now', 'over', 'to'],
  ['treating'],
  ['now', 'treating'],
];

/**
 * "Starting with Petrov, he's the worse one. … Now Hughes, she's …": a capitalized word that no lexicon reads
 * (`known`), right after words that turn to someone at the opening of a sentence, before a pause or a verb, and said
 * again elsewhere in the narrative: a casualty known by that name (lower-cased), else undefined.
 */
export function turnNameAt(tokens: Token[], i: number, known: (i: number) => boolean): string | undefined {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^[A-Z][a-z'-]+$/.test(t.raw) || t.raw.length < 3 || known(i)) return undefined;
  const w = norm(tokens, i);
  if (NOT_SUBJECT_NAMES.has(w) || HEADINGS.has(w) || RANK_WORDS.has(w)) return undefined;
  const led = TURN_LEADS.some(
    (lead) =>
      lead.every((word, k) => norm(tokens, i - lead.length + k) === word) && opensSentence(tokens, i - lead.length),
  );
  const pause = norm(tokens, i + 1) === ',' || (norm(tokens, i + 1) === 'first' && norm(tokens, i + 2) === ',');
  if (!led || !(pause || SUBJECT_VERBS.has(norm(tokens, i + 1)))) return undefined;
  return tokens.some((u, k) => k !== i && u.raw.replace(/'s$/, '') === t.raw) ? w : undefined;
}

/** A number 1-9 opening an item after a heading's colon or a semicolon ("India: one, GSW …; two, …", "Evac: one urgent"). */
export function inlineItemAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'number' || !Number.isInteger(t.value) || t.value! < 1 || t.value! > 9 || t.raw.includes(' '))
    return false;
  const prev = norm(tokens, i - 1);
  const next = norm(tokens, i + 1);
  return (
    ((prev === ':' || prev === ';') && next === ',') || ((prev === ':' || prev === ',') && PRIORITY_WORDS.has(next))
  );
}
