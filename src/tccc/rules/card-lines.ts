/**
 * The card's lines a pasted feed is read back as, written the same way whatever the feed: version 2 messages
 * (interface-messages.ts), FHIR resources (fhir-resources.ts) and XML exports (xml-records.ts). Every word copied
 * is a span of the pasted text, so what is read from a line points back into the words written; only the labels and
 * the glue are new.
 */
import type { RewrittenText } from './rewritten-text.js';
import type { TextPart } from './shared-phrases.js';

/** A feed's field that holds a grid in the military grid reference system ("18T WL 83120 47655"). */
export const GRID_FIELD = /^\d{1,2}[C-X] ?[A-Z]{2} ?\d{2,5} ?\d{2,5}$/;

/** An entry's status that says it never happened or was withdrawn ("not-done", "entered-in-error", "not applied"). */
export const NOT_DONE_STATUS =
  /error|\bnot[ _-]?(?:applied|done|given|performed|placed|taken)\b|cancel|void|delete|stopped/i;

/**
 * One card line of the parts said, in order, after its label or the time it is dated by ("1408: "), the parts joined
 * by `glue`; none when no part is.
 */
export function writeCardLine(
  out: RewrittenText,
  text: string,
  label: string | TextPart | undefined,
  parts: (TextPart | undefined)[],
  glue = ' ',
): void {
  const present = parts.filter((p) => p !== undefined);
  if (present.length === 0) return;
  out.join('\n');
  if (typeof label === 'string') out.join(label);
  else if (label) out.copy(text, label.start, label.end).join(': ');
  present.forEach((p, k) => out.join(k > 0 ? glue : '').copy(text, p.start, p.end));
  out.join('.');
}

/** One vitals set: "Vitals 15:14: HR 124, BP 102/64, SpO2 96." (a systolic and a diastolic as one pressure). */
export function writeVitalsSet(
  out: RewrittenText,
  text: string,
  clock: TextPart | null | undefined,
  signs: readonly { sign: string; value: TextPart }[],
): void {
  out.join('\nVitals ');
  if (clock) out.copy(text, clock.start, clock.end).join(':');
  const [sbp, dbp] = ['SBP', 'DBP'].map((s) => signs.find((o) => o.sign === s));
  signs.forEach((o, k) => {
    if (o === dbp && sbp) return;
    out.join(k > 0 ? ', ' : ' ');
    if (o === sbp && dbp)
      out.join('BP ').copy(text, o.value.start, o.value.end).join('/').copy(text, dbp.value.start, dbp.value.end);
    else out.join(`${o.sign} `).copy(text, o.value.start, o.value.end);
  });
  out.join('.');
}

/**
 * A drug given, as its line ("15:22: Tranexamic acid 1 g IV."): its clock, name, amount in `unit` and route. Each
 * feed writes its own micrograms, so the caller gives the unit as the card writes it (`cardUnit`).
 */
export function writeDrugLine(
  out: RewrittenText,
  text: string,
  drug: {
    clock: TextPart | undefined;
    name: TextPart;
    amount: TextPart | undefined;
    unit: string;
    route: readonly TextPart[];
  },
): void {
  out.join('\n');
  if (drug.clock) out.copy(text, drug.clock.start, drug.clock.end).join(': ');
  out.copy(text, drug.name.start, drug.name.end);
  if (drug.amount) out.join(' ').copy(text, drug.amount.start, drug.amount.end).join(` ${drug.unit}`);
  for (const p of drug.route) out.join(' ').copy(text, p.start, p.end);
  out.join('.');
}

/** A feed's unit as the card writes it: "mcg" for the feed's own ways of writing micrograms (`micrograms`), else lower case. */
export const cardUnit = (unit: string, micrograms: RegExp): string =>
  micrograms.test(unit) ? 'mcg' : unit.toLowerCase();
