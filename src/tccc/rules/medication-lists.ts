/**
 * A list of drugs read as one: a form name joined to the drug it follows, bare repeats dropped, and a route or time
 * said after the last drug of a list given to the drugs before it.
 */
import type { Medication, MedicationRoute } from '../record.js';
import { findRoute, mentionAt } from './attributes.js';
import { bareRepeatFilter, type Found } from './found.js';
import type { FoundMedication } from './medications.js';
import { TIMED_ON_REACH, timeSaidOn } from './timed-on.js';
import type { Doc } from './document.js';
import { givePronounRoutes } from './pronoun-routes.js';

/**
 * Joins a form name to the drug it follows, drops bare repeats of a drug already recorded ("went
 * with ketamine instead, ketamine 50 mg IM"), then gives a route or time said after the last drug
 * of a list to the drugs before it that have none ("meloxicam 15 mg and Tylenol 1300 mg by mouth at 1325").
 */
export function shareRoutes(doc: Doc, found: FoundMedication[]): Found<Medication>[] {
  const joined = joinFormNames(found).filter((_, i, all) => !timesEarlier(doc, all, i) && !givesNamedBack(doc, all, i));
  const meds = joined
    .filter((_, i) => !saidBeforeTimed(joined, i) && !restatesTimed(joined, i))
    .filter(
      bareRepeatFilter(
        joined,
        (f) => f.value.name,
        // "OTFC removed from mouth": a route the name itself gives ("OTFC", "lozenge") is no detail of a giving.
        (f) => Boolean(f.value.dose || (f.value.route && !f.routeNamed) || f.value.time),
      ),
    );
  for (const med of meds) med.value.route ??= headedRoute(doc, med.at);
  givePronounRoutes(doc, meds);
  for (let i = meds.length - 1; i > 0; i--) {
    const last = meds[i];
    const route = last.routeAt >= 0 ? last.value.route : undefined;
    const time = last.timeAfter ? last.value.time : undefined;
    if (!route && !time) continue;
    // "moxi 400 mg, Tylenol 1300 mg, that's the two 650s, and Mobic 15 mg, all by mouth": said of all, past asides.
    const ofAll = route !== undefined && SAID_OF_ALL.has(doc.tokens[last.routeAt - 1]?.norm ?? '');
    for (let j = i - 1; j >= 0; j--) {
      const prev = meds[j];
      if (
        prev.sentence !== last.sentence ||
        (meds[j + 1].at - prev.end > 3 && !ofAll) ||
        (prev.value.route && prev.value.time) ||
        saysGiven(doc, prev.end, meds[j + 1].at)
      )
        break;
      if (route && !prev.value.route) prev.value.route = route;
      if (time && !prev.value.time) prev.value.time = time;
    }
  }
  return meds.map(({ value, span }) => ({ value, span }));
}

/**
 * "fentanyl 800 mcg OTFC": a name that gives the form (OTFC) right after the same drug, which has
 * no route of its own (or that form: "fentanyl lozenge 800 mcg OTFC") and no other dose, is that drug's route, not a
 * second medication.
 */
function joinFormNames(found: FoundMedication[]): FoundMedication[] {
  const out: FoundMedication[] = [];
  for (const f of found) {
    const prev = out.at(-1);
    const sameGiving =
      prev &&
      f.routeNamed &&
      prev.value.name === f.value.name &&
      (!prev.value.route || prev.value.route === f.value.route) &&
      prev.sentence === f.sentence &&
      f.at - prev.end <= 1 &&
      (!f.value.dose || !prev.value.dose || f.value.dose === prev.value.dose);
    if (!sameGiving) {
      out.push(f);
      continue;
    }
    const value: Medication = { ...f.value, ...prev.value, route: f.value.route! };
    if (!prev.value.time && f.value.time) value.time = f.value.time;
    out[out.length - 1] = {
      ...prev,
      value,
      span: { start: Math.min(prev.span.start, f.span.start), end: Math.max(prev.span.end, f.span.end) },
      end: Math.max(prev.end, f.end),
      timeAfter: prev.timeAfter || f.timeAfter,
    };
  }
  return out;
}

/**
 * "Fentanyl 50 mcg IV... Okay, fentanyl 50 mcg IV, 2:14": a giving said first without a time and said again whole in
 * the next sentence with its time is one giving, read at its timed saying. A second dose is said as one ("another").
 */
function saidBeforeTimed(found: FoundMedication[], i: number): boolean {
  const f = found[i];
  if (f.value.time || !f.value.dose) return false;
  if (!f.value.route) return orderedBeforeTimed(found, i);
  const again = found[i + 1];
  return (
    again !== undefined &&
    again.sentence - f.sentence <= 1 &&
    again.value.time !== undefined &&
    again.value.name === f.value.name &&
    again.value.dose === f.value.dose &&
    again.value.route === f.value.route
  );
}

/** How many sentences after a drug named with its dose alone it may be said given. */
const ORDER_REACH = 3;

/**
 * "Two grams of Ancef." … "Ancef two grams IV went in at nineteen thirty-two": a drug named with its dose alone (as an
 * order is) and said again with the same dose and a time a few sentences on, before any other saying of it, is that one
 * giving.
 */
