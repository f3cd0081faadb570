import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withWordClocks } from './word-clocks.js';

/** The text as read, with the spaces a time written shorter than said leaves run together. */
const read = (text: string): string => withWordClocks(text).replace(/ {2,}/g, ' ');

describe('clock times said in words', () => {
  it('reads a time said with its part of the day, and later ones on the same half of the clock', () => {
    const [{ record }] = extractCasualties(
      'Mortar landed at ten past nine this morning. Tourniquet left arm, on at quarter past nine. ' +
        'Ketamine fifty milligrams IM at twenty to ten. Morphine? No. Ondansetron four milligrams IV, five to ten.',
    ).casualties;
    expect(record.time_of_injury).toBe('09:10');
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '09:15' }]);
    expect(record.medications?.map((m) => m.time)).toEqual(['09:40', '09:55']);
  });
  it('reads "half" before an hour as half past it, "o\'clock" and minutes with no hour after the time before', () => {
    expect(read('Clock says quarter to eleven pm. Vitals at half past:')).toBe('Clock says 2245. Vitals at 2330:');
    expect(read("Hit at twenty past five in the evening. Splint on, half five. Six o'clock, pulse 90.")).toBe(
      'Hit at 1720. Splint on, 1730. 1800, pulse 90.',
    );
  });
  it('reads twelve said with midday or midnight on the clock it names', () => {
    expect(read('Ten to twelve, midnight. TQ on at five past twelve.')).toBe(' 2350. TQ on at 0005.');
    expect(read('Quarter past twelve, midday.')).toBe(' 1215.');
  });
  it('keeps the text the same length', () => {
    const text = 'Bitten at half past three in the afternoon; cleaned at quarter to four.';
    expect(withWordClocks(text)).toHaveLength(text.length);
  });
  it('leaves times whose half of the day is not said, spans, amounts and bearings as said', () => {
    const unsaid = 'Stabbed at about half past two. Dressing on at quarter to three.';
    expect(withWordClocks(unsaid)).toBe(unsaid);
    const span = 'Shot at 2 pm. Pressure for five to ten minutes, then ten past two hours of carry.';
    expect(withWordClocks(span)).toBe(span);
    const bearing = "Contact this afternoon at 3 pm, enemy at your two o'clock.";
    expect(withWordClocks(bearing)).toBe(bearing);
    // Minutes with no hour are a time only where a time is put ("at half past"): "fifty past" is said of no clock.
    const loose = 'Blast at four this afternoon. Ten past the gate he went down.';
    expect(withWordClocks(loose)).toBe(loose);
  });
  it('reads no time far from the one told before it on the same clock', () => {
    const text = 'Wounded at 7 am. Pain at eight out of ten; at half past nine in the evening, TQ off.';
    expect(withWordClocks('Wounded at 7 am. Fed at twenty past four.')).toBe(
      'Wounded at 7 am. Fed at twenty past four.',
    );
    expect(withWordClocks(text)).toContain('2130');
  });
});
