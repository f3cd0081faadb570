import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a time said "on the" device or drug given before', () => {
  it('times the tourniquet placed a few sentences back, not a second one', () => {
    const record = extractRecord(
      'Tourniquet high on the left arm. Cranking it down. Anyone got a time? Zero three one five. Okay, zero three one five on the tourniquet.',
    );
    expect(record.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '03:15' }]);
  });
  it('times the drug given a few sentences back, not a second giving', () => {
    const record = extractRecord(
      'Ketamine fifty milligrams IM. What time is it? Fourteen ten. Fourteen ten on the ketamine.',
    );
    expect(record.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:10' }]);
  });
  it('leaves a drug that already has its own time as it was', () => {
    const record = extractRecord('Morphine 5 mg IV at 1400. Pulse 100. 1420 on the morphine.');
    expect(record.medications?.[0]).toEqual({ name: 'morphine', dose: '5 mg', route: 'IV', time: '14:00' });
  });
});

describe('a device said again with the time just called out', () => {
  it('is the device that time was called for, not another', () => {
    const record = extractRecord(
      'Trainee: Putting an occlusive dressing on the chest. Evaluator: Time? Trainee: Zero two forty. Chest seal at zero two forty.',
    );
    expect(record.interventions).toEqual([{ type: 'chest_seal', location: 'chest', time: '02:40' }]);
  });
  it('keeps a second device said with a time of its own', () => {
    const record = extractRecord(
      'Trainee: Chest seal on the front of the chest. Evaluator: Time? Trainee: Zero two forty. Chest seal on the back at zero two forty-five.',
    );
    expect(record.interventions?.length).toBe(2);
  });
});
