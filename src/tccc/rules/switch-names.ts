/**
 * A switch to a casualty already named: "Back to Lopez", "Young urgent, Torres routine", and in a recogniser's text
 * with no punctuation "… 0327 vega urgent surgical boone priority". `casualty-switch.ts` reads the other switches.
 */
import type { Token } from '../text/tokenize.js';
import { opensSpokenClause, unpunctuated } from './switch-phrases.js';
import { callsBy } from './nicknames.js';
import { surnameOfGivenName } from './called-names.js';
import { afterOpeningTime, isBoundary, norm, noun, sentenceOpening, type SwitchFound } from './switch-words.js';
import { rankedNameEnd } from './list-cues.js';
import { NAME_WORD } from './name-shape.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { MEDIC_TITLES } from './lexicon/people.js';
import { SENTENCE_ENDS } from './sentence-ends.js';
import { DASHES } from './handover-turns.js';
import { caregiverAt, creditedWithCare } from './caregivers.js';
import { headsLine, opensLine } from './switch-openings.js';

const noCapitalsOf = new WeakMap<Token[], boolean>();
/** True when no word of the narrative has a capital letter (once per narrative). */
function noCapitals(tokens: Token[]): boolean {
  let known = noCapitalsOf.get(tokens);
  if (known === undefined) noCapitalsOf.set(tokens, (known = !tokens.some((t) => /\p{Lu}/u.test(t.raw))));
  return known;
}

/** Verbs of an order about a casualty, said to a helper before his name ("Get Diaz a pulse", "give Diaz his pills"). */
const ORDERS_ABOUT = new Set(['get', 'give', 'check']);
/** Verbs of a medic taking a casualty over from another, said before his name and "from" ("took Diaz from Doc"). */
const TAKES_OVER = new Set(['took', 'take', 'taking', 'received', 'receiving', 'got']);
/** Words that open a question about a casualty before his name ("what's Diaz got?", "is Diaz talking?"). */
const ASKS_ABOUT = new Set(["what's", "how's", 'is', 'has', 'does', 'did']);

/**
 * True when the name at `i` opens what the medic asks or orders about him, at the start of a phrase ("Hernandez,
 * what's Diaz got?", "is Diaz talking to you?", "Get Diaz a pulse"): the words that follow are that casualty's.
 */
const askedOf = (tokens: Token[], i: number): boolean =>
  (ORDERS_ABOUT.has(norm(tokens, i - 1)) || ASKS_ABOUT.has(norm(tokens, i - 1))) && isBoundary(tokens[i - 2]);

/**
 * True when the name at `i` heads his words with a colon after a dash that sets off a heading's words ("BETWEEN LIFTS -
 * Haddad: OTFC …"): the dash ends the heading as a full stop would.
 */
const headedAfterDash = (tokens: Token[], i: number): boolean =>
  DASHES.has(tokens[i - 1]?.raw ?? '') &&
  tokens[i - 1].spaced &&
  tokens[i].spaced &&
  norm(tokens, i + 1) === ':' &&
  // A dash opening a line is a list's bullet ("- Lam: binder 1806"), read as such.
  tokens[i - 2]?.kind === 'word';

/** Verbs of the medic going to someone, before "to him" ("Going to him."): not name-cues' TURN_LEADS, whole phrases
 * before a name ("starting with", "now treating"), as these lead only to a pronoun for the one just named. */
const GOES_TO = new Set(['going', 'moving', 'heading', 'over', 'on']);

/**
 * True when the name at `i` ends a sentence that says who someone is ("So the one by the well is Bashir.") and the next
 * goes to him ("Going to him."): the pronoun is the one just named, whom the medic now treats.
 */
function goneToNamed(tokens: Token[], i: number): boolean {
  const end = i + 1;
  return (
    norm(tokens, i - 1) === 'is' &&
    SENTENCE_ENDS.has(norm(tokens, end)) &&
    GOES_TO.has(norm(tokens, end + 1)) &&
    norm(tokens, end + 2) === 'to' &&
    ['him', 'her'].includes(norm(tokens, end + 3)) &&
    isBoundary(tokens[end + 4])
  );
}

/** Words that tell two casualties of one surname apart, said before it ("big Martinez and little Martinez"). */
const TELLS_APART = new Set(['big', 'little', 'tall', 'short', 'older', 'younger', 'senior', 'junior']);

