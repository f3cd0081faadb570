/**
 * Where the sentence of a ranked name said as a casualty opens, when words come before the rank: a heading of what
 * he was in the crew ("Top cover, Trooper Lewis Grant, …") or a word moving the story on ("Then Private Doyle …").
 */
import type { Token } from '../text/tokenize.js';
import { CASUALTY_LABEL_NOUNS, RANK_CONTINUATIONS, RANK_WORDS } from './lexicon/identity.js';
import { DASHES } from './handover-turns.js';
import { CREW_ROLES, MEDIC_TITLES } from './lexicon/people.js';
import { isHeadingWord, rankedNameEnd } from './list-cues.js';
import { SENTENCE_ENDS, opensSentence } from './sentence-ends.js';
import { lexiconReads } from './switch-phrases.js';
import { afterOpeningTime, lineStampBefore, norm } from './switch-words.js';

/**
 * Words opening a sentence that only move the story on to what happened next ("Then Private Doyle was yelling", "And
 * Sergeant Ruiz fell off the roof", "Also the TC came off the ramp"), or a medic turning to the next one as he speaks
 * ("okay gunner, Corporal Dunn, …": spoken, "okay" is said with no comma after it).
 */
const CONNECTIVES = new Set(['then', 'next', 'meanwhile', 'and', 'also', 'okay', 'ok', 'alright']);

/** "Then Private Doyle was yelling": the connective before the rank at `i` opening the sentence, else undefined. */
export const movedOnBefore = (tokens: Token[], i: number): number | undefined =>
  CONNECTIVES.has(norm(tokens, i - 1)) && opensSentence(tokens, i - 1) ? i - 1 : undefined;

/**
 * Where a heading of one or two words opens the sentence of the rank at `i` ("Top cover, Trooper Lewis Grant, …",
 * "Commander, Corporal Emma Stokes, …"): no number and no word the lexicon reads, set off by a comma as the ranked
 * name after it is. Else undefined.
 */
