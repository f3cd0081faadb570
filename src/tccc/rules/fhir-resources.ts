/**
 * A field record's resources pasted as HL7 FHIR JSON: one array of them pretty-printed or on one line, a bundle, or one
 * resource a line ("{"resourceType": "Procedure", "code": {"coding": [{"display": "Tourniquet"}]}, "bodySite":
 * [{"text": "Left thigh"}], "performedDateTime": "2024-05-11T15:09:00+04:30"}"). A resource says what each value is by
 * its keys, not by a word a medic would say, so each is read back as a card's line, as the feed's version 2 messages
 * are (interface-messages.ts): the patient's fields first under their labels, a finding as its name, site and text, a
 * vitals panel as one set, a procedure with its site, a drug with its dose and route, each act dated by the clock of
 * its time stamp. A resource entered in error or not done is left out; the medic's own lines around the paste are
 * read as written.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError, type Segment } from 'jsonc-parser';
import { NOT_DONE_STATUS, cardUnit, writeCardLine, writeDrugLine, writeVitalsSet } from './card-lines.js';
import { VITAL_CODES } from './observation-codes.js';
import { RewrittenText } from './rewritten-text.js';
import { linesOf } from './text-cells.js';
import type { TextPart } from './shared-phrases.js';

/** A patient identifier's system or type that makes it a battle roster number ("urn:dod:battle-roster", "BRN"). */
const ROSTER = /roster|\bbrn\b|\bzap\b/i;
/** Observation names that say how the casualty was hurt, or when. */
const MECHANISM = /\b(?:mechanism|moi|cause)\b/i;
const INJURED_AT = /\b(?:time of injury|injury time|toi)\b/i;
/** The clock of a FHIR date-time ("2024-05-11T15:09:00+04:30" → "15:09"). */
const CLOCK = /T(\d\d:\d\d)/;
/** Micrograms as a resource writes them: UCUM's "ug", and "µg" or "mcg" as senders type them (version 2 sends "ug" only). */
const MICROGRAMS = /^(?:ug|µg|mcg)$/i;
/** Keys of an act's time, the first found. */
const TIME_PATHS: Segment[][] = [
  ['effectiveDateTime'],
  ['performedDateTime'],
  ['occurrenceDateTime'],
  ['effectivePeriod', 'start'],
  ['performedPeriod', 'start'],
  ['valueDateTime'],
];

interface Resource {
  type: string;
  node: Node;
}

/** The narrative with its pasted resources read as a card's lines, or null when it holds fewer than two. */
export function readFhirResources(text: string): RewrittenText | null {
  const pasted = pastedValues(text);
  const resources = pasted.flatMap((n) => resourcesIn(n));
  if (resources.length < 2) return null;
  const out = new RewrittenText();
  for (const r of resources) if (r.type === 'Patient') writePatient(out, text, r.node);
  let from = 0;
  for (const value of pasted) {
    copyLines(out, text, from, value.offset);
    for (const r of resourcesIn(value)) if (r.type !== 'Patient') writeResource(out, text, r);
    from = value.offset + value.length;
  }
  copyLines(out, text, from, text.length);
  return out.value.trim() ? out : null;
}

/** Each JSON object or array that opens a line and parses whole, in the order pasted. */
function pastedValues(text: string): Node[] {
  const values: Node[] = [];
  let past = 0;
  for (const line of linesOf(text)) {
    const at = text.indexOf(text.slice(line.start, line.end).trimStart().charAt(0) || '\n', line.start);
    if (line.start < past || !'[{'.includes(text.charAt(at) || '-')) continue;
    const errors: ParseError[] = [];
    // Blanks before the value keep each node's offset the text's own.
    const node = parseTree(' '.repeat(at) + text.slice(at), errors, { disallowComments: true });
    if (!node || errors.some((e) => e.offset < node.offset + node.length)) continue;
    values.push(node);
    past = node.offset + node.length;
  }
  return values;
}

/** The resources a value holds: itself, the items of an array, a bundle's entries. */
function resourcesIn(node: Node): Resource[] {
  if (node.type === 'array') return (node.children ?? []).flatMap(resourcesIn);
  if (node.type !== 'object') return [];
  const type = stringAt(node, ['resourceType']);
  if (type === 'Bundle') return (findNodeAtLocation(node, ['entry'])?.children ?? []).flatMap(resourcesIn);
  const inner = findNodeAtLocation(node, ['resource']);
  if (!type && inner) return resourcesIn(inner);
  const status = stringAt(node, ['status']) ?? '';
  return type && !NOT_DONE_STATUS.test(status) ? [{ type, node }] : [];
}

