/**
 * A field record's interface messages pasted as they came off the feed (HL7 version 2): "PID|1||RB4471^^^BRN||OKAFOR^
 * DANIEL", "OBX|1|NM|HR^PULSE||128|/min|…|20261204 1406", "RXA|0|1|20261204 1420||TXA^TRANEXAMIC ACID|2|g" and its
 * route on the "RXR|IV" after it. A segment says what each value is by its place, not by a word a medic would say, so
 * each is read back as a card's line: the patient's fields under their labels, a diagnosis or a procedure as its text
 * and site, the observations of one time as a vitals set, a drug with its amount and route, each act dated by its time
 * first as a log line is. An observation sent again corrected ("C") or a drug updated ("U") replaces the one before;
 * a drug not given ("NA", "RE") or deleted ("D") is left out. Lines that are no segment (the medic's own note) and
 * notes ("NTE") are read as written. A stamp the note says the feed shows wrong ("ignore the PR1|2 time, it reads
 * 1923, it went on at 2023") is read as the time the note gives.
 */
import { GRID_FIELD, cardUnit, writeCardLine, writeDrugLine, writeVitalsSet } from './card-lines.js';
import { PRIORITY_WORDS } from './list-cues.js';
import { VITAL_CODES } from './observation-codes.js';
import { RewrittenText } from './rewritten-text.js';
import { cellsOf, linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';

/** A segment's line: its three-letter name, then its fields cut by "|". */
const SEGMENT = /^([A-Z][A-Z0-9]{2})\|/;
/** Segments whose fields this reader knows by place; two kinds of them or more make a pasted feed. */
const KNOWN = new Set(['MSH', 'PID', 'AL1', 'DG1', 'PR1', 'OBX', 'OBR', 'RXA', 'RXR', 'NTE', 'EVN']);
/** Segments of the feed's own bookkeeping: the header, the visit, the order. */
const BOOKKEEPING = new Set(['MSH', 'PV1', 'ORC', 'MSA', 'SFT']);
/** An HL7 time stamp, its date and then its clock ("20261204 1406", "202612041406"). */
const STAMP = /^\d{8} ?(\d{4})/;
/** Assigning authorities of a patient identifier that is a battle roster number ("RB4471^^^BRN"). */
const ROSTER_AUTHORITY = /^(?:BRN|BR|ZAP|ROSTER)$/i;
/** A drug's strength said after its name ("CALCIUM CHLORIDE 10%", "NACL 0.9%"): no dose, and left out. */
const STRENGTH = /\s+\d+(?:[.,]\d+)?\s*%$/;
/** Micrograms as version 2 sends them: "ug" only (a FHIR resource writes "µg" or "mcg" too, fhir-resources.ts). */
const MICROGRAMS = /^ug$/i;
/** A note's sentence calling a stamp wrong: "ignore the PR1|2 time, it reads 1923, it went on at 2023". */
const WRONG_STAMP = /\b(?:ignore|wrong|typo|incorrect)\b/i;
/** A segment a note names by its name and set id ("the PR1|2 time"). */
const NAMED_SEGMENT = /\b[A-Z][A-Z0-9]{2}\|\d+\b/;
/** The stamp the feed shows and the time it should be, said after it ("reads 1923, … at 2023", "says 1923, should be 2023"). */
const SHOWN_THEN_RIGHT = /\b(?:reads|says|shows)\s+(\d{4})\b[^.;]*?\b(?:at|was|is|be)\s+(\d{4})\b/i;

interface Segment {
  name: string;
  /** Field n of the segment at index n (0 is the name). */
  fields: TextPart[];
}
interface Observation {
  sign: string;
  value: TextPart;
  /** The set id and the stamp, which a correction sends again. */
  id: string;
  time: TextPart | null;
}
interface Given {
  code: string;
  time: TextPart | undefined;
  route: TextPart | undefined;
  write: (out: RewrittenText) => void;
}

/** The narrative with its pasted feed read as a card's lines, or null when it holds no such feed. */
export function readInterfaceMessages(text: string): RewrittenText | null {
  const lines = linesOf(text).filter((l) => l.end > l.start);
  const segments = lines.map((l) => segmentOf(text, l));
  const kinds = new Set(segments.flatMap((s) => (s && KNOWN.has(s.name) ? [s.name] : [])));
  if (kinds.size < 2 || segments.filter(Boolean).length < 4) return null;
  const fixes = stampFixes(
    text,
    lines.filter((_, k) => !segments[k]),
  );
  // A fix is the named segment's ("PR1|2") where the note names one, else every segment's of that stamp.
  let segment = '';
  const stamp = (p: TextPart | undefined): TextPart | undefined => {
    const s = stampOf(text, p);
    const fix = s && fixes.get(text.slice(s.start, s.end));
    return fix && (!fix.segment || fix.segment === segment) ? fix.right : s;
  };
  const out = new RewrittenText();
  const observations: Observation[] = [];
  const drugs: Given[] = [];
  // The patient's fields first, as a card gives them, before any note that names someone else (its sender).
  for (const s of segments) if (s?.name === 'PID') writePatient(out, text, s);
  for (const s of segments)
    if (s?.name === 'AL1') writeCardLine(out, text, 'Allergies: ', [nonEmpty(text, s.fields[3])]);
  segments.forEach((s, k) => {
    if (!s) return void out.join('\n').copy(text, lines[k].start, lines[k].end);
    const f = (n: number): TextPart | undefined => nonEmpty(text, s.fields[n]);
    segment = `${s.name}|${word(text, s.fields[1])}`;
    if (BOOKKEEPING.has(s.name) || ['RXR', 'PID', 'AL1'].includes(s.name)) return;
    if (s.name === 'EVN' && /^INJ/.test(word(text, f(1)))) writeCardLine(out, text, 'Time of injury: ', [stamp(f(2))]);
    else if (s.name === 'DG1') writeCardLine(out, text, '', [said(text, f(3)), f(4)]);
    else if (s.name === 'OBR') writeCardLine(out, text, '', [said(text, f(4))]);
    else if (s.name === 'PR1') writeCardLine(out, text, stamp(f(5)), [said(text, f(3)), f(4)]);
    else if (s.name === 'NTE') writeCardLine(out, text, '', [f(3)]);
    else if (s.name === 'OBX') observe(text, s, stamp(s.fields[14]) ?? null, observations);
    else if (s.name === 'RXA') give(text, s, stamp(s.fields[3]), segments[k + 1], drugs);
    else if (s.name.startsWith('Z')) writeLocal(out, text, s);
    else
      writeCardLine(
        out,
        text,
        '',
        s.fields.slice(1).flatMap((p) => (/[A-Za-z]{3}/.test(word(text, p)) ? components(text, p) : [])),
      );
  });
  writeVitals(out, text, observations);
  for (const d of drugs) d.write(out);
  return out.value.trim() ? out : null;
}

/** The segment a line is, its fields cut by "|", or null when it is none. */
function segmentOf(text: string, line: TextPart): Segment | null {
  const words = text.slice(line.start, line.end).trimEnd();
  const name = SEGMENT.exec(words)?.[1];
  if (!name) return null;
  return { name, fields: cellsOf(text, line, '|') };
}

const nonEmpty = (text: string, p: TextPart | undefined): TextPart | undefined =>
  p && text.slice(p.start, p.end).trim() ? p : undefined;
const word = (text: string, p: TextPart | undefined): string => (p ? text.slice(p.start, p.end).trim() : '');
const components = (text: string, p: TextPart | undefined): TextPart[] => (p ? cellsOf(text, p, '^') : []);

/** What a coded field says in words: its text ("GSW^GUNSHOT WOUND"), or its code where it has none. */
function said(text: string, p: TextPart | undefined): TextPart | undefined {
  const [code, name] = components(text, p);
  return nonEmpty(text, name) ?? nonEmpty(text, code);
}

/**
 * The stamps the medic's note says the feed shows wrong, each with the time it should be: a sentence calling it wrong
 * ("ignore", "typo") that says what it reads and then the right time ("it reads 1923, it went on at 2023").
 */
function stampFixes(text: string, notes: TextPart[]): Map<string, { right: TextPart; segment: string | null }> {
  const fixes = new Map<string, { right: TextPart; segment: string | null }>();
  for (const note of notes)
    for (const m of text.slice(note.start, note.end).matchAll(/[^.!?]+/g)) {
      const right = SHOWN_THEN_RIGHT.exec(m[0]);
      if (!right || !WRONG_STAMP.test(m[0]) || right[1] === right[2]) continue;
      const start = note.start + m.index + right.index + right[0].length - 4;
      fixes.set(right[1], { right: { start, end: start + 4 }, segment: NAMED_SEGMENT.exec(m[0])?.[0] ?? null });
    }
  return fixes;
}

/** The clock of a time stamp ("20261204 1406" → "1406"). */
function stampOf(text: string, p: TextPart | undefined): TextPart | undefined {
  const m = p && STAMP.exec(text.slice(p.start, p.end));
  if (!p || !m) return undefined;
  const start = p.start + m[0].length - 4;
  return { start, end: start + 4 };
}

/** The patient's name (given name first), roster number and sex under their labels. */
function writePatient(out: RewrittenText, text: string, s: Segment): void {
  const [family, given] = components(text, s.fields[5]);
  writeCardLine(out, text, 'Name: ', [nonEmpty(text, given), nonEmpty(text, family)]);
  const [id, , , authority] = components(text, s.fields[3]);
  if (ROSTER_AUTHORITY.test(word(text, authority))) writeCardLine(out, text, 'Roster: ', [nonEmpty(text, id)]);
  if (/^[MF]$/.test(word(text, s.fields[8]))) writeCardLine(out, text, 'Sex: ', [s.fields[8]]);
}

/** A site's own segment: a field under its key ("ZPI|UNIT|B CO 2-506 IN"), a category or a grid; else nothing. */
function writeLocal(out: RewrittenText, text: string, s: Segment): void {
  const [, key, value] = s.fields;
  if (s.fields.length === 3 && /^UNIT$/i.test(word(text, key))) return writeCardLine(out, text, 'Unit: ', [value]);
  for (const p of s.fields.slice(1)) {
    const w = word(text, p);
    if (PRIORITY_WORDS.has(w.toLowerCase().split(' ')[0])) writeCardLine(out, text, 'Evac category: ', [p]);
    else if (GRID_FIELD.test(w)) writeCardLine(out, text, 'Grid: ', [p]);
  }
}

/** An observation kept by its sign, a correction ("C") replacing the one of its set id and stamp. */
function observe(text: string, s: Segment, time: TextPart | null, into: Observation[]): void {
  const code = word(text, s.fields[3]).toUpperCase();
  const sign = VITAL_CODES.find(([pattern]) => pattern.test(code))?.[1];
  const value = nonEmpty(text, s.fields[5]);
  if (!sign || !value) return;
  const id = `${word(text, s.fields[1])} ${code} ${time ? text.slice(time.start, time.end) : ''}`;
  const before = into.findIndex((o) => o.id === id);
  const o = { sign, value, id, time };
  if (word(text, s.fields[11]) === 'C' && before >= 0) into[before] = o;
  else into.push(o);
}

/** The observations of each stamp as one vitals set, in the order first stamped: "Vitals 1406: HR 128, BP 102/64." */
function writeVitals(out: RewrittenText, text: string, observations: Observation[]): void {
  const stampsOf = (o: Observation): string => (o.time ? text.slice(o.time.start, o.time.end) : '');
  for (const stamp of new Set(observations.map(stampsOf))) {
    const set = observations.filter((o) => stampsOf(o) === stamp);
    writeVitalsSet(out, text, set[0].time, set);
  }
}

/**
 * A drug given, as its line ("1420: TRANEXAMIC ACID 2 g IV."), the route from the "RXR" after it; an update ("U")
 * replacing the drug of its code and time, a deletion ("D") removing it, one not given ("NA", "RE") left out.
 */
function give(text: string, s: Segment, time: TextPart | undefined, next: Segment | null, into: Given[]): void {
  const code = word(text, s.fields[5]).split('^')[0];
  const at = (p: TextPart | undefined): string => (p ? text.slice(p.start, p.end) : '');
  const same = into.findIndex((d) => d.code === code && at(d.time) === at(time));
  // The completion status and the action code close the segment, where senders' empty fields leave them.
  const closing = s.fields.slice(18).map((p) => word(text, p));
  if (closing.some((w) => /^(?:NA|RE)$/.test(w))) return;
  if (closing.includes('D')) return void (same >= 0 && into.splice(same, 1));
  const name = said(text, s.fields[5]);
  if (!name) return;
  const strength = STRENGTH.exec(at(name));
  const drug = { start: name.start, end: name.end - (strength?.[0].length ?? 0) };
  const amount = nonEmpty(text, s.fields[6]);
  const unit = word(text, s.fields[7]);
  const route = (next?.name === 'RXR' ? said(text, next.fields[1]) : undefined) ?? into[same]?.route;
  const given: Given = {
    code,
    time,
    route,
    write: (out) =>
      writeDrugLine(out, text, {
        clock: time,
        name: drug,
        amount,
        unit: cardUnit(unit, MICROGRAMS),
        route: route ? [route] : [],
      }),
  };
  if (closing.includes('U') && same >= 0) into[same] = given;
  else into.push(given);
}
