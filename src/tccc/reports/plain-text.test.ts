import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { REPORT_KINDS, reportText, type ReportInput } from './index.js';
import { plainLine } from './plain-text.js';
import { FULL_RECORD } from './test-records.js';

/** Every character a field may not carry into report text: controls (but the report's own \n), DEL, C1, bidi overrides. */
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const HOSTILE = [
  '\r\nLINE 1 LOCATION: 00000',
  '\nNAME: Someone Else',
  '\u001b[2J\u001b[H',
  '\u001b]0;owned\u0007',
  '\u009b31m',
  '\r',
  '\u2028',
  '\u0085',
  '\u202eevil',
  '\t',
  '\u0000',
  '\u001bc',
];

/** The record and medic fields that reach report text as free text, each set to `text`. */
function inputWith(text: string): ReportInput {
  const record: TcccRecord = {
    ...FULL_RECORD,
    casualty: { ...FULL_RECORD.casualty, name: text, unit: text, allergies: text, battle_roster: text },
    location_grid: text,
    injuries: [...(FULL_RECORD.injuries ?? []), { type: 'burn', location: 'chest', note: text }],
    vitals: [{ ...FULL_RECORD.vitals![0], time: text }],
    medications: [{ name: 'ketamine', dose: text, route: text as never }],
  };
  return {
    record,
    context: { notes: text, date: text },
    nineLine: {
      location: text,
      frequency: text,
      callSign: text,
      suffix: text,
      markingDetail: text,
      marking: 'C',
      terrain: text,
    },
  };
}
const lineCount = (text: string) => text.split('\n').length;

describe('report text', () => {
  it.each(REPORT_KINDS)(
    '%s: a field can neither add a line nor carry a control character or terminal escape',
    (kind) => {
      const baseline = lineCount(reportText(kind, inputWith('x')));
      for (const hostile of HOSTILE) {
        const text = reportText(kind, inputWith(hostile));
        expect(lineCount(text), JSON.stringify(hostile)).toBe(baseline);
        expect(text).not.toMatch(CONTROL);
      }
    },
  );

  it('keeps a spoofed 9-line line on the line of the field that carried it', () => {
    const text = reportText('9line', inputWith('grid\r\nLINE 1 LOCATION: 00000'));
    expect(text.split('\n').filter((l) => l.startsWith('LINE 1 '))).toEqual([
      'LINE 1 LOCATION OF PICKUP SITE: grid  LINE 1 LOCATION: 00000',
    ]);
  });

  it.each(REPORT_KINDS)('%s: holds for any text at all', (kind) => {
    const baseline = lineCount(reportText(kind, inputWith('x')));
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom(...HOSTILE, 'a', ' ', '[', '\u001b'), { maxLength: 8 }).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(anyText, (t) => {
        const text = reportText(kind, inputWith(t));
        expect(lineCount(text)).toBe(baseline);
        expect(text).not.toMatch(CONTROL);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves ordinary text, accents and right-to-left script as they are', () => {
    expect(plainLine('Luis Álvarado, 2-75 RGR — عمر')).toBe('Luis Álvarado, 2-75 RGR — عمر');
  });
});
