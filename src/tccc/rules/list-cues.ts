/**
 * Cues that a line or sentence opens a casualty's entry in a list: a bullet, a written roster number, a triage
 * heading ("Urgent:", "T1") and the surname after a rank. `casualty-switch.ts` reads casualty switches with them;
 * names heading a sentence are `name-cues.ts`'s.
 */
import type { Token } from '../text/tokenize.js';
import { NATO_LETTERS, RANK_CONTINUATIONS, RANK_WORDS, REPORT_SECTIONS } from './lexicon/identity.js';
import { SUBJECT_VERBS, isBoundary, norm } from './switch-words.js';
import { opensSentence } from './sentence-ends.js';
import { ROSTER_LABELS, endingDigitsAt, rosterAt, rosterLength } from './spelled.js';

export { rosterAt, rosterLength };
import { isCardField } from './card-fields.js';
import { NAME_WORD, surnameEnd } from './name-shape.js';

export const BULLETS = new Set(['-', '*', '\u2022']);

/** Triage categories, in both the evacuation and the MASCAL scheme. */
export const PRIORITY_WORDS: ReadonlySet<string> = new Set([
  'urgent',
  'priority',
  'routine',
  'expectant',
  'immediate',
  'delayed',
  'minimal',
]);
/** True when token `i` opens a sentence or follows a triage heading that does ("Urgent: SGT Bell"). */
export function opensSentenceOrHeading(tokens: Token[], i: number): boolean {
  const prev = norm(tokens, i - 1);
  if (opensSentence(tokens, i) || triageCodeAt(tokens, i - 2) || siteHeadingBefore(tokens, i) !== undefined)
    return true;
  // "Urgent: SGT Bell", a MASCAL list's "EXPECTANT - SPC Karimi, …", and a list's heading "Casualties: SPC Lane …".
  const triage = PRIORITY_WORDS.has(norm(tokens, i - 2)) && (prev === ':' || ['-', '–', '—'].includes(prev));
  const listed = ['casualties', 'patients'].includes(norm(tokens, i - 2)) && prev === ':';
  return (triage || listed) && (i < 3 || isBoundary(tokens[i - 3]));
}

/**
 * Where the heading of the line or sentence a casualty's rank opens at `i` starts: his site ("CCP1:"), his triage
 * ("Urgent:", "T1"), both his words; else `i`.
 */
export const headingStart = (tokens: Token[], i: number): number =>
  siteHeadingBefore(tokens, i) ?? (norm(tokens, i - 1) === ':' || triageCodeAt(tokens, i - 2) ? i - 2 : i);

/**
 * "CCP1: CPL Saleh, …", "Bldg 14: SGT Ames - …", "Site 2: PFC Lee": a place or team numbered (a word and a number of
 * one or two digits, written together or apart) heading a line and set off by a colon, as a medic between two sites
 * heads each casualty's line with where he lies; the heading's first token when one ends right before token `i`.
 * A number of three or four digits is a time or a reading ("HR 88:"), never a site's.
 */
export function siteHeadingBefore(tokens: Token[], i: number): number | undefined {
  const number = tokens[i - 2];
  const word = i - 3;
  if (norm(tokens, i - 1) !== ':' || number?.kind !== 'number' || !/^\d{1,2}$/.test(number.raw)) return undefined;
  const heads = (word === 0 || norm(tokens, word - 1) === '\n') && /^\p{L}+$/u.test(tokens[word]?.raw ?? '');
  return heads ? word : undefined;
}

/** "T1", "T2": a triage category written as T and a digit, opening a sentence, at token `i`. */
export const triageCodeAt = (tokens: Token[], i: number): boolean =>
  norm(tokens, i) === 't' &&
  tokens[i + 1]?.kind === 'number' &&
  !tokens[i + 1].spaced &&
  tokens[i + 1].value! >= 1 &&
  tokens[i + 1].value! <= 4 &&
  (opensSentence(tokens, i) || norm(tokens, i - 1) === ',');

/**
 * The surname after a rank of one or two words ("Sergeant Ames", "Staff Sergeant Ana Ruiz"): its last capitalized word,
 * the same person when said in the possessive ("PFC Garrity's right arm").
 */
