/**
 * Medications: name from the lexicon (brands map to generics), then dose, route and time from the words after the
 * name, or just before it ("one gram of TXA"); fluids are read the same way (fluids.ts).
 * A route said once after a list of drugs applies to each drug in the list (medication-lists.ts).
 */
import type { Medication, MedicationName } from '../record.js';
import {
  claim,
  findDose,
  findRoute,
  findTime,
  findVolume,
  nextThingStart,
  previousBoundary,
  type Read,
} from './attributes.js';
import { readClock } from '../text/clock.js';
import { isNumeric } from '../text/tokenize.js';
import { doseOrClock, findBareDose } from './bare-doses.js';
import { repairedRoute } from './route-repairs.js';
import { routeLeading } from './leading-routes.js';
import { repeatsVitals } from './vital-times.js';
import { givenJustBefore, namesGivingARepeat, repeatOfGiving } from './repeat-givings.js';
import type { Doc } from './document.js';
import { spanning, type Found } from './found.js';
import { tagOf } from './matcher.js';
import { timeOfAct } from './act-times.js';
import { drawnUpEnd } from './drug-strengths.js';
import { milMeantAsMilligrams, SPOKEN_MIL_WORDS } from '../customary-doses.js';

/** How far before a name a dose or volume may be ("one unit of whole blood", "two grams of TXA"). */
export const LOOK_BEHIND = 5;

/** A found medication with the token positions that route sharing needs. */
export interface FoundMedication extends Found<Medication> {
  sentence: number;
  /** Token index of the name and of the end of what was read. */
  at: number;
  end: number;
  /** Token index of a route read after the name, or -1. */
  routeAt: number;
  /** True when the time was read after the name. */
  timeAfter: boolean;
  /** True when the name itself gave the route ("OTFC", "fentanyl lozenge"). */
  routeNamed: boolean;
}

/** Words between "holding" and the drug it holds ("holding off on the fentanyl"). */
const HELD_GAP = new Set(['the', 'off', 'on', 'his', 'her', 'any']);

/**
 * "holding the fentanyl", "hold the morphine", "hold the Hextend": a drug or fluid held back, not given ("holding
 * pressure" holds no drug).
 */
export function heldBefore(doc: Doc, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && HELD_GAP.has(doc.tokens[j].norm)) j--;
  return (
    j >= 0 && (doc.tokens[j].norm === 'holding' || doc.tokens[j].norm === 'hold') && doc.chunk[j] === doc.chunk[at]
  );
}

/** "nauseous after the ketamine", "itching since the morphine": a drug spoken of as given before, no new giving. */
function referredBefore(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  return ['the', 'his', 'her'].includes(t[at - 1]?.norm ?? '') && ['after', 'since'].includes(t[at - 2]?.norm ?? '');
}

/**
 * A dose said before the drug ("one gram of TXA"), unless a clock time stands between them: then the dose and its
 * time are an earlier giving ("TXA one gram IV fourteen twelve, fentanyl fifty micrograms"), not this drug's, unless
 * that giving was of this same drug ("ertapenem one gram IV eleven ten, ok ertapenem is in"). Another dose of the last
 * drug ("2.5 mg IV at 1130, another two point five") is that dose again, wherever it was said.
 */
function doseBefore(doc: Doc, k: number, from: number, named: string | undefined): Read<string> | null {
  const m = doc.mentions[k];
  const dose = findDose(doc, from, m.start, named !== undefined);
  if (!dose || !named) return dose;
  let timed = false;
  for (let i = dose.end; i < m.start; i++) if (readClock(doc.tokens, i)) timed = true;
  if (!timed) return dose;
  const earlier = doc.mentions.slice(0, k).findLast((e) => e.end <= dose.start && tagOf(e, 'medication'));
  const sameSentence = earlier !== undefined && doc.sentence[earlier.start] === doc.sentence[m.start];
  return sameSentence && tagOf(earlier, 'medication')?.value === named ? dose : null;
}

