import { describe, expect, it } from 'vitest';
import { recordFacts } from '../../../records/index.js';
import { FULL_RECORD_FOR_FORMS } from './record-fixture.js';
import { factFromForm, factSummary, fieldsFor, formValues, parseClock, templateOf } from './fact-fields.js';

describe('fact forms', () => {
  it('round-trip every fact of a full record through its form unchanged', () => {
    for (const fact of recordFacts(FULL_RECORD_FOR_FORMS)) {
      const { id: _id, ...value } = fact;
      expect(factFromForm(templateOf(value), formValues(value))).toEqual({ fact: value });
    }
  });

  it('says what is wrong instead of guessing', () => {
    const result = factFromForm({ kind: 'vitals' }, { time: '25:10', pulse: '12O', spo2: '-3' });
    expect(result).toEqual({
      errors: [
        'Time (HH:MM) must be a 24-hour time like 14:05.',
        'Pulse must be a whole number.',
        'SpO2 % must be a whole number.',
      ],
    });
    expect(factFromForm({ kind: 'injury' }, { type: 'gsw', location: '' })).toEqual({ errors: ['Where is needed.'] });
    expect(factFromForm({ kind: 'medication' }, { name: 'aspirin' })).toEqual({
      errors: ['Medication: pick one of the choices.'],
    });
  });

  it('drops blank optional fields and tidies a grid', () => {
    expect(factFromForm({ kind: 'medication' }, { name: 'txa', dose: ' 2 g ', route: '', time: '' })).toEqual({
      fact: { kind: 'medication', value: { name: 'txa', dose: '2 g' } },
    });
    expect(factFromForm({ kind: 'location_grid' }, { value: '38s mb 4484' })).toEqual({
      fact: { kind: 'location_grid', value: '38SMB4484' },
    });
  });

  it('keeps user text as typed, markup included', () => {
    const name = '<img src=x onerror=alert(1)>';
    expect(factFromForm({ kind: 'casualty', field: 'name' }, { value: name })).toEqual({
      fact: { kind: 'casualty', field: 'name', value: name },
    });
  });

  it('summarises facts in the card words', () => {
    expect(
      factSummary({ kind: 'intervention', value: { type: 'tourniquet', location: 'left_leg', time: '14:07' } }),
    ).toBe('TQ (extremity) L leg 14:07');
    expect(factSummary({ kind: 'vitals', value: { time: '14:10', pulse: 120, systolic: 90, diastolic: 60 } })).toBe(
      '14:10: pulse 120, BP 90/60',
    );
    expect(factSummary({ kind: 'casualty', field: 'sex', value: 'female' })).toBe('Sex: Female');
    expect(fieldsFor({ kind: 'casualty', field: 'sex' })[0].options).toEqual({ male: 'Male', female: 'Female' });
  });
});

describe('parseClock', () => {
  it('reads 24-hour times typed with or without the colon', () => {
    expect(parseClock('1405')).toBe('14:05');
    expect(parseClock(' 9:05 ')).toBe('09:05');
    expect(parseClock('24:00')).toBeUndefined();
    expect(parseClock('14:5')).toBeUndefined();
  });
});

describe('a vitals set with no spoken time', () => {
  it('reads "entered 03:31", never as if the time were said, and a said time wins', () => {
    expect(factSummary({ kind: 'vitals', value: { pulse: 108 } }, '03:31')).toBe('entered 03:31: pulse 108');
    expect(factSummary({ kind: 'vitals', value: { time: '03:28', pulse: 108 } }, '03:31')).toBe('03:28: pulse 108');
    expect(factSummary({ kind: 'vitals', value: { pulse: 108 } })).toBe('pulse 108');
  });
});
