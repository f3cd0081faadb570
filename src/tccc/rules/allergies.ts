/**
 * The casualty's allergies as written after "allergic to" or "allergies:" ("NKDA" for none), or the one word before
 * "allergy" ("penicillin allergy"). `casualty.ts` reads them with the rest of who the casualty is.
 */
import type { Doc } from './document.js';
import { spanOf, type Found } from './found.js';

/** What follows "allergic to" / "allergies:": "NKDA" for none, else the words as written. */
export function readAllergy(doc: Doc, from: number): Found<string> | null {
  let i = from;
  // "allergy against penicillin", "allergic to... how you say... sulfonamide", "Allergies, asking him... PCN.":
  // the words that lead to the allergen, a pause, a search for the word or the asking are no part of it.
  for (;;) {
    const norm = doc.tokens[i]?.norm ?? '';
    const aside = ASIDES.find((words) => words.every((w, n) => doc.tokens[i + n]?.norm === w));
    // "Allergy on medicaments: none known", "allergies to drugs - penicillin": the kind of allergy asked, then the answer.
    const kindAsked = DRUG_WORDS.has(norm) && LEADS_TO_ALLERGEN.has(doc.tokens[i + 1]?.norm ?? '');
    if (LEADS_TO_ALLERGEN.has(norm) || PAUSES.has(norm) || kindAsked) i++;
    else if (aside && PAUSES.has(doc.tokens[i + aside.length]?.norm ?? '')) i += aside.length;
    else break;
  }
  // "allergies per his tags none known": where the medic read it, said before the allergen.
  if (doc.tokens[i]?.norm === 'per')
    i += ['his', 'her', 'the', 'their'].includes(doc.tokens[i + 1]?.norm ?? '') ? 3 : 2;
  // "allergies she says codeine": who told the medic, said before the allergen.
  if (CLAUSE_SUBJECTS.has(doc.tokens[i]?.norm ?? '') && REPORTING_VERBS.has(doc.tokens[i + 1]?.norm ?? '')) i += 2;
  // "Allergies? — Says penicillin.": the reporting verb, its subject left unsaid.
  else if (REPORTING_VERBS.has(doc.tokens[i]?.norm ?? '')) i++;
  const first = doc.tokens[i];
  if (!first) return null;
  // "he is allergic to nothing": none. "not known" as a translation says it: none known.
  const notKnown = first.norm === 'not' && doc.tokens[i + 1]?.norm === 'known';
  if (['none', 'no', 'nkda', 'nka', 'nil', 'denies', 'nothing'].includes(first.norm) || notKnown)
    return { value: 'NKDA', span: spanOf(doc, i, i + (notKnown ? 2 : 1)) };
  // "Allergies unknown, pt unable to answer": not known to anyone, so nothing to record.
  if (first.norm === 'unknown') return null;
  // "You allergic to anything?": asked, not yet answered; the answer is read where it is said.
  if (['anything', 'any'].includes(first.norm)) return null;
  // "Allergies... Tomasz, you allergic to anything?": the casualty called by name and asked; the answer comes after.
  if (doc.tokens[i + 1]?.norm === ',' && ASKED_AFTER_CALL.has(doc.tokens[i + 2]?.norm ?? '')) return null;
  // "allergy to... what, …": the medic searching for the word; no allergen said there.
  if (['what', 'which', 'how', 'who'].includes(first.norm)) return null;
  // "Allg: unk", "Allergies: unknown": not known, so none is written.
  if (['unk', 'unknown'].includes(first.norm)) return null;
  let end = i;
  while (
    end < doc.tokens.length &&
    end - i < 4 &&
    doc.tokens[end].kind === 'word' &&
    doc.chunk[end] === doc.chunk[i] &&
    !CLAUSE_SUBJECTS.has(doc.tokens[end].norm) &&
    !SOURCE_WORDS.has(doc.tokens[end].norm) &&
    !EVACUATION_WORDS.has(doc.tokens[end].norm) &&
    !CLAUSE_LINKS.has(doc.tokens[end].norm) &&
    !CHAT_ASIDES.has(doc.tokens[end].norm) &&
    !namesOtherFact(doc, end)
  )
    end++;
  if (end === i) return null;
  // "Ask him allergies to medicine.": the kind of allergy asked, with no answer yet, names no allergen.
  if (doc.tokens.slice(i, end).every((t) => DRUG_WORDS.has(t.norm))) return null;
  // "ALLERGIES: s#lf? .. (illeg": a lone letter is a word the card could not be read of, no allergen.
  if (end === i + 1 && doc.tokens[i].norm.length < 2) return null;
  const span = spanOf(doc, i, end);
  return { value: doc.text.slice(span.start, span.end), span };
}