/** The pauses around a lone "no" ("Paracetamol... no, first I wait"). */
const NO_PAUSES = new Set([',', '...', '-']);

/**
 * "Paracetamol... no, first I wait, he has not much pain", "morphine... no, fentanyl 50 mcg": a drug named, then a
 * lone "no" between pauses and the rest of the sentence naming no amount, route or fluid before another drug, is a
 * drug taken back. A "no" before an amount corrects the dose ("ketamine... no, 25 mg") and the drug stands.
 */
function noSaidAfter(doc: Doc, name: string, end: number): boolean {
  const t = (i: number): string => doc.tokens[i]?.norm ?? '';
  if (!NO_PAUSES.has(t(end)) || t(end + 1) !== 'no' || !NO_PAUSES.has(t(end + 2))) return false;
  for (let i = end + 3; i < doc.sentenceEnd[end]; i++) {
    if (isNumeric(doc.tokens[i])) return false;
    const said = doc.mentions[doc.mentionIndex[i]];
    const drug = said && tagOf(said, 'medication');
    if (drug) return drug.value !== name;
    if (said && (tagOf(said, 'fluid') || tagOf(said, 'route') || tagOf(said, 'access'))) return false;
  }
  return true;
}

/** Words that may stand between "or" and the drug it offers ("ketamine or the fentanyl lozenge"). */
const CHOICE_GAP = new Set(['the', 'a', 'an', 'some']);

/**
 * "Pain, we've got ketamine or the fentanyl lozenge": two drugs joined by "or" are a choice offered, neither one a
 * giving, when the drug is said with no dose or time (the one chosen is said given after: "so lozenge ... 800 mcg").
 */
function offeredAsChoice(doc: Doc, k: number): boolean {
  const isDrug = (j: number): boolean =>
    doc.mentions[j] !== undefined && tagOf(doc.mentions[j], 'medication') !== undefined;
  const joined = (from: number, to: number): boolean => {
    const between = doc.tokens.slice(from, to).map((t) => t.norm);
    return between[0] === 'or' && between.slice(1).every((w) => CHOICE_GAP.has(w));
  };
  const [prev, m, next] = [doc.mentions[k - 1], doc.mentions[k], doc.mentions[k + 1]];
  return (isDrug(k + 1) && joined(m.end, next.start)) || (isDrug(k - 1) && joined(prev.end, m.start));
}

/** "Then TXA, two grams, same route": the drug goes the way the drug before it went. */
function saysSameRoute(doc: Doc, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++)
    if (doc.tokens[i].norm === 'same' && doc.tokens[i + 1].norm === 'route') return true;
  return false;
}

/** How many words a restarted name may stumble over before it is said whole ("moxi... moxa... moxifloxacin"). */
const RESTART_REACH = 4;

/**
 * "fentanyl fentanyl fifty micrograms", "the moxi... moxa... moxifloxacin": a drug named again with only pauses and
 * stumbled words between is one drug, read at its last naming. A number between ("ketamine at 1400, ketamine")
 * makes it another giving.
 */
function saidAgainNext(doc: Doc, k: number): boolean {
  const [m, next] = [doc.mentions[k], doc.mentions[k + 1]];
  const name = tagOf(m, 'medication')?.value;
  if (name === undefined || !next || tagOf(next, 'medication')?.value !== name) return false;
  if (next.start - m.end > RESTART_REACH || doc.sentence[next.start] !== doc.sentence[m.start]) return false;
  for (let i = m.end; i < next.start; i++) if (isNumeric(doc.tokens[i])) return false;
  return true;
}

/** Whether the mention after `k` is a drug named within a word of `end` (the dose a repeat read). */
function namesDrugNext(doc: Doc, k: number, end: number): boolean {
  const next = doc.mentions[k + 1];
  return next !== undefined && next.start - end <= 1 && next.start >= end && tagOf(next, 'medication') !== undefined;
}

