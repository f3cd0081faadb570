/**
 * A sworn statement or a statement for the record is written by a witness, who names himself first ("I, SPC Marcus
 * T. Reyes, want to make the following statement", "Statement of SSG Paul Whitaker.", "For the record, this is
 * Specialist Marcus Hale, Second Platoon medic, recording"): his name is the writer's, never the casualty's, and
 * the unit he says of himself is his own.
 */
import { NATO_LETTERS } from '../text/phonetic-alphabet.js';
import type { Doc } from './document.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { HURT_VERBS } from './lexicon/people.js';
import { isInitialAt, isNameWord, MAX_NAME_WORDS, rankEnd } from './name-words.js';
import { SENTENCE_ENDS, sentenceStart } from './sentence-ends.js';

/** Nouns of a written account whose writer is named after "of" ("Statement of SGT Kim", "Affidavit of …"). */
const ACCOUNTS = new Set(['statement', 'affidavit', 'testimony', 'declaration', 'account']);

/** Words a speaker says of himself after his name ("…, Second Platoon medic, recording as I work"). */
const SELF_WORDS = new Set(['medic', 'corpsman', 'cls', 'recording', 'reporting', 'dictating', 'speaking']);

/** Verbs before a word of {@link HURT_VERBS} that say it befell the one named ("was hit", "got shot"). */
const BEFELL = new Set(['was', 'were', 'got', 'is', 'gets']);
/** What a soldier "took" when he was hurt ("took frag in the arm"). */
const TAKEN = new Set(['frag', 'shrapnel', 'fragments', 'fragmentation', 'rounds', 'round', 'fire']);

/** Most words the writer may say of himself between his name and a word of {@link SELF_WORDS}. */
const SELF_REACH = 5;

/**
 * True when the ranked name from a word of the rank at token `from` to token `end` is the writer's: after "I," and set off by
 * a comma ("I, SGT Dana Price, make the following statement"), after a written account's "of" ("SWORN STATEMENT OF
 * CPL LEE"), or after "this is" with what he does there said after it ("this is Sergeant Ames, Bravo medic, recording").
 */
export function writesStatement(doc: Doc, from: number, end: number): boolean {
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  const rank = rankStart(doc, from);
  if (norm(rank - 1) === ',' && norm(rank - 2) === 'i' && norm(end) === ',') return true;
  if (norm(rank - 1) === 'of' && ACCOUNTS.has(norm(rank - 2))) return true;
  // "Sworn statement, SPC Ana Ruiz, 68W, …", "Statement: SGT Kim, 2nd Sqd": the heading's name set off on both sides
  // is the writer's; not another's account ("By his account, SGT Miller was hit"), a witness's statement of what
  // befell someone ("Witness statement: SGT Ray Miller was hit") or a name the statement goes on about, nor the
  // hurt one the heading's clause is of ("Statement: SGT Omar Kim, 2nd Sqd, was hit in the left arm").
  const heading = [',', ':'].includes(norm(rank - 1)) && ACCOUNTS.has(norm(rank - 2)) && norm(end) === ',';
  if (heading && norm(rank - 2) !== 'account' && norm(rank - 3) !== 'witness') return !hurtInClause(doc, end);
  if (norm(rank - 1) !== 'is' || norm(rank - 2) !== 'this' || norm(end) !== ',') return false;
  // "this is Staff Sergeant Kovac, Kilo Oscar Victor …, senior medic": his name spelled out is no word said of himself.
  let reach = end + SELF_REACH;
  for (let k = end + 1; k <= reach && !SENTENCE_ENDS.has(norm(k)); k++) {
    if (SELF_WORDS.has(norm(k))) return true;
    if (Object.hasOwn(NATO_LETTERS, norm(k))) reach++;
  }
  return false;
}

/** Words opening a new subject in the heading's clause ("…, our truck was hit"): what befell it is not his. */
const NEW_SUBJECT = new Set(['the', 'our', 'my', 'a', 'an', 'we', 'his', 'her', 'their', 'i']);

/** True when the clause from token `from` to its end, before another subject or soldier is named, says he was hurt. */
function hurtInClause(doc: Doc, from: number): boolean {
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  for (let k = from; k < doc.tokens.length && !SENTENCE_ENDS.has(norm(k)); k++) {
    if (NEW_SUBJECT.has(norm(k)) || RANK_WORDS.has(norm(k))) return false;
    if (BEFELL.has(norm(k)) && HURT_VERBS.has(norm(k + 1))) return true;
    if (norm(k) === 'took' && TAKEN.has(norm(k + 1))) return true;
  }
  return false;
}

/**
 * The first word of the rank whose later word is at token `i`: a name read from "Sergeant" in "Staff Sergeant Kovac"
 * is said after "Staff".
 */
export function rankStart(doc: Doc, i: number): number {
  let from = i;
  while (from > 0 && from > i - 3 && RANK_WORDS.has(doc.tokens[from - 1].norm)) from--;
  return from;
}

/** The sentence in which the writer names himself ("For the record, this is SPC Hale, 2nd Platoon medic, …"), or null. */
export function writerSentence(doc: Doc): { start: number; end: number } | null {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!RANK_WORDS.has(doc.tokens[i].norm)) continue;
    const first = rankEnd(doc, i);
    let end = first;
    // "I, SPC Marcus T. Reyes, …": an initial with its full stop is a word of the name.
    // "I, PFC Desmond A. Achterberg, …": "A" is a small word elsewhere, an initial here.
    while (end - first < MAX_NAME_WORDS + 2 && (isNameWord(doc, end, true) || (end > first && isInitialAt(doc, end))))
      end += isInitialAt(doc, end) ? 2 : 1;
    if (end === first || !writesStatement(doc, i, end)) continue;
    const start = sentenceStart(doc, i);
    // An initial's full stop may be read as a sentence's end: the writer's sentence runs on to the end of his name's.
    return { start, end: doc.sentenceEnd[end - 1] };
  }
  return null;
}
