/**
 * A casualty's record put together from its parts of the narrative: the parts read as one text with evidence
 * pointing back into the whole, the lone name said after its label, and what the opening words say of every
 * casualty, and the time of an event others were hurt in too. `casualties.ts` reads each casualty with them.
 */
import type { TcccRecord } from '../record.js';
import type { EvidenceSpan, EvidencedRecord } from '../extraction.js';
import { extractWithEvidence } from './index.js';
import type { TextPart } from './shared-phrases.js';
import { ENDS_ON_SET_HEADER } from './time-headers.js';
import { readTokens } from '../text/normalize.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import { tagOf } from './matcher.js';

/** True when the record's evacuation priority is said in its own parts, not in the opening words. */
export const triagedIn = (read: EvidencedRecord, parts: readonly TextPart[]): boolean =>
  read.evidence.some((e) => e.path === '/evac_priority' && parts.some((p) => e.start >= p.start && e.start < p.end));

/** True when a record holds a fact beyond what every casualty shares (mechanism, grid, time of injury, priority). */
export const hasOwnFacts = (r: TcccRecord): boolean =>
  Object.keys(r).some((k) => !['mechanism', 'location_grid', 'time_of_injury', 'evac_priority'].includes(k));

/** An interpreter's label opening a casualty's words ("Interpreter is …", "Our terp, …"). */
const INTERPRETER = /^\W*(?:the\s+|our\s+)?(?:interpreter|terp)\b/i;

/**
 * True when a casualty's words open with an interpreter and say no wound, sign or care of his: he speaks for the
 * casualties ("Interpreter is Hamid. … Hamid says she is thirty"), so his name said later is no turn to him.
 */
export const speaksForThem = (text: string, parts: readonly TextPart[], r: TcccRecord): boolean =>
  parts.length > 0 &&
  INTERPRETER.test(text.slice(parts[0].start, parts[0].end)) &&
  !r.injuries &&
  !r.vitals &&
  !r.interventions &&
  !r.fluids &&
  !r.medications;

/** Reads the narrative's parts as one text, with evidence pointing back into the whole narrative. */
export function readParts(text: string, parts: readonly TextPart[]): EvidencedRecord {
  const ordered = [...parts].sort((a, b) => a.start - b.start);
  let joined = '';
  const at: { from: number; to: number; start: number }[] = [];
  // Parts that follow on in the narrative ("SPC Bell, " | "driver, M.", cut at a role) are read as the one phrase
  // they are; others are set apart on lines of their own.
  for (const [k, p] of ordered.entries()) {
    // A set's header ("Last check at 2132: ") heads the casualty's words after it, wherever in the narrative they are.
    // So does the time a timeline's line opens with, for the casualty's words it dates ("2100 - Ames: HR 90. Bell: HR 84").
    // A header with a colon ("0851 update: ") stays on a line of its own: a time said after it is the signs' own.
    const bareHeader = k > 0 && ordered[k - 1].heads === p.start && !/:\s*$/.test(joined);
    const heads = ENDS_ON_SET_HEADER.test(joined) || bareHeader;
    // A time said as a sentence of its own ("Eighteen hundred. ") opens a new entry: no act before it is of that time.
    const opensEntry = p.heads !== undefined && /\.\s*$/.test(text.slice(p.start, p.end));
    if (joined && opensEntry) joined += '\n\n';
    else if (joined && ordered[k - 1].end !== p.start) joined += heads ? ' ' : '\n';
    at.push({ from: joined.length, to: joined.length + p.end - p.start, start: p.start });
    joined += text.slice(p.start, p.end);
  }
  const result = extractWithEvidence(joined);
  const back = (offset: number, end: boolean): number => {
    const piece =
      at.find((a) => (end ? offset > a.from && offset <= a.to : offset >= a.from && offset < a.to)) ??
      at[at.length - 1];
    return piece ? piece.start + Math.min(Math.max(offset - piece.from, 0), piece.to - piece.from) : offset;
  };
  return {
    record: result.record,
    evidence: result.evidence.map((e) => ({ path: e.path, start: back(e.start, false), end: back(e.end, true) })),
  };
}

