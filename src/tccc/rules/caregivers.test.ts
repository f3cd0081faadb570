import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('caregivers are no casualties', () => {
  it('reads a ranked person doing a care act to someone else as the carer, not a casualty', () => {
    const [a, b, ...rest] = records(
      'Two casualties from the rocket strike. Stretcher team brought PVT Owen Hale in first: GSW to the left arm. ' +
        'SSG Marsh had already cinched a TQ on him in the trench. Next was SPC Rita Boyle, burns to the face, HR 104. ' +
        'Hale urgent, Boyle priority.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority]).toEqual(['Owen Hale', 'urgent']);
    expect(a.injuries).toEqual([{ type: 'gsw', location: 'left_arm' }]);
    expect([b.casualty?.name, b.evac_priority, b.vitals]).toEqual(['Rita Boyle', 'priority', [{ pulse: 104 }]]);
  });
  it('counts no one whose line opens with his rank and name and says he was not hurt, before a numbered list', () => {
    const [a, b, ...rest] = records(
      'Mortar strike at the OP, 1105.\nSGT Dale Fenn was on the radio, not hurt.\n\n1) PFC Ana Ruiz - URGENT\n' +
        '- GSW L thigh, TQ L thigh 1108\n\n2) SPC Omar Hill - PRIORITY\n- Frag R hand, pressure dsg',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.interventions?.[0].type]).toEqual([
      'Ana Ruiz',
      'urgent',
      'tourniquet',
    ]);
    expect([b.casualty?.name, b.evac_priority]).toEqual(['Omar Hill', 'priority']);
  });
  it('names no carer working on the casualty as the casualty ("LCpl Nunez is packing him")', () => {
    const r = extractRecord('LCpl Nunez is packing him while I get the radio. GSW right thigh, HR 120.');
    expect(r.casualty?.name).toBeUndefined();
  });
  it('keeps a casualty who treats his own wound ("SGT Diaz put a TQ on his left thigh") a casualty of his own', () => {
    const [a, b, ...rest] = records(
      'Two casualties. PFC Lee, burns to both hands, HR 100. SGT Diaz put a TQ on his left thigh at 1410, GSW left thigh, HR 120.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Lee', [{ pulse: 100 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Diaz', [{ pulse: 120 }]]);
  });
  it('names no one said with the speaker as the casualty ("me and Cpl Ibsen")', () => {
    const r = extractRecord('Pulled him out of the vehicle, me and Cpl Ibsen. Burns to both hands, HR 98.');
    expect(r.casualty?.name).toBeUndefined();
  });
  it('still names a ranked casualty whose own wound is treated ("put a TQ on her own leg" is hers)', () => {
    const r = extractRecord('SPC Dale put a TQ on her own leg before we got there. GSW left leg.');
    expect(r.casualty?.name).toBe('Dale');
  });
  it('reads an interpreter who speaks for the casualties as no casualty, his words of the event as what all share', () => {
    const [a, b, ...rest] = records(
      'Two civilians from the market. Interpreter is Hamid. He is talking to the shopkeeper, who is unhurt. ' +
        'A mortar round landed by the stalls at about 0610. The mother first: Hamid says she is thirty, ' +
        'frag to the right thigh, pressure dressing on it, pulse 112. The daughter: frag to the left hand, pulse 120. ' +
        'Hamid told the shopkeeper to stay back.',
    );
    expect(rest).toEqual([]);
    expect([a.time_of_injury, b.time_of_injury]).toEqual(['06:10', '06:10']);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 112 }], [{ pulse: 120 }]]);
    expect(a.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
  });
  it('reads a ranked name set off after a word for a medic as the carer, unless he was hurt himself', () => {
    expect(
      extractRecord('Our platoon corpsman, HM3 Ruth Okonkwo, packed the wound in his right calf at 1412.').casualty,
    ).toBeUndefined();
    expect(extractRecord('The company medic, SPC Tomas Ferrer, was hit in the left forearm.').casualty?.name).toBe(
      'Tomas Ferrer',
    );
  });
  it('reads one named with a word for a medic set off after the name as a carer, and one unhurt as no patient', () => {
    const rs = records(
      'Two WIA, both A/3-4 IN:\n- SPC Tim Wald - GSW L arm, hit at 0910\n- SGT Bo Rusk - frag R leg, hit at 0912\n' +
        'SSG Ian Colt took a round in his helmet. No injury, kept fighting.\n' +
        'TQ on Wald at 0911. PFC Jo Hale, our CLS, had it high and tight before I got there.\n' +
        'Both went into HPMKs. Wald priority, Rusk routine.',
    );
    // The care said of both (HPMKs) makes no patient of Colt, whose own words say he is unhurt.
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Tim Wald', 'Bo Rusk']);
    expect(rs[0].interventions?.map((i) => i.type)).toEqual(['tourniquet', 'hypothermia_prevention']);
  });
  it("reads a person filling a form's field for who gave care as the carer, unless his line says he was hurt", () => {
    const rs = records(
      'CARD 1 of 2\nName: LINDGREN, Pia / Sex: F\nInjury: burns to the left hand.\n' +
        'CARD 2 of 2\nName: MBEKI, Jon / Sex: M\nInjury: fx right ankle. Splinted.\n' +
        'Medic (both cards): SGT Ruiz',
    );
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Pia LINDGREN', 'Jon MBEKI']);
    expect(extractRecord('Medic: SGT Ana Ibarra, hit in the left shoulder at 0905.').casualty?.name).toBe('Ana Ibarra');
  });
  it("reads a carer's field whose name has an initial ('Treating medic: SGT K. Osei') as the carer", () => {
    const text = 'Treating medic: SGT K. Osei, 2-7 IN\nCasualty name: PFC Liam Mercer\nMOI – GSW? Y.';
    expect(extractRecord(text).casualty?.name).toBe('Liam Mercer');
  });
});
