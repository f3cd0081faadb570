import { describe, expect, it } from 'vitest';
import { compareRecords } from '../facts-match.js';
import type { TcccRecord } from '../record.js';
import { extractCasualties, pieceParts } from './casualties.js';
import { extractRecord } from './index.js';
import { saysUnhurt } from './switch-words.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

const LEE_HARRIS =
  'MIST report, two casualties. Casualty one, SPC Jordan Lee. Mechanism IED. Injuries: frag to the left thigh. Signs: pulse 110, BP 120/80, resp 18. ' +
  'Treatment: tourniquet left thigh at 0305. Urgent surgical. Casualty two, PFC Sam Harris. Mechanism IED. Injuries: burns to both hands and the face. ' +
  'Signs: pulse 140, resp 24. Treatment: fentanyl 800 mcg OTFC at 0312. Priority.';

describe('extractCasualties', () => {
  it('gives the Lee/Harris MIST report two records with nothing crossed', () => {
    const [lee, harris, ...rest] = records(LEE_HARRIS);
    expect(rest).toEqual([]);
    expect(lee).toEqual({
      casualty: { name: 'Jordan Lee' },
      evac_priority: 'urgent_surgical',
      mechanism: ['ied'],
      injuries: [{ type: 'penetrating', location: 'left_leg' }],
      vitals: [{ pulse: 110, systolic: 120, diastolic: 80, resp_rate: 18 }],
      interventions: [{ type: 'tourniquet', location: 'left_leg', time: '03:05' }],
    });
    expect(harris.casualty).toEqual({ name: 'Sam Harris' });
    expect(harris.evac_priority).toBe('priority');
    expect(harris.vitals).toEqual([{ pulse: 140, resp_rate: 24 }]);
    expect(harris.medications).toEqual([{ name: 'fentanyl', dose: '800 mcg', route: 'OTFC', time: '03:12' }]);
    expect(harris.interventions).toBeUndefined();
  });
  it("points each record's evidence at the words of the whole narrative", () => {
    const [, harris] = extractCasualties(LEE_HARRIS).casualties;
    const quote = (path: string) => {
      const e = harris.evidence.find((x) => x.path === path)!;
      return LEE_HARRIS.slice(e.start, e.end);
    };
    expect(quote('/medications/0')).toBe('fentanyl 800 mcg OTFC at 0312');
    expect(quote('/vitals/0/pulse')).toBe('pulse 140');
  });
  it('follows "one of two", lettered casualties, a numbered list and "next patient"', () => {
    expect(
      records('Casualty one of two: GSW right arm, HR 104. Casualty two of two: GSW abdomen, HR 132.').map(
        (r) => r.vitals,
      ),
    ).toEqual([[{ pulse: 104 }], [{ pulse: 132 }]]);
    expect(
      records('Cas A: open fracture left shin, pulse 96. Cas B: laceration to the scalp, pulse 88. Both routine.').map(
        (r) => [r.vitals, r.evac_priority],
      ),
    ).toEqual([
      [[{ pulse: 96 }], 'routine'],
      [[{ pulse: 88 }], 'routine'],
    ]);
    expect(
      records('Rollover at 0440. One: PFC Tran, pulse 80. Two: SPC Wolfe, pulse 128. Three: SGT Mills, pulse 100.').map(
        (r) => [r.casualty?.name, r.time_of_injury, r.vitals],
      ),
    ).toEqual([
      ['Tran', '04:40', [{ pulse: 80 }]],
      ['Wolfe', '04:40', [{ pulse: 128 }]],
      ['Mills', '04:40', [{ pulse: 100 }]],
    ]);
    expect(
      records('next patient. GSW left thigh, pulse 150. next patient, frag to both legs, pulse 104.').map(
        (r) => r.vitals,
      ),
    ).toEqual([[{ pulse: 150 }], [{ pulse: 104 }]]);
  });
  it('switches between "this guy", "the other one" and "back to the first one" said in passing', () => {
    const [first, other] = records(
      'ok so this guy has a gunshot to the right thigh pulse is one twenty the other one has a frag wound to the left forearm his pulse is ninety back to the first one I gave him ketamine fifty milligrams IM',
    );
    expect(first.vitals).toEqual([{ pulse: 120 }]);
    expect(first.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM' }]);
    expect(other.vitals).toEqual([{ pulse: 90 }]);
    expect(other.medications).toBeUndefined();
  });
  it('switches back to a casualty by name, and reads a lone name after the label', () => {
    const [lopez, grant] = records(
      'Two patients. This guy, Lopez, GSW left thigh, pulse 126. The other one, Grant, GSW right forearm, pulse 98. Back to Lopez, TXA 2 g IV at 0240. Grant is priority.',
    );
    expect(lopez.casualty).toEqual({ name: 'Lopez' });
    expect(lopez.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '02:40' }]);
    expect(grant.casualty).toEqual({ name: 'Grant' });
    expect(grant.evac_priority).toBe('priority');
    expect(grant.medications).toBeUndefined();
  });
  it('lists what is said before the first casualty and belongs to no one, and records it nowhere', () => {
    const text = 'IED at 1730, TQ left arm. Casualty one: pulse 90. Casualty two: pulse 100.';
    const { casualties, unattributed } = extractCasualties(text);
    expect(casualties.map((c) => c.record)).toEqual([
      { time_of_injury: '17:30', mechanism: ['ied'], vitals: [{ pulse: 90 }] },
      { time_of_injury: '17:30', mechanism: ['ied'], vitals: [{ pulse: 100 }] },
    ]);
    expect(unattributed.map((e) => text.slice(e.start, e.end))).toEqual(['TQ left arm']);
  });
  it('keeps a narrative about one casualty as one record, as extractRecord reads it', () => {
    for (const text of [
      'okay so this guy has burns to his chest the other guy is fine his sats are a hundred this guy sats ninety four',
      'Casualty one, SPC Ruiz, lac right hand. This card is casualty two, PV2 Marcus Hale: GSW left thigh.',
      'two TQs left thigh, first one 0744 second one 0747. HR 144.',
      'GSW left thigh, TQ 1432, pulse 120.',
    ])
      expect(records(text)).toEqual([extractRecord(text)]);
  });
  it('never puts a fact of one casualty on the other across the several-casualty phrasings', () => {
    const gold: TcccRecord[] = [{ vitals: [{ pulse: 111 }] }, { vitals: [{ pulse: 122 }] }];
    for (const [a, b] of [
      ['Casualty 1', 'Casualty 2'],
      ['First casualty', 'Second casualty'],
      ['Patient A', 'Patient B'],
      ['Cas 1 of 2', 'Cas 2 of 2'],
      ['This guy', 'The other one'],
    ]) {
      const text = `${a}: pulse 111. ${b}: pulse 122.`;
      expect(compareRecords(records(text), gold).mixed, text).toEqual([]);
      expect(records(text), text).toEqual(gold);
    }
  });
});

