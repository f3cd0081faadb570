/**
 * The casualty's name (without rank) and the sex said with it: after a rank ("SGT Luis Alvarado",
 * "specialist amy tran"), after "name is", or the name the medic calls the casualty by ("Stay with me,
 * Jones"); "F"/"M" after the name or in brackets. The rest of who the casualty is is `casualty.ts`'s.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { caregiverAt } from './caregivers.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { FULL_NAME_INTRODUCERS, NAME_INTRODUCERS } from './lexicon/name-introducers.js';
import {
  isHyphenedAt,
  isInitialAt,
  isNameWord,
  MAX_NAME_WORDS,
  NAME_LEADS,
  NAME_PARTICLES,
  rankEnd,
  SOLDIER_WORDS,
} from './name-words.js';
import { isCutFrom } from './nicknames.js';
import { afterRankGloss } from './name-glosses.js';
import { introducesSpeaker } from './speaker-names.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { opensCardField } from './card-fields.js';
import { endsName, introducesWho } from './name-ends.js';
import { isFullName, restatedName } from './unranked-names.js';
import { findInitials } from './initialled-names.js';

/** Ranks that are also common words ("major bleeding"): the name after them must be capitalized. */
const AMBIGUOUS_RANKS = new Set(['major', 'private', 'lt', 'col', 'spec', 'seaman', 'airman', 'officer']);

/** Crew roles that are ranks too, written capitalized before a name ("Gunner Pete Lang", "Driver Sam Cole"). */
const CREW_RANKS = new Set(['Gunner', 'Driver']);

/**
 * A name after a rank ("SGT Luis Alvarado") or after "this card is for" / "name is". A surname read alone gives way
 * to the same surname said later in full ("Subject: SGT Morrow … SGT Aisha Morrow received …").
 */
export function findName(doc: Doc): Found<string> | null {
  // "it's Erik Lindqvist" only where no name is said otherwise: those words are said of much besides a name.
  const first = readName(doc, 0) ?? restatedName(doc) ?? readName(doc, 0, true);
  // "Pt J.R. (driver): …": where no name is said, the initials a report gives instead.
  if (!first) return findInitials(doc);
  if (first.value.includes(' ')) return first;
  const surname = first.value.toLowerCase();
  // Each look goes on from past the name before it, and at least one token further.
  for (let from = tokenAfter(doc, first), next = readName(doc, from); next; next = readName(doc, from)) {
    if (next.value.includes(' ') && next.value.toLowerCase().endsWith(` ${surname}`)) return next;
    from = Math.max(from + 1, tokenAfter(doc, next));
  }
  return first;
}

/** The first token past a name's span. */
const tokenAfter = (doc: Doc, found: Found<string>): number => {
  const k = doc.tokens.findIndex((t) => t.start >= found.span.end);
  return k < 0 ? doc.tokens.length : k;
};

