/**
 * One record per casualty: the narrative is split by casualty (casualty-split.ts), each part read on its own, so no fact
 * of one lands on another's record. What is said before the first casualty gives every record its mechanism, grid, time
 * of injury and priority (when it has none of its own); anything else said there is left out and listed.
 */
import { splitCasualties, type CasualtySplit } from './casualty-split.js';
import { saysWhose } from './card-fields.js';
import type { TextPart } from './shared-phrases.js';
import type { EvidenceSpan, EvidencedRecord } from '../extraction.js';
import { extractWithEvidence } from './index.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { cutAtSecondPerson, picksOutTwo } from './referents.js';
import { countsCasualties } from './casualty-counts.js';
import { saysSeveral } from './says-several.js';
import { listsSeveral } from './switch-openings.js';
import { netLogNames, withoutSenders } from './net-log.js';
import { claimsSplit } from './net-claims.js';
import { readReports } from './net-reports.js';
import { withoutSpeakers } from './dialogue-speakers.js';
import { wordsSaid } from './words-said.js';
import { readLaidOut } from './laid-out-text.js';
import { readThrough } from './rewritten-text.js';
import { REWRITERS, runsAgain } from './rewriters.js';
import { openingsFor } from './named-openings.js';
import { proseSplit } from './named-prose.js';
import { outnumbers } from './engagement-prose.js';
import { paragraphSplit } from './paragraph-refs.js';
import { colourTriaged, partsSayUnhurt } from './patient-parts.js';
import { causesListed, withOwnCauses, withoutOthersCauses } from './listed-causes.js';
import {
  hasOwnFacts,
  orderedRecord,
  eventOnly,
  readParts,
  triagedIn,
  withSameEventTime,
  withOneGrid,
  withShared,
} from './casualty-records.js';
import { withName } from './record-names.js';
import { blankDisputed } from './switch-corrections.js';
import { knownCasualties, type KnownCasualties } from './known-casualties.js';
import { withSwappedCards } from './swapped-cards.js';

export interface CasualtiesResult {
  /** One per casualty, in the order the narrative introduces them; one for a narrative about one casualty. */
  casualties: EvidencedRecord[];
  /** Facts read from the narrative that no casualty can be given: the record path they would have had, and their words. */
  unattributed: EvidenceSpan[];
  /** With several casualties: each one's parts of the narrative (same order), the opening and what is said of all. */
  parts?: { casualties: TextPart[][]; preamble: TextPart[]; shared: TextPart[]; ofNoOne: TextPart[] };
}

/** Paths of the preamble's record every casualty shares. */
const SHARED = /^\/(location_grid|evac_priority|time_of_injury|mechanism)(\/|$)/;

/** Extracts one record per casualty. Never throws; a narrative about one casualty gives one record, as extractWithEvidence. */
export function extractCasualties(text: string): CasualtiesResult {
  try {
    return readEveryCasualty(typeof text === 'string' ? text : '');
  } catch {
    // A reader's fault must not cost the medic his record: the whole narrative as one casualty's.
    return { casualties: [extractWithEvidence(text)], unattributed: [] };
  }
}

/** extractCasualties without its fallback: throws where a reader fails (the fixtures guard asserts none does). */
export const readEveryCasualty = (typed: string): CasualtiesResult => readFrom(typed, 0);

function readFrom(typed: string, from: number): CasualtiesResult {
  // Each rewriter once, save a name taken back: one is read at a time, the next found in the words the first left.
  for (let n = from; n < REWRITERS.length; n++) {
    const reread = REWRITERS[n](typed);
    const next = runsAgain(REWRITERS[n]) ? n : n + 1;
    if (reread) return readThrough(reread, (words) => readFrom(words, next));
  }
  // What a transcript, a form or a radio net adds to the words said is taken out (words-said.ts).
  const said = wordsSaid(typed);
  // A table, an audit log, a tally or a grid is read as the casualties' words (laid-out-text.ts).
  const rewritten = readLaidOut(said);
  if (rewritten) return readThrough(rewritten, (words) => readCasualties(words, []));
  // A net log's senders and a transcript's speakers (dialogue-speakers.ts) are blanked: they name no casualty.
  const read = withoutSpeakers(withoutSenders(said));
  // A chat where each medic says whom he has and types on without naming him (net-claims.ts).
  const claims = claimsSplit(said);
  if (claims) return readSplit(read, claims, []);
  const logNames = netLogNames(said, read);
  // Several medics each calling up their own casualties on one net: each report is read on its own (net-reports.ts).
  return readReports(read, (words) => readCasualties(words, logNames)) ?? readCasualties(read, logNames);
}

