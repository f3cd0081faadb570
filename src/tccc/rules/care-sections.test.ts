import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readCareSections } from './care-sections.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('care reported by treatment, each heading listing casualties by name', () => {
  it('gives each entry the heading it stands under, with its own site, dose and time', () => {
    const [okafor, brandt] = records(
      [
        'Mortar round on the FOB at 2205, two hurt.',
        'Bleeding: Okafor CAT L arm 2208; Brandt pressure dsg R calf.',
        'Meds: Brandt ketamine 50 mg IM 2215. Okafor fentanyl 100 mcg IN 2212.',
        'Vitals 2230: Okafor HR 104, BP 118/70, A. Brandt HR 88, A, pain 3.',
        'Evac: Okafor urgent, Brandt routine.',
        'Rosters: Okafor OB-4471, Brandt KB-2093.',
      ].join('\n'),
    );
    expect([okafor.casualty?.battle_roster, brandt.casualty?.battle_roster]).toEqual(['OB4471', 'KB2093']);
    expect(okafor.casualty?.name).toBe('Okafor');
    expect(okafor.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '22:08' }]);
    expect(okafor.medications).toEqual([{ name: 'fentanyl', dose: '100 mcg', route: 'IN', time: '22:12' }]);
    expect(okafor.vitals).toEqual([{ time: '22:30', pulse: 104, systolic: 118, diastolic: 70, avpu: 'A' }]);
    expect(okafor.evac_priority).toBe('urgent');
    expect(brandt.casualty?.name).toBe('Brandt');
    expect(brandt.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
    expect(brandt.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:15' }]);
    expect(brandt.vitals).toEqual([{ time: '22:30', pulse: 88, avpu: 'A', pain: 3 }]);
    expect(brandt.evac_priority).toBe('routine');
  });
  it("puts the entries after each one's row of the roll, and reads 'others' and 'and' as the ones they name", () => {
    const [lindqvist, achebe, moreau] = records(
      [
        'Casualties from the rollover:',
        '- PFC Sven Lindqvist - open fx L shin',
        '- SPC Ngozi Achebe - lac R hand',
        '- SGT Paul Moreau - burns both arms',
        'Splints: Lindqvist SAM L leg. Moreau none.',
        'Antibiotics: Lindqvist and Moreau ertapenem 1 g IV 0930.',
        'Allergies: Achebe sulfa. Others NKDA.',
      ].join('\n'),
    );
    expect(lindqvist.casualty).toMatchObject({ name: 'Sven Lindqvist', allergies: 'NKDA' });
    expect(lindqvist.medications).toEqual([{ name: 'ertapenem', dose: '1 g', route: 'IV', time: '09:30' }]);
    expect(achebe.casualty).toMatchObject({ name: 'Ngozi Achebe', allergies: 'sulfa' });
    expect(achebe.medications).toBeUndefined();
    expect(moreau.casualty).toMatchObject({ name: 'Paul Moreau', allergies: 'NKDA' });
    expect(moreau.medications).toEqual([{ name: 'ertapenem', dose: '1 g', route: 'IV', time: '09:30' }]);
    expect(moreau.interventions).toBeUndefined();
  });
  it('reads headings said as sentences of their own, and names each one as the roll said him', () => {
    const [bhatt, lutz, ibarra] = records(
      'alright, handoff for the three from the rocket, hit at oh four fifty. roll is Corporal Anil Bhatt, Private ' +
        'Jonah Lutz, and Specialist Rosa Ibarra, female. tourniquets. Bhatt right thigh at oh four fifty five, Lutz ' +
        'left arm at oh four fifty eight. TXA. Bhatt one gram IV at oh five ten, Ibarra one gram IV at oh five ' +
        'twelve. evac. Bhatt urgent, Lutz priority, Ibarra routine.',
    );
    expect(bhatt.casualty?.name).toBe('Anil Bhatt');
    expect(bhatt.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '04:55' }]);
    expect(bhatt.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '05:10' }]);
    expect(bhatt.evac_priority).toBe('urgent');
    expect(lutz.casualty?.name).toBe('Jonah Lutz');
    expect(lutz.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '04:58' }]);
    expect(lutz.medications).toBeUndefined();
    expect(ibarra.casualty).toMatchObject({ name: 'Rosa Ibarra', sex: 'female' });
    expect(ibarra.medications).toEqual([{ name: 'txa', dose: '1 g', route: 'IV', time: '05:12' }]);
    expect(ibarra.evac_priority).toBe('routine');
  });
  it("reads no transcript's speakers as headings, nor a report whose headings name no one or few", () => {
    const transcript = [
      'Doc: Who is hit?',
      'Medic: Roger, Hale and Ruiz. Hale has a TQ on.',
      'Doc: Roger. Ruiz?',
      'Medic: Roger, Ruiz has a frag to the arm.',
    ].join('\n');
    expect(readCareSections(transcript)).toBeNull();
    const byHeading = ['Bleeding: TQ L arm 1402.', 'Meds: TXA 2 g IV 1410.', 'Evac: urgent.'].join('\n');
    expect(readCareSections(byHeading)).toBeNull();
    const spoken = 'Two hurt. Bhatt, TQ right thigh. okay. Lutz, TQ left arm. alright. Bhatt urgent, Lutz priority.';
    expect(readCareSections(spoken)).toBeNull();
  });
});