/**
 * True when a capitalized word that is no rank opens the sentence right before the surname at `i`, the two set off by
 * a comma as a heading ("Claire Abernathy, GSW …"); never "Giving Hughes a lozenge", "Big Martinez is …".
 */
const givenNameBefore = (tokens: Token[], i: number): boolean =>
  tokens[i - 1]?.kind === 'word' &&
  NAME_WORD.test(tokens[i - 1].raw) &&
  !RANK_WORDS.has(tokens[i - 1].norm) &&
  tokens[i - 1].norm !== tokens[i].norm &&
  // "Soldaat JANSEN, Femke": a surname in capitals after a rank no lexicon knows.
  NAME_WORD.test(tokens[i].raw) &&
  !TELLS_APART.has(tokens[i - 1].norm) &&
  // A word the narrative writes in lower case too is no name ("Little Martinez, …" after "little Martinez").
  tokens.every((t) => t.norm !== tokens[i - 1].norm || /^\p{Lu}/u.test(t.raw)) &&
  i >= 2 &&
  isBoundary(tokens[i - 2]) &&
  norm(tokens, i + 1) === ',';

/**
 * The surname of the casualty whose first name `word` is ("Hana: pulse ninety", "Back to Hana"), when one ranked full
 * name has it and heads his words, its rank opening a phrase ("Next one. Lance Corporal Hana Kobayashi, female, …",
 * "First, Private …"); never one said inside a sentence ("casualty is Specialist Kwame Boateng"), which no switch of
 * his name opens, so his first name there calls the one already spoken of.
 */
function givenNameOf(tokens: Token[], word: string): string | undefined {
  const surname = surnameOfGivenName(tokens, word);
  if (surname < 0) return undefined;
  let rank = surname - 2;
  while (rank > 0 && RANK_WORDS.has(norm(tokens, rank - 1))) rank--;
  return rank === 0 || CLAUSE_ENDS.has(norm(tokens, rank - 1)) || norm(tokens, rank - 1) === ','
    ? tokens[surname].norm
    : undefined;
}

/** The switch to a named casualty at token `i` (`names` are the casualties' surnames, in order), or null. */
export function namedSwitchAt(
  tokens: Token[],
  i: number,
  names: readonly (string | undefined)[],
  startsPhrase: boolean,
): SwitchFound | null {
  // Capitalized, or lower case after "back to", "over to" (a recogniser prints no capitals).
  const back =
    norm(tokens, i - 1) === 'back' || (norm(tokens, i - 1) === 'to' && ['back', 'over'].includes(norm(tokens, i - 2)));
  // "Kowalski, Ski, … Back to Ski": the nickname the narrative gives a surname says that casualty too.
  // Chat shorthand with no capital anywhere ("bell priority, ortiz urgent"): a known name opening a clause there, or
  // heading a line anywhere ("fischer - RPG …"), is as plain as a capitalized one (unpunctuated text: read below).
  const cased =
    tokens[i].raw[0] !== tokens[i].raw[0].toLowerCase() ||
    (noCapitals(tokens) && !unpunctuated(tokens) && opensSpokenClause(tokens, i, noun(tokens, i))) ||
    headsLine(tokens, i);
  const named = names.findIndex(
    (n) =>
      n !== undefined &&
      (n === noun(tokens, i) || callsBy(tokens, n, noun(tokens, i)) || givenNameOf(tokens, noun(tokens, i)) === n) &&
      (back || cased),
  );
  // "took Abara and Solis, both priority": the second of two names given one category is no turn to him.
  const ofBoth = ['both', 'all'].includes(norm(tokens, norm(tokens, i + 1) === ',' ? i + 2 : i + 1));
  // "it got both of you, you and Alvarez": a name joined to the one spoken to lists the two, no turn to him.
  const listedAfter =
    norm(tokens, i - 1) === 'and' && ((ofBoth && names.includes(noun(tokens, i - 2))) || norm(tokens, i - 2) === 'you');
  // "Correction Alvarez is urgent.": a correction opening the sentence, then the one it is of.
  const corrects = norm(tokens, i - 1) === 'correction' && isBoundary(tokens[i - 2]);
  if (
    named >= 0 &&
    !listedAfter &&
    !creditedWithCare(tokens, i) &&
    (startsPhrase ||
      afterOpeningTime(tokens, i) ||
      corrects ||
      norm(tokens, i - 1) === 'back' ||
      askedOf(tokens, i) ||
      headedAfterDash(tokens, i))
  )
    return { target: { key: `name:${names[named]}`, number: named + 1 }, end: i + 1 };
  // "So the one by the well is Bashir. Going to him.": the one named, then gone to, opens his words there.
  if (named >= 0 && goneToNamed(tokens, i))
    return {
      target: { key: `name:${names[named]}`, number: named + 1 },
      end: i + 1,
      start: sentenceOpening(tokens, i) ?? i,
    };
  // "Claire Abernathy, GSW to the right chest …": a known surname after a given name that opens the sentence.
  if (named >= 0 && givenNameBefore(tokens, i))
    return {
      target: { key: `name:${names[named]}`, number: named + 1 },
      end: i + 1,
      start: i - 1,
      called: `${tokens[i - 1].raw} ${tokens[i].raw}`,
    };
  // "On scene, took Marsh from RED DOC. 0313 SpO2 89 …": a medic taking a casualty over from another turns to him.
  if (named >= 0 && TAKES_OVER.has(norm(tokens, i - 1)) && norm(tokens, i + 1) === 'from')
    return {
      target: { key: `name:${names[named]}`, number: named + 1 },
      end: i + 1,
      start: sentenceOpening(tokens, i) ?? i - 1,
    };
  // "The gunner, Corporal Ines Vidal, took a round …", "and Private Lee Ortiz, shrapnel …": a known surname said with
  // its rank, the rank opening a clause or set off after the role he holds, introduces him; the name stays his words.
  const rank = named >= 0 ? rankOpeningClause(tokens, i) : -1;
  if (rank >= 0)
    return {
      target: { key: `name:${names[named]}`, number: named + 1 },
      end: rank,
      start: sentenceOpening(tokens, rank + 1) ?? rank,
    };
  // A recogniser's text, with no punctuation: a known name opening a clause ("… 0327 vega urgent
  // surgical boone priority", "amaya is urgent").
  const spoken = names.findIndex((n) => n !== undefined && n === noun(tokens, i));
  // The name stays words of the record ("first one corporal vance has shrapnel"): no label.
  if (spoken >= 0 && opensSpokenClause(tokens, i, noun(tokens, i)) && unpunctuated(tokens))
    return { target: { key: `name:${noun(tokens, i)}`, number: spoken + 1 }, end: i };
  return null;
}