export function rankedName(tokens: Token[], i: number): string | undefined {
  const k = surnameAfterRank(tokens, i);
  return k >= 0 ? tokens[k].norm.replace(/'s$/, '') : undefined;
}

/** The token of the surname after the rank at token `i` ("Staff Sergeant Ana Ruiz" → "Ruiz"), else -1. */
export const rankedNameEnd = (tokens: Token[], i: number): number =>
  RANK_WORDS.has(norm(tokens, i)) ? surnameAfterRank(tokens, i) : -1;

function surnameAfterRank(tokens: Token[], i: number): number {
  let j = i + 1;
  // "Private First Class Grace Okoye": the words that continue a rank are no name.
  while ((RANK_WORDS.has(norm(tokens, j)) || RANK_CONTINUATIONS.has(norm(tokens, j))) && j < i + 4) j++;
  let last = -1;
  // "Private Jae-won Park": a given name joined by a hyphen counts as one of the name's words.
  for (let k = j, words = 0; words < 3 && NAME_WORD.test(tokens[k]?.raw ?? ''); k = surnameEnd(tokens, k) + 1, words++)
    last = k;
  // "1LT Reyes-Oduya": a double-barrelled surname is known by its last part, as the name read from it is.
  if (last >= 0) last = surnameEnd(tokens, last);
  // "SSG Morales's squad established support by fire": the one whose group it is, not someone spoken of.
  if (last >= 0 && /'s$/.test(tokens[last].norm) && GROUP_NOUNS.has(norm(tokens, last + 1))) return -1;
  return last;
}

/** Groups a soldier leads or belongs to, said after his name in the possessive ("1SG Tate's recovery team"). */
// "CPL Adeyemi's sappers cleared to them": the men he leads, by what they are.
const GROUP_NOUNS = new Set([
  ...['squad', 'platoon', 'team', 'section', 'element', 'crew', 'patrol', 'recovery', 'fire'],
  ...['sappers', 'engineers', 'men', 'guys', 'soldiers', 'troops', 'marines'],
]);

/** The battle roster number at token `i`, upper-case and joined ("DV-2207" → "DV2207"); the caller checks `rosterAt`. */
export const rosterCode = (tokens: Token[], i: number): string =>
  `${tokens[i].raw}${tokens[i + rosterLength(tokens, i) - 1].raw}`.toUpperCase();

/** Two letters in the phonetic alphabet and four digits at `i` ("kilo lima four four seven one"). */
export const spelledRosterAt = (tokens: Token[], i: number): boolean =>
  Object.hasOwn(NATO_LETTERS, tokens[i]?.norm ?? '') &&
  Object.hasOwn(NATO_LETTERS, tokens[i + 1]?.norm ?? '') &&
  tokens[i + 2]?.kind === 'number' &&
  tokens[i + 2].digits?.length === 4;

/** The code of the roster number spelled at `i` ("kilo lima four four seven one" → "KL4471"); the caller checks `spelledRosterAt`. */
export const spelledRosterCode = (tokens: Token[], i: number): string =>
  `${NATO_LETTERS[tokens[i].norm]}${NATO_LETTERS[tokens[i + 1].norm]}${tokens[i + 2].digits}`;

/** Words that head a line or sentence with a colon but are no one's name ("Update:", "Vitals:", "Plan:"). */
const HEADINGS = new Set([
  'update',
  'vitals',
  'plan',
  'note',
  'notes',
  // "Card: fentanyl 800 mcg OTFC 0225Z": what the casualty's card says.
  'card',
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
  // MARCH-PAWS said aloud as a checklist, a heading to each step ("Hypothermia: HPMK, check. Head: alert, check.").
  'bleeding',
  'respirations',
  'respiration',
  'hypothermia',
  'head',
  'pain',
  'splinting',
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
  // The evacuation categories headed as a list ("Categories: one priority, two urgent, three routine.").
  'categories',
  'category',
  'triage',
  'priorities',
  'priority',
  // Written short on a request form ("Pri: Pt 1 urgent / Pt 2 priority").
  'pri',
  'prio',
  'urgent',
  'routine',
  'correction',
  'edit',
  'addendum',
  'recheck',
  'reassessment',
  'findings',
  // The other sections a card or a report may head with a colon, so that a series of them is no roster of names
  // ("Exam: singed eyebrows. … Dispo: both routine.").
  'exam',
  'dispo',
  'disposition',
  'impression',
  'history',
  'hx',
  'moi',
  'noi',
  'complaint',
  'cc',
  'condition',
  'course',
  'comments',
  'comment',
  'observations',
  'obs',
  'reassess',
  'trend',
  'trends',
  'events',
  'care',
  'tx',
  'rx',
  'dx',
  'transport',
  'destination',
  'outcome',
  'other',
  'additional',
  // "Tag: SPC Colm Brady.": where the name was read, heading it.
  'tag',
  'misc',
  'cas',
  'patient',
  'casualty',
  'casualties',
  'patients',
  'pt',
]);

/** True for a word that heads a line or sentence with a colon but is no one's name ("Update:", "Enemy:"). */
export const isHeadingWord = (word: string): boolean =>
  HEADINGS.has(word) || isCardField(word) || REPORT_SECTIONS.has(word);

/**
 * "KR4410: restrained driver …", "ZAP CW3310, driver, female: …", "Roster DV-2207: …": a battle roster number heading a
 * casualty's entry (at token `i`, opening a sentence), and its code; else undefined.
 */
export function rosterLabelAt(tokens: Token[], i: number): string | undefined {
  // "Casualty ending 4471 (TC): …", "patient ending in seven seven two zero, …": known by his last four alone.
  const ending = endingDigitsAt(tokens, i + 1);
  const lastFour = ending >= 0 ? tokens[ending] : undefined;
  if (lastFour?.kind === 'number' && lastFour.digits?.length === 4) return lastFour.digits;
  let j = ROSTER_LABELS.has(norm(tokens, i)) && !rosterAt(tokens, i) ? i + 1 : i;
  // "Second roster again, KT4410: …": the roster turned back to.
  if (j > i && norm(tokens, j) === 'again') j++;
  // A pause or "is" first: "First roster, sierra kilo three three zero one, …", "Second roster is papa golf …".
  const code = (k: number): boolean => spelledRosterAt(tokens, k) || rosterAt(tokens, k);
  if (j > i && [',', 'is'].includes(norm(tokens, j)) && code(j + 1)) j++;
  // "Roster kilo lima four four seven one, male, …": said in the phonetic alphabet after its label.
  // Or heading the casualty's entry on its own, set off by a colon or a spaced dash ("Tango Romeo six six one zero: GSW …").
  // Or as the subject of a sentence about what the casualty has ("Kilo Mike eight eight zero three has frag …").
  const heads =
    ([':', ',', '-'].includes(norm(tokens, j + 3)) && (j > i || norm(tokens, j + 3) !== ',')) ||
    PRIORITY_WORDS.has(norm(tokens, j + 3)) ||
    (j === i && opensSentence(tokens, i) && SUBJECT_VERBS.has(norm(tokens, j + 3)));
  if (spelledRosterAt(tokens, j) && heads) return spelledRosterCode(tokens, j);
  // Or said again before the casualty's triage category ("KT2256 urgent, MR4410 routine.").
  const after = norm(tokens, j + rosterLength(tokens, j));
  if (!rosterAt(tokens, j) || !([':', ',', '-', '('].includes(after) || PRIORITY_WORDS.has(after))) return undefined;
  return rosterCode(tokens, j);
}

/** A number 1-9 opening an item after a heading's colon or a semicolon ("India: one, GSW …; two, …", "Evac: one urgent"). */
export function inlineItemAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (t?.kind !== 'number' || !Number.isInteger(t.value) || t.value! < 1 || t.value! > 9 || t.raw.includes(' '))
    return false;
  const prev = norm(tokens, i - 1);
  const next = norm(tokens, i + 1);
  // "… lac right hand. 1 urgent, 2 routine.": a sentence may open with the first.
  const opens = i === 0 || ['.', '\n'].includes(prev);
  // "One is priority, two is urgent surgical.": the category said with "is".
  const category = PRIORITY_WORDS.has(next) || (next === 'is' && PRIORITY_WORDS.has(norm(tokens, i + 2)));
  return ((prev === ':' || prev === ';') && next === ',') || ((prev === ':' || prev === ',' || opens) && category);
}