/**
 * "1 g TXA IV and 500 ml Ringer IV", "morphine IV then 4 mg ondansetron": an amount said right before the next drug or
 * fluid (or before "of" and it) is that other one's, when it has no amount said after it of its own; never the dose of the
 * drug before ("TXA 1 g ketamine 50 mg" keeps TXA's gram).
 */
function leadsNextDrug(doc: Doc, dose: Read<string>, name: string): boolean {
  const at = doc.tokens[dose.end]?.norm === 'of' ? dose.end + 1 : dose.end;
  const j = doc.mentionIndex[at] ?? -1;
  const next = doc.mentions[j];
  // "fentanyl 800 mcg OTFC": the drug named again by its form is the same drug.
  const drug = next && (tagOf(next, 'medication') ?? tagOf(next, 'fluid'));
  if (!drug || drug.value === name) return false;
  const end = Math.min(doc.sentenceEnd[next.start], nextThingStart(doc, j));
  return !findDose(doc, next.end, end) && !findVolume(doc, next.end, end, null);
}

/**
 * "fentanyl 800 mcg OTFC at 0907": a drug's form ("OTFC", "lozenge") said right after the same drug's dose is the way
 * that giving went, not a giving of its own; an amount or route after it is some other drug's ("... 1 gram IM at
 * 0910").
 */
function formAfterDose(doc: Doc, k: number): boolean {
  const [prev, m] = [doc.mentions[k - 1], doc.mentions[k]];
  const name = tagOf(m, 'medication');
  if (!prev || !name?.route || tagOf(prev, 'medication')?.value !== name.value) return false;
  return findDose(doc, prev.end, m.start)?.end === m.start;
}

/** The dose read, with a spoken "mil" of a drug dosed by weight taken as milligrams ("fifty mil of ket"). */
function inMilligrams(doc: Doc, dose: Read<string>, drug: MedicationName): Read<string> {
  const [amount, unit] = dose.value.split(' ');
  const mg = unit === 'ml' && SPOKEN_MIL_WORDS.includes(doc.tokens[dose.end - 1]?.norm ?? '');
  const value = mg ? milMeantAsMilligrams(drug, Number(amount)) : undefined;
  return value ? { ...dose, value } : dose;
}

