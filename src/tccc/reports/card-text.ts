import { BLANK } from './context.js';
import type { CardEntry, CasualtyCard, CardVitalsRow } from './card.js';
import { words } from './labels.js';
import { plainLine, reportLines } from './plain-text.js';

const VITALS_COLUMNS: { title: string; cell: (row: CardVitalsRow) => string | number | undefined }[] = [
  { title: 'TIME', cell: (r) => r.time },
  { title: 'PULSE', cell: (r) => r.pulse },
  { title: 'BP', cell: (r) => r.bp },
  { title: 'RR', cell: (r) => r.resp_rate },
  { title: 'SpO2', cell: (r) => r.spo2 },
  { title: 'AVPU', cell: (r) => r.avpu },
  { title: 'PAIN', cell: (r) => r.pain },
];

function entryText(e: CardEntry): string {
  return words(e.label, e.location, e.amount, e.route, e.time);
}

/** "  M: a; b" with BLANK when the group is empty. */
function group(title: string, entries: CardEntry[]): string {
  return `  ${title}: ${entries.length ? entries.map(entryText).join('; ') : BLANK}`;
}

function vitalsTable(rows: CardVitalsRow[]): string[] {
  if (rows.length === 0) return [`  ${BLANK}`];
  // Cells are made plain before the widths are measured, so the columns still line up.
  const cells = rows.map((r) => VITALS_COLUMNS.map((c) => plainLine(String(c.cell(r) ?? BLANK))));
  const widths = VITALS_COLUMNS.map((c, i) => Math.max(c.title.length, ...cells.map((row) => row[i].length)));
  const line = (values: string[]) => `  ${values.map((v, i) => v.padEnd(widths[i])).join('  ')}`.trimEnd();
  return [line(VITALS_COLUMNS.map((c) => c.title)), ...cells.map(line)];
}

/** The card as plain text, one section a line or block, blank boxes shown as "—". */
export function cardText(card: CasualtyCard): string {
  const v = (value: string | undefined) => value || BLANK;
  const checkedEvac = card.evacBoxes.find((b) => b.checked);
  const evac = card.evacLabel
    ? checkedEvac && checkedEvac.label !== card.evacLabel
      ? `${checkedEvac.label.toUpperCase()} (${card.evacLabel})`
      : card.evacLabel.toUpperCase()
    : BLANK;
  const mechanisms = card.mechanisms.filter((m) => m.checked && m.key !== 'other').map((m) => m.label);
  const otherBox = card.mechanisms.find((m) => m.key === 'other');
  if (otherBox?.checked)
    mechanisms.push(card.mechanismOther.length ? `Other: ${card.mechanismOther.join(', ')}` : 'Other');
  const sex = card.sex ? (card.sex === 'male' ? 'M' : 'F') : BLANK;

  return reportLines([
    'DD FORM 1380 TCCC CASUALTY CARD',
    `BATTLE ROSTER #: ${v(card.battleRoster)}`,
    `EVAC: ${evac}`,
    `NAME: ${v(card.name)}`,
    `SEX: ${sex}  DATE: ${v(card.date)}  TIME: ${v(card.time)}`,
    `UNIT: ${v(card.unit)}`,
    `ALLERGIES: ${v(card.allergies)}`,
    `MECHANISM OF INJURY: ${mechanisms.length ? mechanisms.join(', ') : BLANK}`,
    'INJURY:',
    ...(card.injuries.length
      ? card.injuries.map((r) => `  ${r.label}: ${r.injuries.map((i) => i.label).join(', ')}`)
      : [`  ${BLANK}`]),
    'TQ:',
    ...(card.tourniquets.length
      ? card.tourniquets.map(
          (t) => `  ${words(t.locationLabel ?? 'site not stated', t.type, t.time ?? 'time not stated')}`,
        )
      : [`  ${BLANK}`]),
    'SIGNS & SYMPTOMS:',
    ...vitalsTable(card.vitals),
    'TREATMENTS:',
    group('M', card.treatments.massiveHemorrhage),
    group('A', card.treatments.airway),
    group('R', card.treatments.respiration),
    group('C', card.treatments.circulation),
    'MEDS:',
    group('Analgesic', card.medications.analgesic),
    group('Antibiotic', card.medications.antibiotic),
    group('Other', card.medications.other),
    `OTHER: ${card.other.length ? card.other.map(entryText).join('; ') : BLANK}`,
    `NOTES: ${card.notes.length ? card.notes.join('; ') : BLANK}`,
  ]);
}
