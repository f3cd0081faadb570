import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualty lists and introductions', () => {
  it('reads "First out is …, Second is …" as the casualties in the order pulled out, not "out" on its own', () => {
    const [a, b, ...rest] = records(
      'Vehicle went into the canal. Two pulled clear. First out was Corporal Ines Varga, gash to the right shin, ' +
        'pressure dressing right leg. Second out, Private Leo Brandt, pulse one twenty, GSW left arm.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Ines Varga');
    expect(a.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
    expect(b.casualty?.name).toBe('Leo Brandt');
    expect(b.vitals).toEqual([{ pulse: 120 }]);
    expect(records('First out of the wagon he grabbed the aid bag. SPC Olsen, TQ left leg.')).toHaveLength(1);
  });
  it('reads "First, … Second, …" opening sentences as two casualties once several are said', () => {
    const [a, b, ...rest] = records(
      'Two casualties, IED. First, zap number alpha bravo one two three four, GSW left arm, pulse one hundred. ' +
        'Second, zap number charlie delta five six seven eight, burns to the face, pulse one thirty.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.battle_roster).toBe('AB1234');
    expect(a.vitals).toEqual([{ pulse: 100 }]);
    expect(b.casualty?.battle_roster).toBe('CD5678');
    expect(b.vitals).toEqual([{ pulse: 130 }]);
    expect(b.injuries).toEqual([{ type: 'burn', location: 'face' }]);
  });
  it('reads "First the medic, … Second, the civilian …" as a series of two casualties', () => {
    const [a, b, ...rest] = records(
      'Two from the convoy strike. First the medic, SPC Ortega, frag L thigh, HR 110. Second, the civilian driver, burns to the face, HR 96.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Ortega', [{ pulse: 110 }]]);
    expect([b.vitals, b.injuries]).toEqual([[{ pulse: 96 }], [{ type: 'burn', location: 'face' }]]);
  });
  it('reads a lone name set off by a dash after a label as the casualty\'s ("Casualty 2 - Hale:")', () => {
    const [a, b] = records('Casualty 1 - Oyelaran: GSW R thigh, HR 130.\nCasualty 2 - Pettit: frag L hand, HR 96.');
    expect([a.casualty?.name, b.casualty?.name]).toEqual(['Oyelaran', 'Pettit']);
  });
  it('reads a triage roster of bulleted lines opening with a rank as one casualty each', () => {
    const [a, b, c, ...rest] = records(
      'Mortar impact 0930, 3 patients.\nURGENT\n- SGT Vance (VA1234): GSW R leg, TQ R thigh 0935, HR 130.\n' +
        'DELAYED\n- PFC Ortiz: frag L arm, pressure dsg L arm, HR 96.\nMINIMAL\n- SPC Reyes: lac R hand, HR 88.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, b.casualty?.name, c.casualty?.name]).toEqual(['Vance', 'Ortiz', 'Reyes']);
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '09:35' }]);
    expect(b.vitals).toEqual([{ pulse: 96 }]);
    expect(c.vitals).toEqual([{ pulse: 88 }]);
    expect(a.casualty?.battle_roster).toBe('VA1234');
    expect([a, b, c].map((r) => r.time_of_injury)).toEqual(['09:30', '09:30', '09:30']);
    // The heading above a line is that casualty's, never everyone's.
    expect([a, b, c].map((r) => r.evac_priority)).toEqual(['urgent', undefined, undefined]);
  });
  it('reads lines headed by a battle roster number and a rank as casualties, the roster kept', () => {
    const [a, b, ...rest] = records(
      'Rollover at 0610, 2 cas.\nAB1234 SGT Pike, M: fx L forearm, splint L arm. HR 90.\nCD5678 SPC Rowe, F: lac scalp. HR 112.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty).toEqual({ name: 'Pike', battle_roster: 'AB1234', sex: 'male' });
    expect(b.casualty).toEqual({ name: 'Rowe', battle_roster: 'CD5678', sex: 'female' });
    expect(b.vitals).toEqual([{ pulse: 112 }]);
  });
  it('follows "the female … the male …" once several are said, each back to the same casualty', () => {
    const [f, m, ...rest] = records(
      'got two from the blast the female is specialist ana ruiz frag to the left thigh ' +
        'the male is private dan cole burns to the right hand the female pulse one hundred the male pulse one twenty',
    );
    expect(rest).toEqual([]);
    expect(f.casualty?.sex).toBe('female');
    expect(f.vitals).toEqual([{ pulse: 100 }]);
    expect(m.casualty?.sex).toBe('male');
    expect(m.vitals).toEqual([{ pulse: 120 }]);
  });
  it('keeps a bystander said to be fine off every record, and counts "first is" from the casualties', () => {
    const result = extractCasualties(
      'Two casualties plus the interpreter, who is fine, pulse around ninety, he needs no card. ' +
        'First is Corporal Dale Ames, GSW left arm, pulse one ten. Second is Private Ivy Stone, burns to the face, pulse one thirty. ' +
        'Ames urgent, Stone priority.',
    );
    const [a, b, ...rest] = result.casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Dale Ames');
    expect(a.vitals).toEqual([{ pulse: 110 }]);
    expect(a.evac_priority).toBe('urgent');
    expect(b.casualty?.name).toBe('Ivy Stone');
    expect(b.vitals).toEqual([{ pulse: 130 }]);
    expect(b.evac_priority).toBe('priority');
    expect(result.unattributed.some((e) => e.path.startsWith('/vitals'))).toBe(true);
  });
  it('dates every casualty on the line of a time header ("Update 0910: Cas 1 … Cas 2 …")', () => {
    const [a, b] = records(
      '2 cas from the blast.\nCas 1 SGT Vance: frag L leg.\nCas 2 PFC Ortiz: lac R arm.\n' +
        'Update 0910: Cas 1 HR 120, RR 24. Cas 2 HR 96, pain 4.\nUpdate 0925: Cas 1 HR 108. Cas 2 HR 90.',
    );
    expect(a.vitals).toEqual([
      { time: '09:10', pulse: 120, resp_rate: 24 },
      { time: '09:25', pulse: 108 },
    ]);
    expect(b.vitals).toEqual([
      { time: '09:10', pulse: 96, pain: 4 },
      { time: '09:25', pulse: 90 },
    ]);
  });
  it('leaves out a sentence that names two casualties without saying whose its facts are, and lists it', () => {
    const result = extractCasualties(
      'Two casualties. First guy is Corporal Tom Hale, burns to the face, pulse one ten. ' +
        'Second guy is Private Ed Marsh, GSW left leg, pulse one twenty. ' +
        'Gave morphine ten milligrams IM at 0905, that was Marsh, no wait, it went to Hale, not Marsh. ' +
        "Hale's priority, Marsh is urgent.",
    );
    const [hale, marsh] = result.casualties.map((c) => c.record);
    expect(hale.medications).toBeUndefined();
    expect(marsh.medications).toBeUndefined();
    expect(hale.evac_priority).toBe('priority');
    expect(marsh.evac_priority).toBe('urgent');
    expect(result.unattributed.some((e) => e.path.startsWith('/medications'))).toBe(true);
  });
  it('switches on a known name opening a clause in speech printed without punctuation', () => {
    const [boyd, lane, ...rest] = records(
      'rocket hit the motor pool two guys down first guy specialist boyd frag to the right arm pressure dressing right arm ' +
        'heart rate 100 the other guy sergeant lane burns to the chest heart rate 130 lane urgent boyd routine',
    );
    expect(rest).toEqual([]);
    expect(boyd.evac_priority).toBe('routine');
    expect(lane.evac_priority).toBe('urgent');
    expect(boyd.vitals).toEqual([{ pulse: 100 }]);
    expect(lane.vitals).toEqual([{ pulse: 130 }]);
  });
  it('reads a two-letter name after a label, so "Wu, urgent." is hers', () => {
    const [, wu] = records(
      'Two casualties. Patient one, Torres. Frag, left arm. Next patient, Wu. Burns, face. Torres, routine. Wu, urgent.',
    );
    expect(wu.evac_priority).toBe('urgent');
  });
  it('gives what came before "Moving on to the second guy" to a first casualty, also once named there', () => {
    const [a, b, ...rest] = records(
      'Okay, this is Private Reed, GSW to the left thigh, tourniquet on the left thigh, pulse one twenty. ' +
        'Alright, Reed is set for now. Moving on to the second guy, Corporal Webb, frag to the face, pulse ninety. ' +
        'Reed is urgent, Webb routine.',
    );
    expect(rest).toEqual([]);
    expect(a.vitals).toEqual([{ pulse: 120 }]);
    expect(a.evac_priority).toBe('urgent');
    expect(b.vitals).toEqual([{ pulse: 90 }]);
    expect(b.evac_priority).toBe('routine');
    expect(b.interventions).toBeUndefined();
  });
  it('reads "the other one" closing an act ("I didn\'t patch the other one.") as a thing, not a casualty', () => {
    const result = extractCasualties(
      "Corporal Ana Vidal, frag in the left eye, rigid eye shield on the left eye, I didn't patch the other one. " +
        'Pulse ninety, alert. Urgent.',
    );
    expect(result.casualties).toHaveLength(1);
    expect(result.casualties[0].record.vitals).toEqual([{ pulse: 90, avpu: 'A' }]);
  });
  it('reads "1. SGT Cole - …" lines, "guy number two" and a rank and name opening a sentence as casualties', () => {
    const listed = records(
      '3 casualties from the IED.\n1. SGT Cole - GSW L thigh, HR 120.\n2. SPC Diaz - frag R arm, HR 96.\n3. PFC Roe - burns face, HR 110.',
    );
    expect(listed.map((r) => [r.casualty?.name, r.vitals])).toEqual([
      ['Cole', [{ pulse: 120 }]],
      ['Diaz', [{ pulse: 96 }]],
      ['Roe', [{ pulse: 110 }]],
    ]);
    const guys = records(
      'two guys hit. guy number one, gsw chest, pulse 130. guy number two, frag left arm, pulse 95.',
    );
    expect(guys.map((r) => r.vitals)).toEqual([[{ pulse: 130 }], [{ pulse: 95 }]]);
    const ranked = records(
      'Two wounded. Sergeant Ames has a GSW to the right thigh, pulse 124. Private Boyd has burns to the left hand, pulse 92. ' +
        'Ames is urgent surgical, Boyd routine.',
    );
    expect(ranked.map((r) => [r.casualty?.name, r.evac_priority, r.vitals])).toEqual([
      ['Ames', 'urgent_surgical', [{ pulse: 124 }]],
      ['Boyd', 'routine', [{ pulse: 92 }]],
    ]);
  });
  it('gives a triage heading ("Urgent: SGT Bell, …") to the casualty it heads', () => {
    const [bell, hart] = records(
      'I have 2 casualties. Urgent: SGT Bell, amputation right leg, HR 140. Routine: PFC Hart, lac left hand, HR 88.',
    );
    expect([bell.casualty?.name, bell.evac_priority]).toEqual(['Bell', 'urgent']);
    expect([hart.casualty?.name, hart.evac_priority]).toEqual(['Hart', 'routine']);
  });
  it('reads triage codes ("T1 SPC Ray: …") and "My first is … My second is …" as casualties', () => {
    const coded = records(
      'MASCAL, 3 patients. T1 SPC Ray: GSW R chest, HR 130. T2 PFC Kim: fx L leg, HR 100. T3 SGT Oz: lac scalp, HR 90.',
    );
    expect(coded.map((r) => [r.casualty?.name, r.vitals])).toEqual([
      ['Ray', [{ pulse: 130 }]],
      ['Kim', [{ pulse: 100 }]],
      ['Oz', [{ pulse: 90 }]],
    ]);
    const mine = records(
      'I have two. My first is Corporal Vance, shot in the right arm, pulse 120. My second is Private Shaw, frag to the left thigh, pulse 98.',
    );
    expect(mine.map((r) => [r.casualty?.name, r.vitals])).toEqual([
      ['Vance', [{ pulse: 120 }]],
      ['Shaw', [{ pulse: 98 }]],
    ]);
  });
  it('reads "the first driver … the second driver" as two casualties', () => {
    const [a, b, ...rest] = records(
      'Both drivers hurt. The first driver, SPC Hale, GSW to the left leg, pulse 120. The second driver, PFC Rios, burns to the face, pulse 100.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Hale', [{ pulse: 120 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Rios', [{ pulse: 100 }]]);
  });
  it('reads a part filed on its own with the opening words ("Two casualties from the IED. The other guy …") as that casualty', () => {
    expect(records('Two casualties from the IED. The other guy has burns to the face, pulse 100.')).toEqual([
      { mechanism: ['ied'], injuries: [{ type: 'burn', location: 'face' }], vitals: [{ pulse: 100 }] },
    ]);
  });
  it('reads "both casualties" and "both from" as several, and a role as that casualty only where it opens a phrase', () => {
    const [a, b, ...rest] = records(
      'Both casualties from the rocket at 2210. The gunner: burns to both hands, pulse 118. Priority. ' +
        'The RTO: frag to the left thigh, told the gunner to lie still, pulse 96. Routine.',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.evac_priority, a.time_of_injury]).toEqual([[{ pulse: 118 }], 'priority', '22:10']);
    expect([b.vitals, b.evac_priority, b.time_of_injury]).toEqual([[{ pulse: 96 }], 'routine', '22:10']);
  });
  it('reads "the male is the driver" as one casualty, in speech without punctuation', () => {
    const [a, b, ...rest] = records(
      'both from the crash the male is the driver cut on the right hand pulse ninety routine ' +
        'the female is the medic pulse one ten priority',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.sex, a.vitals, a.evac_priority]).toEqual(['male', [{ pulse: 90 }], 'routine']);
    expect([b.casualty?.sex, b.vitals, b.evac_priority]).toEqual(['female', [{ pulse: 110 }], 'priority']);
  });
  it('reads "this guy" said against "the other one" as the same casualty each time', () => {
    const [a, b, ...rest] = records(
      "I've got two. this guy, frag to the left arm, pulse one hundred. the other one, GSW to the belly, pulse one " +
        'forty. back to this guy, sats ninety eight. the other one, IV right AC.',
    );
    expect(rest).toEqual([]);
    expect(a.vitals).toEqual([{ pulse: 100, spo2: 98 }]);
    expect(a.interventions).toBeUndefined();
    expect([b.vitals, b.interventions]).toEqual([[{ pulse: 140 }], [{ type: 'iv', location: 'right_arm' }]]);
  });
  it('reads "now the second one, she\'s got …" after words about someone as a turn to a second casualty', () => {
    const [a, b, ...rest] = records(
      "TQ on his right leg, 1402. Pulse 130. Alright, now the second one, she's got burns. Pulse 100.",
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.interventions?.length]).toEqual([[{ pulse: 130 }], 1]);
    expect([b.vitals, b.interventions]).toEqual([[{ pulse: 100 }], undefined]);
  });
  it('reads lower-case lettered casualties as a recogniser prints them ("casualty a … casualty b"), never a lone article', () => {
    const [a, b, ...rest] = records(
      'casualty a gunshot right forearm heart rate one hundred casualty b is the female gunshot through the left calf ' +
        'heart rate one ten moving back to casualty a giving him ketamine twenty milligrams i m casualty b gets tylenol ' +
        'one gram by mouth',
    );
    expect(rest).toEqual([]);
    expect([a.vitals, a.medications?.map((m) => m.name)]).toEqual([[{ pulse: 100 }], ['ketamine']]);
    expect([b.vitals, b.medications?.map((m) => m.name)]).toEqual([[{ pulse: 110 }], ['acetaminophen']]);
    expect(records('casualty a female with a gunshot right forearm heart rate one hundred')).toHaveLength(1);
  });
  it('reads numbered items under radio MIST headings ("India: one, …; two, …", "Evac: one urgent surgical, two routine")', () => {
    const [a, b, ...rest] = records(
      'MIST for two, casualty one and casualty two. Mike: both gunshot, time of injury one one four zero. India: one, ' +
        'gunshot wound abdomen; two, gunshot wound right hand. Sierra: one, pulse one two zero; two, pulse eight eight. ' +
        'Tango: one, pressure dressing abdomen; two, pressure dressing right hand, meloxicam one five milligrams by ' +
        'mouth. Evac: one urgent surgical, two routine. Over.',
    );
    expect(rest).toEqual([]);
    expect([a.time_of_injury, a.evac_priority, a.vitals, a.injuries]).toEqual([
      '11:40',
      'urgent_surgical',
      [{ pulse: 120 }],
      [{ type: 'gsw', location: 'abdomen' }],
    ]);
    expect([b.time_of_injury, b.evac_priority, b.vitals, b.medications?.length]).toEqual([
      '11:40',
      'routine',
      [{ pulse: 88 }],
      1,
    ]);
  });
  it('reads battle roster numbers said in the phonetic alphabet as casualties, once "two gunshot casualties" are said', () => {
    const [a, b, ...rest] = records(
      'Two gunshot casualties from the sniper. Roster kilo lima four four seven one, male, gunshot wound left thigh, ' +
        'pulse one hundred. Roster mike november two two niner zero, gunshot wound to the neck, pulse one two four.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.battle_roster, a.vitals]).toEqual(['KL4471', [{ pulse: 100 }]]);
    expect([b.casualty?.battle_roster, b.vitals]).toEqual(['MN2290', [{ pulse: 124 }]]);
  });
  it('reads "below the first, 1412" as a device timed, so the surnames triaged still cut the narrative', () => {
    const [a, b, ...rest] = records(
      "Working on Novak. GSW right arm, TQ at 1410, another below the first, 1412. Pulse 118. Now Castro's down too. " +
        'Castro, burns to both hands, pulse 96. Novak is urgent surgical, Castro routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Novak', [{ pulse: 118 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Castro', [{ pulse: 96 }]]);
  });
  it('reads a company letter a slash joins to its unit as no casualty letter ("pax C/3-8 FA")', () => {
    const [a, b, ...rest] = records(
      'Both pax C/3-8 FA, IED at 0930. Pt A: GSW R arm, TQ 0933. Pt B: burns L hand, alert.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.unit, a.interventions]).toEqual([
      'C/3-8 FA',
      [{ type: 'tourniquet', location: 'right_arm', time: '09:33' }],
    ]);
    expect([b.casualty?.unit, b.interventions]).toEqual(['C/3-8 FA', undefined]);
  });
});

describe('"second one" before a place and its time', () => {
  it('is a second device on that place, not a second casualty', () => {
    const found = extractCasualties(
      'PFC Lina Haddad, blast to the right foot, partial amputation. CAT right thigh 0712, second one right thigh 0715. Pulse 118.',
    ).casualties.map((c) => c.record);
    expect(found).toHaveLength(1);
    expect(found[0].interventions).toEqual([
      { type: 'tourniquet', location: 'right_leg', time: '07:12' },
      { type: 'tourniquet', location: 'right_leg', time: '07:15' },
    ]);
  });
});
