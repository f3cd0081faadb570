/**
 * Who the casualty is: name (without rank), battle roster number, unit, sex and allergies, each
 * only when stated, and never from a sentence about someone else. The name is read by `casualty-name.ts`.
 */
import type { CasualtyDetails } from '../record.js';
import { claim, isAffirmed } from './attributes.js';
import type { Doc } from './document.js';
import { join, spanOf, type Found, type Span } from './found.js';
import { CASUALTY_LABEL_NOUNS, NATO_LETTERS, RANK_WORDS } from './lexicon/identity.js';
import { findUnit } from './units.js';
import { tagOf } from './matcher.js';
import { findName } from './casualty-name.js';
import { answeredAllergies } from './answers.js';
import { findCapitalSurname } from './capital-surnames.js';
import { withGivenName } from './name-glosses.js';
import { findAddressedName, findRoleName } from './unranked-names.js';
import { sexLetterAfterName, sexLetterInBrackets, sexLetterWithAge } from './casualty-sex-letters.js';
import { opensCardField } from './card-fields.js';
import { ROSTER_WORDS, correctedCode, readSpelledCode, type SpelledCode } from './spelled.js';
import { SUBJECT_VERBS } from './switch-words.js';
import { readAllergy, readAllergyBefore } from './allergies.js';
import { sentenceStart } from './sentence-ends.js';

/** The "Z" line of a ZMIST report ("Z: DW4821") is the zap number only when a colon or dash follows. */
const isZmistLine = (doc: Doc, i: number): boolean =>
  doc.tokens[i].norm === 'z' && [':', '-'].includes(doc.tokens[i + 1]?.norm ?? '');

/** The casualty fields stated in the narrative. */
export function findCasualty(doc: Doc): Found<CasualtyDetails> | null {
  const value: CasualtyDetails = {};
  const fields: Partial<Record<keyof CasualtyDetails, Span>> = {};
  const set = <K extends keyof CasualtyDetails>(key: K, v: CasualtyDetails[K], span: Span): void => {
    if (value[key] !== undefined) return;
    value[key] = v;
    fields[key] = span;
  };
  const said = findName(doc) ?? findCapitalSurname(doc) ?? findAddressedName(doc) ?? findRoleName(doc);
  // "Cas is SSG Reyes... Reyes, Tomas.": the first name said with the surname again.
  const name = said && withGivenName(doc, said);
  if (name) set('name', name.value, name.span);
  const letter =
    (name ? sexLetterAfterName(doc, name.value) : null) ?? sexLetterInBrackets(doc) ?? sexLetterWithAge(doc);
  if (letter) set('sex', letter.value, letter.span);
  const roster = findRoster(doc);
  if (roster) set('battle_roster', roster.value, roster.span);
  const unit = findUnit(doc);
  if (unit) set('unit', unit.value, unit.span);
  doc.mentions.forEach((m, k) => {
    if (!isAffirmed(doc, k)) return;
    const sex = tagOf(m, 'sex');
    if (sex) set('sex', sex.value, spanOf(doc, m.start, m.end));
    if (tagOf(m, 'allergy_none')) set('allergies', 'NKDA', spanOf(doc, m.start, m.end));
    if (tagOf(m, 'allergy')) {
      const allergy = readAllergy(doc, cardValue(doc, m.start, m.end)) ?? readAllergyBefore(doc, m.start);
      if (allergy) set('allergies', allergy.value, join(spanOf(doc, m.start, m.end), allergy.span));
    }
  });
  const answered = answeredAllergies(doc);
  if (answered) set('allergies', answered.value, answered.span);
  const spans = Object.values(fields);
  if (spans.length === 0) return null;
  return { value, span: spans.reduce(join), fields };
}

/** Capitalized words that take "'s" without being a person ("That's", "He's", "Time's 0914"). */
const NOT_POSSESSORS = new Set([
  'time',
  'he',
  'she',
  'it',
  'that',
  'there',
  'what',
  'let',
  'who',
  'here',
  'where',
  'this',
  'one',
  'everyone',
  'nobody',
  // "Casualty's pulse was 90", "Student's 9-line requested urgent": a role opening a sentence is no one's name.
  'casualty',
  'patient',
  'student',
  'evaluator',
  'instructor',
  'grader',
]);

