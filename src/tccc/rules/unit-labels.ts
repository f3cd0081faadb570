/**
 * A unit written after a card's "Unit" label ("Unit: 13 Light Brigade.", "Unit is 2/5 SFG"), as written to the end of
 * its field; `units.ts` reads it before any other unit.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';
import { RANK_WORDS } from './lexicon/identity.js';

/** Most tokens a unit said after its label may hold ("2nd Company, Gebirgsjägerbataillon 231", "1st Plt, A Co 2-505"). */
const LABELLED_REACH = 10;
/** Words said after "Unit:" that give no unit. */
const NO_UNIT = new Set(['unknown', 'unk', 'none', 'n', 'na', 'not']);

/**
 * "Unit: 13 Light Brigade.", "Unit: 2/5 SFG.", "Unit: 2nd Company, Gebirgsjägerbataillon 231.": what a card's unit
 * label heads, as written, to the end of its sentence; only words and numbers no lexicon reads, begun with a capital
 * or a number. Else null.
 */
export function labelledUnit(doc: Doc): Found<string> | null {
  const { tokens } = doc;
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!isUnitLabel(doc, i) || doc.excluded.has(doc.sentence[i])) continue;
    const start = i + 2;
    let end = start;
    while (end < tokens.length && doc.sentence[end] === doc.sentence[start] && !endsField(doc, end)) end++;
    const words = tokens.slice(start, end);
    const first = words[0];
    if (
      !first ||
      end - start > LABELLED_REACH ||
      NO_UNIT.has(first.norm) ||
      !/^[\p{Lu}\d]/u.test(first.raw) ||
      words.some((t, k) => doc.mentionIndex[start + k] >= 0 || RANK_WORDS.has(t.norm))
    )
      continue;
    const span = spanOf(doc, start, end);
    return { value: doc.text.slice(span.start, span.end), span };
  }
  return null;
}

/**
 * "Unit:", "Unit is", and a card read aloud field by field: "unit, B Co 2-502... sex, male", "Unit, 3rd Ranger Bn.",
 * the label opening its phrase (not "his unit, B Co, was hit").
 */
function isUnitLabel(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  const after = tokens[i + 1].norm;
  if (tokens[i].raw === 'Unit' && [':', 'is'].includes(after)) return true;
  return tokens[i].norm === 'unit' && [':', ','].includes(after) && (i === 0 || tokens[i - 1].kind === 'punct');
}

/**
 * A card's field ends at a stop, a semicolon, a line, a pipe, a pause or a slash set apart ("Unit: HHC 4-23 IN | Sex:
 * F", "Unit: B Trp 3-71 CAV / Sex: --"); a slash inside the unit's name goes on ("Unit: 2/5 SFG").
 */
const endsField = (doc: Doc, i: number): boolean => {
  const t = doc.tokens[i];
  return ['.', ';', '\n', '|', '...'].includes(t.norm) || (t.norm === '/' && t.spaced) || opensFieldAfterGap(doc, i);
};

/** "UNIT: 2/5 Marines    BATT ROSTER: …": the next field's label, set apart by a wide gap on the same line. */
export function opensFieldAfterGap(doc: Doc, i: number): boolean {
  const { tokens } = doc;
  if (i === 0 || tokens[i].start - tokens[i - 1].end < 3 || !/^\p{Lu}/u.test(tokens[i].raw)) return false;
  for (let k = i; k < i + 3 && tokens[k]?.kind === 'word'; k++) if (tokens[k + 1]?.norm === ':') return true;
  return false;
}
