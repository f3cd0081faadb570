/**
 * A casualty card exported from a handheld app as data, not written: YAML ("casualty:\n  name: SPC Ada Okoro",
 * "  - type: TQ\n    site: R thigh\n    time: 0953") or dotted keys ("pt.zap=IH-4470", "vs.0.hr=104",
 * "tx.1=SAM splint|L ankle|2012"). Its keys are the app's, not a medic's words, and each list item (a wound, a device,
 * a vitals set, a drug) is spread over several lines, so each is read back as a card's line: a field under the label
 * the engine knows ("Roster: OK-5582."), an item as its values said in a row ("TQ (CAT) R thigh 0953."), a vitals set
 * dated by its time ("Vitals 1000: hr 128, bp 94/58."). A value the app kept from before an edit ("prev: 0935",
 * "PRIORITY (prev: ROUTINE)") is no longer the card's and is left out; free-text notes are read as written.
 */
import { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';
import { readEntries, type Entry } from './structured-entries.js';

/** Fewest entries with a value an export has. */
const MIN_ENTRIES = 8;

/** Keys of the casualty's fields, by the label a card gives them. */
const FIELD_LABELS: [RegExp, string][] = [
  [/^(?:name|full ?name|pt ?name)$/, 'Name'],
  [/^(?:roster|zap|br|brn|battle ?roster|roster ?(?:no|number))$/, 'Roster'],
  [/^unit$/, 'Unit'],
  [/^(?:sex|gender)$/, 'Sex'],
  [/^(?:allerg(?:y|ies)|nkda)$/, 'Allergies'],
  [/^(?:toi|time ?of ?injury|injured ?at)$/, 'Time of injury'],
  [/^(?:moi|mech(?:anism)?|cause)$/, 'Mechanism'],
  [/^(?:priority|evac ?priority|precedence|category|cat)$/, 'Evac category'],
  [/^(?:grid|location|loc ?grid|pz|hlz)$/, 'Grid'],
];
/** Sections whose keys name the evacuation ("evac: URGENT", "evac.priority=…"). */
const EVAC_SECTION = /^(?:evac|evacuation|medevac)$/;
/** Keys of the app's own bookkeeping, no fact of the casualty's. */
const BOOKKEEPING =
  /^(?:card ?id|id|created|edited|synced|updated|app|dev(?:ice)?|version|blood ?type|blood ?group|note|notes?|remarks?|comments?|prev(?:ious)?)$/;
/** Keys of a free-text note, read as written. */
/** Keys whose value is when an item happened, said first in its line. */
const TIME_KEYS = /^(?:time|at|when|t|hhmm)$/;
/** Keys that only say what the value is ("type: GSW", "site: R thigh"): the value is said without them. */
const PLAIN_KEYS = /^(?:type|site|loc(?:ation)?|what|name|drug|med|dose|route|kind|item|side|value|detail|desc)$/;
/** Sections of vitals sets. */
const VITALS_SECTIONS = /^(?:vitals?|vs|vital ?signs|obs)$/;
/** A section's name part ending where the item's own keys begin ("interventions", "tx", "rx"). */
const nameOf = (key: string): string => key.toLowerCase().replace(/[_-]/g, ' ').trim();

/** The narrative with its exported card read as a card's lines, or null when it is no such export. */
export function readStructuredExport(text: string): RewrittenText | null {
  if (!/[:=]/.test(text)) return null;
  const entries = readEntries(text);
  if (!entries) return null;
  if (entries.filter((e) => e.value).length < MIN_ENTRIES) return null;
  const out = new RewrittenText();
  const nameParts = NAME_PARTS.map((p) => entries.find((e) => e.item === null && e.value && p.test(keyOf(e))));
  for (const group of groups(entries)) {
    const [first] = group;
    if (first.lineOnly) out.join('\n').copy(text, first.value!.start, first.value!.end);
    else if (nameParts.includes(first)) writeName(out, text, nameParts, first);
    else if (first.item === null) writeField(out, text, first);
    else writeItem(out, text, group);
  }
  return out.value.trim() ? out : null;
}

/** A name kept in parts, in the order it is said: rank, first name, surname ("rank: SSG", "first: Dmitri"). */
const NAME_PARTS = [
  /^(?:rank|grade)$/,
  /^(?:first|first ?name|given|given ?name|fname)$/,
  /^(?:last|last ?name|surname|family ?name|lname)$/,
];

const keyOf = (e: Entry): string => nameOf(e.path.at(-1) ?? '');

/** The name's parts said as one name, where its first part stands: "Name: SSG Dmitri Sokolov." */
function writeName(out: RewrittenText, text: string, parts: (Entry | undefined)[], at: Entry): void {
  const said = parts.filter((p) => p !== undefined);
  if (!said.every((p) => at.value!.start <= p.value!.start)) return;
  out.join('\nName: ');
  said.forEach((p, k) => copyValue(k > 0 ? out.join(' ') : out, text, p.value!));
  out.join('.');
}

/** Entries grouped as each is read: a field alone, a list item's entries together, a note's lines one by one. */
function groups(entries: Entry[]): Entry[][] {
  const out: Entry[][] = [];
  for (const e of entries) {
    if (!e.value || isOld(e)) continue;
    const last = out.at(-1);
    if (e.item !== null && last && last[0].item === e.item && !last[0].lineOnly) last.push(e);
    else out.push([e]);
  }
  return out;
}

/** "prev: 0935", "spo2.prev=59": a value kept from before an edit. */
const isOld = (e: Entry): boolean => /^prev(?:ious)?$|^old$|^was$/.test(nameOf(e.path.at(-1) ?? ''));

/** A field of the casualty's ("roster: OK-5582", "evac.priority=PRIORITY") as a card's line; others left out. */
function writeField(out: RewrittenText, text: string, e: Entry): void {
  const key = nameOf(e.path.at(-1) ?? '');
  const section = nameOf(e.path.at(-2) ?? '');
  const label =
    FIELD_LABELS.find(([pattern]) => pattern.test(key))?.[1] ??
    (EVAC_SECTION.test(key) || (EVAC_SECTION.test(section) && /^(?:cat|level)$/.test(key)) ? 'Evac category' : null) ??
    FIELD_LABELS.find(([pattern]) => pattern.test(section))?.[1];
  if (BOOKKEEPING.test(key)) return;
  // A field this reader has no label for is read as it was written ("blood_loss: ~500 ml").
  if (label) out.join(`\n${label}: `);
  else if (e.key) out.join('\n').copy(text, e.key.start, e.key.end).join(': ');
  else out.join('\n');
  copyValue(out, text, e.value!);
  out.join('.');
}

/** A list item's values said in a row, its time first; a vitals set's values after their keys ("hr 128, bp 94/58"). */
function writeItem(out: RewrittenText, text: string, group: Entry[]): void {
  const section = nameOf(group[0].section ?? '');
  const label = FIELD_LABELS.find(([pattern]) => pattern.test(section))?.[1];
  const vitals = VITALS_SECTIONS.test(section);
  const time = group.find((e) => TIME_KEYS.test(nameOf(e.path.at(-1) ?? '')));
  const rest = group.filter((e) => e !== time && !BOOKKEEPING.test(nameOf(e.path.at(-1) ?? '')));
  if (rest.length === 0) return;
  out.join('\n');
  if (label) out.join(`${label}: `);
  else if (vitals) out.join('Vitals ');
  // A vitals set is dated by its time first, as a log line is; any other item keeps the order it was written in.
  if (vitals && time) copyValue(out, text, time.value!).join(': ');
  const said = vitals || !time ? rest : group.filter((e) => !BOOKKEEPING.test(keyOf(e)));
  said.forEach((e, k) => {
    if (k > 0) out.join(vitals ? ', ' : ' ');
    const key = e.key && nameOf(text.slice(e.key.start, e.key.end));
    if (vitals && e.key && key && !PLAIN_KEYS.test(key)) out.copy(text, e.key.start, e.key.end).join(' ');
    copyValue(out, text, e.value!, true);
  });
  out.join('.');
}

/**
 * A value as written, its cells cut by "|" said apart ("SAM splint|L ankle|2012"), an edit's old value left out; in a
 * list item its commas are passed over, since an item is one thing ("Celox gauze, packed" is one dressing, which a
 * comma would part from its site).
 */
function copyValue(out: RewrittenText, text: string, value: TextPart, item = false): RewrittenText {
  const words = text.slice(value.start, value.end);
  const old = words.search(/\s*\((?:prev(?:ious)?|was|old)\b/i);
  const end = old >= 0 ? value.start + old : value.end;
  let start = value.start;
  for (let at = start; at <= end; at++) {
    if (at === end || text[at] === '|' || (item && text[at] === ',')) {
      if (start > value.start) out.join(' ');
      out.copy(text, start, at);
      start = at + 1;
    }
  }
  return out;
}