/** `logNames`: the surnames a net log's messages open with (net-log.ts), known before any label is read. */
function readCasualties(text: string, logNames: readonly string[]): CasualtiesResult {
  // An after-action narrative's numbered paragraphs that refer back to the casualty in each ("the casualty in para 3").
  const paragraphs = paragraphSplit(text);
  if (paragraphs) return readSplit(text, paragraphs, []);
  const first = splitCasualties(text, logNames);
  // Prose that names several soldiers as hurt, their words interleaved (a sworn statement: named-prose.ts).
  // A statement's numbered paragraphs ("1. At about 1015 … 2. SGT Moody …") number what happened, not casualties.
  const numbered =
    first.labels.length > 0 && first.labels.every((l) => /^\d+\.$/.test(text.slice(l.start, l.end).trim()));
  const prose = proseSplit(text);
  // An engagement told as it happened: each soldier hit, in the order hit (engagement-prose.ts).
  const more = prose !== null && outnumbers(prose, first);
  if (prose && (first.casualties.length < 2 || numbered || more)) return readSplit(text, prose.split, []);
  // A man and a woman the medic turns between by pronoun, twice or more ("Her right calf … His left forearm").
  if (prose && prose.turns >= 2) return readSplit(text, prose.split, []);
  if (first.casualties.length === 0) return oneRecord(text);
  // One labelled casualty ("second casualty SPC Young, …", a part the medic filed on its own): read it all, label blanked.
  if (first.casualties.length === 1)
    return oneRecord(text, readParts(blankLabels(text, first), [{ start: 0, end: text.length }]));
  // A second pass knows each casualty's surname, what he was said to be and his wounds (known-casualties.ts).
  const known = knownCasualties(text, first, blankLabels(text, first));
  const again = splitAgain(text, known);
  if (again.casualties.length < 2) return readSplit(text, first, []);
  // A name told once a wound said who it was ("And the arm, that's SGT Mokoena. … Mokoena, pulse 104"): a third
  // pass knows it too, when the second kept every surname the first knew and cuts as many casualties.
  const renamed = knownCasualties(text, again, blankLabels(text, again));
  const kept = known.surnames.every((s, n) => s === undefined || renamed.surnames[n] === s);
  const named = renamed.surnames.some((s, n) => s !== undefined && known.surnames[n] === undefined);
  const third =
    kept && named && renamed.surnames.length === known.surnames.length ? splitAgain(text, renamed) : undefined;
  if (third?.casualties.length === again.casualties.length) return readSplit(text, third, renamed.surnames);
  return readSplit(text, again, known.surnames);
}

const splitAgain = (text: string, known: KnownCasualties): CasualtySplit =>
  splitCasualties(text, known.surnames, known.descriptions, known.givenNames, known.wounds);
