import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('battle roster written without a label', () => {
  it('reads a code said after a hesitation set off by commas, but not a code after a comma and other words', () => {
    expect(extractRecord('zap number is, uh, golf hotel two seven one one.').casualty?.battle_roster).toBe('GH2711');
    expect(extractRecord('zap number is, I think, on his tag.').casualty?.battle_roster).toBeUndefined();
  });
  it('reads a code said after the tape or tags it is read off, past a pause', () => {
    expect(
      extractRecord('Grabbing his roster off his name tape... kilo echo four one one two.').casualty?.battle_roster,
    ).toBe('KE4112');
    expect(extractRecord('Roster from her tags: sierra mike 3307. Burns to both hands.').casualty?.battle_roster).toBe(
      'SM3307',
    );
    expect(extractRecord('Roster off his tape, later. Pulse 110.').casualty?.battle_roster).toBeUndefined();
  });
  it('reads a code set off by commas among who the casualty is', () => {
    expect(
      extractRecord('Okonjo, Ruth, RO4418, the platoon RTO: GSW right forearm, tourniquet at 0712.').casualty
        ?.battle_roster,
    ).toBe('RO4418');
    expect(extractRecord('Second is PV2 Ana Ruiz, AR6610. Burns to the face.').casualty?.battle_roster).toBe('AR6610');
  });
  it('reads no care from the letters of a roster number', () => {
    const labelled = extractRecord('PFC Tess Marlow, zap IV3307. Frag right calf, pressure dressing.');
    expect(labelled.casualty?.battle_roster).toBe('IV3307');
    expect(labelled.interventions?.map((i) => i.type)).toEqual(['pressure_dressing']);
    const listed = extractRecord('Haas, Orrin, IO5160, the gunner: burns to both hands.');
    expect(listed.casualty?.battle_roster).toBe('IO5160');
    expect(listed.interventions).toBeUndefined();
  });
  it('reads letters that name care, joined to a time, as the care and its time', () => {
    // Opening a line of shorthand, or set off by commas: a device and when it went on, no roster.
    const opening = extractRecord('Frag left shin.\nIO1422 left tibia.\nPulse 104.');
    expect(opening.casualty?.battle_roster).toBeUndefined();
    expect(opening.interventions).toEqual([{ type: 'io', location: 'left_leg', time: '14:22' }]);
    const between = extractRecord('GSW left arm, TQ1315, bleeding stopped.');
    expect(between.casualty?.battle_roster).toBeUndefined();
    expect(between.interventions?.[0]).toMatchObject({ type: 'tourniquet', time: '13:15' });
  });
});

describe('a roster number whose letters are a word in capitals', () => {
  it('reads initials written apart from the digits, where the writer writes in lower case too', () => {
    expect(extractRecord('Pt LCpl Ida Sandoval, roster IS 4471. Burn L hand.').casualty?.battle_roster).toBe('IS4471');
    expect(extractRecord('Zap NO 5518, frag to the R calf.').casualty?.battle_roster).toBe('NO5518');
  });
  it('reads the verb, not letters, where the roster is said after it in lower case', () => {
    expect(extractRecord('Pvt Ray Holt, his roster is AB 7702. GSW L arm.').casualty?.battle_roster).toBe('AB7702');
  });
});

describe('battle roster written right after the name', () => {
  it('reads "PFC Elijah Crane CE3316," as his name and his roster number, the code no part of the name', () => {
    const casualty = extractRecord('PFC Elijah Crane CE3316, burns both legs.').casualty;
    expect(casualty?.name).toBe('Elijah Crane');
    expect(casualty?.battle_roster).toBe('CE3316');
  });
});
