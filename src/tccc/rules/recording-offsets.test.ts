import { describe, expect, it } from 'vitest';
import { withoutRecordingOffsets } from './recording-offsets.js';
import { extractCasualties } from './casualties.js';

describe('withoutRecordingOffsets', () => {
  it('blanks segment offsets, keeping every other offset', () => {
    const text = '[00:00:02] starting\n[00:00:31] cat on the right arm';
    const out = withoutRecordingOffsets(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('           starting\n           cat on the right arm');
  });

  it('blanks a cue range with milliseconds', () => {
    const out = withoutRecordingOffsets(
      '00:00:01,200 --> 00:00:04,000\nhe is awake\n00:00:05,000 --> 00:00:09,100\nok',
    );
    expect(out.split('\n')[0].trim()).toBe('');
    expect(out.split('\n')[2].trim()).toBe('');
  });

  it('keeps clock stamps with seconds, a lone stamp, and stamps that run backwards', () => {
    for (const text of [
      '14:02:33 TQ on\n14:05:10 pulse 120',
      '[00:00:09] TQ on, pulse 120',
      '[00:03:00] TQ on\n[00:01:00] pulse 120',
    ])
      expect(withoutRecordingOffsets(text)).toBe(text);
  });

  it('dates nothing by an offset: only a clock said aloud times a fact', () => {
    const text = [
      '[00:00:05] recording, patient is conscious',
      '[00:00:40] tourniquet high on the left thigh, time one four three two',
      '[00:01:35] heart rate one twenty two respirations twenty',
      '[00:02:20] ten of morphine i m',
    ].join('\n');
    const record = extractCasualties(text).casualties[0].record;
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '14:32' }]);
    expect(record.vitals?.map((v) => v.time)).toEqual([undefined]);
    expect(record.medications?.[0]?.time).toBeUndefined();
  });

  it('blanks bracketed stamps standing mid-line in a transcript run on as one paragraph', () => {
    const text =
      '[00:00:06] casualty is Corporal Ode. [00:01:14] [crosstalk] heart rate ninety six, spo2 ninety eight. ' +
      '[00:03:02] morphine ten milligrams IM, time is nineteen forty.';
    const out = withoutRecordingOffsets(text);
    expect(out).toHaveLength(text.length);
    expect(out).not.toMatch(/\d:\d\d:\d\d/);
    expect(out).toContain('[crosstalk] heart rate');
    const record = extractCasualties(text).casualties[0].record;
    expect(record.vitals?.[0]).toMatchObject({ pulse: 96, spo2: 98 });
    expect(record.vitals?.every((v) => v.time === undefined)).toBe(true);
    expect(record.medications?.map((m) => m.time)).toEqual(['19:40']);
  });

  it('keeps bracketed clocks mid-line: a recording does not start in the evening', () => {
    const text = 'TQ on at [19:02:10], pulse 120 at [19:04:55]';
    expect(withoutRecordingOffsets(text)).toBe(text);
  });
});