/** The record of each casualty `split` cuts the narrative into; `surnames` those known per casualty, if any. */
function readSplit(text: string, split: CasualtySplit, surnames: readonly (string | undefined)[]): CasualtiesResult {
  // The switch words are blanked (same length, so offsets hold): "second casualty" reads as someone else to the single-record reader.
  const unlabelled = blankDisputed(blankLabels(text, split), split.unclear);
  const preamble = readParts(unlabelled, split.preamble);
  const unattributed = [
    ...preamble.evidence.filter((e) => !SHARED.test(e.path)),
    ...(split.unclear.length > 0
      ? readParts(unlabelled, split.unclear).evidence.filter(
          (e) => !split.givenTo.some((g) => e.start >= g.part.start && e.start < g.part.end),
        )
      : []),
  ];
  // A casualty's part that picks out someone else too gives no one the words from there on.
  const own = split.casualties.map((parts) => cutAtSecondPerson(unlabelled, parts, split.byName));
  for (const { left } of own) if (left.length > 0) unattributed.push(...readParts(unlabelled, left).evidence);
  // "Officer and suspect both hit at 0538. … Patient 3: suspect's girlfriend, …": the time is theirs alone.
  const openings = openingsFor(
    text,
    own.map((o) => o.kept),
    preamble,
    split.shared,
  );
  // "IED 2058 for T1 and T3": the opening's IED is not T2's.
  const listed = causesListed(
    text,
    own.map((o) => o.kept),
    split.labels,
    surnames,
  );
  const ownReads = own.map(({ kept: parts }, i) =>
    withName(readParts(unlabelled, [...parts, ...openings[i].shared, ...given(split, i)]), split, i, text),
  );
  const owned = withOwnCauses(
    listed,
    ownReads.map((r) => r.record.mechanism ?? []),
  );
  const read = own.map(({ kept: parts }, i) => {
    const result = withShared(ownReads[i], withoutOthersCauses(openings[i].record, i, owned));
    // "2. Casualties. a. SGT Ruiz, …" read as a casualty "2" whose only facts are those of a phrase said of all ("All
    // casualties received IV access"): no casualty of his own.
    return { parts, result, ownFacts: hasOwnFacts(result.record) && !allSaidOfAll(result, openings[i].shared) };
  });
  // "the other guy is fine": someone unhurt is no patient; what is said of him is listed, not recorded. But someone
  // who says he is fine and is triaged all the same ("TC: ears ringing, says he's fine, HR 76. Routine.") is one.
  // Words about no one in particular before "the other guy" or "the second guy" (a part filed on its own with the
  // opening "Two casualties from the IED.") are no casualty: one with no fact of its own is none.
  const patients = read.filter(
    ({ parts, result, ownFacts }, i) =>
      !split.groups.includes(i) &&
      !(
        // Judged by his own words: care said of all ("Both went into HPMKs") is no care of his.
        partsSayUnhurt(text, parts, split.labels, readParts(unlabelled, parts).record) &&
        !result.record.injuries &&
        // Triaged in his own words or by a list naming him ("Kerr urgent, Lutz routine").
        !triagedIn(result, [...parts, ...given(split, i)]) &&
        !colourTriaged(unlabelled, parts)
      ) &&
      ownFacts,
  );
  // One patient left: the split was only a turn of phrase ("this guy … the other guy is fine … this guy"), read
  // as one; but someone introduced as unhurt ("plus the interpreter, who is fine, pulse around a hundred") stays out.
  const bystandersOnly = read.every(
    (r, i) => patients.includes(r) || split.bystanders.includes(i) || split.groups.includes(i) || !r.ownFacts,
  );
  if (patients.length === 0 || (patients.length === 1 && !bystandersOnly)) return oneRecord(text);
  for (const { result } of read.filter((r) => !patients.includes(r))) unattributed.push(...result.evidence);
  // The opening words read as a first "casualty" with nothing of its own give the one patient what all share.
  const opening = read[0] && !patients.includes(read[0]) && !read[0].ownFacts ? read[0].result : null;
  if (patients.length === 1)
    return { casualties: [opening ? withShared(patients[0].result, opening) : patients[0].result], unattributed };
  // So do the words of someone first said who is no patient ("Interpreter is Hamid. … The mortar hit at 0610."), for
  // every patient: what the event was and when; a category said there may be his alone.
  const before = read[0] && !patients.includes(read[0]) ? eventOnly(read[0].result) : null;
  const withBefore = patients.map((p) => (before ? { ...p, result: withShared(p.result, before) } : p));
  return {
    casualties: withSwappedCards(text, withOneGrid(withSameEventTime(text, withBefore, split.shared))),
    unattributed,
    parts: {
      casualties: patients.map((p) => p.parts),
      preamble: split.preamble,
      shared: split.shared,
      ofNoOne: [...split.unclear, ...own.flatMap((o) => o.left)],
    },
  };
}

