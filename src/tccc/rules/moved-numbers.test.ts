import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a time corrected in a radio turn of its own', () => {
  it('corrects the device time said turns before, its number said twice over the radio counted once', () => {
    const record = extractRecord(
      [
        'Medic: Junctional tourniquet right groin, zero four one zero. Pulse one ten. BP ninety over sixty. Over.',
        'Dustoff: Copy, over.',
        'Medic: Correction, junctional tourniquet time zero four one six, I say again, zero four one six, over.',
      ].join('\n'),
    );
    expect(record.interventions).toEqual([{ type: 'junctional_tourniquet', location: 'groin', time: '04:16' }]);
  });
  it('leaves two different numbers after the correction as they are', () => {
    const record = extractRecord(
      'Tourniquet left arm 0810. Pulse 100.\nMedic: Correction, tourniquet time 0815, I say again, 0818, over.',
    );
    expect(record.interventions?.[0]).toEqual({ type: 'tourniquet', location: 'left_arm', time: '08:10' });
  });
  it('corrects the time of the thing the correction opens on, said sentences before', () => {
    const record = extractRecord(
      'TQ on the left thigh at 1512. HR 150. Right tibial IO at 1530. TXA 240 mg IO at 1533. ' +
        "Correction on the TQ, it's 1514.",
    );
    expect(record.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '15:14' },
      { type: 'io', location: 'right_leg', time: '15:30' },
    ]);
  });
  it('corrects the time said before a remark on how it was done, after a marker said twice', () => {
    const record = extractRecord(
      'He got fentanyl 800 mcg OTFC at seventeen oh five, taped to his finger. Sorry, correction, seventeen oh seven.',
    );
    expect(record.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '17:07' }]);
  });
});