describe('what is said of every casualty, and who is a patient', () => {
  it('gives each casualty a phrase ending in "both", and what follows "for both:"', () => {
    const [a, b] = records(
      'Two casualties. Casualty 1: GSW L arm, HR 100. Casualty 2: burns R hand, HR 90. NKDA both. Grid for both: 38S MB 1234 5678.',
    );
    for (const r of [a, b]) {
      expect(r.casualty?.allergies).toBe('NKDA');
      expect(r.location_grid).toBe('38SMB12345678');
    }
  });
  it('never gives every casualty the end of a longer sentence closing on "both"', () => {
    const [a, b] = records(
      'Casualty 1: frag L leg, HR 100. Casualty 2: lac to the scalp, HR 90, pressure dressing both.',
    );
    expect(a.interventions).toBeUndefined();
    expect(b.interventions?.map((i) => i.type)).toEqual(['pressure_dressing']);
  });
  it('gives each casualty when and how they were hurt, said in a sentence that opens with "Both"', () => {
    const [a, b] = records(
      'Casualty 1: frag R calf, HR 104. Casualty 2: frag L forearm, HR 92. Both from one grenade, injured at 1940.',
    );
    expect([a.time_of_injury, b.time_of_injury]).toEqual(['19:40', '19:40']);
  });
  it('gives the time of an event to each casualty said to be hurt in the same one, and to no one else', () => {
    const [a, b, c] = records(
      'Casualty 1: IED strike at 0730, frag L leg, HR 120. Casualty 2: same IED, burns to both hands, HR 96. ' +
        'Casualty 3: frag R arm, second TQ on the same arm, HR 88.',
    );
    expect([a.time_of_injury, b.time_of_injury, c.time_of_injury]).toEqual(['07:30', '07:30', undefined]);
  });
  it('opens a casualty at each ranked soldier who "took a round" or "got a frag", none at one who never got a scratch', () => {
    const out = records(
      'PFC Ames took a round to the right calf, TQ on at 0210. Sergeant Ruiz got a frag in the left hand, dressed it. ' +
        'Corporal Tate was right beside them and never got a scratch.',
    );
    expect(out.map((r) => r.casualty?.name)).toEqual(['Ames', 'Ruiz']);
    expect(saysUnhurt("stood between them and didn't get a scratch")).toBe(true);
    expect(saysUnhurt('was right next to him and did not get touched')).toBe(true);
  });
  it('keeps someone who says he is fine as a patient when the medic triages him', () => {
    const out = records(
      'Blast at the gate.\nDriver: frag L leg, TQ L thigh 0812. Urgent.\nGunner: ringing ears, says he is fine, HR 84. Routine.',
    );
    expect(out).toHaveLength(2);
    expect([out[1].vitals, out[1].evac_priority]).toEqual([[{ pulse: 84 }], 'routine']);
  });
  it('gives a casualty only the opening mechanism his own words name, when the opening names several', () => {
    const [a, b] = records(
      'Two casualties, small arms and a grenade. Casualty 1: shot through the R thigh. Casualty 2: frag from the grenade to the L arm.',
    );
    expect(a.mechanism).toEqual(['gsw']);
    expect(b.mechanism).toEqual(['grenade']);
  });
});

