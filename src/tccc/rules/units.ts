/**
 * The casualty's unit, as written: echelons named with a unit noun ("Bravo Company", "1st PLT B Co 2-12 IN"), and,
 * in a sentence that says who the casualty is, a unit written as a phrase of its own between commas with numbers
 * and capitals ("3rd MP", "1 PWRR", "3/2 SBCT", "Telemark Bn", "1st Log Bn", "unit 1 RNZIR").
 */
import type { Doc } from './document.js';
import { writtenAsSaid } from './said-numbers.js';
import { spanOf, type Found, type Span } from './found.js';
import {
  NATO_LETTERS,
  RANK_WORDS,
  STANDALONE_UNITS,
  UNIT_BRANCHES,
  UNIT_NAME_WORDS,
  UNIT_NOUNS,
} from './lexicon/identity.js';
import { tagOf } from './matcher.js';
import { ROSTER_WORDS } from './spelled.js';
import { inSpeakersClause, senderWords, speakerWords } from './speaker-names.js';
import { labelledUnit } from './unit-labels.js';
import { endsPhrase, isAcronym, isUnitName, NOT_UNIT_NAMES } from './unit-words.js';
import { writerSentence } from './statement-writers.js';

const ORDINAL_SUFFIXES = new Set(['st', 'nd', 'rd', 'th']);
/**
 * French ordinals ("2e compagnie", "1er bataillon", "2e REI"): read as one before a unit noun or a unit's letters; and
 * a "section", which said in English is as often a part of anything ("mortar section sergeant").
 */
const FRENCH_ORDINAL_SUFFIXES = new Set(['e', 'er', 're', 'eme', 'ème']);

/**
 * The unit the narrative states, or null. One said in the sentence that says who the casualty is, after `identity`
 * (his name or roster), is his ("PFC Marisol Quispe, female, roster MQ-2290, A Co 4-23 IN") though another unit was
 * said before it ("TCCC NOTE - 1st Plt medic", "called by 2nd Plt for 1x casualty").
 */
export function findUnit(doc: Doc, identity?: Span): Found<string> | null {
  const speaker = speakerWords(doc) ?? writerSentence(doc) ?? senderWords(doc);
  const labelled = labelledUnit(doc);
  if (labelled) return labelled;
  const from = identity ? doc.tokens.findIndex((t) => t.start >= identity.end) : -1;
  return (from >= 0 ? unitFrom(doc, from, speaker, doc.sentence[from]) : null) ?? unitFrom(doc, 0, speaker);
}

/** The first unit said from token `from` on (within `sentence`, when given), outside the speaker's words. */
function unitFrom(
  doc: Doc,
  from: number,
  speaker: { start: number; end: number } | null,
  sentence?: number,
): Found<string> | null {
  for (let i = from; i < doc.tokens.length && (sentence === undefined || doc.sentence[i] === sentence); i++) {
    if (doc.excluded.has(doc.sentence[i]) || (speaker && i >= speaker.start && i < speaker.end)) continue;
    const echelon = readEchelon(doc, i);
    const start = echelon < 0 ? unitPhraseStart(doc, i) : echelonStart(doc, i);
    let end = echelon < 0 && start >= 0 ? readWrittenUnit(doc, start) : echelon;
    if (end < 0 || inSpeakersClause(doc, start)) continue;
    // Said with who he is, a unit is his ("…, roster MQ-2290, A Co 4-23 IN"), not the one by which something was done
    // to him ("pulled out by 2nd Plt").
    if (sentence !== undefined && doc.tokens[start - 1]?.norm === 'by') continue;
    for (let next = readFollowing(doc, end); next > end; next = readFollowing(doc, end)) end = next;
    // "3rd Battalion, 7th Marines", "Second Platoon, Charlie Troop": a larger unit set off by a comma after the first.
    for (let next = readAfterComma(doc, end); next > end; next = readAfterComma(doc, end)) end = next;
    const span = spanOf(doc, start, end);
    return { value: writtenAsSaid(doc, start, end, span), span };
  }
  return null;
}

/**
 * End of one unit echelon starting at token `i`, or -1: a name and a unit noun ("B Co", "2nd SQD",
 * "third squad"), a unit that stands alone ("HHC"), or a battalion and its branch ("2-12 IN").
 */
