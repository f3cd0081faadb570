import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const pulses = (found: TcccRecord[]): (number | undefined)[][] =>
  found.map((r) => (r.vitals ?? []).map((v) => v.pulse).filter((p) => p !== undefined));

describe('how a narrative counts and designates several casualties', () => {
  it('reads "first is" and "second is" before a rank and a name as casualties in speech with no punctuation', () => {
    const found = records(
      'two hurt from the rocket first is corporal mendez he has burns to the left hand pulse ninety eight routine ' +
        'second is private first class tolliver gunshot wound right thigh pulse one twenty two urgent',
    );
    expect(pulses(found)).toEqual([[98], [122]]);
  });
  it('keeps a casualty whose words end with someone else unhurt, named only by a common noun', () => {
    const found = records(
      'two casualties first is corporal mendez burns to the left hand pulse ninety eight second is sergeant ' +
        'tolliver broken left arm pulse one twelve priority the truck driver a local hire is fine not injured',
    );
    expect(pulses(found)).toEqual([[98], [112]]);
  });
  it('reads an ordinal set off before a battle roster number as a casualty of a series', () => {
    const found = records(
      'Rosters for the three from the mortar round. First, Alpha Delta one two three four, Sergeant Lowe, ' +
        'frag left arm, pulse 100. Second, Tango Mike five five six six, Private Ortiz, burns to the face, pulse ' +
        '118. Third, Echo Foxtrot nine nine zero one, Specialist Hale, twisted ankle, pulse 84.',
    );
    expect(pulses(found)).toEqual([[100], [118], [84]]);
  });
  it('reads "three off the truck" as a count, and "back to number one" as a turn back to that casualty', () => {
    const found = records(
      'Alright, two off the truck that rolled. Number one, the driver, cut on the left arm, pressure dressing ' +
        'left arm. Number two, back seat, pain in the right ankle, splinted. Back to number one, pulse 116.',
    );
    expect(pulses(found)).toEqual([[116], []]);
    expect(found[1].interventions?.[0].type).toBe('splint');
  });
  it('reads lines headed by a letter-and-digit code ("A1 - …", "B1 - …") as casualties', () => {
    const found = records(
      'Mortar at 0610, grid for all 38S MB 1111 2222.\nA1 - SGT Ames, frag L leg. HR 120. URGENT.\n' +
        'A2 - SPC Boyd, burn R hand. HR 96. ROUTINE.\nB1 - LN Yusuf. Lac scalp. HR 90. ROUTINE.',
    );
    expect(pulses(found)).toEqual([[120], [96], [90]]);
  });
  it('reads "both occupants were injured" as a count, and a passenger known by his seat as a casualty', () => {
    const found = records(
      'A pickup hit the barrier. Both occupants were injured at 0915. The driver, a man, has a cut to the ' +
        'forehead, pulse 104. The back-seat passenger has a broken left wrist, splinted, pulse 90.',
    );
    expect(pulses(found)).toEqual([[104], [90]]);
  });
  it('never counts people who were not said to be hurt', () => {
    const found = records('Both occupants were detained by the gate guard. GSW left thigh, TQ left thigh, HR 120.');
    expect(found).toHaveLength(1);
    expect(pulses(found)).toEqual([[120]]);
  });
  it('gives no record to someone on a list who walked away with no card', () => {
    const found = records(
      'Both from the rollover at 0810.\n1. SGT Cole - lac L arm, pressure dsg. HR 100. ROUTINE.\n' +
        '2. PFC Dunn - closed fx R ankle, splint. HR 92. ROUTINE.\nGunner SPC Ward walked away, refused eval, no card.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Cole', 'Dunn']);
  });
});