describe('pieceParts', () => {
  it("splits a piece by casualty in the medic's own words, the opening going with each when all share it", () => {
    expect(
      pieceParts(
        'Two from the IED at 1730. Casualty one: GSW left thigh. Casualty two: burn to the face. Both urgent.',
      ),
    ).toEqual([
      { text: 'Two from the IED at 1730. Casualty one: GSW left thigh. Both urgent.', unattributed: false },
      { text: 'Two from the IED at 1730. Casualty two: burn to the face. Both urgent.', unattributed: false },
    ]);
  });
  it('gives opening words with a fact of no one casualty a part of their own, and nothing for a piece about one', () => {
    expect(pieceParts('IED at 1730, TQ left arm. Casualty one: pulse 90. Casualty two: pulse 100.')).toEqual([
      { text: 'IED at 1730, TQ left arm.', unattributed: true },
      { text: 'Casualty one: pulse 90.', unattributed: false },
      { text: 'Casualty two: pulse 100.', unattributed: false },
    ]);
    expect(pieceParts('GSW left thigh, TQ 1432.')).toEqual([]);
  });
  it('reads a part filed on its own as that casualty, its label no longer read as someone else', () => {
    expect(
      extractCasualties('second casualty SPC Young, hit his head, confused, pulse 60.').casualties[0].record.vitals,
    ).toEqual([{ pulse: 60 }]);
  });
});