/**
 * The narrative read as one casualty's; but when it counts several casualties and picks out two people of one kind
 * ("Two casualties. Ames has a GSW …, and Boyd has burns …") that no switch told apart, whose each fact is cannot be
 * told: the record keeps only what all share (grid, time of injury, a mechanism said in the opening sentence) and
 * every other fact is listed, never guessed onto it. A part Capture filed on its casualty ("Two casualties from the
 * IED. First, Ames, GSW …") picks out one person and is read whole.
 */
function oneRecord(text: string, whole = extractWithEvidence(text)): CasualtiesResult {
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const several = countsCasualties(tokens) || saysSeveral(tokens) || listsSeveral(tokens);
  if (saysWhose(tokens) || !several || !picksOutTwo(tokens)) return { casualties: [whole], unattributed: [] };
  const end = text.search(/[.!?\n]/);
  const opening = end < 0 ? text.length : end;
  const kept = (e: EvidenceSpan): boolean =>
    /^\/(location_grid|time_of_injury)$/.test(e.path) || (/^\/mechanism\/\d+$/.test(e.path) && e.start < opening);
  const evidence = whole.evidence.filter(kept);
  const mechanism = (whole.record.mechanism ?? []).filter((_, k) => evidence.some((e) => e.path === `/mechanism/${k}`));
  const { location_grid, time_of_injury } = whole.record;
  const record = orderedRecord({ location_grid, time_of_injury, mechanism: mechanism.length ? mechanism : undefined });
  // Paths renumbered for the mechanisms kept.
  const renumbered = evidence.map((e) => {
    const k = /^\/mechanism\/(\d+)$/.exec(e.path);
    return k ? { ...e, path: `/mechanism/${mechanism.indexOf(whole.record.mechanism![Number(k[1])])}` } : e;
  });
  return { casualties: [{ record, evidence: renumbered }], unattributed: whole.evidence.filter((e) => !kept(e)) };
}

/** True when every fact of `read` beyond what all share (mechanism, grid, time, priority) is said in `ofAll`. */
function allSaidOfAll(read: EvidencedRecord, ofAll: readonly TextPart[]): boolean {
  const facts = read.evidence.filter((e) => !SHARED.test(e.path));
  return facts.length > 0 && facts.every((e) => ofAll.some((p) => e.start >= p.start && e.start < p.end));
}

/** The words of unclear sentences given to casualty `i`. */
const given = (split: CasualtySplit, i: number): TextPart[] =>
  split.givenTo.filter((g) => g.to === i).map((g) => g.part);

const blankLabels = (text: string, split: CasualtySplit): string =>
  [...text].map((ch, i) => (split.labels.some((l) => i >= l.start && i < l.end) ? ' ' : ch)).join('');

/** One piece of narrative split by casualty, as the medic's own words, for filing each part on its casualty. */
export interface PiecePart {
  /** The casualty's words (with what is said of all of them); or, for `unattributed`, words said of no one in particular. */
  text: string;
  /** True for words before the first casualty that hold facts no casualty can be given ("IED at 1730, TQ left arm."). */
  unattributed: boolean;
}

/**
 * The parts of a piece that covers several casualties, in order of introduction; empty when it covers one.
 * The opening words go with every casualty when they hold only what all share (mechanism, grid, time of injury,
 * priority); otherwise they are a part of their own, for the medic to file or leave out.
 */
export function pieceParts(text: string): PiecePart[] {
  const { unattributed, parts: split } = extractCasualties(text);
  if (!split) return [];
  const words = (parts: readonly TextPart[]): string =>
    [...parts]
      .sort((a, b) => a.start - b.start)
      .map((p) => text.slice(p.start, p.end).trim())
      .filter(Boolean)
      .join(' ');
  const opening = words(split.preamble);
  const shareOpening = unattributed.length === 0;
  const out: PiecePart[] = opening && !shareOpening ? [{ text: opening, unattributed: true }] : [];
  for (const parts of split.casualties)
    out.push({
      text: words([...(shareOpening ? split.preamble : []), ...parts, ...split.shared]),
      unattributed: false,
    });
  // Sentences no one casualty can be given ("Pulse 90, and SGT Dunn with a GSW …"): the medic files them or leaves them out.
  const ofNoOne = words(split.ofNoOne);
  if (ofNoOne) out.push({ text: ofNoOne, unattributed: true });
  return out;
}
