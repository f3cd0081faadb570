import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { afterBullet } from './switch-openings.js';
import { tokenize } from '../text/tokenize.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('lines that open with a casualty designator, with no count said', () => {
  it("reads lines headed by each one's place in a gun crew, then his ranked name, as one casualty each", () => {
    const [a, b, ...rest] = records(
      'Sworn statement, SFC Marcus Hale, section chief.\n\nGun 2 gunner, SGT Colin Mercer. Frag to the neck, ' +
        'pressure dressing. HR 112.\n\nGun 2 ammo bearer, PV2 Harlan Voss. Hit his head, confused. HR 90.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Colin Mercer', [{ pulse: 112 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Harlan Voss', [{ pulse: 90 }]]);
  });
  it('reads a bulleted roster of ranked names, each with his battle roster number, as one casualty each', () => {
    const [a, b, ...rest] = records(
      'Roster from the squad leader:\n- SGT Mara Voss MV4410\n- PFC Owen Delgado OD2281, male\nMortar round at ' +
        '0905. worked delgado first. frag L hand, pressure dressing L hand. HR 96.\nback to voss: GSW R thigh, ' +
        'TQ R thigh 0912. HR 124.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Mara Voss', [{ pulse: 124 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Owen Delgado', [{ pulse: 96 }]]);
  });
  it('reads a numbered list of ranked names as one casualty each, and an unranked name heading its item', () => {
    const [a, b, c, ...rest] = records(
      'Rocket hit the motor pool at 0930.\n1. SGT Pryor - urgent. GSW R thigh, TQ R thigh 0934.\n' +
        '2. PFC Lindqvist - priority. Burns L forearm. HR 112.\n3. Baptiste (local guard) - routine. Lac scalp. HR 80.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.interventions?.length]).toEqual(['Pryor', 'urgent', 1]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Lindqvist', [{ pulse: 112 }]]);
    expect([c.casualty?.name, c.vitals, c.evac_priority]).toEqual(['Baptiste', [{ pulse: 80 }], 'routine']);
    expect(c.interventions).toBeUndefined();
  });
  it('reads a surname in capitals alone before a colon, written so again later, as heading its casualty', () => {
    const [a, b, ...rest] = records(
      'Rocket attack on the motor pool. Kapral LINDQVIST Erik and Sotilas HAAPALA Veikko were hit.\n' +
        'LINDQVIST: fragment wound of the left thigh, tourniquet at 0934. Pulse 124.\n' +
        'HAAPALA: burns of the right hand, burn dressing. Pulse 90.\nEvacuation: LINDQVIST urgent, HAAPALA routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.vitals]).toEqual(['Erik LINDQVIST', 'urgent', [{ pulse: 124 }]]);
    expect([b.casualty?.name, b.evac_priority, b.vitals]).toEqual(['Veikko HAAPALA', 'routine', [{ pulse: 90 }]]);
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '09:34' }]);
    expect(b.injuries).toEqual([{ type: 'burn', location: 'right_arm' }]);
    // A heading in capitals never said again ("PLAN:") heads no casualty.
    expect(records('GSW left thigh, TQ at 0934.\nPLAN: evac urgent, HR 124.')).toHaveLength(1);
  });
  it('reads "No. 1, Pte …" items with Commonwealth ranks as casualties with their names', () => {
    const [a, b, ...rest] = records(
      'Two down from the mortar.\nNo. 1, Pte Shaw: frag L calf, HR 100.\nNo. 2, Cfn Varga: burns to the face, HR 124.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Shaw', [{ pulse: 100 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Varga', [{ pulse: 124 }]]);
  });
  it('reads role headings ("Driver:", "Gunner:") as one casualty each', () => {
    const [driver, gunner, ...rest] = records(
      'Vehicle rolled at 1405.\nDriver: pinned by the wheel, pelvic binder 1412, HR 128. Urgent.\nGunner: cut to the chin, HR 90. Routine.',
    );
    expect(rest).toEqual([]);
    expect([driver.vitals, driver.evac_priority]).toEqual([[{ pulse: 128 }], 'urgent']);
    expect([gunner.vitals, gunner.evac_priority, gunner.interventions]).toEqual([
      [{ pulse: 90 }],
      'routine',
      undefined,
    ]);
  });
  it('reads roles as the subjects of sentences ("Driver has …", "Gunner took …") as two casualties', () => {
    const [driver, gunner, ...rest] = records(
      'Contact front at 2210. Driver has a GSW to the right shoulder, pressure dressing, HR 96. ' +
        'Gunner took frag in the left hand, HR 88. Driver priority, gunner routine.',
    );
    expect(rest).toEqual([]);
    expect([driver.vitals, driver.evac_priority]).toEqual([[{ pulse: 96 }], 'priority']);
    expect([gunner.vitals, gunner.evac_priority]).toEqual([[{ pulse: 88 }], 'routine']);
  });
  it('reads name headings with details in brackets as casualties, keeping the full name and roster', () => {
    const [a, b, ...rest] = records(
      'Dana Whitlock (female, roster DW-4410): GSW L arm, HR 104. Priority.\n' +
        'Omar Keane (male, roster OK-2281): burns both legs, HR 132. Urgent.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty).toMatchObject({ name: 'Dana Whitlock', battle_roster: 'DW4410', sex: 'female' });
    expect([a.vitals, a.evac_priority]).toEqual([[{ pulse: 104 }], 'priority']);
    expect(b.casualty).toMatchObject({ name: 'Omar Keane', battle_roster: 'OK2281', sex: 'male' });
    expect([b.vitals, b.evac_priority]).toEqual([[{ pulse: 132 }], 'urgent']);
  });
  it('reads lines lettered "A)", "B)" or numbered "#1" before a ranked name as casualties', () => {
    const [a, b, ...rest] = records('A) SGT Ruiz - frag abdomen, HR 140.\nB) PFC Hale - GSW L calf, HR 104.');
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals, b.casualty?.name, b.vitals]).toEqual([
      'Ruiz',
      [{ pulse: 140 }],
      'Hale',
      [{ pulse: 104 }],
    ]);
    const [c, d, ...more] = records('#1 SGT Ruiz: frag abdomen, HR 140.\n#2 PFC Hale: GSW L calf, HR 104.');
    expect(more).toEqual([]);
    expect([c.vitals, d.vitals]).toEqual([[{ pulse: 140 }], [{ pulse: 104 }]]);
  });
  it('reads lines headed by a triage category and a ranked name ("T1 SGT …") as casualties', () => {
    const out = records(
      'T1 SSG Amir - GSW chest, HR 136.\nT3 CPL Ng - sprained ankle, HR 78.\nT2 SPC Bose - frag R hand, HR 99.',
    );
    expect(out.map((r) => [r.casualty?.name, r.vitals])).toEqual([
      ['Amir', [{ pulse: 136 }]],
      ['Ng', [{ pulse: 78 }]],
      ['Bose', [{ pulse: 99 }]],
    ]);
  });
  it('reads roles heading bulleted or numbered lines as one casualty each', () => {
    for (const text of [
      'Casualties:\n- Driver: burns L arm, HR 124.\n- Gunner: lac chin, HR 90.',
      '1) Driver - burns L arm, HR 124.\n2) Gunner - lac chin, HR 90.',
    ]) {
      const [a, b, ...rest] = records(text);
      expect(rest).toEqual([]);
      expect([a.vitals, b.vitals]).toEqual([[{ pulse: 124 }], [{ pulse: 90 }]]);
    }
  });
  it('never splits one casualty whose care is a numbered list, or who has one heading', () => {
    expect(records('SGT Pryor, GSW R thigh.\n1. TQ R thigh 0934.\n2. TXA 2 g IV 0940.\n3. HR 120.')).toHaveLength(1);
    expect(records('Dana Whitlock (female): GSW L arm. Driver: says he is fine.')).toHaveLength(1);
    // The headings of a form are no names, whatever their brackets hold.
    expect(
      records('SGT Ames, GSW L thigh.\nMental Status (AVPU): A\nChief Complaint: leg pain\nBlood Sweep: negative'),
    ).toHaveLength(1);
  });
});

describe('numbered items set off another way', () => {
  it('reads items whose number is followed by a triage category before the ranked name', () => {
    const [a, b, ...rest] = records(
      'Blast at the gate at 0710. Casualty list:\n1. Delayed. CPL Ines Marr, F. Burns L hand, HR 96.\n' +
        '2. Expectant. PVT Tom Okafor, M. Open skull fx, HR 40.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Ines Marr', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Tom Okafor', [{ pulse: 40 }]]);
  });
  it('reads items whose number is set off by a spaced dash, and leaves out someone said to be uninjured', () => {
    const [a, b, ...rest] = records(
      'Casualties from the collapse at 1120.\n1 - SSG Duarte, M. Crush L leg, HR 118.\n2 - SPC Wilkes, F. Lac R arm, HR 90.\n' +
        'LT Amsel (PL) uninjured, running the scene.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Duarte', [{ pulse: 118 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Wilkes', [{ pulse: 90 }]]);
  });
  it('keeps a numbered list of care steps set off by dashes as one casualty', () => {
    const out = records('GSW R thigh.\n1 - TQ R thigh 0904.\n2 - HR 120, BP 100/60.');
    expect(out).toHaveLength(1);
  });
  it('keeps an evacuation category heading the item on that casualty ("1. Urgent. SGT Ames.")', () => {
    const [a, b, ...rest] = records(
      'Casualty list\n1. Urgent. SGT Ames. GSW abd. HR 130.\n2. Routine. PFC Boyd. Lac hand. HR 80.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority]).toEqual(['Ames', 'urgent']);
    expect([b.casualty?.name, b.evac_priority]).toEqual(['Boyd', 'routine']);
  });
  it('reads an ordinal set off by a dash, "the" before it or not, heading a line as one casualty each', () => {
    const [a, b, ...rest] = records(
      'Artillery round on the trench at 1140, two wounded.\nThe first - rifleman Mykola Savchuk. Burns to the face, pulse 124.\n' +
        'The second - senior soldier Petro Lysenko, frag to the left forearm, pulse 92.\nSavchuk urgent, Lysenko routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.vitals]).toEqual(['Mykola Savchuk', 'urgent', [{ pulse: 124 }]]);
    expect([b.evac_priority, b.vitals, b.injuries]).toEqual([
      'routine',
      [{ pulse: 92 }],
      [{ type: 'penetrating', location: 'left_arm' }],
    ]);
  });
  it('reads "First - SPC Hale" and "Second - PFC Ruiz" opening lines as two casualties', () => {
    const [a, b, ...rest] = records(
      'Two casualties from the rollover.\nFirst - SPC Dana Hale, lac to the scalp, HR 88.\nSecond - PFC Leo Ruiz, GSW right arm, HR 130.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Dana Hale', [{ pulse: 88 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Leo Ruiz', [{ pulse: 130 }]]);
  });
});

describe('a lettered item whose heading says what the casualty was in the crew', () => {
  it('reads "A) Right door gunner, SPC …" and "B) Co-pilot, CW4 …" as two casualties', () => {
    const [a, b, ...rest] = records(
      'Two patients from the Chinook:\nA) Right door gunner, SPC Marta Lindqvist, female. Lac R shin, HR 96.\nB) Co-pilot, CW4 Tomas Reyes, male. Burns L hand, HR 118.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Marta Lindqvist', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Tomas Reyes', [{ pulse: 118 }]]);
  });
  it('does not take a lettered line of care with a comma for a casualty', () => {
    const [a, ...rest] = records(
      'Two hurt, one is the medic himself.\nA) Pressure dressing, SAM splint L arm, HR 96.\nB) Fentanyl 50 mcg IV, HR 118.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBeUndefined();
  });
});

describe('a ranked name taken up at once by "he" or "she"', () => {
  it('opens a casualty set off as a topic or moved onto the aircraft, mid-sentence', () => {
    const [a, b, c, ...rest] = records(
      'Three hurt from the mortar at 0620. First lift had room for one, so we loaded Corporal Aroha Ngata on it. ' +
        "She's the frag to the right arm, TQ right arm 0624. While we waited, Private Jonas Weber, he's the one with " +
        'the burned hands, pulse 104. And Sergeant Ife Balogun, he was hit in the left foot, pressure dressing left foot.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.interventions?.[0]?.time]).toEqual(['Aroha Ngata', '06:24']);
    expect([b.casualty?.name, b.vitals]).toEqual(['Jonas Weber', [{ pulse: 104 }]]);
    expect(c.casualty?.name).toBe('Ife Balogun');
  });
  it('never opens one for a name given to someone already spoken of, or for the medic', () => {
    const [a, b, ...rest] = records(
      "Two down by the gate. First, the tall one. That's Corporal Dmitri Orlov. He was hit in the right thigh, HR 120. " +
        "Second, Private Ana Costa, burns left hand. Specialist Wu, she's our CLS, put the dressing on.",
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Dmitri Orlov', [{ pulse: 120 }]]);
    expect(b.casualty?.name).toBe('Ana Costa');
  });
});

describe("an aircraft's crew known by position", () => {
  it('reads the pilot, the copilot, the loadmaster and a door gunner as casualties', () => {
    const [a, b, ...rest] = records(
      'Two patients off the Chinook. The pilot, Captain Ilse Brandt, female, closed fx R femur, pulse 112. ' +
        'The right door gunner, Sergeant Tevita Fifita, lac L forearm, pulse 94.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Ilse Brandt', [{ pulse: 112 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Tevita Fifita', [{ pulse: 94 }]]);
    const [c, d] = records(
      'Two hurt. The copilot has burns to the L hand, HR 101. The loadmaster has a scalp lac, HR 86.',
    );
    expect([c.vitals, d.vitals]).toEqual([[{ pulse: 101 }], [{ pulse: 86 }]]);
  });
  it('does not read a door or a side said alone as a seat', () => {
    const [a, ...rest] = records('GSW L arm through the door, HR 120. Left door shut, TQ L arm 1402.');
    expect(rest).toEqual([]);
    expect(a.vitals).toEqual([{ pulse: 120 }]);
  });
});

describe('a word after a bullet opening its line', () => {
  it('reads "• Dunmore" and "- Iverson" as after a bullet, and "GSW - Iverson" mid-line as not', () => {
    const tokens = tokenize('• Dunmore: pressure dressing R leg holding\n- Iverson urgent surgical, GSW - Iverson');
    const at = (raw: string, from = 0): number => tokens.findIndex((t, k) => k >= from && t.raw === raw);
    expect(afterBullet(tokens, at('Dunmore'))).toBe(true);
    expect(afterBullet(tokens, at('Iverson'))).toBe(true);
    expect(afterBullet(tokens, at('Iverson', at('GSW')))).toBe(false);
  });
});
