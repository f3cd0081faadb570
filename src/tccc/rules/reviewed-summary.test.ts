import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readReviewedSummary } from './reviewed-summary.js';

const recordOf = (text: string) => extractCasualties(text).casualties[0].record;

const LABELLED = [
  '--- FieldNote draft summary ---',
  'Casualty: PFC Dana Whitlock | Roster: DW3381 | Unit: A Co 3-7 IN',
  'Interventions: TQ R leg 1402; pressure dressing L arm 1406; IV R AC 1410',
  'Medications: TXA 2 g IV 1412; ketamine 50 mg IM 1415',
  'Vitals 1408: HR 124, BP 94/60, RR 24, SpO2 95%',
  'Grid: 11S NV 4410 2276',
  '--- end ---',
  'Corrections, SGT Imani Cole, 1440:',
  'TQ: L leg not R. Time should read 1403.',
  'Pressure dressing L arm - never done. Combat Gauze packed in the neck instead, 1406.',
  'IV R AC 1410 - correct.',
  'Ketamine - not given, only drawn up.',
  'Vitals 1408: BP was 92/60, not 94.',
  'Grid ends 2267, not 2276.',
].join('\n');

describe('a summary read as its review leaves it', () => {
  it('sets a value right where the review says so, and reads the review line no more', () => {
    const record = recordOf(LABELLED);
    expect(record.interventions).toContainEqual({ type: 'tourniquet', location: 'left_leg', time: '14:03' });
    expect(record.vitals?.[0]).toMatchObject({ time: '14:08', systolic: 92, diastolic: 60, pulse: 124 });
    expect(record.location_grid).toBe('11SNV44102267');
  });
  it('leaves out an item the review says was never so, keeping what the review says was done instead', () => {
    const record = recordOf(LABELLED);
    expect(record.medications?.map((m) => m.name)).toEqual(['txa']);
    expect(record.interventions?.map((i) => i.type)).not.toContain('pressure_dressing');
    expect(record.interventions).toContainEqual({ type: 'hemostatic_dressing', location: 'neck', time: '14:06' });
    expect(record.interventions?.filter((i) => i.type === 'tourniquet')).toHaveLength(1);
  });
  it("sets right a summary's prose sentence by sentence, a side said as 'L' for its 'left'", () => {
    const text = [
      'AUTO-SUMMARY (unreviewed):',
      'PV2 Omar Reyes was hit by fragments at 0912. He has a fragment wound to the left forearm. A tourniquet was applied to ' +
        'the left arm at 0915. Ondansetron 4 mg IV at 0930. Vitals at 0920: pulse 118, respiratory rate 20.',
      '',
      'My review, 1005:',
      '- Forearm wound: R forearm, not L.',
      '- Tourniquet: none applied, I held pressure.',
      '- Vitals 0920: RR 28 not 20.',
      '- Ondansetron: correct.',
    ].join('\n');
    const record = recordOf(text);
    expect(record.injuries).toEqual([{ type: 'penetrating', location: 'right_arm' }]);
    expect(record.interventions ?? []).toEqual([]);
    expect(record.vitals?.[0]).toMatchObject({ time: '09:20', pulse: 118, resp_rate: 28 });
  });
  it("leaves alone an item the review names for two casualties, and each casualty's other items", () => {
    const text = [
      'Draft summary (app):',
      'Cas 1: SGT Bell, GSW R thigh. TQ R leg 1402. Morphine 10 mg IM 1410.',
      'Cas 2: PFC Ortiz, frag L arm. TQ R arm 1405. Ketamine 50 mg IM 1412.',
      'Corrections:',
      'Cas 2 TQ: L arm not R.',
      'Ketamine - not given.',
      'Morphine - not given.',
    ].join('\n');
    const value = readReviewedSummary(text)?.value ?? '';
    expect(value).toContain('Cas 1: SGT Bell, GSW R thigh. TQ R leg 1402. ');
    expect(value).toContain('Cas 2: PFC Ortiz, frag L arm. TQ R arm 1405. ');
    expect(value).not.toMatch(/Morphine 10|Ketamine 50/);
  });
  it('sets an item right by a value said after "wrong", and keeps one said wrong of nothing or given later', () => {
    const text = [
      'Auto-summary:',
      'TQ R leg 0912; ketamine 50 mg IM 0930; TXA 2 g IV 0925',
      'Review:',
      'TQ R leg 0912 - time wrong, it went on at 0915.',
      'TQ - nothing wrong with it.',
      'Ketamine - not given until 0940, after the IV.',
      'TXA - wrong, 1 g.',
    ].join('\n');
    const value = readReviewedSummary(text)?.value ?? '';
    expect(value).toContain('TQ R leg 0915; ketamine 50 mg IM 0930; TXA 1 g IV 0925');
  });
  it('keeps the rest of a line whose first words set an item right', () => {
    const text =
      'Auto-summary:\nTQ R arm 0320; IV L AC 0322\nEdits:\nTQ: L arm not R. Also gave TXA 2 g IV at 0330.\nIV - no, R AC.';
    const record = recordOf(text);
    expect(record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '03:30' }]);
    expect(record.interventions).toContainEqual({ type: 'tourniquet', location: 'left_arm', time: '03:20' });
  });
  it('reads no review without a summary before it, nor a review that sets nothing right', () => {
    expect(readReviewedSummary('Corrections:\nTQ: L leg not R.\nKetamine - not given.')).toBeNull();
    expect(readReviewedSummary('Summary:\nTQ L leg 1402\nCorrections:\nTQ - correct.\nGrid - correct.')).toBeNull();
    // A medic's own summary, and a review that strikes one thing, are no draft set right.
    const own =
      'Incident summary\nTQ L thigh 1412. Ketamine 50 mg IM 1420.\nAAR review points:\nTQ placed too low at first, wrong position, re-applied higher at 1415.\nKetamine - not given.';
    expect(readReviewedSummary(own)).toBeNull();
    expect(
      readReviewedSummary('Draft summary:\nTQ L leg 1402; TXA 2 g IV 1410\nCorrections:\nTXA - not given.'),
    ).toBeNull();
  });
});