/** The first name read from token `from` on; with `full`, a first name and surname after "it's" or "that's" too. */
function readName(doc: Doc, from: number, full = false): Found<string> | null {
  for (let i = from; i < doc.tokens.length; i++) {
    if (doc.excluded.has(doc.sentence[i])) continue;
    const t = doc.tokens[i];
    let after = -1;
    let fullOnly = false;
    if (RANK_WORDS.has(t.norm) && gradesLane(doc, i)) continue;
    if (RANK_WORDS.has(t.norm)) after = rankEnd(doc, i);
    // "Cas A is Gunner Pete Lang": a crew role that is also a rank (the Royal Artillery's Gunner, the Logistic
    // Corps' Driver), capitalized and with no comma before the capitalized name, is his rank.
    else if (CREW_RANKS.has(t.raw) && isNameWord(doc, i + 1, true)) after = i + 1;
    else {
      for (const intro of full ? [...NAME_INTRODUCERS, ...FULL_NAME_INTRODUCERS] : NAME_INTRODUCERS) {
        // The first (longest) introducer said wins: "name is Farid" is not "name" then "is".
        if (intro.every((w, j) => doc.tokens[i + j]?.norm === w)) {
          after = i + intro.length;
          fullOnly = FULL_NAME_INTRODUCERS.includes(intro);
          break;
        }
      }
      if (after >= 0 && RANK_WORDS.has(doc.tokens[after]?.norm ?? '')) continue;
    }
    if (after < 0) continue;
    // "Name? Oleksandr Shevchuk.", "what's your name? ...Daniel Kurz": the name asked, then answered.
    const lead = (k: number): string => doc.tokens[k]?.norm ?? '';
    while (NAME_LEADS.has(lead(after)) || (lead(after) === '?' && !RANK_WORDS.has(t.norm))) after++;
    // "Patient is soldier Mohamed Ali Warsame": a word for a soldier where a rank would stand.
    if (!RANK_WORDS.has(t.norm) && SOLDIER_WORDS.has(doc.tokens[after]?.norm ?? '')) after++;
    // "Patient is Obergefreiter, this is like a lance corporal, Weber, Jonas.": a rank of another army, glossed.
    const glossed = RANK_WORDS.has(t.norm) ? -1 : afterRankGloss(doc, after);
    if (glossed >= 0) after = glossed;
    // A card read aloud: "Name, Aguilar, Tomas, rank PFC.", "Casualty name, Ingrid Solberg."
    // Or field by field, each after a pause: "… holds pressure... name, Daniel Reyes... roster, …".
    const fieldLabel = after > i && doc.tokens[after - 1].norm === 'name';
    const card = fieldLabel && opensCardField(doc.tokens, i);
    // "I only got a last name, Pham": the surname said alone, set off by a comma.
    const surname = t.norm === 'name' && doc.tokens[i - 1]?.norm === 'last';
    if ((card || surname) && fieldLabel && doc.tokens[after]?.norm === ',') after++;
    // Lower-case speech-to-text gives one name word after an unambiguous rank; capitals allow a full name.
    // In a narrative with no capitals at all, "private lowe" too, when the name plainly ends there.
    const lowerCase = !/[A-Z]/.test(doc.text);
    // "officer down, officer needs help": with no capitals, "officer" is the word, never a rank before a name.
    if (lowerCase && t.norm === 'officer') continue;
    // "carry him down to the col. Grid three two …": where the writer capitalizes, a rank that is also a word, in lower
    // case before a full stop, is the word ending its sentence.
    if (!lowerCase && AMBIGUOUS_RANKS.has(t.norm) && /^\p{Ll}/u.test(t.raw) && doc.tokens[i + 1]?.norm === '.')
      continue;
    const ambiguousInLowerCase = AMBIGUOUS_RANKS.has(t.norm) && lowerCase;
    // "name is haider kareem gunshot wound": in a narrative with no capitals, the name said after "name", when it
    // plainly ends within two words.
    const namedInLowerCase = lowerCase && t.norm === 'name' && after > i;
    const capitalizedOnly =
      (!RANK_WORDS.has(t.norm) || (AMBIGUOUS_RANKS.has(t.norm) && !ambiguousInLowerCase)) && !namedInLowerCase;
    let end = after;
    const initials = new Set<number>();
    const hyphens = new Set<number>();
    const joined = new Set<number>();
    while (
      end - after < MAX_NAME_WORDS + initials.size + 2 * hyphens.size + joined.size &&
      // "PFC Desmond A. Achterberg": an initial that is also a small word ("A", "I") is still an initial there.
      (isNameWord(doc, end, capitalizedOnly || end > after) || (end > after && isInitialAt(doc, end)))
    ) {
      // "SSG K. Oduya": an initial's full stop is part of the name when a capitalized name word follows it.
      if (isInitialAt(doc, end)) initials.add(++end);
      else if (isHyphenedAt(doc, end)) {
        hyphens.add(end + 1);
        end += 2;
      }
      end++;
      // "Joost van Dijk", "Maria de la Cruz": the small words of a surname, in lower case between its capitals.
      let particles = end;
      while (particles - end < 2 && NAME_PARTICLES.has(doc.tokens[particles]?.raw ?? '')) particles++;
      if (particles > end && end > after && isNameWord(doc, particles, true)) {
        for (let k = end; k < particles; k++) joined.add(k);
        end = particles;
      }
    }
    if (end === after) continue;
    if (fullOnly && !isFullName(doc, after, end)) continue;
    // "Lance Corporal... Doc, what's his name?": the one the speaker turns to and asks is no name of the casualty.
    if (asksTheName(doc, end)) continue;
    // "Name's Reyes, Corporal Ana Reyes": a name said in passing, then his rank and name in full, which are read.
    if (t.norm === "name's" && doc.tokens[end]?.norm === ',' && RANK_WORDS.has(doc.tokens[end + 1]?.norm ?? ''))
      continue;
    if (RANK_WORDS.has(t.norm) && introducesSpeaker(doc, i, end)) continue;
    // "me and LCpl Ortiz", "Cpl Roy had put a TQ on him": one who gives the care is not the casualty named.
    if (RANK_WORDS.has(t.norm) && caregiverAt(doc.tokens, end - 1)) continue;
    if (writesTheRecord(doc, end)) continue;
    if (RANK_WORDS.has(t.norm) && signsTheNote(doc, i)) continue;
    // "specialist amy tran female": a second lower-case word is the surname when the name plainly ends after it;
    // so too after "private" ("private james okafor gunshot wound …"). Never after a capitalized one: the writer
    // capitalizes names ("gets Spc Martinez twice").
    const spokenName = !capitalizedOnly && !/^\p{Lu}/u.test(doc.tokens[after].raw);
    if (end === after + 1 && spokenName && isNameWord(doc, end, false) && endsName(doc, end + 1)) end++;
    // "specialist jo anne whitfield battle roster …": three lower-case words, when the roster or the sex ends them.
    else if (
      end === after + 1 &&
      spokenName &&
      isNameWord(doc, end, false) &&
      isNameWord(doc, end + 1, false) &&
      !endsName(doc, end + 1) &&
      introducesWho(doc, end + 2)
    )
      end += 2;
    if (ambiguousInLowerCase && end === after + 1 && !endsName(doc, end) && doc.mentionIndex[end] < 0) continue;
    if (namedInLowerCase && !endsName(doc, end)) continue;
    const words: string[] = [];
    for (let k = after; k < end; k++) {
      const raw = doc.tokens[k].raw.replace(/['\u2019]s$/, '');
      if (initials.has(k)) words[words.length - 1] += '.';
      else if (hyphens.has(k)) words[words.length - 1] += `-${doc.tokens[++k].raw.replace(/['\u2019]s$/, '')}`;
      // "private second class derek uh wallace wallace": a recogniser's stutter, in speech written with no capitals,
      // is the word said once.
      else if (!lowerCase || raw.toLowerCase() !== words[words.length - 1]?.toLowerCase()) words.push(raw);
    }
    // "Delgado, first name Rosa", "Nametape BRANDT, says first name Kyle": the surname said just before goes after
    // the first name.
    const saidAt = ['says', 'said'].includes(doc.tokens[i - 2]?.norm ?? '') ? i - 3 : i - 2;
    if (
      t.norm === 'name' &&
      doc.tokens[i - 1]?.norm === 'first' &&
      doc.tokens[saidAt]?.norm === ',' &&
      isNameWord(doc, saidAt - 1, true)
    )
      return {
        value: `${words.join(' ')} ${doc.tokens[saidAt - 1].raw}`,
        span: spanOf(doc, saidAt - 1, end),
      };
    // "Last name Delacroix, first Marcus.", "Name Dubois, first name Marc": the first name said after the surname,
    // "first name" before it ("first" alone after "last name").
    const firstAt = doc.tokens[end + 2]?.norm === 'name' ? end + 3 : end + 2;
    if (
      t.norm === 'name' &&
      (doc.tokens[i - 1]?.norm === 'last' || firstAt === end + 3) &&
      words.length === 1 &&
      doc.tokens[end]?.norm === ',' &&
      doc.tokens[end + 1]?.norm === 'first' &&
      isNameWord(doc, firstAt, true)
    )
      return {
        value: `${doc.tokens[firstAt].raw} ${words[0]}`,
        span: spanOf(doc, after, firstAt + 1),
      };
    // "Name: Aguilar, Tomas.", "Name, Rivas comma Paulina.": a card gives the surname first, then the first name
    // alone after a comma, written or said.
    const comma = [',', 'comma'].includes(doc.tokens[end]?.norm ?? '');
    if (card && words.length === 1 && comma && isNameWord(doc, end + 1, true)) {
      const close = doc.tokens[end + 2]?.norm;
      if (close === undefined || close === ',' || SENTENCE_ENDS.has(close))
        return {
          value: `${doc.tokens[end + 1].raw} ${words[0]}`,
          span: spanOf(doc, after, end + 2),
        };
    }
    // "Specialist Andre, Andre Kealoha.": the first name said again to start over, now with the surname.
    if (words.length === 1 && doc.tokens[end]?.norm === ',' && doc.tokens[end + 1]?.raw === words[0])
      if (isNameWord(doc, end + 2, true) && !isNameWord(doc, end + 3, true))
        return {
          value: `${words[0]} ${doc.tokens[end + 2].raw}`,
          span: spanOf(doc, after, end + 3),
        };
    // "SSG Okafor, Ryan, 3/75", "name Halvorsen, Mark, male": surname, first name; no list ("SGT Cole, Dunn, Ames").
    const given = end + 1;
    if (
      words.length === 1 &&
      doc.tokens[end]?.norm === ',' &&
      isNameWord(doc, given, true) &&
      doc.tokens[given + 1]?.norm === ',' &&
      !isNameWord(doc, given + 2, true) &&
      doc.tokens[given + 2]?.norm !== 'and'
    )
      // "LCpl Kowalski, Ski, …": a word cut from the surname is what he is called, no first name.
      return isCutFrom(doc.tokens[given].raw, words[0])
        ? { value: words[0], span: spanOf(doc, after, end) }
        : {
            value: `${doc.tokens[given].raw} ${words[0]}`,
            span: spanOf(doc, after, given + 1),
          };
    return { value: words.join(' '), span: spanOf(doc, after, end) };
  }
  return null;
}

/** What a medic writes of his own as he works: whose it is, is its writer's name, no casualty's. */
const OWN_RECORDS = new Set(['notebook', 'notes', 'log', 'logbook', 'journal', 'diary', 'jotter', 'handwriting']);

/**
 * True when the name ending before token `end` is said in the possessive of such a record, straight after or past one
 * word ("Copied from Cpl Ana Ruiz's pocket notebook", "SGT Obi's notes"): the one who wrote it, not the one hurt.
 */
function writesTheRecord(doc: Doc, end: number): boolean {
  if (!/['\u2019]s$/.test(doc.tokens[end - 1]?.raw ?? '')) return false;
  return [end, end + 1].some((k) => OWN_RECORDS.has(doc.tokens[k]?.norm ?? ''));
}

/** What a note's fact is about: a signature's line names none of them. */
const FACT_CATS = new Set(['injury', 'intervention', 'access', 'vital', 'medication', 'fluid', 'mechanism', 'evac']);

/** Words that open what is written after a note is signed ("LATE ENTRY …", "ADDENDUM 0310:", "Correction to para 1"). */
const AFTER_SIGNING = new Set(['late', 'addendum', 'correction', 'corrections', 'amendment']);

/**
 * "- SSG D. Whitfield, NREMT-P" closing the note, or closing it before its late entries and addenda: the one who
 * wrote it signs it, and is no casualty. A dashed line that says a wound or care, or that more of the note follows
 * ("Casualty:\n- SPC Tom Hale\n\nFrag R leg"), is a list's entry.
 */
function signsTheNote(doc: Doc, rank: number): boolean {
  if (doc.tokens[rank - 1]?.norm !== '-' || (rank > 1 && doc.tokens[rank - 2].norm !== '\n')) return false;
  let end = rank;
  while (end < doc.tokens.length && doc.tokens[end].norm !== '\n') end++;
  let next = end;
  while (doc.tokens[next]?.norm === '\n') next++;
  if (next < doc.tokens.length && !(next > end + 1 && AFTER_SIGNING.has(doc.tokens[next].norm))) return false;
  return !doc.mentions.some((m) => m.start >= rank && m.start < end && m.tags.some((tag) => FACT_CATS.has(tag.cat)));
}

/** Who grades or is graded on a training lane, never its casualty ("Evaluator: SFC Dale Morrow. Student: PFC Ty Cobb."). */
const LANE_ROLES = new Set(['evaluator', 'student', 'instructor', 'grader']);

/** True when the rank at token `i` follows a lane role as its label ("Student: PV2 Keisha Barnes", "evaluator SSG Ruiz"). */
const gradesLane = (doc: Doc, i: number): boolean => {
  const before = doc.tokens[i - 1]?.norm === ':' ? i - 2 : i - 1;
  return LANE_ROLES.has(doc.tokens[before]?.norm ?? '');
};

/** True when the words from token `k` ask someone the casualty's name (", what's his name?", ", what is her name"). */
function asksTheName(doc: Doc, k: number): boolean {
  const w = (j: number): string => doc.tokens[k + j]?.norm ?? '';
  if (w(0) !== ',') return false;
  const is = w(1) === "what's" ? 2 : w(1) === 'what' && ['is', "'s"].includes(w(2)) ? 3 : -1;
  return is > 0 && ['his', 'her', 'their'].includes(w(is)) && w(is + 1) === 'name';
}