describe('casualty switches said in passing', () => {
  it('reads "this guy\'s", "the other one", "back to the first guy" and "second guy\'s" as switches', () => {
    const [first, second, ...rest] = records(
      "This guy's got a GSW to the right upper arm, TQ on it at 1712. The other one is walking wounded, lac to the left hand, " +
        "pressure dressing on it. Back to the first guy, his pulse is 120. Second guy's pulse is 80.",
    );
    expect(rest).toEqual([]);
    expect(first.vitals).toEqual([{ pulse: 120 }]);
    expect(first.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '17:12' }]);
    expect(second.vitals).toEqual([{ pulse: 80 }]);
    expect(second.injuries).toEqual([{ type: 'laceration', location: 'left_arm' }]);
  });
  it('reads a numbered list "#1 … #2 …" as casualties once the narrative says it has several', () => {
    const [webb, ngata, ...rest] = records(
      '2 casualties, RPG impact 0455. #1 CPL Webb: burns face and neck, sats 93. #2 PFC Ngata: frag L thigh, TQ L thigh 0501, HR 126. #2 urgent surgical, #1 urgent.',
    );
    expect(rest).toEqual([]);
    expect([webb.casualty?.name, webb.evac_priority, webb.vitals]).toEqual(['Webb', 'urgent', [{ spo2: 93 }]]);
    expect([ngata.casualty?.name, ngata.evac_priority, ngata.vitals]).toEqual([
      'Ngata',
      'urgent_surgical',
      [{ pulse: 126 }],
    ]);
  });
  it('reads a spelled-letter list "Alpha: … Bravo: …" as casualties', () => {
    const list = records(
      'Three casualties from the rollover. Alpha: Sgt Cole, head laceration, routine. Bravo: Cpl Yates, TQ right thigh 0630, urgent surgical. Charlie: Pvt Ames, sats 88, urgent.',
    );
    expect(list.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Cole', 'routine'],
      ['Yates', 'urgent_surgical'],
      ['Ames', 'urgent'],
    ]);
  });
  it('gives what came before "Other casualty is …" to a first casualty, and "my guy" is always the same one', () => {
    const [park, grant] = records(
      "I've got Specialist Ellen Park first, GSW to the right upper arm, pulse one ten. Other casualty is Private Leo Grant, " +
        'laceration to the scalp, pulse eighty. Park is urgent, Grant is routine.',
    );
    expect([park.casualty?.name, park.evac_priority, park.vitals]).toEqual(['Ellen Park', 'urgent', [{ pulse: 110 }]]);
    expect([grant.casualty?.name, grant.evac_priority, grant.vitals]).toEqual([
      'Leo Grant',
      'routine',
      [{ pulse: 80 }],
    ]);
    const [mine, kowalski] = records(
      "My guy's got a tension pneumo on the left, resps thirty. The other one, Kowalski, has a cut on his right forearm, routine. My guy is urgent.",
    );
    expect([mine.evac_priority, kowalski.evac_priority]).toEqual(['urgent', 'routine']);
  });
  it('ends "both …" at the next casualty in speech without punctuation, and "back to vance" switches back', () => {
    const [vance, lowe] = records(
      'okay two guys here both hit by the same blast first one corporal vance has shrapnel in his right thigh heart rate ninety eight ' +
        'second one private lowe shrapnel to his face he is alert back to vance he responds to voice',
    );
    expect(vance.vitals?.flatMap((v) => [v.pulse, v.avpu])).toEqual([98, 'V']);
    expect(lowe.vitals).toEqual([{ avpu: 'A' }]);
    expect(vance.mechanism).toEqual(['blast']);
    expect(lowe.mechanism).toEqual(['blast']);
  });
  it('ends an unpunctuated "… for both" at the last casualty\'s facts, never taking them all as said of both', () => {
    const [one, two] = records(
      'two guys hit at zero one one zero casualty one of two corporal dean gunshot wound left arm pulse one ten ' +
        'casualty two of two specialist ruiz frag right leg tourniquet right thigh zero one one four sats ninety urgent surgical for both',
    );
    expect(one).toMatchObject({ injuries: [{ type: 'gsw', location: 'left_arm' }], vitals: [{ pulse: 110 }] });
    expect(two).toMatchObject({
      vitals: [{ spo2: 90 }],
      interventions: [{ type: 'tourniquet', location: 'right_leg' }],
    });
    expect([one.evac_priority, two.evac_priority]).toEqual(['urgent_surgical', 'urgent_surgical']);
  });
  it('reads a numbered list "1) … 2) …" opening lines as casualties once the narrative says it has several', () => {
    const list = records(
      'Rocket impact, 3 cas.\n1) SGT Hale, M - GSW L thigh, TQ L thigh 0412.\n2) PFC Ivey - lac R forearm.\n3) SPC Moe - no injuries, shaken.',
    );
    expect(list.map((r) => r.casualty?.name)).toEqual(['Hale', 'Ivey', 'Moe']);
    expect(list[0].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '04:12' }]);
    expect(list[1].injuries).toEqual([{ type: 'laceration', location: 'right_arm' }]);
    // Without several said, "1)" is a numbered step of one casualty's care.
    expect(records('GSW L thigh.\n1) TQ L thigh 0412.\n2) TXA 2 g IV 0420.')).toHaveLength(1);
  });
  it("reads a role said right after a casualty's label as that casualty, and the role later as a switch back", () => {
    const [one, two] = records(
      'Two casualties, rollover. Casualty 1 of 2: PFC Aho, roster AA1234. Gunner, thrown clear. Lac to scalp. ' +
        'Casualty 2 of 2: SPC Bell. Driver, pinned. Pelvic binder on 0950. The gunner is routine.',
    );
    expect(one).toMatchObject({ casualty: { name: 'Aho' }, injuries: [{ type: 'laceration', location: 'head' }] });
    expect(one.evac_priority).toBe('routine');
    expect(two).toMatchObject({
      casualty: { name: 'Bell' },
      interventions: [{ type: 'pelvic_binder', time: '09:50' }],
    });
    expect(
      records('Casualty 1 of 2: PFC Aho. Gunner, thrown clear. Casualty 2 of 2: SPC Bell. Driver, pinned.'),
    ).toHaveLength(2);
  });
  it('reads "Two down. First, Hollis. … Next. Dawes." as two casualties, each with the name said after its label', () => {
    const [hollis, dawes] = records(
      'Blast. Two down. First, Hollis. Left arm gone, TQ left arm 0212. Next. Dawes. Frag to the neck, packed it. Back to Hollis. Pulse 130.',
    );
    expect(hollis).toMatchObject({ casualty: { name: 'Hollis' }, vitals: [{ pulse: 130 }] });
    expect(hollis.interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '02:12' }]);
    expect(dawes).toMatchObject({ casualty: { name: 'Dawes' }, injuries: [{ type: 'penetrating', location: 'neck' }] });
    // Without several said, "First, Hollis" is no list.
    expect(records('First, Hollis. Left arm gone. Next. Dawes is his buddy.')).toHaveLength(1);
  });
});