export function headingBefore(tokens: Token[], i: number): number | undefined {
  if (norm(tokens, i - 1) !== ',') return undefined;
  let end = i + 1;
  while ((RANK_WORDS.has(norm(tokens, end)) || RANK_CONTINUATIONS.has(norm(tokens, end))) && end < i + 4) end++;
  while (/^[A-Z][a-z'-]+$/.test(tokens[end]?.raw ?? '') && end < i + 7) end++;
  if (end === i + 1 || norm(tokens, end) !== ',') return undefined;
  // "Smudge first, Lance Corporal Smith, …": a heading that is itself a name said again ("Back to Smudge"), or an
  // order ("first"), already names the casualty the ranked name is.
  const said = (t: Token): boolean => tokens.filter((u) => u.norm === t.norm).length > 1 || isHeadingWord(t.norm);
  const words = (from: number): boolean =>
    tokens.slice(from, i - 1).every((t, k) => t.kind === 'word' && !lexiconReads(tokens).has(from + k) && !said(t));
  for (const from of [i - 2, i - 3]) if (opensSentence(tokens, from) && words(from)) return from;
  return undefined;
}

/**
 * Where a heading naming the casualty's place in a crew opens the sentence of the rank at `i`, a vehicle's callsign
 * before it or not ("RED 3 driver, SGT Tomasz Wrona, …", "Chalk 2 gunner PFC Lee …", "Dismount, CPL Ames …"): a
 * crew role, perhaps after a word in capitals and its number, perhaps set off by a comma. Else undefined.
 */
function crewHeadingBefore(tokens: Token[], i: number): number | undefined {
  let k = i - 1;
  if (norm(tokens, k) === ',') k--;
  if (!CREW_ROLES.has(norm(tokens, k))) return undefined;
  // A log line's stamp may come first ("0319: RED 3 dismount SPC Oyelaran"); the stamp is then his words too.
  const opening = (at: number): number | undefined => {
    if (opensSentence(tokens, at) || afterOpeningTime(tokens, at)) return at;
    const stamp = norm(tokens, at - 1) === ':' ? lineStampBefore(tokens, at - 1) : -1;
    return stamp >= 0 ? stamp : undefined;
  };
  const callsign = tokens[k - 1]?.kind === 'number' && /^\p{Lu}{2,}$/u.test(tokens[k - 2]?.raw ?? '');
  return opening(k) ?? (callsign ? opening(k - 2) : undefined);
}

/** Words that name a place in a vehicle someone sat in ("back right seat", "rear passenger", "left rear pax"). */
const SEAT_WORDS = new Set(['seat', 'passenger', 'pax']);

/**
 * "Back right seat is Specialist Garza.", "Rear left passenger was PFC Lee": where a sentence that names the seat of
 * the ranked name at `i` opens (a few words with a seat word, then "is" or "was"), else undefined.
 */
function seatBefore(tokens: Token[], i: number): number | undefined {
  if (!['is', 'was'].includes(norm(tokens, i - 1))) return undefined;
  let seat = false;
  for (let from = i - 2; from >= 0 && from >= i - 5; from--) {
    if (tokens[from].kind !== 'word' || lexiconReads(tokens).has(from)) return undefined;
    seat ||= SEAT_WORDS.has(tokens[from].norm);
    if (opensSentence(tokens, from)) return seat ? from : undefined;
  }
  return undefined;
}

/** Verbs of the medic moving a casualty onto or off a litter or an aircraft ("we put Sergeant Tuilagi on it"). */
const MOVED = new Set(['put', 'loaded', 'sent', 'carried', 'dragged', 'pulled', 'moved', 'lifted']);
/** "he" and "she", taking up the name just said as what is said next of him. */
const TAKEN_UP = new Set(['he', 'she']);
/** Words after "he" or "she" that say what he is or what befell him ("she's the one the RPG got", "he was hit"). */
const TAKEN_UP_VERBS = new Set(['is', 'was', 'has', 'got', 'caught', 'took', "wasn't", "isn't"]);

/**
 * "Specialist Lena Hoffmann, she's the one the RPG got", "we put Sergeant Paulo Tuilagi on it. He's the gunshot to the
 * chest": a ranked name said mid-sentence and taken up at once by "he" or "she" (after its comma, or opening the next
 * sentence a few words on), as what is then said of him; the rank's own index, else undefined. Never one taken up as
 * the medic ("Specialist Ruiz, she's our CLS").
 */
function takenUpAt(tokens: Token[], i: number): number | undefined {
  const surname = rankedNameEnd(tokens, i);
  // Set off before as a topic ("…, Specialist Lena Hoffmann, she's …") or moved by the medic ("we put Sergeant …"),
  // never a name given to someone already spoken of ("I'm with Officer Jenkins, he's shot", "That's Sergeant Barnett").
  const before = norm(tokens, i - 1);
  if (surname < 0 || !(before === ',' || opensSentence(tokens, i) || MOVED.has(before))) return undefined;
  const end = surname + 1;
  let at = end;
  if (norm(tokens, at) !== ',') {
    while (at < end + 3 && !SENTENCE_ENDS.has(norm(tokens, at))) at++;
    if (!SENTENCE_ENDS.has(norm(tokens, at))) return undefined;
  }
  const pronoun = norm(tokens, at + 1).replace(/'s$/, '');
  const contracted = pronoun !== norm(tokens, at + 1);
  if (!TAKEN_UP.has(pronoun) || !(contracted || TAKEN_UP_VERBS.has(norm(tokens, at + 2)))) return undefined;
  const medic = tokens.slice(at + 2, at + 6).some((t) => MEDIC_TITLES.has(t.norm));
  return medic ? undefined : i;
}

/** Where the words of a ranked name at `i` said within a sentence open: at his seat's sentence, or at the rank when "he" or "she" takes him up. */
export const midSentenceOpening = (tokens: Token[], i: number): number | undefined =>
  seatBefore(tokens, i) ?? takenUpAt(tokens, i);

/** Marks that set a line's heading off from the ranked name after it. */
const HEADING_MARKS = new Set([',', ':', ...DASHES]);

/** Marks after a ranked name that show it said as the line's label, not as one who does what the line goes on to say. */
const LABEL_ENDS = new Set(['.', ',', '(', '\n', '']);

/**
 * "LANE 4", "Mask two two", "LANE A", "B -": a place or tag and its number or letter, or a lone letter and a dash,
 * opening the line at `from`, as a medic on a firing range, a decon line or a field heads each casualty's entry.
 * A casualty's own label ("CAS 1:") is read as such.
 */
function designatedAt(tokens: Token[], from: number): boolean {
  const [word, next] = [tokens[from], tokens[from + 1]];
  if (!word || !next || CASUALTY_LABEL_NOUNS.has(word.norm)) return false;
  // "Pt A … A - SPC Haddad": a letter said elsewhere as a patient's label is that label, read as such.
  const labelled = tokens.some((t, k) => t.raw === word.raw && CASUALTY_LABEL_NOUNS.has(norm(tokens, k - 1)));
  if (/^\p{Lu}$/u.test(word.raw)) return DASHES.has(next.raw) && !labelled;
  const numbered = next.kind === 'number' && /^\d{1,2}$/.test(next.digits ?? next.raw);
  return /^\p{Lu}\p{L}+$/u.test(word.raw) && (numbered || /^\p{Lu}$/u.test(next.raw));
}

/**
 * "LANE 4 - PFC Jordan Mills.", "Mask two two, Specialist Kyle Brennan.", "A - \"by the fig tree\", PFC Ben Sato.":
 * where a line opens whose heading (where the casualty lay or his tag, then perhaps a short note) runs up to a mark set
 * right before the rank at `i`, the name set off as a label. Never the first line (the narrative's own title), nor a
 * heading that says a time or names the medic. Else undefined.
 */
export function lineHeadingBefore(tokens: Token[], i: number): number | undefined {
  if (!HEADING_MARKS.has(norm(tokens, i - 1))) return undefined;
  let from = i - 2;
  while (from > 0 && from > i - 26 && norm(tokens, from - 1) !== '\n') from--;
  if (from <= 0 || norm(tokens, from - 1) !== '\n' || !designatedAt(tokens, from)) return undefined;
  // "Alpha 2 - SSG Reyes called for medic": a name the line goes on to say did something is no casualty's label.
  const surname = rankedNameEnd(tokens, i);
  if (surname < 0 || !LABEL_ENDS.has(norm(tokens, surname + 1))) return undefined;
  const stated = (t: Token): boolean =>
    SENTENCE_ENDS.has(t.norm) || MEDIC_TITLES.has(t.norm) || (t.kind === 'number' && /\d{3}/.test(t.raw));
  return tokens.slice(from, i - 1).some(stated) ? undefined : from;
}

/** Where the words of the ranked name at `i` open after a heading of his sentence or line, else undefined. */
export const headedRankBefore = (tokens: Token[], i: number): number | undefined =>
  headingBefore(tokens, i) ?? crewHeadingBefore(tokens, i) ?? lineHeadingBefore(tokens, i);
