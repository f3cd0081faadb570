/**
 * A casualty's record put together from its parts of the narrative: the parts read as one text with evidence
 * pointing back into the whole, the lone name said after its label, and what the opening words say of every
 * casualty, and the time of an event others were hurt in too. `casualties.ts` reads each casualty with them.
 */
import type { TcccRecord } from '../record.js';
import type { CasualtySplit } from './casualty-split.js';
import type { EvidenceSpan, EvidencedRecord } from '../extraction.js';
import { extractWithEvidence } from './index.js';
import type { TextPart } from './shared-phrases.js';
import { ENDS_ON_SET_HEADER } from './time-headers.js';
import { givenAfterCapitals } from './capital-surnames.js';
import { readTokens } from '../text/normalize.js';
import { MATCHER, NORMALIZE_OPTIONS } from './lexicon/index.js';
import { tagOf } from './matcher.js';
import { RANK_WORDS } from './lexicon/identity.js';
import { listedRankedNames } from './listed-names.js';

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
    const heads = ENDS_ON_SET_HEADER.test(joined);
    if (joined && ordered[k - 1].end !== p.start) joined += heads ? ' ' : '\n';
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

/**
 * A casualty's record with who its labels say it is, where the reader found none of its own: the lone name said after
 * its label ("Patient 1, Kowalski,"), and the sex its role says ("the little boy", "Grandma's behind him").
 */
export function withName(own: EvidencedRecord, split: CasualtySplit, i: number, text: string): EvidencedRecord {
  return withRoleSex(
    withFullName(withCalledName(withoutSharedName(own, split), split, i, text), text),
    split.sexedBy[i],
  );
}

/**
 * The record without a name read from words said of all ("We handed all three over: SGT Luke Brennan, SPC Omar Farouk,
 * SSG Devin Quinn."): the first of several names listed there is no more this casualty's than the others'.
 */
function withoutSharedName(own: EvidencedRecord, split: CasualtySplit): EvidencedRecord {
  const name = own.evidence.find((e) => e.path === '/casualty/name');
  if (!name || !split.shared.some((p) => name.start >= p.start && name.start < p.end)) return own;
  return withoutName(own);
}

/**
 * True when the name read from a casualty's words is someone else's than the surname that opens them ("Brennan was
 * puking … SFC Kaplan set the charge, he's fine."), where the narrative listed its casualties by rank and name
 * (listed-names.ts): the surname is then surely the casualty's, a label read elsewhere may not be.
 */
function nameOfOther(read: string, called: string, text: string): boolean {
  const surname = called.toLowerCase();
  if (read.toLowerCase().split(/\s+/).includes(surname)) return false;
  return listedRankedNames(readTokens(text, NORMALIZE_OPTIONS)).includes(surname);
}

/** The name read from a casualty's words, else the one it is called by; that one where the read name is another's. */
export const ownName = (read: string | undefined, called: string | undefined, text: string): string | undefined =>
  read && !(called && nameOfOther(read, called, text)) ? read : called;

function withoutName(own: EvidencedRecord): EvidencedRecord {
  const { name: _, ...casualty } = own.record.casualty ?? {};
  return {
    record: { ...own.record, casualty: Object.keys(casualty).length > 0 ? casualty : undefined },
    evidence: own.evidence.filter((e) => e.path !== '/casualty/name'),
  };
}

/**
 * The record with the sex its role says, when the reader found none; the role's words blanked, it could not. Only of
 * one with facts of his own: someone only said by his role ("Grandma keeps asking to ride along") is no patient.
 */
function withRoleSex(own: EvidencedRecord, said: CasualtySplit['sexedBy'][number]): EvidencedRecord {
  if (!said || own.record.casualty?.sex || !hasOwnFacts(own.record)) return own;
  return {
    record: { ...own.record, casualty: { ...own.record.casualty, sex: said.sex } },
    evidence: [...own.evidence, { path: '/casualty/sex', ...said.part }],
  };
}

