/**
 * What a word of a name may be: not a common word, a rank, a side or a body part, nor a word the lexicon reads; the
 * small words inside a surname, initials and hyphened parts; and where a rank of several words ends. `casualty-name.ts`
 * reads names with them.
 */
import type { Doc } from './document.js';
import { hesitationAfter } from './hesitations.js';
import { BODY_PART_WORDS, SIDE_WORDS } from './lexicon/body.js';
import { RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { rosterAt } from './spelled.js';

/** Words that are never part of a name, even capitalized at the start of a phrase. */
export const NOT_NAMES: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'his',
  'her',
  'and',
  'is',
  'was',
  'has',
  'male',
  'female',
  'casualty',
  'patient',
  'pt',
  'over',
  'from',
  'with',
  'at',
  'in',
  'on',
  'of',
  'to',
  'for',
  'battle',
  'roster',
  'zap',
  'unit',
  'company',
  'gunner',
  'driver',
  'medic',
  'this',
  'that',
  'my',
  'our',
  'your',
  'card',
  'name',
  'no',
  'yes',
  'okay',
  'ok',
  'so',
  'alright',
  // Words a speaker turns on before taking something back ("Actually, hang on, the card says …", "Well, hold on"):
  // set off by a comma before "hang on" they read like a name called, yet name no one.
  'actually',
  'well',
  'wait',
  'sorry',
  'oh',
  'uh',
  'um',
  'hmm',
  // A call for someone's ear before his name ("Hey, Diaz", "Hey. Maria, stay with me").
  'hey',
  'roger',
  'copy',
  'it',
  'took',
  'got',
  // "1SG says Crane's legs were …": a rank telling what he says, his name left out.
  'says',
  // "Officer Down, Officer Down!": the call that someone is hit, capitalized or not, is no name.
  'down',
  // An order said after the name ("Sergeant Oyelaran first.", "Castillo next").
  'first',
  'next',
  'last',
  'now',
  'then',
  // What a casualty is, said where a name could stand ("Casualty is US Army", "Patient is a local national").
  'us',
  'usa',
  'american',
  'army',
  'navy',
  'marine',
  'marines',
  'airforce',
  'soldier',
  'civilian',
  'contractor',
  'local',
  'national',
  'coalition',
  'enemy',
  'detainee',
  'interpreter',
  'security',
  'guard',
  'commando',
  'partner',
  'force',
  'forces',
  'allied',
  'host',
  'nation',
  // Said where a name would stand when none is known ("name unknown", "family name I do not know").
  'i',
  'unknown',
  'unk',
  'not',
  // A document's title after "PFC" (prolonged field care, not the rank): "PFC LOG - CPL Mateus Oliveira".
  'log',
  'flowsheet',
  'note',
  'notes',
  'chart',
  'worksheet',
  'summary',
  'report',
]);
export const MAX_NAME_WORDS = 3;
/** Punctuation said between "name" and the name ("Name: Ortiz", "name? ...Kurz"). */
export const NAME_LEADS: ReadonlySet<string> = new Set([':', '.', '…', '...']);
/** Lower-case words for a soldier said before his name where a rank would stand ("patient is soldier Ali Nur"). */
export const SOLDIER_WORDS: ReadonlySet<string> = new Set(['soldier', 'civilian', 'marine', 'sailor']);
/** Small words inside a surname, written in lower case ("van Dijk", "de la Cruz", "bin Laden"). */
export const NAME_PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'la',
  'le',
  'da',
  'di',
  'del',
  'della',
  'dos',
  'du',
  'bin',
  'ibn',
  'al',
  'el',
  'ter',
]);

export function isNameWord(doc: Doc, i: number, capitalizedOnly: boolean): boolean {
  const t = doc.tokens[i];
  // Letters of any alphabet with capitals ("Wójcik", "Paweł", "Núñez").
  if (!t || t.kind !== 'word' || !/^\p{L}[\p{L}'\u2019-]*$/u.test(t.raw)) return false;
  if (
    NOT_NAMES.has(t.norm) ||
    // "for the lieutenant he's fine": a word that is no name stays none with its clitic.
    NOT_NAMES.has(t.norm.replace(/['\u2019]s$/, '')) ||
    RANK_WORDS.has(t.norm) ||
    Object.hasOwn(SIDE_WORDS, t.norm) ||
    Object.hasOwn(BODY_PART_WORDS, t.norm)
  )
    return false;
  if (doc.mentionIndex[i] >= 0) return false;
  // "CPL Ben Asante BA7730": the letters of a battle roster number written onto its digits are no name word.
  if (rosterAt(doc.tokens, i)) return false;
  return /^\p{Lu}/u.test(t.raw) || !capitalizedOnly;
}

/** A capital initial at token `i`, its full stop written onto it, before a capitalized name word ("K. Oduya"). */
export function isInitialAt(doc: Doc, i: number): boolean {
  const [t, stop] = [doc.tokens[i], doc.tokens[i + 1]];
  return /^[A-Z]$/.test(t?.raw ?? '') && stop?.norm === '.' && !stop.spaced && isNameWord(doc, i + 2, true);
}

/**
 * A capitalized name word at token `i` joined by a hyphen, with no space either side, to another name word: one
 * name of two parts ("Delgado-Vance", "Ji-ho").
 */
export function isHyphenedAt(doc: Doc, i: number): boolean {
  const [t, dash, next] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  return /^[A-Z]/.test(t.raw) && dash?.norm === '-' && !dash.spaced && !next?.spaced && isNameWord(doc, i + 2, false);
}

/** Index after a rank of one or more words starting at `i` ("Lance Corporal", "Private First Class"). */
export function rankEnd(doc: Doc, i: number): number {
  let end = i + 1;
  while (
    end - i < 4 &&
    (RANK_WORDS.has(doc.tokens[end]?.norm ?? '') || RANK_CONTINUATIONS.has(doc.tokens[end]?.norm ?? ''))
  ) {
    // "sergeant first class first class lena park": the rank's last words said again are a stutter, still the rank.
    const again = saidAgainAt(doc, i, end);
    if (again > 0) return end + again;
    end++;
  }
  return end + hesitationAfter(doc, end);
}

/** How many words (one or two) from `end` repeat those just before it, back no further than `start`; else 0. */
function saidAgainAt(doc: Doc, start: number, end: number): number {
  const norm = (k: number): string | undefined => doc.tokens[k]?.norm;
  for (const n of [2, 1])
    if (end - n >= start && Array.from({ length: n }, (_, j) => norm(end + j) === norm(end - n + j)).every(Boolean))
      return n;
  return 0;
}