function readEchelon(doc: Doc, i: number): number {
  const t = doc.tokens[i];
  if (!t) return -1;
  if (STANDALONE_UNITS.has(t.norm)) return i + 1;
  // "Battery B", "Company C": the unit noun written first, its letter after it.
  if (UNIT_NOUNS.has(t.norm) && /^[A-Z]/.test(t.raw) && /^[A-Z]$/.test(doc.tokens[i + 1]?.raw ?? '')) return i + 2;
  if (
    Object.hasOwn(NATO_LETTERS, t.norm) ||
    UNIT_NAME_WORDS.has(t.norm) ||
    (t.kind === 'word' && t.norm.length === 1 && t.raw !== t.norm)
  ) {
    return UNIT_NOUNS.has(doc.tokens[i + 1]?.norm ?? '') ? i + 2 : -1;
  }
  if (t.kind !== 'number') return -1;
  const suffix = doc.tokens[i + 1];
  if (suffix && FRENCH_ORDINAL_SUFFIXES.has(suffix.norm) && !suffix.spaced)
    return UNIT_NOUNS.has(doc.tokens[i + 2]?.norm ?? '') ||
      doc.tokens[i + 2]?.norm === 'section' ||
      isAcronym(doc, i + 2)
      ? i + 3
      : -1;
  // "3rd Battalion"; "320th Field Artillery", "1st Cavalry": an ordinal before its branch written in full too.
  if (suffix && ORDINAL_SUFFIXES.has(suffix.norm) && !suffix.spaced)
    return UNIT_NOUNS.has(doc.tokens[i + 2]?.norm ?? '')
      ? i + 3
      : // "2nd mechanized battalion", "1st Ranger Battalion": one word of what kind of unit, before its noun.
        doc.tokens[i + 2]?.kind === 'word' &&
          doc.mentionIndex[i + 2] < 0 &&
          UNIT_NOUNS.has(doc.tokens[i + 3]?.norm ?? '')
        ? i + 4
        : branchToPhraseEnd(doc, i + 2);
  const low = doc.tokens[i + 2];
  const branch = doc.tokens[i + 3];
  const joined = suffix?.norm === '-' && !suffix.spaced && low?.kind === 'number' && !low.spaced;
  if (!joined || !branch) return -1;
  if (branch.raw === branch.raw.toUpperCase() && UNIT_BRANCHES.has(branch.norm)) return i + 4;
  return fullBranchEnd(doc, i + 3);
}

/** Branches written in full after a battalion ("1-178 Field Artillery", "2-7 Infantry", "3-69 Armor"). */
const FULL_BRANCHES = new Set(['infantry', 'armor', 'armour', 'cavalry', 'aviation', 'artillery', 'engineers']);
/** Words that may open a branch written in full ("Field Artillery", "Air Defense Artillery"). */
const BRANCH_LEADS = new Set(['field', 'air', 'defense', 'defence']);

/** End of a branch written in full and capitalized from token `k`, or -1. */
function fullBranchEnd(doc: Doc, k: number): number {
  let end = k;
  while (BRANCH_LEADS.has(doc.tokens[end]?.norm ?? '') && /^[A-Z]/.test(doc.tokens[end].raw) && end < k + 2) end++;
  const last = doc.tokens[end];
  return last && FULL_BRANCHES.has(last.norm) && /^[A-Z]/.test(last.raw) ? end + 1 : -1;
}

/** "320th Field Artillery": the end of a branch in full after an ordinal, only where it ends its phrase, else -1. */
function branchToPhraseEnd(doc: Doc, k: number): number {
  const end = fullBranchEnd(doc, k);
  return end > 0 && endsPhrase(doc, k, end) ? end : -1;
}

/**
 * Where the unit whose echelon starts at token `i` begins: before the letters or numbers of the smaller units written
 * onto it with slashes ("A/2-7 CAV", "2/B/1-32 IN"), or before a capitalized name opening its phrase ("Zeravani 3rd
 * Bn", not "Bravo Company" which the echelon reads itself).
 */
function echelonStart(doc: Doc, i: number): number {
  let start = i;
  const slashed = (k: number): boolean =>
    doc.tokens[k - 1]?.norm === '/' &&
    !doc.tokens[k - 1].spaced &&
    !doc.tokens[k].spaced &&
    (doc.tokens[k - 2]?.kind === 'number' || /^[A-Z]$/.test(doc.tokens[k - 2]?.raw ?? ''));
  while (slashed(start)) start -= 2;
  const opensPhrase = (k: number): boolean => k === 0 || doc.chunk[k - 1] !== doc.chunk[k];
  // "SNA 14th October Brigade", "IA 2nd Bde": so too the capitals of an army before it.
  const named = isUnitName(doc, i - 1) || isAcronym(doc, i - 1);
  if (start === i && doc.tokens[i].kind === 'number' && named && opensPhrase(i - 1)) start = i - 1;
  return start;
}

