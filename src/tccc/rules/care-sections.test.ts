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
  it('reads headings set off by a spaced dash, a time after "@", and a name said in the possessive', () => {
    const [nakamura, ferreira] = records(
      [
        'Rollover on Route Tulsa at 0610, Nakamura and Ferreira both ejected. By system:',
        'INJURIES - Nakamura: open fx L humerus. Ferreira: burns R leg.',
        "CIRC - Nakamura CAT L arm 0615. Ferreira's leg dressed with burn dressing.",
        'ACCESS/MEDS - Nakamura: IO R tibia 0620, TXA 2 g IO 0622. Ferreira: ketamine 30 mg IM 0625.',
        'VITALS @ 0640: Nakamura HR 126, BP 88/56, V. Ferreira HR 98, A, pain 6.',
        'EVAC - Nakamura urgent, Ferreira priority.',
      ].join('\n'),
    );
    expect(nakamura.casualty?.name).toBe('Nakamura');
    expect(nakamura.interventions).toEqual(
      expect.arrayContaining([
        { type: 'tourniquet', location: 'left_arm', time: '06:15' },
        { type: 'io', location: 'right_leg', time: '06:20' },
      ]),
    );
    expect(nakamura.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IO', time: '06:22' }]);
    expect(nakamura.vitals).toEqual([{ time: '06:40', pulse: 126, systolic: 88, diastolic: 56, avpu: 'V' }]);
    expect(nakamura.evac_priority).toBe('urgent');
    expect(ferreira.casualty?.name).toBe('Ferreira');
    expect(ferreira.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '06:25' }]);
    expect(ferreira.vitals).toEqual([{ time: '06:40', pulse: 98, avpu: 'A', pain: 6 }]);
    expect(ferreira.evac_priority).toBe('priority');
  });
  it("reads no title set off by a dash as a heading, so what it says stays everyone's", () => {
    const titled = [
      'FOB RAVEN - care summary, two WIA. Mortar impact at 2140.',
      'Bleeding: Kato CAT R leg 2143; Lindgren pressure dsg L arm.',
      'Meds: Kato TXA 2 g IV 2150. Lindgren Tylenol 1000 mg PO 2152.',
      'Evac: Kato urgent. Lindgren routine.',
    ].join('\n');
    const [kato, lindgren] = records(titled);
    expect(readCareSections(titled)?.value).not.toMatch(/Patient \d, [^:]*: FOB RAVEN/);
    expect([kato.time_of_injury, lindgren.time_of_injury]).toEqual(['21:40', '21:40']);
    expect([kato.mechanism, lindgren.mechanism]).toEqual([['artillery'], ['artillery']]);
  });
  it('gives an entry headed by a rank and name to him, and a category listed for several to each of them', () => {
    const read = records(
      [
        'Mortar strike at the LZ at 0415, three hurt. By body region:',
        'HEAD: Soto - scalp lac, pressure dsg to the scalp. SSG Lind, female - lac L cheek, pressure dsg.',
        'LIMBS: Roux - frag R calf, CAT R leg 0418. Soto - frag L hand, pressure dsg L hand.',
        'MEDS: Roux TXA 2 g IV 0425. Lind Tylenol 1000 mg PO 0430.',
        'EVAC: Soto, Lind and Roux priority.',
      ].join('\n'),
    );
    const [soto, lind, roux] = ['Soto', 'Lind', 'Roux'].map((n) => read.find((r) => r.casualty?.name === n)!);
    expect(read).toHaveLength(3);
    expect(soto.injuries).toEqual(
      expect.arrayContaining([
        { type: 'laceration', location: 'head' },
        { type: 'penetrating', location: 'left_arm' },
      ]),
    );
    expect(lind.casualty).toMatchObject({ name: 'Lind', sex: 'female' });
    expect(lind.injuries).toEqual([{ type: 'laceration', location: 'face' }]);
    expect(soto.injuries).not.toContainEqual({ type: 'laceration', location: 'face' });
    expect([soto.evac_priority, lind.evac_priority, roux.evac_priority]).toEqual(['priority', 'priority', 'priority']);
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
