/**
 * How a drug or fluid is tied to what was said before it: the line it goes through ("through it") and the
 * drug it is given in place of ("... instead").
 */
import type { Intervention } from '../record.js';
import type { Act } from './completions.js';
import type { Doc } from './document.js';
import type { FoundMedication } from './medications.js';

/** Words after a drug or fluid that send it down the line just named ("through it", "into that", "hanging Hextend on it"). */
const THROUGH = new Set(['through', 'thru', 'via', 'into', 'on']);

/** Words that send a drug down "the line" ("TXA, one gee, in the line"; "down the line"). */
const ALONG = new Set([...THROUGH, 'in', 'down']);
const LINE_LEADS = new Set(['the', 'his', 'her', 'that']);
/** The line by name, or by the medic's "the stick" for the IO placed (stick-lines.ts): "one unit through the stick". */
const LINE_WORDS = new Set(['line', 'stick']);

/** True when the phrase of mention `k` sends it "through it" / "into that" / "in the line". */
export function goesThroughIt(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  // Far enough for a dose said between ("TXA, one gee, in the line").
  const end = Math.min(doc.sentenceEnd[m.start], m.end + 8);
  const t = (i: number): string => doc.tokens[i]?.norm ?? '';
  for (let i = m.end; i + 1 < end; i++) {
    if (THROUGH.has(t(i)) && ['it', 'that'].includes(t(i + 1))) return true;
    const line = LINE_LEADS.has(t(i + 1)) ? i + 2 : i + 1;
    // "in the line of fire", "of march" is no cannula.
    if (ALONG.has(t(i)) && LINE_WORDS.has(t(line)) && line < end && t(line + 1) !== 'of') return true;
  }
  return false;
}

/** The route of the IV or IO placed in this sentence or the two before, if one was. */
export function lastLine(acts: readonly Act[], sentence: number): 'IV' | 'IO' | null {
  for (let i = acts.length - 1; i >= 0 && sentence - acts[i].sentence <= 2; i--) {
    const type = (acts[i].found.value as Partial<Intervention>).type;
    if (type === 'iv' || type === 'io') return type === 'iv' ? 'IV' : 'IO';
  }
  return null;
}

/**
 * The route of the IV or IO placed just before a fluid in its sentence, with nothing given between: "IO right tibia,
 * 1 liter NS", "18g IV L AC, 500 mL saline hung". A fluid runs only through a line, so it runs through that one.
 */
export function lineJustPlaced(acts: readonly Act[], sentence: number): 'IV' | 'IO' | null {
  const last = acts.at(-1);
  if (last?.sentence !== sentence) return null;
  const type = (last.found.value as Partial<Intervention>).type;
  return type === 'iv' ? 'IV' : type === 'io' ? 'IO' : null;
}

/** "… so fentanyl fifty mics IV instead": the drug given in place of the one said before it. */
export const givenInstead = (doc: Doc, med: FoundMedication, earlier: readonly FoundMedication[] = []): boolean =>
  /^[^.;!?\n]*?\binstead\b(?! of)/i.test(doc.text.slice(med.span.start)) ||
  // "the morphine one, no wait, we don't carry that, it was the ketamine": another drug taken back before it.
  earlier.some((m) => m.value.name !== med.value.name && takenBackBefore(doc, m, med));

/**
 * Removes the drug `med` is given instead of: the last earlier mention of the same drug, a few sentences back at
 * most, or else another drug said in its sentence and taken back before it ("Cefazolin two grams IV, no, scratch
 * that, he's allergic, so moxifloxacin … instead").
 */
export function dropEarlier(doc: Doc, medications: FoundMedication[], med: FoundMedication): void {
  let k = medications.findLastIndex((m) => m.value.name === med.value.name && med.span.start - m.span.end < 300);
  if (k < 0) k = medications.findLastIndex((m) => takenBackBefore(doc, m, med));
  if (k >= 0) medications.splice(k, 1);
}

/** True when a correction is said between `earlier` and `med`, both in one sentence. */
function takenBackBefore(doc: Doc, earlier: FoundMedication, med: FoundMedication): boolean {
  const sentence = doc.text.slice(earlier.span.end, med.span.start);
  if (/[.;!?\n]/.test(sentence)) return false;
  return doc.mentions.some(
    (m) =>
      m.tags.some((t) => t.cat === 'correction') &&
      doc.tokens[m.start].start >= earlier.span.end &&
      doc.tokens[m.start].start < med.span.start,
  );
}
