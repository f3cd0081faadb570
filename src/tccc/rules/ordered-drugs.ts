/**
 * A doctor's order over the radio, read back and then done: "Doc says ertapenem, one gram IV. Mixing it... one gram
 * ertapenem going in, 1906". The order itself is no fact (negation.ts), but it says what the giving after it leaves
 * out: the route ("one gram ertapenem going in" is the gram IV ordered), and even the drug, when the medic only says
 * the amount he draws up ("Doc says ketamine, twenty milligrams IV. Drawing twenty... in, 1902").
 */
import type { Medication, MedicationName, MedicationRoute } from '../record.js';
import { claim, findDose, findRoute, findTime, isAffirmed } from './attributes.js';
import type { Doc } from './document.js';
import { spanning } from './found.js';
import { DOSE_UNITS } from './lexicon/drugs.js';
import { ORDERING_DOCTORS } from './lexicon/negation.js';
import { tagOf } from './matcher.js';
import type { FoundMedication } from './medications.js';

/** A drug the doctor ordered, with the dose and route he said for it. */
interface Order {
  name: MedicationName;
  dose?: string;
  route?: MedicationRoute;
  sentence: number;
  /** Token index of the drug's name. */
  at: number;
}

/** How many sentences after the order its giving may come. */
const REACH = 2;
/** Most tokens between "Doc says" and the drug he orders ("Doc says push TXA", "doc says give him ketamine"). */
const ORDER_REACH = 4;
/** Verbs a medic says as he draws up or pushes a drug, the amount right after them ("Drawing twenty..."). */
const DRAWING_VERBS = new Set(['drawing', 'drew', 'pushing', 'pushed', 'giving', 'gave']);

/** True when "Doc says" (or said) stands just before token `at`, in its sentence. */
function orderedAt(doc: Doc, at: number): boolean {
  for (let i = at - 1; i > 0 && at - i <= ORDER_REACH && doc.sentence[i] === doc.sentence[at]; i--) {
    const said = doc.tokens[i].norm;
    if ((said === 'says' || said === 'said') && ORDERING_DOCTORS.includes(doc.tokens[i - 1].norm)) return true;
  }
  return false;
}

/** The drugs ordered by a doctor: negated mentions, each read up to the next drug or fluid in its sentence. */
function findOrders(doc: Doc): Order[] {
  const orders: Order[] = [];
  doc.mentions.forEach((m, k) => {
    const drug = tagOf(m, 'medication');
    if (!drug || !m.negated || doc.excluded.has(doc.sentence[m.start]) || !orderedAt(doc, m.start)) return;
    let end = doc.sentenceEnd[m.start];
    for (let j = k + 1; j < doc.mentions.length && doc.mentions[j].start < end; j++)
      if (tagOf(doc.mentions[j], 'medication') || tagOf(doc.mentions[j], 'fluid')) end = doc.mentions[j].start;
    const dose = findDose(doc, m.end, end)?.value;
    const route = findRoute(doc, m.end, end)?.value ?? drug.route;
    orders.push({ name: drug.value, dose, route, sentence: doc.sentence[m.start], at: m.start });
  });
  return orders;
}

/** True when a drug or fluid is named, affirmed, in sentences `(from, to)`: a giving there is not the order's. */
function givesBetween(doc: Doc, from: number, to: number): boolean {
  return doc.mentions.some((m, k) => {
    const s = doc.sentence[m.start];
    return s > from && s < to && isAffirmed(doc, k) && Boolean(tagOf(m, 'medication') || tagOf(m, 'fluid'));
  });
}

/** The last order of the drug said before `med`, at most REACH sentences back, with nothing given between. */
function orderOf(doc: Doc, orders: Order[], med: FoundMedication): Order | undefined {
  const order = orders.filter((o) => o.name === med.value.name && o.at < med.at).at(-1);
  if (!order || med.sentence - order.sentence > REACH || givesBetween(doc, order.sentence, med.sentence)) return;
  return order;
}

/**
 * "Drawing twenty... in, 1902" in sentence `s`, after an order of twenty milligrams: the amount said right after a
 * verb of drawing up or pushing, its unit the order's or none, the drug given the one ordered, at the time said after.
 */
function drawnOrder(doc: Doc, order: Order, s: number, from: number): FoundMedication | null {
  if (!order.dose || !DRAWING_VERBS.has(doc.tokens[from]?.norm ?? '')) return null;
  const amount = doc.tokens[from + 1];
  const [value, unit] = order.dose.split(' ');
  if (amount?.kind !== 'number' || String(amount.value) !== value || doc.sentence[from + 1] !== s) return null;
  const saidUnit = doc.tokens[from + 2]?.norm ?? '';
  if (Object.hasOwn(DOSE_UNITS, saidUnit) && DOSE_UNITS[saidUnit] !== unit) return null;
  const end = doc.sentenceEnd[from];
  if (doc.mentions.some((m) => m.start >= from && m.start < end && (tagOf(m, 'medication') || tagOf(m, 'fluid'))))
    return null;
  const time = findTime(doc, from + 2, end, true);
  if (time) claim(doc, time);
  const found: Medication = { name: order.name, dose: order.dose };
  if (order.route) found.route = order.route;
  if (time) found.time = time.value;
  return {
    value: found,
    span: spanning(doc, from, from + 2, [time]),
    sentence: s,
    at: from,
    end: from + 2,
    routeAt: -1,
    timeAfter: time !== null,
    routeNamed: false,
  };
}

/** The first token of sentence `s` at or after token `from`, or -1. */
function sentenceStartAfter(doc: Doc, s: number, from: number): number {
  for (let i = from; i < doc.tokens.length; i++) if (doc.sentence[i] === s) return i;
  return -1;
}

/**
 * `found` with each drug given after a doctor's order completed from it: the route (and dose) the giving leaves out,
 * when its dose is the one ordered or unsaid; and a drug given by its amount alone ("Drawing twenty... in") added.
 */
export function withOrdersGiven(doc: Doc, found: FoundMedication[]): FoundMedication[] {
  const orders = findOrders(doc);
  if (orders.length === 0) return found;
  for (const med of found) {
    const order = orderOf(doc, orders, med);
    if (!order || (med.value.dose && med.value.dose !== order.dose)) continue;
    if (order.dose) med.value.dose ??= order.dose;
    if (order.route) med.value.route ??= order.route;
  }
  const drawn: FoundMedication[] = [];
  for (const order of orders) {
    if (found.some((f) => f.value.name === order.name && f.sentence > order.sentence)) continue;
    let from = 0;
    for (let s = order.sentence + 1; s <= order.sentence + REACH; s++) {
      from = sentenceStartAfter(doc, s, from);
      if (from < 0 || doc.excluded.has(s)) break;
      const given = drawnOrder(doc, order, s, from);
      if (given) {
        drawn.push(given);
        break;
      }
      if (givesBetween(doc, s - 1, s + 1)) break;
    }
  }
  return [...found, ...drawn].sort((a, b) => a.at - b.at);
}
