import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualty designators, wherever they stand', () => {
  it('reads the MIST letters heading each casualty of a radio report as headings, never as a name', () => {
    const [a, b, ...rest] = records(
      'MIST for two. Casualty one: Mike, blast. India, burns left hand. Sierra, pulse one hundred. ' +
        'Casualty two: Mike, blast. India, frag right thigh. Sierra, pulse eighty.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual([undefined, undefined]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 100 }], [{ pulse: 80 }]]);
  });
});

describe('designators opening a sentence mid-line', () => {
  it('reads role headings said one after another on a single line as one casualty each', () => {
    const [a, b, c, ...rest] = records(
      'Rollover at 0310. Driver: frag left forearm, pulse 100. Gunner: burns to the face, pulse 120. ' +
        'TC: cut on the chin, pulse 80. Gunner urgent, driver priority, TC routine.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals, c.vitals]).toEqual([[{ pulse: 100 }], [{ pulse: 120 }], [{ pulse: 80 }]]);
    expect([a.evac_priority, b.evac_priority, c.evac_priority]).toEqual(['priority', 'urgent', 'routine']);
  });
  it('reads battle roster numbers spelled in the phonetic alphabet heading each casualty', () => {
    const [a, b, ...rest] = records(
      'Bravo Kilo four four one two: frag right calf, pulse 104. Charlie Echo seven seven zero one: burns left hand, pulse 90.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 104 }], [{ pulse: 90 }]]);
  });
  it('never reads one roster number set off by a comma, without its label, as a casualty designator', () => {
    expect(records('Kilo Lima four four seven one, GSW left arm, pulse 100.')).toHaveLength(1);
  });
});

describe('numbered and ordinal items before their person or triage category', () => {
  it('reads items numbered and headed by a triage category as casualties though no one is named', () => {
    const [a, b, c, ...rest] = records(
      'CCP triage 0900:\n1. Immediate - GSW chest, HR 130.\n2. Delayed - frag L thigh, HR 100.\n3. Minimal - lac R hand, HR 84.\n' +
        'All three from the mortar at 0850.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals, c.vitals]).toEqual([[{ pulse: 130 }], [{ pulse: 100 }], [{ pulse: 84 }]]);
  });
  it('gives every casualty what a closing "All four from …" sentence says, never only the last one', () => {
    const found = records(
      '1. Urgent - GSW L leg, HR 120.\n2. Urgent - burns face, HR 118.\n3. Routine - lac scalp, HR 80.\n' +
        '4. Routine - frag R hand, HR 76.\nAll four from the IED at 1210.',
    );
    expect(found.map((r) => [r.time_of_injury, r.mechanism?.includes('ied')])).toEqual(Array(4).fill(['12:10', true]));
  });
  it('reads "Number one, <rank name>, … Number two, …" with the number said in words as casualties', () => {
    const [a, b, ...rest] = records(
      'Both from the same blast. Number one, Corporal Ian Moss, frag left hip, pulse 112. ' +
        'Number two, Private Dana Cole, burns to the right hand, pulse 90.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Ian Moss', 'Dana Cole']);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 112 }], [{ pulse: 90 }]]);
  });
  it('reads "First, <rank name>, … Second, <rank name>, …" as two casualties with no count said', () => {
    const [a, b, ...rest] = records(
      'First, Staff Sergeant Alan Pike, 2nd Squad: GSW right thigh, pulse 120. Urgent. ' +
        'Second, Private First Class Tia Soto, same house, cut on the left hand, pulse 88, routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Alan Pike', 'Tia Soto']);
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'routine']);
  });
  it('keeps "First, apply a tourniquet … Second, …" care steps as one casualty', () => {
    expect(
      records(
        'GSW left thigh. First, tourniquet left thigh at 1410. Second, pressure dressing on the left arm. Pulse 110.',
      ),
    ).toHaveLength(1);
  });
});

describe('casualties known by their wound, and a swap taken back', () => {
  it('switches to a casualty by the wound he was said to be ("the second is the burn … burn routine")', () => {
    const [a, b, ...rest] = records(
      'Two casualties. The first one is the amputation, left leg, TQ left thigh, HR 130. ' +
        'The second is the burn, face, HR 90. Amputation is urgent, burn routine.',
    );
    expect(rest).toEqual([]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'routine']);
    expect(b.injuries).toEqual([{ type: 'burn', location: 'face' }]);
  });
  it('gives no one what a sentence said of two casualties before "correction, other way round"', () => {
    const [a, b, ...rest] = records(
      'Two patients. The first has the GSW to the left leg, the second has the burn. Correction, other way round: ' +
        'the first one is the burn, left hand, HR 100. The second is the GSW, right arm, HR 120.',
    );
    expect(rest).toEqual([]);
    expect(a.injuries).toEqual([{ type: 'burn', location: 'left_arm' }]);
    expect(b.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
  });
});

