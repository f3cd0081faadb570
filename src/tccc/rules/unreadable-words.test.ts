import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { withoutCutOffWords, withoutUnreadable } from './unreadable-words.js';

describe('withoutUnreadable', () => {
  it('blanks a number with a gap in it or read in doubt, keeping offsets, and leaves marked words', () => {
    const text = 'TQ L arm 13[illegible]. Name: [illegible] Diaz. HR 96[?] RR 20 [?] SpO2 97';
    const out = withoutUnreadable(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe('TQ L arm . Name: [illegible] Diaz. HR RR SpO2 97');
  });

  it('reads no time or dose from what could not be read', () => {
    const record = extractCasualties(
      'Card, rain-smudged.\nTQ R leg 07[illegible]\nMeds: ketamine 50[?] mg IM. Pulse 110',
    ).casualties[0].record;
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg' }]);
    expect(record.medications?.[0]?.dose).toBeUndefined();
    expect(record.vitals).toEqual([{ pulse: 110 }]);
  });
});

describe('withoutCutOffWords', () => {
  it('blanks a number said in words that a gap cuts off mid-word, keeping offsets', () => {
    const text = 'Chest seal on at oh six fifty-[static]. Pulse one-ten, pressure [inaudible] over seventy.';
    const out = withoutCutOffWords(text);
    expect(out).toHaveLength(text.length);
    expect(out.replace(/\s+/g, ' ')).toBe('Chest seal on at . Pulse one-ten, pressure [inaudible] over seventy.');
  });

  it('reads no time or reading from a number cut off, and keeps a word cut off that is no number', () => {
    const record = extractCasualties(
      'Junctional TQ, left groin, time is zero two thirty-(unclear). Sats ninety-[wind noise]. Pulse one twenty. Hem-[inaudible] dressing.',
    ).casualties[0].record;
    expect(record.interventions).toEqual([{ type: 'junctional_tourniquet', location: 'groin' }]);
    expect(record.vitals).toEqual([{ pulse: 120 }]);
  });

  it('reads no priority from "urgent" cut off by a gap, and reads it said whole', () => {
    const cut = extractCasualties('Frag to the belly, pulse one-thirty. Calling him urgent (static) ... over.');
    expect(cut.casualties[0].record.evac_priority).toBeUndefined();
    const whole = extractCasualties('Frag to the belly, pulse one-thirty. [static] Calling him urgent.');
    expect(whole.casualties[0].record.evac_priority).toBe('urgent');
    // A category written out in brackets, and a form's box ticked after its choice, are no gap.
    expect(extractCasualties('GSW abdomen. Urgent (surgical).').casualties[0].record.evac_priority).toBe('urgent');
    const form = extractCasualties('Category: Urgent [x] Priority [ ] Routine [ ]\nInjury: frag L arm');
    expect(form.casualties[0].record.evac_priority).toBe('urgent');
  });
});