/**
 * "Last one's Sergeant Boone, …", "The last casualty is PFC Ray Diaz.": the last casualty said by his rank and name
 * opens his words; a surname already known is that casualty's. Never "the last one" said of no ranked name ("last one
 * going on the left arm").
 */
export function lastNamedAt(tokens: Token[], i: number, names: readonly (string | undefined)[]): SwitchFound | null {
  if (norm(tokens, i) !== 'last') return null;
  if (!(isBoundary(tokens[i - 1]) || (norm(tokens, i - 1) === 'the' && isBoundary(tokens[i - 2])))) return null;
  // "Last, Private Daniel Kim.": as an ordinal heads the ones before him ("Third, Specialist …"), his rank right after.
  const bare = norm(tokens, i + 1) === ',' && rankedNameEnd(tokens, i + 2) >= 0;
  if (!bare && !['patient', 'casualty', 'guy', 'one'].includes(noun(tokens, i + 1))) return null;
  const copula = bare
    ? -1
    : /'s$/.test(norm(tokens, i + 1))
      ? 0
      : ['is', ',', ':'].includes(norm(tokens, i + 2))
        ? 1
        : -1;
  // "Last one's the Rook, PFC Ethan Dawson.": a nickname with its article may stand before the rank and name.
  const at = i + 2 + copula;
  const nicknamed =
    norm(tokens, at) === 'the' && /^\p{Lu}/u.test(tokens[at + 1]?.raw ?? '') && norm(tokens, at + 2) === ',';
  const surname = bare
    ? rankedNameEnd(tokens, i + 2)
    : copula < 0
      ? -1
      : rankedNameEnd(tokens, nicknamed ? at + 3 : at);
  if (surname < 0) return null;
  const n = names.indexOf(tokens[surname].norm);
  const start = norm(tokens, i - 1) === 'the' ? i - 1 : i;
  return {
    target: n >= 0 ? { key: `name:${tokens[surname].norm}`, number: n + 1 } : { key: `last:${i}` },
    end: bare ? i + 2 : i + 2 + copula,
    start,
  };
}

