import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties introduced together by rank and name', () => {
  it('reads each surname listed as the subject of a sentence as a casualty, with a third said after them', () => {
    const rs = records(
      'Galley fire, three hurt. SN Rosa Platt and MM2 Ochoa were both burned at 2210. Platt, female, burns to both forearms, ' +
        'HR 118. CS3 Dale Kerrigan slipped on the ladder and struck his head, HR 64. Ochoa: burns to the neck, ' +
        'HR 96. Platt NKDA.',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Rosa Platt', 'Dale Kerrigan', 'Ochoa']);
    expect(rs.map((r) => r.vitals?.[0])).toEqual([{ pulse: 118 }, { pulse: 64 }, { pulse: 96 }]);
    expect(rs[0].casualty?.allergies).toBe('NKDA');
    // The time the sentence gives is theirs, not the third's, who was hurt otherwise.
    expect(rs.map((r) => r.time_of_injury)).toEqual(['22:10', undefined, '22:10']);
  });
  it('reads three ranked names listed with commas, and never a pair who give the care', () => {
    const rs = records(
      'SGT Mia Lowe, CPL Ben Ashe and PFC Ray Tull took the blast. Tull: frag to the left calf, HR 100. ' +
        'Lowe: burns to the face, HR 120. Ashe: ringing ears, HR 84.',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Ray Tull', 'Mia Lowe', 'Ben Ashe']);
    const carers = records(
      'SGT Ivo Marsh and CPL Lena Dorn put a TQ on him at 1402. Marsh: he has a GSW to the right thigh, HR 130.',
    );
    expect(carers).toHaveLength(1);
  });
  it('reads ranked names a colon lists to the end of its sentence, each name on its own casualty only', () => {
    const rs = records(
      'Both went out on the 0915 bird: CPL Nina Hale, PFC Theo Barnes. Hale HR 104, alert. Barnes HR 88, pain 3. ' +
        'Barnes took frag to the left shin; SSG Ortiz pulled him out, he is uninjured.',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Nina Hale', 'Theo Barnes']);
    expect(rs.map((r) => r.vitals?.[0]?.pulse)).toEqual([104, 88]);
    // A colon before ranked names that go on into a sentence of their own lists no casualties.
    expect(records('Team at 0915: SGT Ivo Marsh and CPL Lena Dorn carried him. GSW right thigh, HR 130.')).toHaveLength(
      1,
    );
  });
  it('reads ranked names each said with a category, wherever the sentence has them, each category its own', () => {
    const rs = records(
      'The 9-line went up with Sergeant First Class Ola Brandt urgent surgical and Corporal Mika Santos priority. ' +
        'Santos HR 90, burns to the left hand. Brandt HR 120, TQ on the right leg.',
    );
    // In the order their own words open.
    expect(rs.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Mika Santos', 'priority'],
      ['Ola Brandt', 'urgent_surgical'],
    ]);
    expect(rs.map((r) => r.vitals?.[0]?.pulse)).toEqual([90, 120]);
    const as = records(
      'We reached the Role 1 at 1402, Corporal Ivy Lund as urgent, Private Sam Holt routine. Holt HR 80. Lund HR 126.',
    );
    expect(as.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Sam Holt', 'routine'],
      ['Ivy Lund', 'urgent'],
    ]);
  });
  it('reads the names a spoken report says the casualties are, a rank said letter by letter too', () => {
    const rs = records(
      "got three hurt off the generator blast. um, it's Corporal Ines Varga, Private Joel Banda and P F C Tomas Riel. " +
        'Banda, burns to the left hand. Riel, cut on the right shin, pulse ninety. Varga has burns to the chest, ' +
        'pulse one twenty. Riel routine, Varga urgent, Banda priority.',
    );
    const named = ['Ines Varga', 'Joel Banda', 'Tomas Riel'].map((n) => rs.find((r) => r.casualty?.name === n));
    expect(rs).toHaveLength(3);
    expect(named.map((r) => r?.evac_priority)).toEqual(['urgent', 'priority', 'routine']);
    expect(named.map((r) => r?.vitals?.[0]?.pulse)).toEqual([120, undefined, 90]);
  });
  it('makes no list of names said after "it is" in the middle of a sentence', () => {
    const rs = records(
      "The aid bag they brought, it's SGT Hal Moss who packed it. PFC Ida Lune: GSW to the left thigh, TQ at 0930.",
    );
    expect(rs).toHaveLength(1);
    expect(rs[0].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '09:30' }]);
  });
});