/** Verbs that make a named person the subject of a state of their own ("Kline has smoke inhalation"). */
const STATE_VERBS = new Set(['has', 'had']);

/**
 * Marks as excluded each sentence that speaks of another named person's signs or wounds ("Lee's
 * pulse was ninety", or a ranked "Pfc Kline" of whom "Kline has smoke inhalation"), once the
 * casualty's own name is known; the casualty's name ("Kowalski's") is kept.
 */
export function excludeOtherNamed(doc: Doc, casualtyName: string | undefined): void {
  if (!casualtyName) return;
  const own = new Set(casualtyName.toLowerCase().split(' '));
  const ranked = new Set<string>();
  // A word inside a lexicon phrase is no name: "lactated Ringer's" is a fluid, not Ringer's sentence.
  const named = new Uint8Array(doc.tokens.length);
  for (const m of doc.mentions) named.fill(1, m.start, m.end);
  for (let i = 0; i < doc.tokens.length; i++) {
    const t = doc.tokens[i];
    if (t.kind !== 'word' || named[i]) continue;
    if (RANK_WORDS.has(t.norm) && /^[A-Z][a-z]+$/.test(doc.tokens[i + 1]?.raw ?? ''))
      ranked.add(doc.tokens[i + 1].norm);
    const stateOf = ranked.has(t.norm) && !own.has(t.norm) && STATE_VERBS.has(doc.tokens[i + 1]?.norm ?? '');
    if (stateOf) doc.excluded.add(doc.sentence[i]);
    if (!/^[A-Z][a-z]+['\u2019]s$/.test(t.raw)) continue;
    const stem = t.norm.slice(0, -2);
    if (own.has(stem) || NOT_POSSESSORS.has(stem) || RANK_WORDS.has(stem) || Object.hasOwn(NATO_LETTERS, stem))
      continue;
    if (caresForHim(doc, i)) continue;
    doc.excluded.add(doc.sentence[i]);
  }
}

/** Words after a name's "'s" that make it "is/has" doing something for someone ("Pham's got him", "Ruiz's on her"). */
const CARE_CLITICS = new Set(['got', 'on', 'with', 'holding', 'treating', 'watching']);

/**
 * "frag in his hand, Doc Pham's got him, pressure dressing", "Doc Kim's got Private Wallace": the name at `i` cares
 * for the casualty, has no sign.
 */
const caresForHim = (doc: Doc, i: number): boolean =>
  CARE_CLITICS.has(doc.tokens[i + 1]?.norm ?? '') &&
  (['him', 'her'].includes(doc.tokens[i + 2]?.norm ?? '') || RANK_WORDS.has(doc.tokens[i + 2]?.norm ?? ''));

/** How far after "this card" its casualty number may be said ("this card is for casualty number two"). */
const CARD_REACH = 5;

/** The number or letter after a casualty label at token `i` ("casualty two", "Cas 2", "casualty number one", "Cas B"), or null. */
function labelOf(doc: Doc, i: number): string | null {
  if (!CASUALTY_LABEL_NOUNS.has(doc.tokens[i]?.norm ?? '')) return null;
  const j = doc.tokens[i + 1]?.norm === 'number' || doc.tokens[i + 1]?.norm === '#' ? i + 2 : i + 1;
  const n = doc.tokens[j];
  if (n?.kind === 'number')
    return n.value !== undefined && Number.isInteger(n.value) && n.value >= 1 && n.value <= 20 ? String(n.value) : null;
  // A capital letter said as a label ("Cas B:"), not the article of "patient a male".
  return n !== undefined && /^[A-Z]$/.test(n.raw) && CASUALTY_LABEL_ENDS.has(doc.tokens[j + 1]?.norm ?? '')
    ? n.raw
    : null;
}
/** What may follow a lettered casualty label ("Cas B:", "Cas B,", "Cas B -"). */
const CASUALTY_LABEL_ENDS = new Set([':', ',', '-', '.']);

/** The label opening the sentence of token `i` ("Cas A: SPC Ruiz, this card"), or null. */
function sentenceLabel(doc: Doc, i: number): string | null {
  const start = sentenceStart(doc, i);
  return labelOf(doc, start);
}

/**
 * When the narrative says which numbered or lettered casualty the card is for ("This card: Cas 2",
 * "Cas A: SPC Ruiz, this card"), marks as excluded each sentence or line that opens with another
 * casualty's label ("Casualty one, SPC Ruiz, ...").
 */
export function excludeOtherNumbered(doc: Doc): void {
  let own: string | null = null;
  let lookedBack = -1; // each sentence is walked back once, so many "this card"s stay linear
  for (let i = 0; i + 1 < doc.tokens.length && own === null; i++) {
    if (doc.tokens[i].norm !== 'card' || (doc.tokens[i - 1]?.norm !== 'this' && doc.tokens[i + 1].norm !== 'is'))
      continue;
    for (let j = i + 1; j <= i + CARD_REACH && own === null; j++) own = labelOf(doc, j);
    if (own === null && lookedBack !== doc.sentence[i]) {
      lookedBack = doc.sentence[i];
      own = sentenceLabel(doc, i);
    }
  }
  // A radio header "casualty two of two" says which casualty this card is for.
  for (let i = 0; i < doc.tokens.length && own === null; i++) {
    if (doc.tokens[i + 2]?.norm === 'of' && doc.tokens[i + 3]?.kind === 'number') own = labelOf(doc, i);
  }
  if (own === null) return;
  for (let i = 0; i < doc.tokens.length; i++) {
    if (i > 0 && doc.sentence[i - 1] === doc.sentence[i]) continue;
    const n = labelOf(doc, i);
    if (n !== null && n !== own) doc.excluded.add(doc.sentence[i]);
  }
}

/** Two capitals joined to four digits at token `i` ("RM4471"): how a battle roster number is written. */
function writtenCodeAt(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const digits = doc.tokens[writtenDigitsAt(doc, i)];
  return /^[A-Z]{2}$/.test(t?.raw ?? '') && digits?.kind === 'number' && !digits.spaced && digits.digits?.length === 4;
}

/** Where the digits of a written code with its letters at token `i` are: next, or past a hyphen ("AB-3321"). */
const writtenDigitsAt = (doc: Doc, i: number): number =>
  doc.tokens[i + 1]?.norm === '-' && !doc.tokens[i + 1].spaced ? i + 2 : i + 1;

/**
 * A roster number written without its label, where a list gives it: two capitals joined to four digits opening a
 * line ("KT2256 SPC Ferreira, F: …") or in brackets after the name ("SSG Nakamura (NK1180): …").
 */
function writtenRosterAt(doc: Doc, i: number): boolean {
  const after = doc.tokens[writtenDigitsAt(doc, i) + 1];
  if (!writtenCodeAt(doc, i)) return false;
  const [t, digits] = [doc.tokens[i], doc.tokens[writtenDigitsAt(doc, i)]];
  // "DD1380 notes": the casualty card's own form number, never a roster number.
  if (t.raw === 'DD' && digits.digits === '1380') return false;
  const before = doc.tokens[i - 1]?.norm;
  return before === undefined || before === '\n' || (before === '(' && after?.norm === ')');
}

/**
 * "Tango Romeo six six one zero: GSW …": two letters in the phonetic alphabet and four digits heading the casualty's
 * words before a colon or a spaced dash, or a verb, with no label: casualties told by roster number.
 */
function spelledHeadingAt(doc: Doc, i: number): boolean {
  const [a, b, digits, after] = [doc.tokens[i], doc.tokens[i + 1], doc.tokens[i + 2], doc.tokens[i + 3]];
  const opens =
    i === 0 || ['.', '\n', ';'].includes(doc.tokens[i - 1].norm) || doc.text.slice(0, a.start).trim() === '';
  // Or as the subject of a sentence about him ("Kilo Mike eight eight zero three has frag …").
  const setOff =
    after?.norm === ':' || (after?.norm === '-' && after.spaced === true) || SUBJECT_VERBS.has(after?.norm ?? '');
  return (
    opens &&
    setOff &&
    Object.hasOwn(NATO_LETTERS, a.norm) &&
    Object.hasOwn(NATO_LETTERS, b?.norm ?? '') &&
    digits?.kind === 'number' &&
    digits.digits?.length === 4
  );
}

/** "battle roster romeo alpha four four seven one" → "RA4471"; "Zap: BC-7702" → "BC7702". */
function findRoster(doc: Doc): Found<string> | null {
  for (let i = 0; i < doc.tokens.length; i++) {
    // "BR: …", "BR # …", and a capital "BR" before a written code ("BR RM4471"): the abbreviation of battle roster.
    const labelled =
      doc.tokens[i].norm === 'br' &&
      (doc.tokens[i + 1]?.norm === '#' ||
        doc.tokens[i + 1]?.norm === ':' ||
        (doc.tokens[i].raw === 'BR' && (writtenCodeAt(doc, i + 1) || natoAt(doc, i + 1))));
    if (writtenRosterAt(doc, i) && !doc.excluded.has(doc.sentence[i])) {
      const at = writtenDigitsAt(doc, i);
      return { value: `${doc.tokens[i].raw}${doc.tokens[at].digits}`, span: spanOf(doc, i, at + 1) };
    }
    const heading = spelledHeadingAt(doc, i);
    if (
      !(ROSTER_WORDS.has(doc.tokens[i].norm) || labelled || heading || isZmistLine(doc, i)) ||
      doc.excluded.has(doc.sentence[i])
    )
      continue;
    // "Battle roster number, kilo lima …": the label's "number" before the comma of a card read aloud.
    const label = doc.tokens[i + 1]?.norm === 'number' && doc.tokens[i + 2]?.norm === ',' ? i + 2 : i + 1;
    // "Zap number? Kilo lima four four one two.": the number asked for, and said back after the question.
    const asked = doc.tokens[i + 1]?.norm === 'number' ? i + 2 : i + 1;
    const answered = doc.tokens[asked]?.norm === '?' && ROSTER_WORDS.has(doc.tokens[i].norm);
    // 'What's your roster number? "Oscar Kilo …"': the answer quoted, or after a pause, is read the same.
    const from = answered
      ? asked + (['"', '“', '...'].includes(doc.tokens[asked + 1]?.norm ?? '') ? 2 : 1)
      : heading
        ? i
        : cardValue(doc, doc.tokens[i - 1]?.norm === 'battle' ? i - 1 : i, label);
    const code = readSpelledCode(doc, from);
    if (!code) continue;
    // "Battle roster, kilo lima, three, zero, niner, one.": a card read aloud one character at a time.
    if (from > i + 1) readOnPastCommas(doc, code);
    const letters = code.groups[0]?.kind === 'letters' ? code.groups[0].text : '';
    const digits = code.groups[letters ? 1 : 0]?.kind === 'digits' ? code.groups[letters ? 1 : 0].text : '';
    if (digits.length < 3 || letters.length > 4) continue;
    // "… nine one. Correction, golf tango four four nine seven": the code said again is the one.
    const read = correctedCode(doc, code) ?? code;
    [code, read].forEach((c) => claim(doc, c));
    const value = read === code ? `${letters}${digits}` : read.groups.map((g) => g.text).join('');
    return { value, span: spanOf(doc, read.start, read.end) };
  }
  return null;
}

/** "BR Oscar Kilo five …": a letter of the radio alphabet at token `i`, opening a code said aloud. */
const natoAt = (doc: Doc, i: number): boolean =>
  Object.hasOwn(NATO_LETTERS, doc.tokens[i]?.norm ?? '') && /^[A-Z]/.test(doc.tokens[i].raw);

/** Adds to `code` each single letter or digit said after a comma, one at a time, up to the end of its sentence. */
function readOnPastCommas(doc: Doc, code: SpelledCode): void {
  while (doc.tokens[code.end]?.norm === ',') {
    const next = readSpelledCode(doc, code.end + 1);
    if (!next || next.end - next.start !== 1) return;
    const last = code.groups[code.groups.length - 1];
    for (const g of next.groups) {
      if (last.kind === g.kind) last.text += g.text;
      else code.groups.push({ ...g });
    }
    code.end = next.end;
  }
}

/**
 * Where the value of a field label from `start` to `end` begins: past a comma when the label opens its sentence or
 * follows a pause, as a card read aloud gives it ("Allergies, none known.", "… roster, romeo delta four four one seven").
 */
function cardValue(doc: Doc, start: number, end: number): number {
  const opens = opensCardField(doc.tokens, start);
  return opens && doc.tokens[end]?.norm === ',' ? end + 1 : end;
}
