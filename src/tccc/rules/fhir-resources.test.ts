import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readFhirResources } from './fhir-resources.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

const BUNDLE = JSON.stringify(
  {
    resourceType: 'Bundle',
    entry: [
      {
        resource: {
          resourceType: 'Patient',
          name: [{ given: ['Mara'], family: 'Lindqvist' }],
          identifier: [{ system: 'roster', value: 'ML3307' }],
          gender: 'female',
        },
      },
      {
        resource: {
          resourceType: 'Condition',
          code: { text: 'Penetrating fragment wound' },
          bodySite: [{ text: 'Right upper arm' }],
        },
      },
      {
        resource: {
          resourceType: 'Procedure',
          code: { coding: [{ code: 'TQ', display: 'Tourniquet, windlass' }] },
          bodySite: [{ text: 'Right upper arm' }],
          performedDateTime: '2025-02-03T21:47:00Z',
        },
      },
      {
        resource: {
          resourceType: 'Procedure',
          status: 'not-done',
          code: { text: 'Needle decompression' },
          performedDateTime: '2025-02-03T21:49:00Z',
        },
      },
      {
        resource: {
          resourceType: 'Observation',
          code: { text: 'Vital signs' },
          effectiveDateTime: '2025-02-03T21:52:00Z',
          component: [
            { code: { coding: [{ display: 'Pulse rate' }] }, valueQuantity: { value: 116 } },
            { code: { coding: [{ display: 'Systolic blood pressure' }] }, valueQuantity: { value: 98 } },
            { code: { coding: [{ display: 'Diastolic blood pressure' }] }, valueQuantity: { value: 61 } },
            { code: { coding: [{ display: 'Oxygen saturation' }] }, valueQuantity: { value: 93 } },
          ],
        },
      },
      {
        resource: {
          resourceType: 'MedicationAdministration',
          medication: { concept: { text: 'Ketamine' } },
          effectiveDateTime: '2025-02-03T21:55:00Z',
          dosage: { route: { text: 'IM' }, dose: { value: 50, unit: 'mg' } },
        },
      },
    ],
  },
  null,
  1,
);

describe("a field record's resources pasted as FHIR JSON", () => {
  it('reads a bundle as card lines: fields, a finding, a procedure by its site, a vitals set, a drug', () => {
    const text = `Export from the handheld, 2155.\n${BUNDLE}\nDoc Ferris: pt stable for the lift.`;
    expect(readFhirResources(text)?.value.trim().split('\n')).toEqual([
      'Name: Mara Lindqvist.',
      'Roster: ML3307.',
      'Sex: female.',
      'Export from the handheld, 2155.',
      'Penetrating fragment wound Right upper arm.',
      '21:47: Right upper arm: Tourniquet, windlass.',
      'Vitals 21:52: HR 116, BP 98/61, SpO2 93.',
      '21:55: Ketamine 50 mg IM.',
      'Doc Ferris: pt stable for the lift.',
    ]);
    const r = record(text);
    expect(r.casualty?.name).toBe('Mara Lindqvist');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '21:47' }]);
    expect(r.vitals).toEqual([{ time: '21:52', pulse: 116, systolic: 98, diastolic: 61, spo2: 93 }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '21:55' }]);
  });

  it('reads one resource a line, each line parsed whole, and the evidence points into the JSON', () => {
    const lines = [
      'SGT Okoye, dump below.',
      '{"resourceType": "Patient", "name": [{"text": "Idris Bello"}]}',
      '{"resourceType": "MedicationAdministration", "medicationCodeableConcept": {"coding": [{"display": "Tranexamic acid"}]}, "effectiveDateTime": "2025-06-01T08:12:00+03:00", "dosage": {"route": {"text": "IV"}, "dose": {"value": 2, "unit": "g"}}}',
      '{"resourceType": "Observation", "code": {"text": "Mechanism of injury"}, "valueCodeableConcept": {"coding": [{"display": "Rocket-propelled grenade"}]}}',
    ];
    const text = lines.join('\n');
    const r = record(text);
    expect(r.casualty?.name).toBe('Idris Bello');
    expect(r.mechanism).toEqual(['rpg']);
    expect(r.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '08:12' }]);
    const { evidence } = extractCasualties(text).casualties[0];
    const at = evidence.find((e) => e.path.startsWith('/medications/0'));
    expect(at && text.slice(at.start, at.end)).toContain('Tranexamic acid');
  });

  it('reads no text that holds fewer than two resources, nor JSON that is no resource', () => {
    expect(readFhirResources('{"resourceType": "Patient", "name": [{"text": "A B"}]}\nTQ L leg 1410.')).toBeNull();
    expect(readFhirResources('[{"hr": 120}, {"bp": "110/70"}]\nTQ L leg 1410.')).toBeNull();
    expect(readFhirResources('TQ L leg 1410 {not json}')).toBeNull();
  });
});