/**
 * The end of a larger unit after a comma at token `i` that ends a unit already read, reaching the end of its phrase:
 * an echelon ("7th Marines", "Bravo Company"), a capitalized name and its unit noun ("Dagger Company"), or a numbered
 * unit ("2-11 Field Artillery"); else -1.
 */
function readAfterComma(doc: Doc, i: number): number {
  if (doc.tokens[i]?.norm !== ',') return -1;
  const from = i + 1;
  let end = readEchelon(doc, from);
  if (end < 0 && isUnitName(doc, from) && UNIT_NOUNS.has(doc.tokens[from + 1]?.norm ?? '')) end = from + 2;
  if (end < 0) end = readNamedNumber(doc, from);
  // "3rd Plt, Golf 2/5", "2nd Sqd, B 1/7": a company's letter and its battalion and regiment as a slashed pair.
  const letter =
    Object.hasOwn(NATO_LETTERS, doc.tokens[from]?.norm ?? '') || /^[A-Z]$/.test(doc.tokens[from]?.raw ?? '');
  if (end < 0 && letter && doc.tokens[from + 2]?.norm === '/' && readNumbered(doc, from + 1, true) === from + 4)
    end = from + 4;
  return end > from && endsPhrase(doc, from, end) ? end : -1;
}

/**
 * "2-11 Field Artillery", "1-23 Infantry": a battalion's pair of numbers and the capitalized words of its branch to
 * the end of the phrase, even a word the lexicon reads ("Artillery"); else -1. Only where a unit was just said.
 */
function readNamedNumber(doc: Doc, i: number): number {
  const [t, dash, low] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2]];
  if (t?.kind !== 'number' || dash?.norm !== '-' || dash.spaced || low?.kind !== 'number' || low.spaced) return -1;
  let end = i + 3;
  while (end < i + 6 && /^[A-Z][a-z]+$|^[A-Z]{2,6}$/.test(doc.tokens[end]?.raw ?? '') && !isNotUnitWord(doc, end))
    end++;
  return end > i + 3 ? end : -1;
}

const isNotUnitWord = (doc: Doc, i: number): boolean =>
  NOT_UNIT_NAMES.has(doc.tokens[i].norm) || RANK_WORDS.has(doc.tokens[i].norm) || ROSTER_WORDS.has(doc.tokens[i].norm);

/** The end of the echelon after one already read: another echelon, or a unit written on to the end of its phrase. */
function readFollowing(doc: Doc, i: number): number {
  const echelon = readEchelon(doc, i);
  if (echelon > 0) return echelon;
  // "3rd battalion of 72nd brigade", "4th company of the 2nd REI": the larger unit it is of.
  if (doc.tokens[i]?.norm === 'of') {
    const from = doc.tokens[i + 1]?.norm === 'the' ? i + 2 : i + 1;
    const larger = readEchelon(doc, from) > from ? readEchelon(doc, from) : readNumbered(doc, from, false);
    if (larger > from && endsPhrase(doc, from, larger)) return larger;
  }
  // "4th Regiment RA.", "16 Medical Regiment RAMC,": the capitals of its corps after a unit noun, ending the phrase.
  if (UNIT_NOUNS.has(doc.tokens[i - 1]?.norm ?? '') && isAcronym(doc, i) && endsPhrase(doc, i, i + 1)) return i + 1;
  // "C Coy 2 PIR", "2nd Plt B Co 1-502": a numbered unit that ends the phrase.
  const end = readNumbered(doc, i, true);
  return end > i && endsPhrase(doc, i, end) ? end : -1;
}

/**
 * Where a unit written as a phrase of its own may start at token `i`: the phrase's first token, or the token after a
 * "unit" label ("unit 1 RNZIR", "Unit: 3rd MP"), in a sentence that says who the casualty is; else -1.
 */
function unitPhraseStart(doc: Doc, i: number): number {
  if (saidOfEveryone(doc, i)) return i;
  if (i > 0 && doc.chunk[i - 1] === doc.chunk[i] && doc.sentence[i - 1] === doc.sentence[i]) return -1;
  let start = i;
  if (doc.tokens[start].norm === 'unit') start += doc.tokens[start + 1]?.norm === ':' ? 2 : 1;
  // "Corporal Joost van Dijk, male, from 101 Geniecompagnie": the unit he is from.
  else if (doc.tokens[start].norm === 'from') start++;
  return namesWho(doc, i) ? start : -1;
}

