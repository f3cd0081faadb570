/**
 * A field record exported as XML and pasted into the note: "<intervention type="tourniquet" site="right thigh"
 * time="14:15"/>", "<vital time="1425" type="HR" value="126"/>", "<Obs t="2158" p="112" bp="122/80" o2="97"/>",
 * "<name>Daniel Okafor</name>". Every tool names its tags and attributes its own way, so an element is known by the
 * kind of thing its tag names (a wound, a procedure, a drug, a fluid, a sign) and each value by the word its key is
 * named by, and read back as a card's line in the value's own words: the patient's fields first under their labels,
 * each act dated by its time first as a log line is, the signs of one time as one vitals set. An entry flagged in
 * error or not done is left out, and one the export repeats word for word (a sync's duplicate) is read once. The
 * medic's own lines around the paste are read as written.
 */
import { GRID_FIELD, NOT_DONE_STATUS, writeCardLine, writeVitalsSet } from './card-lines.js';
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';
import { everyElement, xmlValue, xmlElementsOf, type XmlElement, type XmlValue } from './xml-elements.js';
import { VITAL_CODES } from './observation-codes.js';

type Kind = 'wound' | 'procedure' | 'drug' | 'fluid' | 'sign';
/** Tags of the things a card has a line for, by the kind of line. */
const KINDS: [RegExp, Kind][] = [
  [/^(?:injury|wnd|wound|finding|condition|dx)$/, 'wound'],
  [/^(?:intervention|procedure|proc|tx|treatment)$/, 'procedure'],
  [/^(?:medication|med|rx|drug|medadmin)$/, 'drug'],
  [/^(?:fluid|fl|infusion|transfusion)$/, 'fluid'],
  [/^(?:vitals?|obs|observation|vs|sign)$/, 'sign'],
];
/** Keys of each kind of value, the first found. */
const KEYS = {
  name: ['name', 'nm', 'fullname', 'patientname'],
  roster: ['battleroster', 'roster', 'zap', 'brn', 'last4'],
  unit: ['unit', 'org', 'organization'],
  sex: ['sex', 'gender', 'gndr'],
  allergies: ['allergies', 'allergy', 'alg', 'allergs'],
  injuredAt: ['toi', 'timeofinjury', 'injurytime'],
  mechanism: ['mechanism', 'moi', 'mech', 'cause'],
  grid: ['grid', 'mgrs', 'loc', 'location'],
  priority: ['priority', 'pri', 'precedence', 'evacpriority'],
  time: ['time', 't', 'dtg', 'datetime', 'timestamp', 'at', 'given', 'applied', 'performed'],
  site: ['site', 'loc', 'location', 'at', 'bodysite', 'level'],
  what: ['type', 'cd', 'code', 'name', 'nm', 'kind', 'product', 'drug'],
  dose: ['dose', 'amt', 'amount', 'qty'],
  doseUnit: ['unit', 'u', 'units', 'uom'],
  volume: ['ml', 'volume', 'vol', 'volumeml'],
  route: ['route', 'rte'],
  note: ['note', 'comment', 'remarks'],
  status: ['status', 'state'],
  done: ['given', 'applied', 'performed', 'done'],
} as const;
/** A clock as an export writes it ("14:15", "1425", "2024-05-11T15:02"): its hours and minutes. */
const CLOCK = /(?:^|T)((?:[01]\d|2[0-3]):?[0-5]\d)(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?$/;
/** Sign keys a card's vitals name otherwise ("p" a pulse, "o2" a saturation, "lvl" the AVPU level, "nrs" pain). */
const SIGN_KEYS: Record<string, string> = { p: 'HR', o2: 'SpO2', sat: 'SpO2', lvl: 'AVPU', nrs: 'pain', resp: 'RR' };

/** The narrative with its pasted XML read as a card's lines, or null when it holds no such record. */
export function readXmlRecord(text: string): RewrittenText | null {
  // Most narratives hold no tag at all; they are spared the parse.
  if (!text.includes('<')) return null;
  const tops = xmlElementsOf(text).filter((e) => e.children.length > 0 || e.values.length > 1);
  const all = tops.flatMap(everyElement);
  if (all.filter((e) => kindOf(e)).length < 2) return null;
  const out = new RewrittenText();
  for (const e of all) if (!kindOf(e)) writeAbout(out, text, e);
  let from = 0;
  const seen = new Set<string>();
  for (const top of tops) {
    copyLines(out, text, from, top.start);
    const entries = everyElement(top).filter((e) => kindOf(e) && !withdrawn(e));
    entries.forEach((e, k) => {
      // A timed entry written again word for word is the export's duplicate; two untimed ones may be two devices.
      const written = xmlValue(e, KEYS.time) ? text.slice(e.start, e.end) : null;
      if ((written && seen.has(written)) || sameSet(entries[k - 1], e)) return;
      if (written) seen.add(written);
      writeEntry(out, text, e, entries.slice(k + 1));
    });
    from = top.end;
  }
  copyLines(out, text, from, text.length);
  return out;
}

/** An entry flagged in error or not done, by its status or by a "given"/"applied" that says no. */
const withdrawn = (e: XmlElement): boolean =>
  NOT_DONE_STATUS.test(xmlValue(e, KEYS.status)?.value ?? '') ||
  KEYS.done.some((k) => /^(?:no|n|false|0|none)$/i.test(xmlValue(e, [k])?.value.trim() ?? ''));

const kindOf = (e: XmlElement | undefined): Kind | undefined => e && KINDS.find(([tag]) => tag.test(e.tag))?.[1];

/** The words of the text's own lines in [from, to), each line as written. */
function copyLines(out: RewrittenText, text: string, from: number, to: number): void {
  for (const l of linesOf(text)) {
    const [start, end] = [Math.max(from, l.start), Math.min(to, l.end)];
    // A declaration or a tag left unread ("<?xml version=…?>") is the export's, not the medic's words.
    if (text.slice(start, end).trim() && !text.slice(start, end).trimStart().startsWith('<'))
      out.join('\n').copy(text, start, end);
  }
}

const span = (v: XmlValue | undefined): TextPart | undefined => v?.span;

/** The clock a value holds ("14:15", "1425", "2024-05-11T15:02" → "15:02"). */
function clockOf(v: XmlValue | undefined): TextPart | undefined {
  const m = v && CLOCK.exec(v.value);
  if (!v || !m) return undefined;
  const start = v.span.start + m.index + m[0].indexOf(m[1]);
  return { start, end: start + m[1].length };
}

/** The patient's fields, how and when he was hurt and where, and his priority, under a card's labels. */
function writeAbout(out: RewrittenText, text: string, e: XmlElement): void {
  const patient = /^(?:casualty|patient|pt)$/.test(e.tag) || xmlValue(e, [...KEYS.roster, ...KEYS.sex]);
  if (patient) {
    writeCardLine(out, text, 'Name: ', [span(xmlValue(e, KEYS.name))]);
    writeCardLine(out, text, 'Roster: ', [span(xmlValue(e, KEYS.roster))]);
    writeCardLine(out, text, 'Sex: ', [span(xmlValue(e, KEYS.sex))]);
    writeCardLine(out, text, 'Unit: ', [span(xmlValue(e, KEYS.unit))]);
    writeCardLine(out, text, 'Allergies: ', [span(xmlValue(e, KEYS.allergies))]);
  }
  writeCardLine(out, text, 'Time of injury: ', [clockOf(xmlValue(e, KEYS.injuredAt))]);
  writeCardLine(out, text, 'Mechanism: ', [span(xmlValue(e, KEYS.mechanism))]);
  const grid = xmlValue(e, KEYS.grid);
  if (grid && GRID_FIELD.test(grid.value.trim())) writeCardLine(out, text, 'Grid: ', [grid.span]);
  writeCardLine(out, text, 'Evacuation priority: ', [span(xmlValue(e, KEYS.priority))]);
  writeCardLine(out, text, '', [span(xmlValue(e, KEYS.note))]);
}

/** An entry as its card line, dated by its time first: a wound by its site, an act with its site, a drug, a fluid, a set. */
function writeEntry(out: RewrittenText, text: string, e: XmlElement, after: XmlElement[]): void {
  const kind = kindOf(e);
  // "at" is a time in one export and a site in another: the first value of each kind that fits it.
  const time = KEYS.time.map((k) => clockOf(xmlValue(e, [k]))).find(Boolean);
  if (kind === 'sign') return writeSet(out, text, [e, ...takeWhile(after, (s) => sameSet(e, s))], time);
  const site = KEYS.site.map((k) => xmlValue(e, [k])).find((v) => v && !clockOf(v))?.span;
  const what = span(xmlValue(e, KEYS.what));
  if (!what) return;
  out.join('\n');
  if (time) out.copy(text, time.start, time.end).join(': ');
  if (kind === 'wound' || kind === 'procedure') {
    if (site) out.copy(text, site.start, site.end).join(': ');
    out.copy(text, what.start, what.end);
    const note = span(xmlValue(e, KEYS.note));
    if (note) out.join(', ').copy(text, note.start, note.end);
    out.join('.');
    return;
  }
  out.copy(text, what.start, what.end);
  const dose = span(xmlValue(e, kind === 'fluid' ? [...KEYS.volume, ...KEYS.dose] : KEYS.dose));
  if (dose) out.join(' ').copy(text, dose.start, dose.end);
  const unit = xmlValue(e, KEYS.doseUnit);
  if (kind === 'fluid' && dose) out.join(xmlValue(e, KEYS.volume) ? ' ml' : '');
  else if (kind === 'fluid' && unit) out.join(' ').copy(text, unit.span.start, unit.span.end).join(' unit');
  else if (dose && unit) out.join(' ').copy(text, unit.span.start, unit.span.end);
  const route = span(xmlValue(e, KEYS.route));
  if (route) out.join(' ').copy(text, route.start, route.end);
  out.join('.');
}

const takeWhile = <T>(list: T[], keep: (t: T) => boolean): T[] => {
  const end = list.findIndex((t) => !keep(t));
  return end < 0 ? list : list.slice(0, end);
};

/** Whether `next` is one more sign of `set`'s time, each sent in an element of its own. */
function sameSet(set: XmlElement | undefined, next: XmlElement): boolean {
  if (kindOf(set) !== 'sign' || kindOf(next) !== 'sign' || !set) return false;
  const [a, b] = [set, next].map((e) => xmlValue(e, KEYS.time)?.value);
  return a !== undefined && a === b && xmlValue(set, ['type']) !== undefined && xmlValue(next, ['type']) !== undefined;
}

/** The card's name of a sign named `words` ("HR", "Heart rate", "p", "o2"), if a card has one. */
function signNamed(words: string): string | null {
  const upper = words.toUpperCase();
  return SIGN_KEYS[words.toLowerCase()] ?? VITAL_CODES.find(([pattern]) => pattern.test(upper))?.[1] ?? null;
}

/** One vitals set: "Vitals 1425: HR 126, BP 98/64, SpO2 96." from the signs of its elements. */
function writeSet(out: RewrittenText, text: string, set: XmlElement[], time: TextPart | undefined): void {
  const signs = set.flatMap((e) => {
    const type = xmlValue(e, ['type', 'name', 'code', 'cd']);
    const value = xmlValue(e, ['value', 'val', 'v']);
    if (type && value) return [{ sign: signNamed(type.value), value: value.span }];
    return e.values.map((v) => ({ sign: KEYS.time.includes(v.key as never) ? null : signNamed(v.key), value: v.span }));
  });
  const named = signs.filter((s): s is { sign: string; value: TextPart } => s.sign !== null);
  if (named.length > 0) writeVitalsSet(out, text, time, named);
}