/** Reads the medication named at mention `k`, or another dose of `last` at a "repeated" mention. */
export function readMedication(doc: Doc, k: number, last?: Medication): FoundMedication | null {
  const m = doc.mentions[k];
  const named = tagOf(m, 'medication');
  const again = tagOf(m, 'repeat');
  // "morphine 2.5 mg IV 1130, another 2.5 at 1135": another dose goes the way the last went, unless said otherwise.
  const repeated = !named && again && !again.fluid && last ? { value: last.name, route: last.route } : undefined;
  const tag = named ?? repeated;
  if (
    !tag ||
    heldBefore(doc, m.start) ||
    referredBefore(doc, m.start) ||
    saidAgainNext(doc, k) ||
    noSaidAfter(doc, tag.value, m.end)
  )
    return null;
  // "repeated fentanyl 50 micrograms": a drug named right after the word of repeating is the one given again.
  if (repeated && namesDrugNext(doc, k, m.end)) return null;
  if (repeated && repeatsVitals(doc, m.end)) return null;
  if (repeated && namesGivingARepeat(doc, k)) return null;
  const thing = nextThingStart(doc, k);
  const windowEnd = drawnUpEnd(doc, m.end, Math.min(doc.detailsEnd[m.start], thing), thing);
  const behind = previousBoundary(doc, k, LOOK_BEHIND, doc.chunk);
  // "an 800 microgram OTFC fentanyl lozenge": a drug named again at once is read at its last naming, and the dose said
  // before its first naming is its dose (a time said there is not: "sats 92 1310 um ketamine ketamine").
  let first = k;
  while (first > 0 && saidAgainNext(doc, first - 1)) first--;
  const doseFrom = first === k ? behind : previousBoundary(doc, first, LOOK_BEHIND, doc.chunk);
  // "second gram" only after a dose in grams: never a gram of ketamine after "50 mg".
  const inUnit = again?.dose && last?.dose?.split(' ')[1] === again.dose.split(' ')[1];
  // "… and again 2244": the last dose again, only where a time follows at once (no reading said again).
  const lastDose =
    repeated && again?.sameDose && readClock(doc.tokens, m.end) && givenJustBefore(doc, k) ? last?.dose : undefined;
  if (again?.sameDose && !lastDose) return null;
  const same = lastDose !== undefined;
  const said =
    repeated && inUnit
      ? { value: again.dose!, start: m.start, end: m.end }
      : lastDose
        ? { value: lastDose, start: m.start, end: m.end }
        : null;
  if (repeated && again?.dose && !inUnit) return null;
  // A drug named anew reads no other drug's dose; "another two point five" is the last dose again, said before it.
  const form = formAfterDose(doc, k);
  const after = form ? null : findDose(doc, m.end, windowEnd, !repeated);
  const readDose =
    said ??
    (after && !leadsNextDrug(doc, after, tag.value) ? after : null) ??
    doseBefore(doc, k, doseFrom, repeated ? undefined : tag.value) ??
    (named ? findBareDose(doc, m, named.value) : null);
  const dose = readDose && named ? inMilligrams(doc, readDose, named.value) : readDose;
  const routeSaid = form ? null : findRoute(doc, m.end, windowEnd);
  const routeAfter = routeSaid && repairedRoute(doc, routeSaid, doc.sentenceEnd[m.start]);
  // "about to give ertapenem one gram IV ... ok ertapenem is in": a dose read before the drug brings its route.
  const route =
    routeAfter ??
    findRoute(doc, Math.max(behind, m.start - 1), m.start) ??
    (dose && dose.start < m.start ? findRoute(doc, Math.max(behind, dose.start), m.start) : null) ??
    routeLeading(doc, k);
  // "another twenty five micrograms fentanyl IV": a dose with a drug named right after it is that drug's dose.
  if (repeated && (!dose || namesDrugNext(doc, k, dose.end))) return null;
  // The dose is claimed first, so an amount read as one ("Tylenol 1300, Mobic 15") is no time as well.
  if (dose && dose !== said) claim(doc, dose);
  // A form after its drug's dose keeps no time said past the next amount, the other drug's ("OTFC, 1 g IM 0910").
  const timeEnd = form ? (findDose(doc, m.end, windowEnd)?.start ?? windowEnd) : windowEnd;
  const repeatAt = named ? repeatOfGiving(doc, k) : -1;
  const timeOfRepeat = repeatAt >= 0 ? findTime(doc, doc.mentions[repeatAt].end, doc.sentenceEnd[m.start], true) : null;
  const read = timeOfAct(
    doc,
    k,
    findTime(doc, m.end, timeEnd, true) ?? timeOfRepeat,
    findTime(doc, behind, m.start, true),
  );
  // "Tylenol 1000": an amount as likely the dose as the clock is neither, and no other act's time either.
  const time = read && !dose && named && doseOrClock(doc, m, named.value, read) ? null : read;
  if (read) claim(doc, read);
  if (named && !dose && !time && offeredAsChoice(doc, k)) return null;
  const value: Medication = { name: tag.value };
  if (dose) value.dose = dose.value;
  if (route) value.route = route.value;
  else if (tag.route) value.route = tag.route;
  else if (last?.route && saysSameRoute(doc, m.end, windowEnd)) value.route = last.route;
  if (time) value.time = time.value;
  const span = spanning(doc, m.start, m.end, [dose, route, time]);
  return {
    value,
    span,
    sentence: doc.sentence[m.start],
    at: m.start,
    end: Math.max(m.end, dose?.end ?? 0, routeAfter?.end ?? 0),
    routeAt: routeAfter ? routeAfter.start : -1,
    timeAfter: time !== null && time.start > m.start,
    routeNamed: !route && !same && Boolean(tag.route),
  };
}
