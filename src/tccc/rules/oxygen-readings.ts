/**
 * Oxygen named beside a saturation reading: "SpO2 98% on O2" tells how the reading was taken, "oxygen's ninety-six"
 * is the reading itself. Neither says oxygen was given then.
 */
import type { Doc } from './document.js';
import { tagOf, type Mention } from './matcher.js';

const isOxygen = (o: Mention): boolean => tagOf(o, 'intervention')?.value === 'oxygen';

/**
 * True when the oxygen at mention `k` only qualifies a reading: said after it ("SpO2 98% on O2"), which adds nothing
 * when the oxygen given is named elsewhere ("O2 15 L NRB 1938"), or said as the reading ("oxygen's ninety-six").
 */
export function qualifiesReading(doc: Doc, k: number): boolean {
  const m = doc.mentions[k];
  if (!isOxygen(m)) return false;
  if (namesSaturation(doc, m)) return true;
  if (!afterReading(doc, m)) return false;
  return doc.mentions.some((o) => isOxygen(o) && !o.negated && !afterReading(doc, o));
}

/** True when a number or a percent and "on" come right before mention `m` ("98% on", "94 on"). */
function afterReading(doc: Doc, m: Mention): boolean {
  const before = doc.tokens[m.start - 2];
  return doc.tokens[m.start - 1]?.norm === 'on' && (before?.kind === 'number' || before?.norm === '%');
}

/** Verbs that say the oximeter's number follows ("oxygen is 94"). */
const READS = new Set(['is', 'was', 'reads', 'reading']);
/** A saturation is a percentage; a lower number after oxygen is no saturation. */
const LOWEST_SATURATION = 50;
/** Units of an oxygen flow ("O2 is 15 L"): the number is the oxygen given. */
const FLOW_UNITS = new Set(['l', 'lpm', 'liters', 'litres', 'liter', 'litre', 'l/min']);

/** "oxygen's ninety-six", "O2 is 94 percent": the oxygen level said, a saturation read, not a flow. */
function namesSaturation(doc: Doc, m: Mention): boolean {
  const last = doc.tokens[m.end - 1].norm;
  const at = last.endsWith("'s") ? m.end : READS.has(doc.tokens[m.end]?.norm ?? '') ? m.end + 1 : -1;
  const n = doc.tokens[at];
  if (at < 0 || n?.kind !== 'number' || n.value === undefined) return false;
  return n.value >= LOWEST_SATURATION && n.value <= 100 && !FLOW_UNITS.has(doc.tokens[at + 1]?.norm ?? '');
}