/**
 * Words between "allergic" or "allergy" and the allergen ("allergic to", "allergy against", "allergies: -"); "on" as
 * a translation renders it ("allergy on penicillin"); a long dash as a pause ("Allergy on medicaments — none").
 */
const LEADS_TO_ALLERGEN = new Set([':', '-', '—', '–', 'to', 'is', 'against', 'on']);
/** Words for drugs as a kind of allergy asked of, before the answer ("Allergy on medicaments: none known"). */
const DRUG_WORDS = new Set([
  'medicament',
  'medication',
  'medicine',
  'drug',
  'med',
  'medicaments',
  'medications',
  'medicines',
  'drugs',
  'meds',
]);
/** Words that join the next clause to the allergen: it ends there ("allergic to penicillin so I held the Ancef"). */
const CLAUSE_LINKS = new Set(['so', 'but', 'because', 'therefore', 'then', 'which']);
/** Words that open a question put to someone just called by name ("Tomasz, you allergic …", "Ana, any allergies?"). */
const ASKED_AFTER_CALL = new Set(['you', 'any', 'are', 'do']);
/** A pause in speech, written as an ellipsis or a dash. */
const PAUSES = new Set(['...', '-']);
/** What a medic says while he finds the word or asks, before a pause ("how you say...", "asking him..."). */
const ASIDES: ReadonlyArray<readonly string[]> = [
  ['how', 'you', 'say'],
  ['how', 'do', 'you', 'say'],
  ['asking', 'him'],
  ['asking', 'her'],
];

/** True when an evacuation priority or a vital sign starts at token `i`: the allergen ended before it ("allergic to sulfa routine"). */
function namesOtherFact(doc: Doc, i: number): boolean {
  const k = doc.mentionIndex[i];
  return k >= 0 && doc.mentions[k].tags.some((t) => t.cat === 'evac' || t.cat === 'vital' || t.cat === 'avpu');
}

/** Words that start the next clause of an unpunctuated transcript ("allergic to penicillin he stepped on..."). */
const CLAUSE_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we', "he's", "she's", 'patient', 'pt', 'casualty']);
/** Words that say who told of the allergy after it: the allergen ends there ("penicillin per our interpreter"). */
const SOURCE_WORDS = new Set(['per', 'according', 'reported', 'says', 'said']);
/** Words that open the evacuation request after an allergen in a run-on transcript ("allergies penicillin evac priority"). */
const EVACUATION_WORDS = new Set(['evac', 'evacuation', 'medevac', 'casevac', 'medivac']);
/** Asides a chat message ends on, no part of what it says ("allergic to latex fyi", "PCN btw"). */
const CHAT_ASIDES = new Set(['fyi', 'btw', 'lol', 'asap']);
/** Verbs by which the casualty tells the medic of his allergy ("he says", "she reports"). */
const REPORTING_VERBS = new Set(['says', 'said', 'reports', 'states']);
/** Words before "allergy" that are not the allergen ("drug allergy", "any allergy"). */
const NOT_ALLERGENS = new Set([
  'no',
  // "She has allergy to …": the verb, never the allergen.
  'has',
  'have',
  'had',
  'known',
  'drug',
  'drugs',
  'any',
  'his',
  'her',
  'the',
  'an',
  'a',
  'food',
  'medication',
  'med',
]);

/** "penicillin allergy": the one word before "allergy" in its phrase, when nothing names the allergen after it. */
export function readAllergyBefore(doc: Doc, at: number): Found<string> | null {
  const t = doc.tokens[at - 1];
  if (
    !t ||
    t.kind !== 'word' ||
    doc.chunk[at - 1] !== doc.chunk[at] ||
    NOT_ALLERGENS.has(t.norm) ||
    doc.tokens[at].norm !== 'allergy'
  )
    return null;
  const span = spanOf(doc, at - 1, at);
  return { value: doc.text.slice(span.start, span.end), span };
}
