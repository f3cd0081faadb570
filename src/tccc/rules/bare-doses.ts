/**
 * A dose said without its unit, right by the drug's name: "Ket 50 IM", "Moxi, 400, PO", "ketamine fifty." or
 * "twenty of ketamine". It takes the drug's customary unit (customary-doses.ts), and only when the words around the
 * amount leave no other reading of it: a route, a time or the end of the clause after it ("ketamine 20 minutes ago"
 * and "morphine 2 doses" are not doses).
 */
import { customaryDose } from '../customary-doses.js';
import type { MedicationName } from '../record.js';
import { readClock, readsAsTime } from '../text/clock.js';
import { findRoute, type Read } from './attributes.js';
import type { Doc } from './document.js';
import { DOSE_UNITS } from './lexicon/drugs.js';
import { tagOf, type Mention } from './matcher.js';
import { SENTENCE_ENDS } from './sentence-ends.js';

/** The unit-less dose of `drug` named at mention `m`, in its customary unit, or null. */
export function findBareDose(doc: Doc, m: Mention, drug: MedicationName): Read<string> | null {
  const after = doc.tokens[m.end]?.norm === ',' ? m.end + 1 : m.end;
  const said = amountAt(doc, after, drug, listedAmongDoses(doc, m, after));
  if (said && saidBetween(doc, m.end - 1, after, /^[\s,]*$/) && endsBareDose(doc, after + 1)) return said;
  // "twenty of ketamine": the amount, "of", the name.
  return saidBetween(doc, m.start - 2, m.start, /^\s+of\s+$/i) ? amountAt(doc, m.start - 2, drug) : null;
}

/**
 * True when the text between tokens `a` and `b` is `between`: said together, not brought together by a correction
 * that took back the words between ("Ketamine 20 mg IV, no, make that 30": the 30 is the corrected dose's, in mg).
 */
function saidBetween(doc: Doc, a: number, b: number, between: RegExp): boolean {
  const [from, to] = [doc.tokens[a], doc.tokens[b]];
  return from !== undefined && to !== undefined && a < b && between.test(doc.text.slice(from.end, to.start));
}

/**
 * "Tylenol 1000 for the pain", "TXA, 1000, in the line": a bare round four-digit number right after a drug's name
 * that a dose of the drug could be, in its customary unit or in milligrams of a drug dosed in grams (TXA 1000 is
 * 1000 mg), reads as well as the dose as the clock, and nothing around it says which. A wrong time on the card is worse
 * than a missing one, so such a `time` is read as neither. Said with "at" ("Tylenol at 1000"), as no round amount
 * ("fentanyl 1430") or as no dose of the drug ("morphine 1000"), it stays the time.
 */
export function doseOrClock(doc: Doc, m: Mention, drug: MedicationName, time: Read<string>): boolean {
  const after = doc.tokens[m.end]?.norm === ',' ? m.end + 1 : m.end;
  const t = doc.tokens[after];
  if (time.start !== after || time.end !== after + 1 || t?.kind !== 'number' || t.value === undefined) return false;
  if (!/^\d{4}$/.test(t.raw) || t.value % 100 !== 0) return false;
  return customaryDose(drug, t.value) !== undefined || customaryDose(drug, t.value / 1000)?.endsWith(' g') === true;
}

function amountAt(doc: Doc, i: number, drug: MedicationName, listed = false): Read<string> | null {
  const t = doc.tokens[i];
  if (t?.kind !== 'number' || t.value === undefined || doc.claimed[i]) return null;
  // "fentanyl OTFC 1435": a time said after the name, never an amount, unless the list it stands in is of doses.
  if (!listed && readsAsTime(doc.tokens, i) && !inDoseSlot(doc, i)) return null;
  const dose = customaryDose(drug, t.value);
  return dose ? { value: dose, start: i, end: i + 1 } : null;
}

/**
 * True when the amount at `i`, said after the drug at `m`, stands in a list whose entry beside it is a drug with its
 * dose: "moxi 400 mg, Tylenol 1300, Mobic 15" lists doses, so the 1300 is Tylenol's dose and no 13:00. An entry that
 * is a drug and a time ("fentanyl 1435, ketamine 1440") leaves each amount a time.
 */
function listedAmongDoses(doc: Doc, m: Mention, i: number): boolean {
  const tokens = doc.tokens;
  // The entry before: "..., 400 mg, Tylenol 1300", joined by "and" too ("moxi 400 mg and Tylenol 1300").
  let join = m.start - 1;
  while (join > m.start - 3 && LIST_JOINS.has(tokens[join]?.norm ?? '')) join--;
  const unit = tokens[join]?.norm ?? '';
  const before = join < m.start - 1 && Object.hasOwn(DOSE_UNITS, unit) && tokens[join - 1]?.kind === 'number';
  if (before) return true;
  // The entry after: "Tylenol 1300, Mobic 15".
  if (tokens[i + 1]?.norm !== ',') return false;
  const next = doc.mentions.find((n) => n.start === i + 2);
  const drug = next && tagOf(next, 'medication')?.value;
  return drug !== undefined && amountAt(doc, next!.end, drug) !== null;
}

/** What joins one entry of a list of doses to the next. */
const LIST_JOINS = new Set([',', 'and', '&', '+']);

/** Marks that end the clause a bare dose closes ("Ket 50, then …", "Moxi 400."). */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([...SENTENCE_ENDS, ',', ')']);

/** True when what follows an amount leaves it a dose: nothing, the clause's end, a route or a time ("at 0430"). */
function endsBareDose(doc: Doc, j: number): boolean {
  const next = doc.tokens[j];
  if (!next || CLAUSE_ENDS.has(next.norm)) return true;
  if (findRoute(doc, j, j + 1)) return true;
  // "Mobic 15 and moxi 400 PO": the amount closes its drug's entry when the next entry, another drug, follows it.
  if (LIST_JOINS.has(next.norm) && doc.mentions.some((m) => m.start === j + 1 && tagOf(m, 'medication'))) return true;
  const time = next.norm === 'at' || next.norm === '@' ? j + 1 : j;
  return readClock(doc.tokens, time) !== null;
}

/**
 * A four-digit amount said where a drug's dose goes: right after the drug's name and right before its route, with a
 * time said after the route ("meloxicam 15 PO + tylenol 1000 PO 2117", "APAP 1000 PO at 0915"). The time has its
 * place after the route, so the number before the route is the dose, never a second time ("1000" is no 10:00).
 */
function inDoseSlot(doc: Doc, i: number): boolean {
  const named = doc.tokens[i - 1]?.norm === ',' ? i - 1 : i;
  if (doc.tokens[i]?.kind !== 'number' || !doc.mentions.some((m) => m.end === named && tagOf(m, 'medication')))
    return false;
  const k = doc.mentionIndex[i + 1];
  const route = k >= 0 ? doc.mentions[k] : undefined;
  if (!route || !tagOf(route, 'route')) return false;
  const at = ['at', '@'].includes(doc.tokens[route.end]?.norm ?? '') ? route.end + 1 : route.end;
  return doc.sentence[at] === doc.sentence[i] && readClock(doc.tokens, at) !== null;
}