/**
 * "Big Martinez is …, Little Martinez, roster …": where the narrative says one surname after two different words
 * that tell its bearers apart, each pair opening a phrase (`startsPhrase`) is its own casualty; the words stay his.
 */
export function toldApartAt(tokens: Token[], i: number, startsPhrase: boolean): SwitchFound | null {
  const w = norm(tokens, i);
  const name = tokens[i + 1];
  if (!startsPhrase || !TELLS_APART.has(w) || !/^\p{Lu}\p{Ll}+$/u.test(name?.raw ?? '')) return null;
  const other = tokens.some(
    (t, k) => t.norm === name.norm && TELLS_APART.has(norm(tokens, k - 1)) && norm(tokens, k - 1) !== w,
  );
  return other ? { target: { key: `apart:${w} ${name.norm}` }, end: i } : null;
}

/**
 * What closes a clause a rank may open: a sentence's end or a heading's colon; a comma only sets off a role said
 * before ("the pilot, Captain …").
 */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, ':']);
/** Words after a ranked name that join him to another ("SGT Ames and PFC Bell were hit"): a list, no heading. */
const RANKED_JOINS: ReadonlySet<string> = new Set(['and', '&', '/', 'with']);

/**
 * The rank token whose name ends with the surname at `i` and a comma (or, for one who gives no care, none), when that
 * rank opens a sentence (after "and", too) or follows a role set off by a comma at a sentence's start ("the crew
 * chief, Staff Sergeant …"), else -1.
 * Never a rank said mid-clause ("I dragged Corporal Vidal …"), nor a medic's ("the tower medic, SGT …").
 */
function rankOpeningClause(tokens: Token[], i: number): number {
  for (let r = i - 1; r >= Math.max(0, i - 5); r--) {
    if (rankedNameEnd(tokens, r) !== i) continue;
    // "Staff Sergeant …": the rank's first word is what opens the clause.
    while (r > 0 && RANK_WORDS.has(norm(tokens, r - 1))) r--;
    const before = norm(tokens, r - 1) === 'and' ? r - 2 : r - 1;
    // "- PFC Wade Gage came down the ladder …": a list's bullet opening the line opens the clause too.
    const opens = before < 0 || CLAUSE_ENDS.has(norm(tokens, before)) || opensLine(tokens, r);
    // "…; PFC Caleb Nwosu wasn't shot, …": a known casualty's rank and name opening a sentence heads it, comma or none;
    // never one the narrative names as giving care ("The tower medic, SGT Ines Dacosta, put … SGT Dacosta wrapped it").
    const bare =
      opens &&
      norm(tokens, r - 1) !== 'and' &&
      norm(tokens, i + 1) !== ',' &&
      !RANKED_JOINS.has(norm(tokens, i + 1)) &&
      !tokens.some((t, k) => t.norm === tokens[i].norm && caregiverAt(tokens, k));
    // "Sergeant Ana Ruiz, Corporal …" or "… Ruiz and Corporal …" lists them: the heading is set off by a comma and
    // what follows is his, not another name.
    const after = tokens[i + 2];
    if (!bare && (norm(tokens, i + 1) !== ',' || norm(tokens, i + 2) === 'and' || RANK_WORDS.has(after?.norm ?? '')))
      return -1;
    // "Sergeant Ana Ruiz, shrapnel …, and PFC Lee Ortiz, …": one sentence naming two lists them, opening neither.
    for (let k = i + 1; k < tokens.length && !CLAUSE_ENDS.has(norm(tokens, k)); k++)
      if (rankedNameEnd(tokens, k) >= 0) return -1;
    if (opens) return r;
    if (norm(tokens, before) !== ',') return -1;
    // "the pilot," / "the crew chief,": "the" and one or two lower-case words opening the sentence.
    for (const words of [1, 2]) {
      const the = before - words - 1;
      const role = tokens.slice(the + 1, before);
      if (
        norm(tokens, the) === 'the' &&
        (the === 0 || CLAUSE_ENDS.has(norm(tokens, the - 1))) &&
        role.every((t) => t.kind === 'word' && /^\p{Ll}+$/u.test(t.raw)) &&
        // "The tower medic, SGT Ines Dacosta, …": the one giving care, not a casualty.
        !role.some((t) => MEDIC_TITLES.has(t.norm))
      )
        return r;
    }
    return -1;
  }
  return -1;
}