function withCalledName(own: EvidencedRecord, split: CasualtySplit, i: number, text: string): EvidencedRecord {
  const name = split.calledBy[i];
  const read = own.record.casualty?.name;
  if (!name) return own;
  const within = (at: number): boolean => at >= 0 && split.casualties[i].some((p) => at >= p.start && at < p.end);
  const froms = [...split.labels.map((l) => l.end), ...split.casualties[i].map((p) => p.start)];
  // A surname read alone where the label said it with a first name first ("Lee, Daniel," read as "Lee"): the whole.
  const whole =
    read && name.endsWith(` ${read}`) ? (froms.map((f) => surnameFirst(text, name, f)).find(within) ?? -1) : -1;
  if (read && whole < 0) {
    // A name read in his words that is another's listed with the casualties: he is called by his label's.
    if (!nameOfOther(read, name, text)) return own;
    own = withoutName(own);
  }
  // After its label, or heading the casualty's own words when it is the label ("Jones took frag …").
  const start =
    whole >= 0
      ? whole
      : (froms
          .map((from) => (text.indexOf(name, from) >= 0 ? text.indexOf(name, from) : surnameFirst(text, name, from)))
          .find(within) ?? -1);
  if (start < 0) return own;
  return {
    record: { ...own.record, casualty: { ...own.record.casualty, name } },
    evidence: [
      ...own.evidence.filter((e) => e.path !== '/casualty/name'),
      { path: '/casualty/name', start, end: start + name.length },
    ],
  };
}

/**
 * Where a name is said surname first ("Lee, Daniel," or "Garcia J. — Jonathan" of Daniel Lee, Jonathan Garcia) from
 * `from`: its first name's place, the surname said just before it; else -1.
 */
function surnameFirst(text: string, name: string, from: number): number {
  const words = name.split(' ');
  if (words.length !== 2) return -1;
  const at = text.indexOf(words[0], from);
  if (at < 0) return -1;
  const before = text.slice(0, at);
  return before.endsWith(`${words[1]}, `) || new RegExp(`${words[1]} [A-Z]\\. [—-] $`).test(before) ? at : -1;
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

/**
 * "Two from the fall, Sergeant Chen Wu and Specialist Brianna Hale. … Wu landed on his back": a casualty known by
 * a surname alone is given the full name said once after a rank elsewhere in the narrative; never when two
 * people of that surname are said.
 */
function withFullName(own: EvidencedRecord, text: string): EvidencedRecord {
  const surname = own.record.casualty?.name;
  if (!surname || /\s/.test(surname)) return own;
  const tokens = readTokens(text, NORMALIZE_OPTIONS);
  const full = tokens.flatMap((t, k) => {
    // "… WÓJCIK Tomasz stepped on it. … WÓJCIK: traumatic amputation …": a surname in capitals, the first name after it.
    const given = t.raw === surname && /^\p{Lu}{3,}$/u.test(surname) ? givenAfterCapitals(tokens, k + 1) : -1;
    if (given >= 0) return [{ name: `${tokens[given].raw} ${surname}`, start: t.start, end: tokens[given].end }];
    return t.raw === surname &&
      /^[A-Z][a-z'-]+$/.test(tokens[k - 1]?.raw ?? '') &&
      !RANK_WORDS.has(tokens[k - 1].norm) &&
      RANK_WORDS.has(tokens[k - 2]?.norm ?? '')
      ? [{ name: `${tokens[k - 1].raw} ${surname}`, start: tokens[k - 1].start, end: t.end }]
      : [];
  });
  if (full.length === 0 || full.some((f) => f.name !== full[0].name)) return own;
  return {
    record: { ...own.record, casualty: { ...own.record.casualty, name: full[0].name } },
    evidence: [
      ...own.evidence.filter((e) => e.path !== '/casualty/name'),
      { path: '/casualty/name', start: full[0].start, end: full[0].end },
    ],
  };
}