describe('casualties known by what they are', () => {
  it('switches back to a casualty said to be "a <kind>" when the kind opens a triage sentence', () => {
    const [a, b, ...rest] = records(
      'Two casualties at the gate. First is a local shopkeeper, male, burns to both hands, pulse 110. ' +
        'Second is one of ours, Corporal Dan Reyes, frag to the left calf, pulse 90. Shopkeeper is priority, Reyes routine.',
    );
    expect(rest).toEqual([]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['priority', 'routine']);
    expect(a.casualty?.name).toBeUndefined();
  });
});

describe('designators said in passing, in commentary', () => {
  it('reads "First guy urgent" at the end as the casualty spoken of before "moving on to the second guy"', () => {
    const [a, b, ...rest] = records(
      'Left thigh is pumping, tourniquet going on the left thigh, pulse one forty. Okay, moving on to the second guy. ' +
        'Cut on the chin, pressure dressing, pulse eighty. First guy urgent surgical, second guy routine.',
    );
    expect(rest).toEqual([]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent_surgical', 'routine']);
  });
  it('reads roles once "first one … the other one" designate two, though no count is said', () => {
    const [a, b, ...rest] = records(
      'first one is the gunner he has a cut on his right hand pressure dressing pulse eighty ' +
        'the other one the driver responds to pain only pulse one thirty back to the gunner splinting his left wrist ' +
        'driver urgent gunner routine',
    );
    expect(rest).toEqual([]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['routine', 'urgent']);
    expect(a.interventions?.map((x) => x.type)).toEqual(['pressure_dressing', 'splint']);
  });
  it('reads a lone letter turned back to or opening a clause as the casualty lettered "Cas A" / "Cas B"', () => {
    const [a, b, ...rest] = records(
      'Cas A, GSW right arm, pressure dressing right arm. Cas B, burns to the face, pulse one ten. ' +
        "Back to A, he's alert. B gets ketamine fifty milligrams IM. B's pulse one twenty.",
    );
    expect(rest).toEqual([]);
    expect(a.vitals).toEqual([{ avpu: 'A' }]);
    expect(b.vitals).toEqual([{ pulse: 110 }, { pulse: 120 }]);
    expect(b.medications?.map((m) => m.name)).toEqual(['ketamine']);
  });
  it('reads "Second gets …" as the second casualty given something', () => {
    const [a, b, ...rest] = records(
      'First patient, twisted ankle, splint on the right leg. Moving to the second, cut on the left hand, pulse ninety. ' +
        'Back to the first one, pain five. Second gets Tylenol one gram by mouth.',
    );
    expect(rest).toEqual([]);
    expect(a.medications).toBeUndefined();
    expect(b.medications?.map((m) => m.name)).toEqual(['acetaminophen']);
  });
});

describe('names in a recogniser text', () => {
  it('reads two lower-case words after "private" as the name when a wound follows them', () => {
    const [a, b] = records(
      'first casualty private maya lund burns to the left hand pulse ninety second casualty sergeant ray cobb gunshot wound right leg',
    );
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['maya lund', 'ray cobb']);
  });
  it('never reads "private security guard" as a name', () => {
    expect(records('private security guard frag to the left leg pulse one ten')[0].casualty?.name).toBeUndefined();
  });
});

describe('list items inside a line', () => {
  it('reads numbered items after a heading and a semicolon as casualties ("Casualties: 1) … ; 2) …")', () => {
    const [a, b, ...rest] = records(
      'Blast at the gate. Casualties: 1) SGT Omar Vance, frag R leg, HR 118; 2) PFC Jo Baird, burns L hand, HR 92.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Omar Vance', 'Jo Baird']);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 118 }], [{ pulse: 92 }]]);
  });
  it('reads items numbered with a spaced dash and a triage category one after another on a line', () => {
    const found = records(
      'Rocket strike. 1 - Urgent: frag abdomen, HR 134. 2 - Priority: burns L arm, HR 102. 3 - Routine: lac R hand, HR 78.',
    );
    expect(found.map((r) => [r.evac_priority, r.vitals])).toEqual([
      ['urgent', [{ pulse: 134 }]],
      ['priority', [{ pulse: 102 }]],
      ['routine', [{ pulse: 78 }]],
    ]);
  });
  it('reads spelled letters set off by a spaced dash ("Alpha - … Bravo - …") as casualties', () => {
    const [a, b, ...rest] = records('Alpha - GSW L leg, HR 126. Bravo - burns to the face, HR 97.');
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 126 }], [{ pulse: 97 }]]);
  });
  it('reads numbers said in a series "One, … Two, …" as casualties once several are said, not as counted devices', () => {
    const [a, b, ...rest] = records(
      'Two casualties. One, GSW left leg, tourniquet left thigh, pulse 124. Two, burns to the face, pulse 93.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 124 }], [{ pulse: 93 }]]);
    expect(
      records('Two tourniquets placed. One, left thigh at 1410. Two, right thigh at 1412. Pulse 120.'),
    ).toHaveLength(1);
  });
  it('never reads an AVPU letter within a line ("V. Urgent surgical. A. Priority.") as a lettered item', () => {
    const found = records(
      'Grenade 0150. 3 cas, all frag.\n#1 AB-3321: frag R thigh, TQ R leg 0153. HR 124, V. Urgent surgical.\n' +
        '#2 GK-0417: frag L forearm, pressure dsg L arm. HR 100, A. Priority.\n#3 MT-7788: frag R calf. A. Routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent_surgical', 'priority', 'routine']);
  });
});

