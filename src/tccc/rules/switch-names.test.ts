import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a switch to a casualty already named', () => {
  it('reads the first name of one introduced by rank and full name as a turn to him ("Back to Noor", "Noor: …")', () => {
    const [a, b, ...rest] = records(
      'Rocket landed by the motor pool, two down. Sergeant Imre Szabo, male, shrapnel to the right calf. Pressure ' +
        'dressing right calf, 0712. Other one. Corporal Noor Haddad, female, burn on the left hand, burn dressing. ' +
        'Back to Imre. Pulse 104, he is alert. Noor: pulse 88, pain 2. Imre is priority, Noor routine.',
    );
    expect(rest).toEqual([]);
    expect([a.interventions, a.vitals, a.evac_priority]).toEqual([
      [{ type: 'pressure_dressing', location: 'right_leg', time: '07:12' }],
      [{ pulse: 104, avpu: 'A' }],
      'priority',
    ]);
    expect([b.vitals, b.evac_priority]).toEqual([[{ pulse: 88, pain: 2 }], 'routine']);
  });
  it('reads a known surname in lower case heading a line before a dash or a colon as a turn to him', () => {
    const [a, b, ...rest] = records(
      'Roster:\n- SPC Rhea Tamm\n- PFC Gus Okonjo\nIED at 0750.\nokonjo - frag L forearm, pressure dressing L ' +
        'forearm. HR 100.\ntamm: burns both hands, burn dressings. HR 118.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Rhea Tamm', [{ pulse: 118 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Gus Okonjo', [{ pulse: 100 }]]);
  });
  it('reads "Going to him." after a sentence that says who someone is as a turn to the one named', () => {
    const [a, b, ...rest] = records(
      'Two hit. Ruiz, look at me. Frag left forearm, pressure dressing. Ruiz, stay put. The one behind the ' +
        'truck is Okafor. Moving to him. GSW right thigh, tourniquet at 0640. Pulse 120. Ruiz routine, Okafor urgent.',
    );
    expect(rest).toEqual([]);
    expect([a.injuries, a.vitals]).toEqual([[{ type: 'penetrating', location: 'left_arm' }], undefined]);
    expect([b.injuries, b.vitals, b.evac_priority]).toEqual([
      [{ type: 'gsw', location: 'right_leg' }],
      [{ pulse: 120 }],
      'urgent',
    ]);
  });
  it('never reads a rank word after another rank as a first name ("Lance Corporal Vance … Corporal Ito")', () => {
    const [a, b, ...rest] = records(
      'Two hit by the grenade. Lance Corporal Vance, frag left thigh, tourniquet at 2210. Moving to Corporal Ito, ' +
        'frag right hand, pressure dressing. Pulse 96. Vance urgent, Ito routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.vitals]).toEqual(['Vance', 'urgent', undefined]);
    expect([b.casualty?.name, b.evac_priority, b.vitals]).toEqual(['Ito', 'routine', [{ pulse: 96 }]]);
  });
  it('keeps a first name said of the only one introduced mid-sentence his, with a bystander called between', () => {
    const [a, ...rest] = records(
      'My patient is Private Tomas Lind, GSW left arm. Tomas, stay with me. Tourniquet left arm, 1304. Okay Reyes, ' +
        'grab the litter. Tomas, pulse 110.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Tomas Lind', [{ pulse: 110 }]]);
  });
  it('reads a lower-case surname after a time opening the sentence as a turn to him, in text with no capitals', () => {
    const [a, b, ...rest] = records(
      '2 casualties from the mortar. cas 1 cpl dana reyes, frag l calf, hr 104. cas 2 pvt omar haddad, burns r hand, ' +
        'hr 92. 0915 reyes hr 118, pain 6. @0920 haddad hr 88.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('dana reyes');
    expect(a.vitals).toEqual([{ pulse: 104 }, { pulse: 118, pain: 6, time: '09:15' }]);
    expect(b.vitals).toEqual([{ pulse: 92 }, { pulse: 88, time: '09:20' }]);
  });
  it("reads lower-case surnames before their triage categories as each one's, in text with no capitals", () => {
    const [a, b] = records(
      'two hurt. pt 1 sgt lena voss, gsw l arm. pt 2 spc ari blum, frag r leg. voss routine, blum urgent.',
    );
    expect([a.evac_priority, b.evac_priority]).toEqual(['routine', 'urgent']);
  });
  it('reads a capitalized surname after a time opening the sentence as a turn to him', () => {
    const [a, b] = records(
      'Two casualties. First is SGT Mara Quill, GSW right thigh, HR 120. Second is PFC Tom Brandt, burns to the face, ' +
        'HR 90. At 1410 Quill is HR 100. 1415 Brandt HR 84.',
    );
    expect(a.vitals).toEqual([{ pulse: 120 }, { pulse: 100, time: '14:10' }]);
    expect(b.vitals).toEqual([{ pulse: 90 }, { pulse: 84, time: '14:15' }]);
  });
  it('reads a question or an order to a helper about a named casualty as a turn to him ("Hey Cruz, how\'s Lind doing?")', () => {
    const [moss, lind, ...rest] = records(
      'Cruz, you got Lind, I have Moss. Mortar hit us, both hurt. Moss, burn on the left forearm, burn dressing. ' +
        "Cruz, how's Lind doing? Cut on the right shin, pressure dressing on it. Moss, pulse 100. Check Lind for a " +
        'pulse... 88. Moss urgent, Lind routine.',
    );
    expect(rest).toEqual([]);
    expect([lind.casualty?.name, lind.evac_priority, lind.vitals, lind.interventions?.[0]?.type]).toEqual([
      'Lind',
      'routine',
      [{ pulse: 88 }],
      'pressure_dressing',
    ]);
    expect([moss.casualty?.name, moss.evac_priority, moss.vitals]).toEqual(['Moss', 'urgent', [{ pulse: 100 }]]);
  });
  it('names the other one by a lone name with accented letters set off after the label ("The other one, Ibáñez,")', () => {
    const [, other, ...rest] = records(
      'Two hurt by the blast. This guy has a cut on the left arm, pressure dressing. The other one, Ibáñez, burns to ' +
        'the right hand, pulse 96. Ibáñez priority.',
    );
    expect(rest).toEqual([]);
    expect([other.casualty?.name, other.evac_priority, other.vitals]).toEqual(['Ibáñez', 'priority', [{ pulse: 96 }]]);
  });
  it('reads one surname told apart by "older" and "younger" as two casualties, each pair opening his words', () => {
    const [a, b, ...rest] = records(
      'Two Nguyens hit by the same grenade. Older Nguyen is Corporal Bao Nguyen, frag to the left calf, pulse 92. ' +
        'Younger Nguyen took shrapnel in the right hand, pulse 110. Older Nguyen is routine, younger Nguyen priority.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.vitals]).toEqual(['Bao Nguyen', 'routine', [{ pulse: 92 }]]);
    expect([b.evac_priority, b.vitals]).toEqual(['priority', [{ pulse: 110 }]]);
  });
  it('leaves one "big" before a name alone when no other word tells him apart', () => {
    expect(records('Big Dawes took frag to the left calf, pulse 92. Routine.')).toHaveLength(1);
  });

  it('reads "Last," before a rank and name as the last casualty, as the ordinals before it', () => {
    const [a, b, c, ...rest] = records(
      'Three from the rollover. First, Corporal Aiko Mori, cut to the scalp, alert. Second, Private Ben Okoro, ' +
        'left wrist broken, splinted. Last, Specialist Jude Hale. Burns to the right hand. Pain four. Routine.',
    );
    expect(rest).toEqual([]);
    expect([a, b, c].map((r) => r.casualty?.name)).toEqual(['Aiko Mori', 'Ben Okoro', 'Jude Hale']);
    expect(c.vitals).toEqual([{ pain: 4 }]);
    expect(b.vitals).toBeUndefined();
  });

  it('leaves "Last," before no ranked name alone ("Last, a dressing on the hand")', () => {
    const all = records('Private Ben Okoro, left wrist broken, splinted. Last, a dressing on the left hand.');
    expect(all).toHaveLength(1);
  });
  it('reads a known surname said with its rank opening a clause, or after the role he holds, as a turn to him', () => {
    const [vidal, kowal, chen, ...rest] = records(
      'Dustoff, this is Red two, truck rolled on the ridge road. so, patients. the driver, Corporal Ines Vidal, she is ' +
        'alert, cut to the scalp, pulse one hundred. the turret gunner, Sergeant First Class Tomas Kowal, open fracture ' +
        'of the left lower leg, pulse one thirty. and Specialist Mei-lin Chen, burns to the right hand, pulse eighty. ' +
        'Kowal urgent, Chen priority, Vidal routine.',
    );
    expect(rest).toEqual([]);
    expect([vidal.casualty?.name, vidal.evac_priority, vidal.vitals]).toEqual([
      'Ines Vidal',
      'routine',
      [{ avpu: 'A', pulse: 100 }],
    ]);
    expect([kowal.casualty?.name, kowal.evac_priority, kowal.vitals]).toEqual([
      'Tomas Kowal',
      'urgent',
      [{ pulse: 130 }],
    ]);
    expect([chen.casualty?.name, chen.evac_priority, chen.vitals]).toEqual([
      'Mei-lin Chen',
      'priority',
      [{ pulse: 80 }],
    ]);
  });
  it('does not turn to a casualty whose rank and name are said inside a clause ("I dragged Corporal Vidal …")', () => {
    const [vidal, kowal] = records(
      'Two hurt. Vidal, cut to the scalp, pulse 100. Kowal, open fracture left leg, pulse 130, and I dragged ' +
        'Corporal Vidal behind the truck first. Kowal urgent, Vidal routine.',
    );
    expect(kowal.vitals).toEqual([{ pulse: 130 }]);
    expect(vidal.vitals).toEqual([{ pulse: 100 }]);
  });
  it("reads the lone surname after a list number as that casualty's name, never a word the lexicon reads", () => {
    const [a, b, ...rest] = records(
      'Two WIA from the rocket at 1140.\n1) Oyelowo, roster KO-4471: frag R shin, TQ R leg 1142.\n' +
        '2) Lindgren: burn L hand, burn dressing. HR 92.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.casualty?.battle_roster]).toEqual(['Oyelowo', 'KO4471']);
    expect([b.casualty?.name, b.vitals]).toEqual(['Lindgren', [{ pulse: 92 }]]);
    const unnamed = records('Two WIA from the rocket.\n1. Tourniquet, L thigh 0907.\n2. Burns, both hands. HR 92.');
    expect(unnamed.map((r) => r.casualty?.name)).toEqual([undefined, undefined]);
    // What he is, then his name, both set off alike: the word before is no name.
    const described = records('Two hurt.\n1) Interpreter, Farouk. Burns L hand.\n2) SPC Lowe. Frag R calf.');
    expect(described.map((r) => r.casualty?.name)).toEqual(['Farouk', 'Lowe']);
  });
  it('turns to a known casualty whose surname and a colon follow a heading\'s dash ("WAITING ON THE BIRD - Ruiz: …")', () => {
    const [a, b, ...rest] = records(
      'Two hurt in the rollover at 0920.\n1. Ferreira: fx L forearm, SAM splint L arm. Routine.\n' +
        '2. Ruiz: lac scalp, pressure dsg. Priority.\nWAITING ON THE BIRD - Ferreira: ketamine 30 mg IM 0950. ' +
        'Ruiz vomited once, ondansetron 4 mg IV 0955.',
    );
    expect(rest).toEqual([]);
    expect(a.medications).toEqual([{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '09:50' }]);
    expect(b.medications).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '09:55' }]);
    // A name said after a dash, no colon after it, names him in passing: no turn.
    const [c, d] = records(
      'Two hurt in the rollover.\n1. Ferreira: fx L forearm. Routine.\n2. Ruiz: lac scalp. Priority.\n' +
        'Bird inbound - Ferreira walks to it. Ketamine 30 mg IM 0950.',
    );
    expect([c.medications, d.medications]).toEqual([
      undefined,
      [{ name: 'ketamine', dose: '30 mg', route: 'IM', time: '09:50' }],
    ]);
  });
  it('reads a known name credited with the care just told ("…, Okoro did it") as no turn to him', () => {
    const [first, second, ...rest] = records(
      'Mortar at 0915, Dunbar and Okoro both hit. Dunbar first: right hand gone at the wrist. Tourniquet on the ' +
        'right arm went on before I arrived, Okoro did it, fair play to him. Pulse 128. Now Okoro: frag to the left ' +
        'calf, pressure dressing left calf 0931. Dunbar urgent surgical, Okoro routine.',
    );
    expect(rest).toEqual([]);
    expect([first.interventions?.map((i) => i.type), first.vitals]).toEqual([['tourniquet'], [{ pulse: 128 }]]);
    expect(second.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_leg', time: '09:31' }]);
  });
  it('still turns to a known name that opens what he did to himself in words other than credit ("Okoro put pressure")', () => {
    const [, second] = records(
      'Mortar at 0915, Dunbar and Okoro both hit. Dunbar first: right hand gone at the wrist, tourniquet right arm. ' +
        'Okoro, frag to the left calf, pressure dressing left calf. Dunbar urgent surgical, Okoro routine.',
    );
    expect(second.injuries).toEqual([{ type: 'penetrating', location: 'left_leg' }]);
  });
});

describe('a known casualty headed by his rank and name with no comma', () => {
  it('opens his words at "…; PFC Bell frag …"', () => {
    const [a, b, c, ...rest] = records(
      'SGT Ames GSW left arm, CAT 0216; PFC Bell frag right eye, eye shield 0220; SPC Cole GSW to the belly, ' +
        'pulse 130; back to Ames, pulse 104; Bell pulse 88; Cole ertapenem 1 g IO 0233; Ames urgent, Cole ' +
        'urgent surgical, Bell priority.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Ames', [{ pulse: 104 }]]);
    expect([b.evac_priority, c.evac_priority]).toEqual(['priority', 'urgent_surgical']);
    expect([b.casualty?.name, b.injuries, b.vitals]).toEqual([
      'Bell',
      [{ type: 'penetrating', location: 'face' }],
      [{ pulse: 88 }],
    ]);
    expect([c.casualty?.name, c.injuries, c.medications?.[0].name]).toEqual([
      'Cole',
      [{ type: 'gsw', location: 'abdomen' }],
      'ertapenem',
    ]);
  });
});