/** A casualty's record with the preamble's shared facts it lacks (mechanisms joined). */
export function withShared(own: EvidencedRecord, preamble: EvidencedRecord): EvidencedRecord {
  const record: TcccRecord = { ...own.record };
  const evidence = [...own.evidence];
  const from = (path: string): EvidenceSpan[] => preamble.evidence.filter((e) => e.path === path);
  const p = preamble.record;
  for (const key of ['location_grid', 'evac_priority', 'time_of_injury'] as const) {
    if (record[key] === undefined && p[key] !== undefined) {
      Object.assign(record, { [key]: p[key] });
      evidence.push(...from(`/${key}`));
    }
  }
  // "Ambush, rounds and an RPG. Driver took a round … Gunner has frag from the RPG": of several mechanisms opening the
  // narrative, a casualty whose own words name one of them was hurt by that one.
  const ownCause = (p.mechanism ?? []).length > 1 && (p.mechanism ?? []).some((m) => record.mechanism?.includes(m));
  // "The MRAP struck an IED at 1652. … At 1655 SGT Zhao was struck by small arms fire": one hurt at a time of his own
  // by a cause of his own was hurt in another event, not by the opening's.
  const ownEvent =
    own.record.time_of_injury !== undefined &&
    p.time_of_injury !== undefined &&
    own.record.time_of_injury !== p.time_of_injury &&
    (own.record.mechanism ?? []).length > 0;
  for (const [k, m] of (p.mechanism ?? []).entries()) {
    if (record.mechanism?.includes(m) || ownCause || ownEvent) continue;
    record.mechanism = [...(record.mechanism ?? []), m];
    evidence.push(
      ...from(`/mechanism/${k}`).map((e) => ({ ...e, path: `/mechanism/${record.mechanism!.length - 1}` })),
    );
  }
  return { record: orderedRecord(record), evidence };
}

/** What a record says of the event alone (mechanism, grid, time of injury), with its evidence. */
export function eventOnly(read: EvidencedRecord): EvidencedRecord {
  const { mechanism, location_grid, time_of_injury } = read.record;
  return {
    record: orderedRecord({ mechanism, location_grid, time_of_injury }),
    evidence: read.evidence.filter((e) => /^\/(mechanism|location_grid|time_of_injury)(\/|$)/.test(e.path)),
  };
}

/** Keys in schema order, so a record reads the same however it was put together. */
export function orderedRecord(r: TcccRecord): TcccRecord {
  const order: (keyof TcccRecord)[] = [
    'casualty',
    'location_grid',
    'evac_priority',
    'time_of_injury',
    'mechanism',
    'injuries',
    'vitals',
    'interventions',
    'fluids',
    'medications',
  ];
  return Object.fromEntries(order.filter((k) => r[k] !== undefined).map((k) => [k, r[k]]));
}

/** True when tokens say the casualty was hurt in the same event as another ("Same RPG.", "all from the same rollover"). */
function saysSameEvent(words: string): boolean {
  const tokens = readTokens(words, NORMALIZE_OPTIONS);
  const mechanismAt = new Set(MATCHER.match(tokens).flatMap((m) => (tagOf(m, 'mechanism') ? [m.start] : [])));
  return tokens.some((t, i) => t.norm === 'same' && mechanismAt.has(i + 1));
}

/**
 * Records with the one time of injury the narrative gives given also to each casualty said to be hurt in the same
 * event ("Cas A … Rollover at 0640. … All three from the same rollover."; "Second casualty … Same RPG."), when
 * that casualty has no time of its own.
 */
export function withSameEventTime(
  text: string,
  read: readonly { parts: readonly TextPart[]; result: EvidencedRecord }[],
  shared: readonly TextPart[],
): EvidencedRecord[] {
  const times = new Set(read.flatMap((r) => r.result.record.time_of_injury ?? []));
  const donor = read.find((r) => r.result.record.time_of_injury !== undefined)?.result;
  if (times.size !== 1 || !donor) return read.map((r) => r.result);
  const sameInShared = shared.some((p) => saysSameEvent(text.slice(p.start, p.end)));
  return read.map(({ parts, result }) => {
    if (result.record.time_of_injury !== undefined) return result;
    if (!sameInShared && !parts.some((p) => saysSameEvent(text.slice(p.start, p.end)))) return result;
    return {
      record: orderedRecord({ ...result.record, time_of_injury: donor.record.time_of_injury }),
      evidence: [...result.evidence, ...donor.evidence.filter((e) => e.path === '/time_of_injury')],
    };
  });
}

/** Paths of what every casualty may share, said among one casualty's words. */
const SHARED_PATHS = /^\/(location_grid|evac_priority|time_of_injury|mechanism)(\/|$)/;

/**
 * Records with the one grid the narrative gives on each: several casualties are picked up from one place, so a grid
 * that ends one casualty's words ("… Pt B priority. LZ Raven, 38S LB 4501 6230.") is every triaged casualty's. One
 * given no priority may be no one to pick up (a writer's words read as a casualty); a grid his own signs or care
 * follow ("… frag right thigh. Grid … Pulse 112.") stays his; two grids give no one another's.
 */
export function withOneGrid(records: readonly EvidencedRecord[]): EvidencedRecord[] {
  const grids = new Set(records.flatMap((r) => r.record.location_grid ?? []));
  const donor = records.find((r) => r.record.location_grid !== undefined);
  if (grids.size !== 1 || !donor) return [...records];
  const said = donor.evidence.filter((e) => e.path === '/location_grid');
  const at = Math.min(...said.map((e) => e.start));
  if (donor.evidence.some((e) => !SHARED_PATHS.test(e.path) && e.start > at)) return [...records];
  return records.map((r) =>
    r.record.location_grid !== undefined || r.record.evac_priority === undefined
      ? r
      : {
          record: orderedRecord({ ...r.record, location_grid: donor.record.location_grid }),
          evidence: [...r.evidence, ...said],
        },
  );
}
