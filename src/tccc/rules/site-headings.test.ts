import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const interventions = (text: string) => extractRecord(text).interventions;

describe('a device in a sentence headed by its place', () => {
  it('puts a device that names no place on the place heading the sentence', () => {
    expect(
      interventions('Neck, left side: shallow cut, no active bleeding, covered with an emergency bandage.'),
    ).toEqual([{ type: 'pressure_dressing', location: 'neck' }]);
    expect(interventions('Right upper arm: entry wound, packed with Combat Gauze at 1612.')).toEqual([
      { type: 'hemostatic_dressing', location: 'right_arm', time: '16:12' },
    ]);
  });
  it('gives no place from a heading of two places, or to a device with a place of its own', () => {
    expect(interventions('Chest and abdomen: small wounds, covered with a pressure dressing.')).toEqual([
      { type: 'pressure_dressing' },
    ]);
    expect(interventions('Abdomen: small wound, pressure dressing on the left thigh.')).toEqual([
      { type: 'pressure_dressing', location: 'left_leg' },
    ]);
  });
});
