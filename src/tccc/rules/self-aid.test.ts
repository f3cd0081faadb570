import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('the medic hurt himself', () => {
  it("reads his own wound and self-aid as a casualty of their own, apart from the one he treats ('I've been hit')", () => {
    const [kessler, medic, ...rest] = records(
      'Treating Kessler. Corporal Ivo Kessler, GSW left upper arm, pressure dressing on it. Pulse one ten. ' +
        "Mortar in close. I've been hit. Burn on my right shin, stinging. Burn dressing on my own right shin. " +
        'Back to Kessler. Ketamine fifty milligrams IM. Kessler is urgent. Me, routine.',
    );
    expect(rest).toEqual([]);
    expect(kessler.casualty?.name).toBe('Ivo Kessler');
    expect(kessler.evac_priority).toBe('urgent');
    expect(kessler.injuries).toEqual([{ type: 'gsw', location: 'left_arm' }]);
    expect(kessler.medications?.map((m) => m.name)).toEqual(['ketamine']);
    expect(medic.casualty).toBeUndefined();
    expect(medic.evac_priority).toBe('routine');
    expect(medic.injuries?.map((i) => i.location)).toEqual(['right_leg']);
    expect(medic.medications).toBeUndefined();
  });
  it("reads his own triage said right after the other's ('Brennan's priority. Me, I'm routine.') as his", () => {
    const [medic, brennan] = records(
      "I got hit, shrapnel in my left forearm, bleeding slow. Brennan's down, moving to him. Sergeant Paul " +
        "Brennan, GSW right thigh, tourniquet right thigh. Brennan's priority. Me, I'm routine.",
    );
    expect(brennan.casualty?.name).toBe('Paul Brennan');
    expect([medic.evac_priority, brennan.evac_priority]).toEqual(['routine', 'priority']);
    expect(medic.injuries?.map((i) => i.location)).toEqual(['left_arm']);
    expect(brennan.injuries?.map((i) => i.location)).toEqual(['right_leg']);
  });
  it('keeps one record when the medic speaks of his own hands and kit but is not hurt', () => {
    const all = records(
      'Sergeant Dana Holt, GSW left thigh. My hands are full, so Ruiz holds pressure. Tourniquet left thigh at 1410. ' +
        "Holt's urgent.",
    );
    expect(all).toHaveLength(1);
    expect(all[0].casualty?.name).toBe('Dana Holt');
    expect(all[0].interventions?.[0]).toEqual({ type: 'tourniquet', location: 'left_leg', time: '14:10' });
  });
});
