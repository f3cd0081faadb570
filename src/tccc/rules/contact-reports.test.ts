import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { saysSeveral } from './says-several.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe("a commander's contact report", () => {
  const text =
    'Warhorse, this is Viper two, SPOT report. Ambushed from a wood line, we broke contact by zero nine forty. ' +
    'Enemy: two EKIA, one captured. Equipment: one AK, three magazines. Vehicle: Viper Four has a flat, still ' +
    'mobile. Ammunition: amber on all. Break. Friendly wounded, two. First is Corporal Dana Pruitt, GSW to the ' +
    'left shoulder, pressure dressing on it, alert. Priority. Second is Specialist Omar Haddad, frag to the right ' +
    'calf, alert. Routine. The prisoner is male, twenties, GSW right thigh, TQ right thigh, pulse one twenty. ' +
    'Urgent surgical.';
  it('reads its section headings ("Enemy:", "Vehicle:", "Ammunition:") as no casualties', () => {
    const rs = records(text);
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Dana Pruitt', 'Omar Haddad', undefined]);
  });
  it('takes the wounded prisoner treated for a patient of his own', () => {
    const rs = records(text);
    expect(rs[2].casualty).toEqual({ sex: 'male' });
    expect(rs[2].injuries).toEqual([{ type: 'gsw', location: 'right_leg' }]);
    expect(rs.map((r) => r.evac_priority)).toEqual(['priority', 'routine', 'urgent_surgical']);
  });
  it('still takes a surname heading a series of entries for a casualty', () => {
    const rs = records('Two hurt. Okafor: burns to both hands. Lindgren: GSW left foot.');
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Okafor', 'Lindgren']);
  });
});

describe('a possessive and a crew role set off after the casualty', () => {
  it("say whose crew he is on ('SGT Vance, Blue One's gunner, hit at 0915'), not someone else", () => {
    const r = extractRecord("SGT Ray Vance, Blue One's gunner, hit at zero nine fifteen by a grenade. Frag left arm.");
    expect(r.time_of_injury).toBe('09:15');
    expect(r.mechanism).toEqual(['grenade']);
  });
  it("leave out someone else's crew said on its own", () => {
    const r = extractRecord("SGT Ray Vance, frag left arm. Ochoa's driver was also hit by a grenade at 0915.");
    expect(r.injuries).toEqual([{ type: 'penetrating', location: 'left_arm' }]);
    expect(r.time_of_injury).toBeUndefined();
  });
});

describe('a grid said for where the enemy fire came from', () => {
  it('is not the casualty\'s: "fire from a compound at grid …", then the CCP\'s grid', () => {
    const r = extractRecord(
      'Took machine gun fire from a farmhouse at grid 42S WD 1111 2222. One wounded, GSW left leg. CCP grid 42S WD 3333 4444.',
    );
    expect(r.location_grid).toBe('42SWD33334444');
  });
  it('is not skipped when the casualty is said at the grid after a comma', () => {
    const r = extractRecord('Took fire from the north, casualty at grid 42S WD 5555 6666, GSW left leg.');
    expect(r.location_grid).toBe('42SWD55556666');
  });
});

describe('casualties known by zap number, counted "All three are …"', () => {
  const text =
    'Going by zap numbers for now. All three are in the wadi. First, zap Lima two two nine one, GSW right arm, ' +
    'TQ right arm at 1105. Second zap is Papa four zero zero eight, burns to the face. ' +
    'Third, zap Echo seven seven one three, frag to the left hip, alert.';
  it('opens each at the ordinal before the zap, with or without a comma ("Second zap is …")', () => {
    const rs = records(text);
    expect(rs.map((r) => r.casualty?.battle_roster)).toEqual(['L2291', 'P4008', 'E7713']);
    expect(rs[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '11:05' }]);
    expect(rs[1].injuries).toEqual([{ type: 'burn', location: 'face' }]);
  });
  it('reads no count from "all three" said of things', () => {
    const r = records('GSW left leg. All three tourniquets are holding. Second one is high on the thigh.');
    expect(r).toHaveLength(1);
  });
  it('counts people said where they are ("All four were in the truck"), not what they are assigned to', () => {
    const counts = (text: string): boolean => saysSeveral(readTokens(text, NORMALIZE_OPTIONS));
    expect(counts('Rollover at 0200. All four were in the truck.')).toBe(true);
    expect(counts('Rollover at 0200. All four are assigned to Bravo Company.')).toBe(false);
  });
  it('opens them at "Second, zap …" with no count said first', () => {
    const rs = records(
      'Update on the mortar casualties. First one, zap is Delta three three one two, burns to the neck. ' +
        'Second, zap Hotel five zero four four, that is Specialist Ines Varga. Frag in the left calf. Routine.',
    );
    expect(rs.map((r) => r.casualty?.battle_roster)).toEqual(['D3312', 'H5044']);
    expect(rs[1].casualty?.name).toBe('Ines Varga');
    expect(rs[0].evac_priority).toBeUndefined();
  });
});

describe('the fight said as the subject of a sentence', () => {
  it('is no casualty\'s name ("Firefight was over by 1130")', () => {
    const rs = records(
      'Contact at 1105. Firefight was over by eleven thirty. Friendly casualties, two. First is Specialist Noor ' +
        'Hadid, GSW right forearm, pressure dressing. Second is Private Sam Kell, frag to the left foot.',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Noor Hadid', 'Sam Kell']);
  });
});