/**
 * "…, both 1 YORKS.", "all 2 SCOTS,": a unit said of every casualty, "both" or "all" alone before it opening its
 * phrase, names who each is as a rank would; none of its words may read as a fact ("both 2 IV", "all 3 NKDA").
 */
function saidOfEveryone(doc: Doc, i: number): boolean {
  const lead = doc.tokens[i - 1]?.norm;
  if ((lead !== 'both' && lead !== 'all') || doc.chunk[i - 2] === doc.chunk[i - 1]) return false;
  if (doc.tokens[i - 2] && doc.tokens[i - 2].kind !== 'punct') return false;
  for (let j = i; j < doc.chunkEnd[i] && doc.tokens[j].kind !== 'punct'; j++)
    if (doc.mentionIndex[j] >= 0) return false;
  return true;
}

/** The end of a unit written as a whole phrase from token `i` ("3rd MP", "Telemark Bn", "1 PWRR"), else -1. */
function readWrittenUnit(doc: Doc, i: number): number {
  let end = readNumbered(doc, i, false);
  if (end < 0 && isUnitName(doc, i) && UNIT_NOUNS.has(doc.tokens[i + 1]?.norm ?? '')) end = i + 2;
  // "…, all Light Dragoons, grid …": said of every casualty, a regiment's name of capitalized words alone.
  if (end < 0 && saidOfEveryone(doc, i)) end = capitalizedNameEnd(doc, i);
  return end > i && endsPhrase(doc, i, end) ? end : -1;
}

/** The end of one to three capitalized words from token `i`, no article first ("Light Dragoons"), else -1. */
function capitalizedNameEnd(doc: Doc, i: number): number {
  let end = i;
  // Words in capitals and lower case: a short form in capitals ("all PF") says who they are, not their unit.
  while (end < i + 3 && /^\p{Lu}\p{Ll}/u.test(doc.tokens[end]?.raw ?? '') && doc.tokens[end].kind === 'word') end++;
  return end > i && !NOT_UNIT_NAMES.has(doc.tokens[i].norm) ? end : -1;
}

/**
 * A number, an ordinal or a slashed pair ("1", "3rd", "3/2", "1-502"), then up to two capitalized names
 * ("MP", "Log", "SBCT") and a unit noun, with at least one of them: the end, else -1. With `bare`, a slashed pair
 * alone too ("1-502" after "B Co"), which on its own could be any two numbers ("120/80").
 */
function readNumbered(doc: Doc, i: number, bare: boolean): number {
  const t = doc.tokens;
  if (t[i]?.kind !== 'number') return -1;
  let j = i + 1;
  if ((ORDINAL_SUFFIXES.has(t[j]?.norm ?? '') || FRENCH_ORDINAL_SUFFIXES.has(t[j]?.norm ?? '')) && !t[j].spaced) j++;
  else if (['/', '-'].includes(t[j]?.norm ?? '') && !t[j].spaced && t[j + 1]?.kind === 'number' && !t[j + 1].spaced)
    j += 2;
  const numbered = j;
  // "1LT Park": a name glued to a bare number is a rank or a code, not a unit's number and name.
  if (j === i + 1 && !t[j]?.spaced) return -1;
  while (j < numbered + 2 && (isAcronym(doc, j) || isUnitName(doc, j))) j++;
  if (UNIT_NOUNS.has(t[j]?.norm ?? '')) j++;
  return j > numbered || (bare && numbered === i + 3) ? j : -1;
}

/** True when the sentence of token `i` says who the casualty is: a rank, a sex or a roster number. */
function namesWho(doc: Doc, i: number): boolean {
  for (let j = i; j >= 0 && doc.sentence[j] === doc.sentence[i]; j--) {
    const t = doc.tokens[j];
    if (RANK_WORDS.has(t.norm) || ROSTER_WORDS.has(t.norm)) return true;
    const k = doc.mentionIndex[j];
    if (k >= 0 && tagOf(doc.mentions[k], 'sex')) return true;
  }
  for (let j = i + 1; j < doc.sentenceEnd[i]; j++) {
    const k = doc.mentionIndex[j];
    if (k >= 0 && tagOf(doc.mentions[k], 'sex')) return true;
  }
  return false;
}
