/**
 * A card's field left blank: the care it names was not done ("TQ: N/A", "TXA: -", "O2 --", "TQ none", "Fluids: nil |").
 * The field's label is a care word and its value a blank mark, so the care is read as not given, where a plain
 * reader would take the label alone for the act done.
 */
import type { Token } from '../text/tokenize.js';
import { tagOf, type Mention } from './matcher.js';
import { FIELD_VALUE_ENDS } from './card-fields.js';

/** Words a medic writes in a field that has nothing in it (and "N/A"): they say so whatever follows ("TQ none splint L leg"). */
const BLANK_WORDS = new Set(['none', 'nil']);
/** Words that leave a field blank when "blank" follows ("leaving that blank"). */
const LEAVING = new Set(['leaving', 'leave', 'left']);
/** Marks that leave a field blank only when the field ends right after them ("TQ: -", not "TQ - R thigh"). */
const BLANK_MARKS = new Set(['-', '--', '—', '–', '_', 'na']);
/** Marks between a field's label and its value. */
const FIELD_MARKS = new Set([':', ',', '...']);

const isCare = (m: Mention): boolean =>
  m.tags.some((t) => t.cat === 'intervention' || t.cat === 'medication' || t.cat === 'fluid' || t.cat === 'access');

/**
 * Marks each care mention whose field is left blank as negated, and takes the blank word out of `mentions` so
 * that its "none" reaches no further ("TQ none splint left leg": the splint was put on). Mutates `mentions`.
 */
export function readBlankFields(tokens: Token[], mentions: Mention[]): void {
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!isCare(m) || m.negated) continue;
    // "TQ: N/A", and read aloud "TQ, N/A." or "TXA... leaving that blank".
    const at = FIELD_MARKS.has(tokens[m.end]?.norm ?? '') ? m.end + 1 : m.end;
    const end = blankEnd(tokens, at);
    if (end < 0) continue;
    m.negated = true;
    const blank = mentions.findIndex((b) => b.start === at && tagOf(b, 'negate'));
    if (blank >= 0) mentions.splice(blank, 1);
  }
}

/** The end of a blank value said at token `at` ("N/A", "none", "--", "____"), or -1 when none is said there. */
function blankEnd(tokens: Token[], at: number): number {
  const t = tokens[at];
  if (!t) return -1;
  if (BLANK_WORDS.has(t.norm)) return at + 1;
  // Read aloud: "leaving that blank", "left it blank", "leave blank".
  if (LEAVING.has(t.norm)) {
    const blank = ['that', 'it', 'this'].includes(tokens[at + 1]?.norm ?? '') ? at + 2 : at + 1;
    return tokens[blank]?.norm === 'blank' ? blank + 1 : -1;
  }
  // "N/A", "n/a": written apart by the tokenizer.
  if (t.norm === 'n' && tokens[at + 1]?.norm === '/' && tokens[at + 2]?.norm === 'a' && !tokens[at + 2].spaced)
    return at + 3;
  if (!BLANK_MARKS.has(t.norm)) return -1;
  let end = at + 1;
  // "--", "____": a run of the mark.
  while (tokens[end]?.norm === t.norm && !tokens[end].spaced) end++;
  return end >= tokens.length || FIELD_VALUE_ENDS.has(tokens[end].norm) ? end : -1;
}

/**
 * The chunk a status said after care reaches back into: the care's own, across the spaced dash that sets the
 * status off in a card's field ("Fent 50 mcg IV - HELD", "IV #2 L AC - failed", "moxi 400 PO -- not given") or the
 * colon after the field's name ("Fentanyl: not given"); else the status's own chunk. `at` is the status's first token,
 * `end` the token after it.
 */
export function statusReach(tokens: Token[], at: number, end: number, chunk: Int32Array): number {
  // "Fentanyl: not given", "TXA: held": a field named by the care, the status its value.
  if (at > 1 && tokens[at - 1].norm === ':') return chunk[at - 2];
  // "IO L humeral, FAILED, infiltrated", "Ketamine 50 mg IM, not given.": a status of care not done, set off by
  // commas alone, is the care's field value too, where one with words of its own after it ("TQ on, not given any
  // fluids") is not, nor a reading or a state said the same way ("Needle R chest 1410, negative, no rush of air").
  const alone = end >= tokens.length || FIELD_VALUE_ENDS.has(tokens[end].norm);
  const said = tokens
    .slice(at, end)
    .map((t) => t.norm)
    .join(' ');
  if (at > 1 && tokens[at - 1].norm === ',' && alone && NOT_DONE.has(said)) return chunk[at - 2];
  let i = at - 1;
  while (i > 0 && DASHES.has(tokens[i].norm) && !tokens[i].spaced && DASHES.has(tokens[i - 1].norm)) i--;
  return i > 0 && i < at && DASHES.has(tokens[i].norm) && tokens[i].spaced ? chunk[i - 1] : chunk[at];
}

const DASHES = new Set(['-', '--', '—', '–']);

/** Statuses that say care was not done, read back across a comma (not "held", "negative", "staged": states too). */
const NOT_DONE = new Set([
  'failed',
  'not given',
  'unsuccessful',
  'refused',
  'not done',
  'not placed',
  'not started',
  'not needed',
  'not indicated',
]);
