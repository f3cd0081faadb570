import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutOcrSlips } from './ocr-slips.js';

const SCAN = [
  'NAME: MORlARTY   TlME: l4O5',
  'PULSE l1O  BP l2O/8O  Sp02 97%',
  'MEDS: Ketarnine 5O rng IM l4l2 ; Ondansetron 4 rng',
  'B: [X] O2',
].join('\n');

describe('withoutOcrSlips', () => {
  it('reads back look-alike letters among digits, in capital words and in words the lexicon knows, same length', () => {
    const out = withoutOcrSlips(SCAN);
    expect(out).toHaveLength(SCAN.length);
    expect(out).toBe(
      [
        'NAME: MORIARTY   TIME: 1405',
        'PULSE 110  BP 120/80  Sp02 97%',
        'MEDS: Ketamine  50 mg  IM 1412 ; Ondansetron 4 mg ',
        'B: [X] O2',
      ].join('\n'),
    );
  });

  it('joins a known word the card broke at a line end with a hyphen, and leaves other breaks', () => {
    const card = 'PULSE l1O  BP l2O/8O  RR l6\nMEDS: Ondan-\nsetron 4 mg IV ; Ketarnine 5O rng\nNOTES: grey-\nish skin';
    const out = withoutOcrSlips(card);
    expect(out).toHaveLength(card.length);
    expect(out).toContain('MEDS: Ondansetron   4 mg IV');
    expect(out).toContain('grey-\nish');
  });

  it('leaves a text alone unless several numbers show the slips', () => {
    const typed = 'Gave 1l NS, then 2l more. O2 on. Pulse l2O.';
    expect(withoutOcrSlips(typed)).toBe(typed);
  });

  it('lets the card be read', () => {
    const record = extractCasualties(SCAN).casualties[0].record;
    expect(record.vitals).toContainEqual(expect.objectContaining({ pulse: 110, systolic: 120, diastolic: 80 }));
    expect(record.medications).toContainEqual({ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:12' });
  });
});
