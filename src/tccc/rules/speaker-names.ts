/**
 * The speaker's own name and words about himself ("this is pfc dunn, I'm the CLS", "Note by 1LT Ferreira"), which
 * are no casualty's: the casualty name reader (`casualty-name.ts`) and the unit reader (`units.ts`) pass over them.
 */
import type { Doc } from './document.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { isNameWord, MAX_NAME_WORDS, rankEnd } from './name-words.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { rankStart, writesStatement } from './statement-writers.js';

/** What a medic sends ("SBAR from SGT Ruiz"): the one it is from wrote it; a grenade going off "from" someone hit him. */
const SENT_THINGS = new Set(['sbar', 'report', 'handoff', 'handover', 'note', 'notes', 'message', 'update', 'mist']);
/** How many words before "from" may name what is sent ("Handoff for Medic 14 from SGT Pruitt"). */
const SENT_REACH = 4;

/** True when the "from" at token `at` says who sent it: a thing sent said shortly before, or "this is from". */
function sentFrom(norm: (k: number) => string, at: number): boolean {
  if (norm(at - 1) === 'is' && norm(at - 2) === 'this') return true;
  for (let k = at - 1; k >= 0 && k >= at - SENT_REACH && !SENTENCE_ENDS.has(norm(k)); k--)
    if (SENT_THINGS.has(norm(k))) return true;
  return false;
}

/**
 * "this is pfc dunn, I'm the CLS for 3rd squad": the ranked name (from token `from` to `to`) after "this is" and
 * before "I'm", "I am" or "treating" is the speaker's own, not the casualty's; so is one after "by".
 */
export function introducesSpeaker(doc: Doc, rank: number, to: number): boolean {
  if (writesStatement(doc, rank, to)) return true;
  const from = rankStart(doc, rank);
  const norm = (k: number): string => doc.tokens[k]?.norm ?? '';
  // "Note by 1LT Ferreira, PA", "SBAR from SGT Ruiz to the PA": whoever something is done, written or sent by is not
  // the one it is done to.
  // A rank written with its digit ("1LT") is read from the letters on.
  let lead = doc.tokens[from - 1]?.kind === 'number' && !doc.tokens[from].spaced ? from - 2 : from - 1;
  // "Author 18D SFC M. Haskell", "Author: SFC Haskell": a note's author, his specialty's code or a colon between.
  const code = doc.tokens[lead];
  if (code?.kind === 'word' && code.norm.length === 1 && !code.spaced && doc.tokens[lead - 1]?.kind === 'number')
    lead -= 2;
  if (norm(lead) === ':') lead--;
  if (['by', 'author'].includes(norm(lead)) || (norm(lead) === 'from' && sentFrom(norm, lead))) return true;
  const thisIs = norm(from - 1) === 'is' && norm(from - 2) === 'this';
  if (!thisIs && !["it's", 'its'].includes(norm(from - 1))) return false;
  const next = norm(to) === ',' ? to + 1 : to;
  // "this is Sergeant first class Bianchi treating Private Yusuf Haddad": the speaker, then his casualty.
  if (norm(next) === 'treating' || introducesCasualtyAfter(doc, next) >= 0) return true;
  // "doc, it's sgt reyes, update on pfc haley": the speaker, then whom his news is on.
  if (['update', 'report', 'news'].includes(norm(next)) && ['on', 'for'].includes(norm(next + 1))) return true;
  // "This is Major Benning at the Role 2, go ahead with your patient": the station that asks for the report.
  if (asksForReport(doc, next)) return true;
  return ["i'm", 'im'].includes(norm(next)) || (norm(next) === 'i' && norm(next + 1) === 'am');
}

/** True when "go ahead" (the radio call to send) is said from token `from` to the end of its sentence. */
function asksForReport(doc: Doc, from: number): boolean {
  for (let k = from; k + 1 < doc.tokens.length && !SENTENCE_ENDS.has(doc.tokens[k].norm); k++)
    if (doc.tokens[k].norm === 'go' && doc.tokens[k + 1].norm === 'ahead') return true;
  return false;
}