function orderedBeforeTimed(found: FoundMedication[], i: number): boolean {
  const f = found[i];
  for (let j = i + 1; j < found.length && found[j].sentence - f.sentence <= ORDER_REACH; j++) {
    const again = found[j].value;
    if (again.name === f.value.name) return again.dose === f.value.dose && again.time !== undefined;
  }
  return false;
}

/**
 * "Fentanyl lollipop, eight hundred mics, oh-seven-hundred." read back as "Fentanyl eight hundred, oh-seven-hundred.":
 * a drug said again with the same time, its dose and route the same or unsaid, is the giving said before, not another.
 */
function restatesTimed(found: FoundMedication[], i: number): boolean {
  const f = found[i].value;
  const same = (a: string | undefined, b: string | undefined) => a === undefined || a === b;
  return (
    f.time !== undefined &&
    found
      .slice(0, i)
      .some(({ value: e }) => e.name === f.name && e.time === f.time && same(f.dose, e.dose) && same(f.route, e.route))
  );
}

/**
 * "TXA, two grams, pushing it in the IV now. … Eleven fifty-two on the TXA.": a drug said only with a time "on" it
 * times the last giving of that drug, which had none, a few sentences back; true when it did (it is no giving).
 */
function timesEarlier(doc: Doc, found: FoundMedication[], i: number): boolean {
  const f = found[i];
  if (f.value.dose || (f.value.route && !f.routeNamed) || !f.value.time) return false;
  if (timeSaidOn(doc, f.at) !== f.value.time) return false;
  for (let j = i - 1; j >= 0 && f.sentence - found[j].sentence <= TIMED_ON_REACH; j--) {
    const given = found[j];
    if (given.value.name !== f.value.name) continue;
    // Already given that time (the time called out was read with it): the same giving, said again.
    if (given.value.time) return given.value.time === f.value.time;
    given.value.time = f.value.time;
    return true;
  }
  return false;
}

/** Words before a drug's name that point back at one already named ("pushed the calcium at 0314"). */
const BACK_WORDS = new Set(['the', 'that']);
/** How many sentences back the drug pointed at may have been named with its dose. */
const NAMED_BACK_REACH = 3;

/**
 * "The PA ordered one gram of calcium gluconate IV … pushed the calcium through the eighteen at zero three fourteen":
 * "the" drug said with a time and no dose is the giving of that drug named with its dose a few sentences back with no
 * time; true when it is (it takes the time there and is no other giving).
 */
function givesNamedBack(doc: Doc, found: FoundMedication[], i: number): boolean {
  const f = found[i];
  if (f.value.dose || !f.value.time || !BACK_WORDS.has(doc.tokens[f.at - 1]?.norm ?? '')) return false;
  for (let j = i - 1; j >= 0 && f.sentence - found[j].sentence <= NAMED_BACK_REACH; j--) {
    const named = found[j].value;
    if (named.name !== f.value.name) continue;
    if (named.time || !named.dose || (named.route && f.value.route && named.route !== f.value.route)) return false;
    named.time = f.value.time;
    named.route ??= f.value.route;
    return true;
  }
  return false;
}

/**
 * "Pill pack, all PO: moxi 400 mg, Tylenol 1300": a route said before a colon heads the list after it, so each drug
 * in the list, said after the colon in its sentence, goes that way.
 */
function headedRoute(doc: Doc, at: number): MedicationRoute | undefined {
  // Past anything but drugs, doses and commas, a phrase before a comma no longer heads this drug.
  let onlyDrugs = true;
  for (let i = at - 1; i > 0 && doc.sentence[i] === doc.sentence[at]; i--) {
    if (mentionAt(doc, i)?.tags.some((t) => t.cat !== 'medication')) onlyDrugs = false;
    const comma = onlyDrugs && doc.tokens[i].norm === ',' && namesPack(doc, i);
    if (doc.tokens[i].norm !== ':' && !comma) continue;
    // "by mouth:" is a route of more than one word; only one that ends at the colon heads the list.
    const route = findRoute(doc, Math.max(0, i - 2), i);
    if (route?.end === i) return route.value;
    if (!comma) return undefined;
  }
  return undefined;
}

/** Words that name the pills of a pack as one, not a drug ("took his pill pack by mouth, ..."). */
const PACK_WORDS = new Set(['pack', 'pills', 'meds', 'tablets', 'cwmp']);

/**
 * "took his pill pack by mouth, Mobic 15 mg, Tylenol 1300 mg": true when the phrase ending at the comma `comma` names a
 * pack of pills, so the route it ends with heads the drugs listed after it.
 */
function namesPack(doc: Doc, comma: number): boolean {
  const ends = new Set([',', ':']);
  for (let i = comma - 1; i >= 0 && doc.sentence[i] === doc.sentence[comma] && !ends.has(doc.tokens[i].norm); i--)
    if (PACK_WORDS.has(doc.tokens[i].norm)) return true;
  return false;
}

/** Words before a route that say it of every drug of the list ("both by mouth", "all PO"). */
const SAID_OF_ALL = new Set(['both', 'all']);

/** Words after a drug that say it is given, ending its giving ("ertapenem is in"): it is no item of a list. */
const GIVEN = new Set(['in', 'given', 'done', 'pushed', 'running']);

/** True when the words from `start` to `end` say the drug before them is given ("ertapenem is in ketamine ..."). */
function saysGiven(doc: Doc, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (GIVEN.has(doc.tokens[i].norm)) return true;
  return false;
}
