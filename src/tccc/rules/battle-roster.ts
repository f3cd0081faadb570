/**
 * The casualty's battle roster (zap) number: labelled ("BR: RM4471", "battle roster romeo alpha four four seven
 * one", "Zap number? Kilo lima …"), the "Z" line of a ZMIST report, or written without a label where a list gives it
 * ("KT2256 SPC Ferreira, F: …", "Tango Romeo six six one zero: GSW …"). `casualty.ts` reads it with the other fields.
 */
import type { Doc } from './document.js';
import { claim } from './attributes.js';
import { spanOf, type Found } from './found.js';
import { NATO_LETTERS } from './lexicon/identity.js';
import { cardValue } from './card-fields.js';
import { ROSTER_WORDS, correctedCode, endingDigitsAt, readSpelledCode, type SpelledCode } from './spelled.js';
import { SUBJECT_VERBS } from './switch-words.js';
import { readClock } from '../text/clock.js';

/** The "Z" line of a ZMIST report ("Z: DW4821") when a colon or dash follows; not a Zulu time's ("2304Z: HR 138"). */
const isZmistLine = ({ tokens }: Doc, i: number): boolean =>
  tokens[i].norm === 'z' &&
  (tokens[i].spaced || tokens[i - 1]?.kind !== 'number') &&
  /^[:-]$/.test(tokens[i + 1]?.norm ?? '');

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
 * line ("KT2256 SPC Ferreira, F: …"), in brackets after the name ("SSG Nakamura (NK1180): …") or set off by commas
 * ("Lee, Daniel, DL2207, …").
 */
function writtenRosterAt(doc: Doc, i: number): boolean {
  const after = doc.tokens[writtenDigitsAt(doc, i) + 1];
  if (!writtenCodeAt(doc, i)) return false;
  const [t, digits] = [doc.tokens[i], doc.tokens[writtenDigitsAt(doc, i)]];
  // "DD1380 notes": the casualty card's own form number, never a roster number.
  if (t.raw === 'DD' && digits.digits === '1380') return false;
  const before = doc.tokens[i - 1]?.norm;
  // "IO0854 R tibia" opening a line of shorthand is the IO and its time, no roster; "IO2291" cannot be a time.
  const careAndTime = doc.mentionIndex[i] >= 0 && readClock(doc.tokens, writtenDigitsAt(doc, i)) !== null;
  const opensLine = (before === undefined || before === '\n') && !careAndTime;
  // "Lee, Daniel, DL2207, the mortar section sergeant", "One is SPC Tyrell Banks, TB5503.": set off by a comma among
  // who he is, as a roster lists him.
  const setOff = before === ',' && [',', ':', '.', '\n', ''].includes(after?.norm ?? '') && !careAndTime;
  // "Names: cot 4 PFC Elijah Crane CE3316, cot 6 …": or right after his capitalized name, ending that entry.
  const afterName =
    /^[A-Z][a-z]/.test(doc.tokens[i - 1]?.raw ?? '') && [',', ';', '.', '\n', ''].includes(after?.norm ?? '');
  return opensLine || setOff || (afterName && !careAndTime) || (before === '(' && after?.norm === ')');
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

/**
 * "last four 0935", "goes by his last 4, two zero niner three", "patient ending in 7720": where the digits start
 * when token `i` opens the last four of a service number, said where names are held back; else -1. "Ending" only
 * after the casualty it tells ("the one ending in …"), never a time ("ending at 0410").
 */
function lastFourAt({ tokens }: Doc, i: number): number {
  const last = tokens[i].norm === 'last' && tokens[i + 1]?.digits === '4';
  let at = last ? i + 2 : endingDigitsAt(tokens, i);
  if (at < 0) return -1;
  while (['only', ',', ':', 'is'].includes(tokens[at]?.norm ?? '')) at++;
  return at;
}

/** The last four of `lastFourAt`, as the roster value, when exactly four digits are said there; else null. */
function readLastFour(doc: Doc, i: number): Found<string> | null {
  const at = lastFourAt(doc, i);
  const digits = at >= 0 ? doc.tokens[at] : undefined;
  if (digits?.kind !== 'number' || digits.digits?.length !== 4 || doc.excluded.has(doc.sentence[i])) return null;
  claim(doc, { start: at, end: at + 1 });
  return { value: digits.digits, span: spanOf(doc, at, at + 1) };
}

/** Where a roster is read from: his name tape, his tags, the card. */
const ROSTER_SOURCES = new Set(['tape', 'tapes', 'nametape', 'tag', 'tags', 'card']);

/**
 * "his roster off his tape... november alpha …", "roster from her tags: …": where the code begins when the roster word
 * at token `i` is followed by the thing it is read off and a pause; else -1.
 */
function readOffAt({ tokens }: Doc, i: number): number {
  if (
    !['off', 'from'].includes(tokens[i + 1]?.norm ?? '') ||
    !['his', 'her', 'the'].includes(tokens[i + 2]?.norm ?? '')
  )
    return -1;
  const thing = tokens[i + 3]?.norm === 'name' || tokens[i + 3]?.norm === 'dog' ? i + 4 : i + 3;
  if (!ROSTER_SOURCES.has(tokens[thing]?.norm ?? '')) return -1;
  return ['...', ':', ','].includes(tokens[thing + 1]?.norm ?? '') ? thing + 2 : -1;
}

/** "battle roster romeo alpha four four seven one" → "RA4471"; "Zap: BC-7702" → "BC7702"; "last four 0935" → "0935". */
export function findRoster(doc: Doc): Found<string> | null {
  for (let i = 0; i < doc.tokens.length; i++) {
    const lastFour = readLastFour(doc, i);
    if (lastFour) return lastFour;
    // "BR: …", "BR # …", and a capital "BR" before a written code ("BR RM4471"): the abbreviation of battle roster.
    const labelled =
      doc.tokens[i].norm === 'br' &&
      (doc.tokens[i + 1]?.norm === '#' ||
        doc.tokens[i + 1]?.norm === ':' ||
        (doc.tokens[i].raw === 'BR' && (writtenCodeAt(doc, i + 1) || natoAt(doc, i + 1))));
    if (writtenRosterAt(doc, i) && !doc.excluded.has(doc.sentence[i])) {
      const at = writtenDigitsAt(doc, i);
      claim(doc, { start: i, end: at + 1 });
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
    const readOff = ROSTER_WORDS.has(doc.tokens[i].norm) ? readOffAt(doc, i) : -1;
    const from = answered
      ? asked + (['"', '“', '...'].includes(doc.tokens[asked + 1]?.norm ?? '') ? 2 : 1)
      : heading
        ? i
        : readOff >= 0
          ? readOff
          : cardValue(doc, doc.tokens[i - 1]?.norm === 'battle' ? i - 1 : i, label);
    const said = readSpelledCode(doc, from);
    if (!said) continue;
    const code = correctedCode(doc, said);
    // "Battle roster, kilo lima, three, zero, niner, one.": a card read aloud one character at a time.
    if (from > i + 1) readOnPastCommas(doc, code);
    const letters = code.groups[0]?.kind === 'letters' ? code.groups[0].text : '';
    const digits = code.groups[letters ? 1 : 0]?.kind === 'digits' ? code.groups[letters ? 1 : 0].text : '';
    if (digits.length < 3 || letters.length > 4) continue;
    claim(doc, code);
    return { value: `${letters}${digits}`, span: spanOf(doc, code.start, code.end) };
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