/** Most words the speaker may say of himself before he names the casualty ("with the medical platoon"). */
const SPEAKER_REACH = 8;

/**
 * "this is specialist okafor with the medical platoon casualty is …": where "casualty is" or "patient is" follows
 * the speaker's name within a few words that read no fact, the index of that label; else -1.
 */
function introducesCasualtyAfter(doc: Doc, from: number): number {
  for (let k = from; k < from + SPEAKER_REACH && k + 1 < doc.tokens.length; k++) {
    if (['casualty', 'patient'].includes(doc.tokens[k].norm) && doc.tokens[k + 1].norm === 'is') return k;
    if (doc.mentionIndex[k] >= 0 || SENTENCE_ENDS.has(doc.tokens[k].norm)) return -1;
  }
  return -1;
}

/**
 * The words the speaker says of himself before he names the casualty ("this is specialist okafor with the medical
 * platoon casualty is …"), from "this" to the casualty's label: no name or unit there is the casualty's; else null.
 */
export function speakerWords(doc: Doc): { start: number; end: number } | null {
  for (let i = 0; i + 2 < doc.tokens.length; i++) {
    if (doc.tokens[i].norm !== 'this' || doc.tokens[i + 1].norm !== 'is' || !RANK_WORDS.has(doc.tokens[i + 2].norm))
      continue;
    let end = rankEnd(doc, i + 2);
    const first = end;
    while (end - first < MAX_NAME_WORDS && isNameWord(doc, end, false)) end++;
    const label = end > first ? introducesCasualtyAfter(doc, end) : -1;
    if (label >= 0) return { start: i, end: label };
  }
  return null;
}

/**
 * "Handoff for Medic 14 from SGT Pruitt, 2-137 Infantry, Kansas Guard.": the words from the name of the one a
 * report is sent or written by to the end of his sentence, or to a casualty's label in it, say who he is: no unit
 * there is the casualty's. Null when no report names its sender so.
 */
export function senderWords(doc: Doc): { start: number; end: number } | null {
  for (let i = 0; i < doc.tokens.length; i++) {
    if (!RANK_WORDS.has(doc.tokens[i].norm)) continue;
    const from = rankStart(doc, i);
    const lead = doc.tokens[from - 1]?.norm ?? '';
    if (lead !== 'by' && lead !== 'from') continue;
    let end = rankEnd(doc, i);
    const first = end;
    while (end - first < MAX_NAME_WORDS && isNameWord(doc, end, true)) end++;
    if (end === first || !introducesSpeaker(doc, i, end)) continue;
    let stop = end;
    while (stop < doc.tokens.length && doc.sentence[stop] === doc.sentence[end - 1] && !labelsCasualty(doc, stop))
      stop++;
    return { start: from, end: stop };
  }
  return null;
}

/** "patient is", "casualty:": a label that turns from the sender to the one cared for. */
const labelsCasualty = (doc: Doc, k: number): boolean => ['casualty', 'patient', 'pt'].includes(doc.tokens[k].norm);

/** Words that turn a sentence from the speaker to someone else before a unit is said ("I treated PFC Lee, 2nd Plt"). */
const OTHER_SUBJECTS = new Set(['he', 'she', 'his', 'her', 'him', 'casualty', 'patient', 'pt', 'they', 'their']);

/**
 * "On 14 March I was the SAW gunner for 2nd Squad": a unit at token `at` in a sentence whose last subject before it is
 * the speaker ("I") and no one else said between, is the speaker's own, not the casualty's.
 */
export function inSpeakersClause(doc: Doc, at: number): boolean {
  for (let k = at - 1; k >= 0 && doc.sentence[k] === doc.sentence[at]; k--) {
    const w = doc.tokens[k].norm;
    if (OTHER_SUBJECTS.has(w) || RANK_WORDS.has(w)) return false;
    // The pronoun, never a letter of a name spelled out ("P-R-U-I-T-T").
    if (w === 'i' && doc.tokens[k - 1]?.norm !== '-' && doc.tokens[k + 1]?.norm !== '-') return true;
  }
  return false;
}