const stringAt = (node: Node, path: Segment[]): string | undefined => {
  const n = findNodeAtLocation(node, path);
  return n && typeof n.value === 'string' ? n.value : undefined;
};

/** A string's words inside its quotes, or a number as written; none for anything else or an empty string. */
function spanOf(n: Node | undefined): TextPart | undefined {
  if (n?.type === 'number') return { start: n.offset, end: n.offset + n.length };
  if (n?.type === 'string' && n.length > 2) return { start: n.offset + 1, end: n.offset + n.length - 1 };
  return undefined;
}

/** The words at `path` under `node`, as a list of none or one. */
const spansAt = (node: Node, path: Segment[]): TextPart[] => {
  const span = spanOf(findNodeAtLocation(node, path));
  return span ? [span] : [];
};

/** What a concept says in words: its text, else each coding's display (or code where it has none). */
function said(node: Node | undefined): TextPart[] {
  if (!node) return [];
  const text = spanOf(findNodeAtLocation(node, ['text']));
  if (text) return [text];
  if (node.type === 'array') return (node.children ?? []).flatMap(said);
  return (findNodeAtLocation(node, ['coding'])?.children ?? []).flatMap((c) => {
    const words = spanOf(findNodeAtLocation(c, ['display'])) ?? spanOf(findNodeAtLocation(c, ['code']));
    return words ? [words] : [];
  });
}

/** The clock an act is dated by, from the first of its time stamps. */
function clockOf(text: string, node: Node): TextPart | undefined {
  for (const path of TIME_PATHS) {
    const stamp = spanOf(findNodeAtLocation(node, path));
    const m = stamp && CLOCK.exec(text.slice(stamp.start, stamp.end));
    if (stamp && m) return { start: stamp.start + m.index + 1, end: stamp.start + m.index + 6 };
  }
  return undefined;
}

/** The words of the text's own lines in [from, to), each line as written. */
function copyLines(out: RewrittenText, text: string, from: number, to: number): void {
  for (const l of linesOf(text)) {
    const [start, end] = [Math.max(from, l.start), Math.min(to, l.end)];
    if (text.slice(start, end).trim()) out.join('\n').copy(text, start, end);
  }
}

/** The patient's name, roster number, sex, unit and allergies under their labels. */
function writePatient(out: RewrittenText, text: string, node: Node): void {
  const names = findNodeAtLocation(node, ['name', 0]);
  const full = spanOf(names && findNodeAtLocation(names, ['text']));
  const given = (names && findNodeAtLocation(names, ['given'])?.children) ?? [];
  const family = spanOf(names && findNodeAtLocation(names, ['family']));
  writeCardLine(
    out,
    text,
    'Name: ',
    full ? [full] : [...given.flatMap((g) => spanOf(g) ?? []), ...(family ? [family] : [])],
  );
  for (const id of findNodeAtLocation(node, ['identifier'])?.children ?? []) {
    const kind = `${stringAt(id, ['system']) ?? ''} ${stringAt(id, ['type', 'text']) ?? ''}`;
    if (ROSTER.test(kind)) writeCardLine(out, text, 'Roster: ', spansAt(id, ['value']));
  }
  writeCardLine(out, text, 'Sex: ', spansAt(node, ['gender']));
  writeCardLine(out, text, 'Unit: ', spansAt(node, ['managingOrganization', 'display']));
  for (const ext of findNodeAtLocation(node, ['extension'])?.children ?? []) {
    const label = /unit/i.test(stringAt(ext, ['url']) ?? '')
      ? 'Unit: '
      : /allerg/i.test(stringAt(ext, ['url']) ?? '')
        ? 'Allergies: '
        : null;
    if (label) writeCardLine(out, text, label, spansAt(ext, ['valueString']));
  }
}