describe('ordinals written in digits, and "the other" opening a sentence', () => {
  it('reads "1st casualty: … 2nd casualty: …" as two casualties', () => {
    const [a, b, ...rest] = records('1st casualty: GSW L leg, HR 121. 2nd casualty: burns to the face, HR 94.');
    expect(rest).toEqual([]);
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 121 }], [{ pulse: 94 }]]);
  });
  it('reads "The first is … The other is …" as two casualties once several are said', () => {
    const [a, b, ...rest] = records(
      'Two casualties. The first is SGT Amy Cole, GSW left leg, HR 120. The other is PFC Bo Lane, burns to the face, HR 95.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Amy Cole', 'Bo Lane']);
  });
  it('keeps "one tourniquet on each leg, the other is …" about one casualty', () => {
    expect(
      records('GSW both legs. One tourniquet is high on the left thigh. The other is on the right thigh. HR 120.'),
    ).toHaveLength(1);
  });
});

describe('a label said again in a closing triage sentence', () => {
  it('reads "Number one is urgent, number two routine" as each numbered casualty\'s priority', () => {
    const found = records(
      'Two casualties. Number one, SPC Al Roy, GSW L leg, HR 120. Number two, PFC Bo Lane, burns face, HR 95. ' +
        'Number one is urgent, number two routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
  it('reads "Alpha urgent, Bravo routine" as each lettered casualty\'s priority', () => {
    const found = records('Alpha: GSW L leg, HR 120. Bravo: burns face, HR 95. Alpha urgent, Bravo routine.');
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
});

describe('an ordinal before a triage category', () => {
  it('reads "First urgent, second routine." as each casualty\'s priority once several are said', () => {
    const found = records(
      'Two casualties. First patient: GSW left leg, pulse 130. Second patient: burns face, pulse 90. First urgent, second routine.',
    );
    expect(found.map((r) => r.evac_priority)).toEqual(['urgent', 'routine']);
  });
});

describe('a time heading a sentence of lettered readings', () => {
  it('dates each lettered casualty\'s reading and gives it to him ("Update 0945: A HR 110, B HR 84.")', () => {
    const [a, b] = records(
      'Cas A: male, GSW R thigh, HR 120. Cas B: female, frag L hand, HR 88. Update 0945: A HR 110, B HR 84.',
    );
    expect(a.vitals).toEqual([{ pulse: 120 }, { time: '09:45', pulse: 110 }]);
    expect(b.vitals).toEqual([{ pulse: 88 }, { time: '09:45', pulse: 84 }]);
  });
});

describe('a timeline whose lines open with a bare time, then say whose they are', () => {
  it('dates each line with its own time, never the next line\'s ("0741 Pt 2 IV L AC.\\n0744 Pt 1 …")', () => {
    const [a, b] = records(
      'Two pts from the rollover at 0650.\nPt 1: CPL Dunn, lac R forearm.\nPt 2: PVT Sato, fx L ankle.\n' +
        '0735 Pt 1 HR 104 BP 128/80.\n0741 Pt 2 IV L AC, morphine 4 mg IV.\n0744 Pt 1 pressure dressing R forearm.\n' +
        '0750 Pt 2 HR 92.',
    );
    expect(a.vitals).toEqual([{ time: '07:35', pulse: 104, systolic: 128, diastolic: 80 }]);
    expect(a.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '07:44' }]);
    expect(b.interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '07:41' }]);
    expect(b.medications).toEqual([{ name: 'morphine', dose: '4 mg', route: 'IV', time: '07:41' }]);
    expect(b.vitals).toEqual([{ time: '07:50', pulse: 92 }]);
  });
  it('takes "@" or "hrs" with the time ("@2210 cas bravo hr 118. 2215 hrs cas alpha sats 95")', () => {
    const [a, b] = records(
      'cas alpha: gsw l shoulder. cas bravo: burns r hand. @2210 cas bravo hr 118. 2215 hrs cas alpha sats 95.',
    );
    expect(a.vitals).toEqual([{ time: '22:15', spo2: 95 }]);
    expect(b.vitals).toEqual([{ time: '22:10', pulse: 118 }]);
  });
});
