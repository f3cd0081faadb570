import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { proseSplit } from './named-prose.js';

const STATEMENT = [
  'I, SFC Dana Whitlock, platoon sergeant, state the following.',
  'At 1415 our convoy halted at the bridge and took fire from the ridge.',
  'CPL Aaron Pruitt was hit in the left forearm by a round.',
  "PVT Simone Achebe, who was unhurt, put a CAT on CPL Pruitt's left arm at 1418.",
  'Moments later SPC Nina Koval was struck by fragments in the right thigh; she was screaming.',
  "Doc Harlow packed SPC Koval's thigh with Combat Gauze.",
  'He then gave her 10 mg of morphine IM.',
  'In my first report I wrote that CPL Pruitt got the morphine; that was incorrect.',
  'CPL Pruitt urgent and SPC Koval priority.',
].join(' ');

describe('proseSplit', () => {
  it('gives each soldier said to be hurt his own sentences, and what follows them', () => {
    const { casualties } = extractCasualties(STATEMENT);
    expect(casualties.map((c) => c.record.casualty?.name)).toEqual(['Aaron Pruitt', 'Nina Koval']);
    const [pruitt, koval] = casualties.map((c) => c.record);
    expect(pruitt.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '14:18' }]);
    expect(pruitt.medications).toBeUndefined();
    expect(pruitt.evac_priority).toBe('urgent');
    expect(koval.interventions).toEqual([{ type: 'hemostatic_dressing', location: 'right_leg' }]);
    expect(koval.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM' }]);
    expect(koval.evac_priority).toBe('priority');
  });

  it('makes no casualty of a soldier said to be unhurt, nor cuts prose that names one soldier hurt', () => {
    expect(proseSplit('SGT Bo Lind was shot in the leg. SPC Ray Tam was not injured and put a TQ on SGT Lind.')).toBe(
      null,
    );
  });

  it('reads soldiers listed together as hurt', () => {
    const split = proseSplit('The driver, SPC Al Reyes, and the gunner, PFC Jo Kim, were wounded. PFC Kim has burns.');
    expect(split?.split.casualties).toHaveLength(2);
    expect(split?.hurt).toEqual(['reyes', 'kim']);
    expect(split?.turns).toBe(0);
  });
});

describe('soldiers called out by name as hit', () => {
  it('gives each his own record, the words after his call his', () => {
    const [a, b, ...rest] = extractCasualties(
      "Taking fire! Ruiz's down! Ruiz, talk to me. Left thigh, gunshot, tourniquet going on. " +
        '[rounds] -Ohanian is hit! Ohanian, crawl here. Right hand, frag, pressure dressing. ' +
        'Back to Ruiz, pulse one-twenty.',
    ).casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Ruiz');
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg' }]);
    expect(a.vitals).toEqual([{ pulse: 120 }]);
    expect(b.casualty?.name).toBe('Ohanian');
    expect(b.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
  });

  it('ends what was being said where it breaks off for the call, the words before it the first one’s', () => {
    const [a, b] = extractCasualties(
      "Taking fire! Ruiz's down! Ruiz, talk to me. Left thigh, gunshot. Pressure dressing going on the left " +
        'thigh- [shouting] -Ohanian is hit! Ohanian, crawl here. Right hand, frag. Back to Ruiz, pulse one-twenty.',
    ).casualties.map((c) => c.record);
    expect(a.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg' }]);
    expect(b.casualty?.name).toBe('Ohanian');
    expect(b.interventions).toBeUndefined();
  });

  it('takes a thing said to be down, or a name not said again, for no soldier', () => {
    const found = extractCasualties(
      "Contact! Radio's down! Generator's down! GSW left arm, tourniquet 1010.",
    ).casualties;
    expect(found.map((c) => c.record.casualty?.name)).toEqual([undefined]);
    expect(found[0].record.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '10:10' }]);
  });
});

describe('soldiers said hurt by what happened to a part of them', () => {
  it('reads "his arm was broken" and "hit her head" after a ranked name as hurt, each one a casualty', () => {
    const found = extractCasualties(
      'The boat hit the pier at speed. The coxswain, SGT Lamb, climbed out without a scratch. ' +
        'Bow hook, SPC Keane: his right arm was broken above the wrist, it was splinted. ' +
        'PFC Pryor was standing aft and hit her head on the rail, a deep cut over the left ear. ' +
        'At 0915 Pryor had a pulse of 88. Keane got morphine 4 mg IV at 0920.',
    ).casualties.map((c) => c.record);
    expect(found.map((r) => r.casualty?.name)).toEqual(['Keane', 'Pryor']);
    expect(found[0].medications?.map((m) => m.name)).toEqual(['morphine']);
    expect(found[1].vitals).toEqual([{ time: '09:15', pulse: 88 }]);
    expect(found[0].vitals).toBeUndefined();
    expect(found[1].injuries).toEqual([{ type: 'laceration', location: 'head' }]);
  });
});

describe('two soldiers said hurt together, in a statement of numbered paragraphs', () => {
  it('reads "Both of them were burned" as said of the two named last, and the paragraph numbers as no casualties', () => {
    const found = extractCasualties(
      'STATEMENT - vehicle fire, motor pool\n' +
        '1. At 0840 the mechanic, SPC Orr, was welding under the truck and fuel caught. PFC Dunne pulled him out by ' +
        'the boots. Both of them were burned.\n' +
        '2. SSG Hale was not hurt. He put the fire out. Orr had burns to his left hand, Hale covered it with a burn ' +
        'dressing.\n' +
        '3. Dunne had burns on his right forearm. At 0850 his heart rate was 102.\n' +
        '4. The aid station called Orr priority and Dunne routine.',
    ).casualties.map((c) => c.record);
    expect(found.map((r) => r.casualty?.name)).toEqual(['Orr', 'Dunne']);
    expect(found.map((r) => r.evac_priority)).toEqual(['priority', 'routine']);
    expect(found[1].vitals).toEqual([{ time: '08:50', pulse: 102 }]);
    expect(found[0].vitals).toBeUndefined();
  });
});
