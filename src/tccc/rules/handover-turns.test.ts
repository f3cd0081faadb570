import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

describe('a handover in question and answer', () => {
  it('reads a short answer as the value of the field its question names, with speaker labels or dashes', () => {
    const labelled = extractRecord(
      'ER DOC: Allergies?\nMEDIC: Latex, she said.\nER DOC: Tourniquets?\nMEDIC: One. Left arm, zero nine fourteen.',
    );
    expect(labelled.casualty?.allergies?.toLowerCase()).toBe('latex');
    expect(labelled.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '09:14' }]);
    const dashed = extractRecord('- Right arm?\n- Pressure dressing.\n- Allergies?\n- Aspirin.');
    expect(dashed.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
    expect(dashed.casualty?.allergies?.toLowerCase()).toBe('aspirin');
  });
  it('gives a time said alone in the answer to the readings after it', () => {
    const r = extractRecord(
      'Nurse: Last vitals?\nMedic: Zero nine forty. Pulse ninety-eight, sats ninety-nine.\nNurse: Okay.',
    );
    expect(r.vitals).toEqual([{ time: '09:40', pulse: 98, spo2: 99 }]);
  });
  it('keeps a question answered "no" or "not yet" a question, whose words are no fact', () => {
    for (const answer of ['Not yet.', 'No, holding it.', "Didn't give any."])
      expect(
        extractRecord(`RN: Ketamine?\nMEDIC: ${answer}\nRN: Allergies?\nMEDIC: None.`).medications,
      ).toBeUndefined();
  });
  it('reads no label from a question that asks more than a field, nor from an answer that tells a story first', () => {
    const r = extractRecord(
      '— Is he bleeding? — Yes, from the left thigh. — Tourniquets? — We put them on early in the fight, before the move. Right leg zero two ten.',
    );
    expect(r.interventions ?? []).not.toContainEqual(expect.objectContaining({ type: 'tourniquet', time: '02:10' }));
  });
});

describe('a handover question that asks what something of the casualty is', () => {
  it('is read as the label of the thing asked', () => {
    const r = extractRecord(
      "— What's her name for the tag? — Okonkwo. Roster oscar kilo four one one two. — How's her breathing? — Rate twenty-six, sats ninety-four.",
    );
    expect(r.casualty?.name).toBe('Okonkwo');
    expect(r.vitals).toEqual([{ resp_rate: 26, spo2: 94 }]);
  });
  it('keeps one casualty when an answer counts doses ("twice. First one around …")', () => {
    const text =
      "Doc: Pain meds?\nMedic: Ketamine twenty milligrams IV, twice. First one around oh-nine-twenty. The second one I didn't write down.\nDoc: Allergies?\nMedic: Penicillin.";
    const records = extractCasualties(text).casualties.map((c) => c.record);
    expect(records).toEqual([extractRecord(text)]);
    expect(records[0].casualty).toEqual({ allergies: 'Penicillin' });
  });
});
