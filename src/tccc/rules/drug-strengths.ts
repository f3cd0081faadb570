/**
 * A drug's strength read off its label: "fifty micrograms per mil", "10 mg/ml", "two milligrams a mil", "one gram per
 * ten-mil amp". That is how much each millilitre or ampoule holds, not the dose given; the dose is the amount drawn
 * up, said after it ("drawing two mils, that's a hundred milligrams"), often in the next sentence, or else left out
 * rather than worked out. A controlled-drug log counts what was drawn, wasted and kept apart from what was given ("100 mg
 * drawn up. 50 mg IM given 1619. 50 mg wasted"): only the amount given is a dose.
 */
import type { Doc } from './document.js';
import { DOSE_UNITS, VOLUME_UNITS } from './lexicon/drugs.js';

/** Words that put an amount over what holds it ("per mil", "mg/ml", "a mil"). */
const OVER = new Set(['per', '/', 'a', 'an', 'each', 'every']);
/** What a drug comes in, said as the measure of its strength ("one gram per amp", "fifty mg per vial"). */
const CONTAINERS = new Set(['amp', 'amps', 'ampule', 'ampoule', 'vial', 'carpuject', 'syringe']);
/** The most millilitres a strength is given over ("per ten mils"); "per 100 ml" is a dilution run in, not a label. */
const MOST_ML = 20;

const isMillilitres = (word: string): boolean => Object.hasOwn(VOLUME_UNITS, word) && VOLUME_UNITS[word] === 1;

/** When the words from token `i`, right after a dose's unit, give that amount as a strength: the token after it. */
export function strengthEnd(doc: Doc, i: number): number {
  const over = doc.tokens[i]?.norm ?? '';
  if (!OVER.has(over)) return -1;
  let j = i + 1;
  const count = doc.tokens[j];
  if (count?.kind === 'number') {
    // "a" or "an" counts one of what follows: "a 10 ml flush" is no strength.
    if (over === 'a' || over === 'an' || count.value === undefined || count.value > MOST_ML) return -1;
    j++;
  }
  if (doc.tokens[j]?.norm === '-') j++;
  const measure = doc.tokens[j]?.norm ?? '';
  // "one gram per amp", "fifty micrograms per vial": the whole container's strength.
  const held = isMillilitres(measure) || ((over === 'per' || over === '/') && CONTAINERS.has(measure));
  return held ? j + 1 : -1;
}

/** Words after an amount that count it as drawn, wasted or kept, not given ("100 mg drawn up", "30 mg wasted"). */
const SET_ASIDE = new Set(['drawn', 'wasted', 'discarded', 'remaining', 'kept']);

/**
 * The word that counts the amount whose unit ends before token `i` as drawn, wasted or kept ("1 mL (50 mg) drawn"),
 * else null.
 */
export function setAside(doc: Doc, i: number): string | null {
  const word = (doc.tokens[i]?.norm === ')' ? doc.tokens[i + 1]?.norm : doc.tokens[i]?.norm) ?? '';
  return SET_ASIDE.has(word) ? word : null;
}

/** "times two", "x 2": how many of the dose before it were given. */
export function isCount(doc: Doc, i: number): boolean {
  const word = doc.tokens[i]?.norm;
  return (word === 'times' || word === 'x') && doc.tokens[i + 1]?.kind === 'number';
}

/** Whether tokens `i` and `i + 1` say an amount in a unit of weight ("fifty micrograms"), not a strength. */
function saysWeighedDose(doc: Doc, i: number): boolean {
  const word = doc.tokens[i + 1]?.norm ?? '';
  const unit = Object.hasOwn(DOSE_UNITS, word) ? DOSE_UNITS[word] : undefined;
  const weighed = doc.tokens[i].kind === 'number' && unit !== undefined && unit !== 'ml';
  return weighed && strengthEnd(doc, i + 2) < 0 && setAside(doc, i + 2) === null;
}

/**
 * The end of the window a drug's dose is read in, from `from` after its name. Where the drug's own window (up to `end`)
 * gives only its strength or the amount drawn, the dose given is said after it ("Fentanyl, fifty mics per mil. Drawing
 * one mil, that's fifty mics, IV."; "Ketamine, 100 mg drawn. 20 mg IV given 1634."): the window reaches the details of
 * the first sentence that says one, short of `reach`, the next thing.
 */
export function drawnUpEnd(doc: Doc, from: number, end: number, reach: number): number {
  let strength = false;
  for (let i = from; i < end; i++) {
    if (saysWeighedDose(doc, i)) return end;
    const unit = Object.hasOwn(DOSE_UNITS, doc.tokens[i + 1]?.norm ?? '');
    if (unit && (strengthEnd(doc, i + 2) > 0 || setAside(doc, i + 2) !== null)) strength = true;
  }
  if (!strength) return end;
  for (let i = end; i < reach - 1; i++) if (saysWeighedDose(doc, i)) return Math.min(doc.detailsEnd[i], reach);
  return end;
}

/** How many tokens after a volume drawn up the dose it holds may be said ("one mil... that's fifty micrograms"). */
const DRAWN_REACH = 6;

/**
 * "Drawing up one mil... that's fifty micrograms": a volume in millilitres with a weighed dose said right after it, in
 * `[from, to)`, is what was drawn up to give that dose, not the dose. `from` is the token after the volume.
 */
export function drawnBeforeWeight(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i < Math.min(to, from + DRAWN_REACH) - 1; i++) if (saysWeighedDose(doc, i)) return true;
  return false;
}