/** A resource other than the patient as its card line; kinds a card has no line for are left out. */
function writeResource(out: RewrittenText, text: string, r: Resource): void {
  const { node } = r;
  const sites = said(findNodeAtLocation(node, ['bodySite']));
  if (r.type === 'Procedure') return writeProcedure(out, text, node, sites);
  if (r.type === 'MedicationAdministration') return writeDrug(out, text, node);
  if (r.type === 'AllergyIntolerance')
    return writeCardLine(out, text, 'Allergies: ', said(findNodeAtLocation(node, ['code'])));
  if (r.type === 'Condition')
    return writeCardLine(out, text, '', [...said(findNodeAtLocation(node, ['code'])), ...sites]);
  if (r.type === 'Observation') writeObservation(out, text, node, sites);
}

/**
 * A procedure dated by its clock, its site first as a card's column gives it ("10:41: Right thigh: Tourniquet, applied
 * before lift."), so words the code adds after the device keep the site from running into them.
 */
function writeProcedure(out: RewrittenText, text: string, node: Node, sites: TextPart[]): void {
  const done = said(findNodeAtLocation(node, ['code']));
  if (done.length === 0) return;
  const clock = clockOf(text, node);
  out.join('\n');
  if (clock) out.copy(text, clock.start, clock.end).join(': ');
  sites.forEach((p, k) => out.join(k > 0 ? ' ' : '').copy(text, p.start, p.end));
  done.forEach((p, k) => out.join(k > 0 ? ' ' : sites.length > 0 ? ': ' : '').copy(text, p.start, p.end));
  out.join('.');
}

/**
 * An observation: a vitals panel (or one sign) as a set dated by its clock, "Vitals 15:14: HR 124, BP 102/64."; how
 * or when he was hurt under its label; any other finding as its name, site and value ("Wound Left thigh: GSW, graze.").
 */
function writeObservation(out: RewrittenText, text: string, node: Node, sites: TextPart[]): void {
  const name = said(findNodeAtLocation(node, ['code']));
  const nameWords = name.map((p) => text.slice(p.start, p.end)).join(' ');
  const parts = findNodeAtLocation(node, ['component'])?.children ?? [node];
  const signs = parts.flatMap((c) => {
    const code = said(findNodeAtLocation(c, ['code']))
      .map((p) => text.slice(p.start, p.end))
      .join(' ')
      .toUpperCase();
    const sign = VITAL_CODES.find(([pattern]) => pattern.test(code))?.[1];
    const value = valueOf(c);
    return sign && value ? [{ sign, value }] : [];
  });
  if (signs.length > 0) return writeVitalsSet(out, text, clockOf(text, node), signs);
  const value = said(findNodeAtLocation(node, ['valueCodeableConcept']));
  const plain = valueOf(node);
  const values = plain ? [plain] : value;
  if (MECHANISM.test(nameWords)) return writeCardLine(out, text, 'Mechanism: ', values, '; ');
  if (INJURED_AT.test(nameWords))
    return writeCardLine(
      out,
      text,
      'Time of injury: ',
      [clockOf(text, node)].flatMap((p) => p ?? []),
    );
  if (values.length === 0) return;
  const head = [...name, ...sites];
  out.join('\n');
  head.forEach((p, k) => out.join(k > 0 ? ' ' : '').copy(text, p.start, p.end));
  values.forEach((p, k) => out.join(k > 0 ? '; ' : head.length > 0 ? ': ' : '').copy(text, p.start, p.end));
  out.join('.');
}

/** A value as written: a quantity's number, a string, an integer. */
const valueOf = (node: Node): TextPart | undefined =>
  spanOf(findNodeAtLocation(node, ['valueQuantity', 'value'])) ??
  spanOf(findNodeAtLocation(node, ['valueString'])) ??
  spanOf(findNodeAtLocation(node, ['valueInteger']));

/** A drug given, as its line: "15:22: Tranexamic acid 1 g IV." */
function writeDrug(out: RewrittenText, text: string, node: Node): void {
  const drug = [
    ...said(findNodeAtLocation(node, ['medicationCodeableConcept'])),
    ...said(findNodeAtLocation(node, ['medication', 'concept'])),
    ...spansAt(node, ['medicationReference', 'display']),
  ].slice(0, 1);
  if (drug.length === 0) return;
  const amount = spanOf(findNodeAtLocation(node, ['dosage', 'dose', 'value']));
  const unit = stringAt(node, ['dosage', 'dose', 'unit']) ?? '';
  const route = said(findNodeAtLocation(node, ['dosage', 'route']));
  const clock = clockOf(text, node);
  writeDrugLine(out, text, { clock, name: drug[0], amount, unit: cardUnit(unit, MICROGRAMS), route });
}
