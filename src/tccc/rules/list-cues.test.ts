import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { rankedName, rosterLabelAt, siteHeadingBefore } from './list-cues.js';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by a roster number or a name heading their words', () => {
  it('reads battle roster numbers heading sentences as one casualty each, once several are said', () => {
    const [a, b, ...rest] = records(
      'Three pax hurt, two of them ours. AB1234: GSW left arm, pulse 100, TQ left arm 1410. ' +
        'ZAP CD5678, gunner: burns to the face, pulse 130. Routine.',
    );
    expect(rest).toEqual([]);
    expect(a.casualty?.battle_roster).toBe('AB1234');
    expect([a.vitals, a.interventions]).toEqual([
      [{ pulse: 100 }],
      [{ type: 'tourniquet', location: 'left_arm', time: '14:10' }],
    ]);
    expect(b.casualty?.battle_roster).toBe('CD5678');
    expect([b.vitals, b.evac_priority]).toEqual([[{ pulse: 130 }], 'routine']);
  });
  it('reads a battle roster number written with a hyphen ("Roster QT-5519:") as heading its casualty', () => {
    const [a, b, ...rest] = records(
      'Three hurt, one walking. Roster QT-5519: frag to the neck, HR 130. Urgent. Roster MB-0742: burns L hand, HR 92. Routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.battle_roster, a.vitals, a.evac_priority]).toEqual(['QT5519', [{ pulse: 130 }], 'urgent']);
    expect([b.casualty?.battle_roster, b.vitals, b.evac_priority]).toEqual(['MB0742', [{ pulse: 92 }], 'routine']);
  });
  it('reads a name turned to with "Treating …", "Now moving to …" as that casualty, and back to it by name', () => {
    const [a, b, ...rest] = records(
      'Two hurt. Treating Abara first, frag R thigh, TQ R thigh 0640, pulse 118. Now moving to Quist, burn to the L hand, ' +
        'pulse 92. Going back to Abara, pulse 126. Abara urgent, Quist routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals, a.evac_priority]).toEqual([
      'Abara',
      [{ pulse: 118 }, { pulse: 126 }],
      'urgent',
    ]);
    expect([b.casualty?.name, b.vitals, b.evac_priority, b.interventions]).toEqual([
      'Quist',
      [{ pulse: 92 }],
      'routine',
      undefined,
    ]);
  });
  it('reads a name heading a sentence with a colon as that casualty, and the same name later as the same one', () => {
    const [a, b, ...rest] = records(
      'Two from the ambush. Ortiz: GSW right calf, pressure dressing right calf. Bell first: frag to the neck, ' +
        'pulse 128. Back to Ortiz: pulse 92, alert, meloxicam 15 mg and Tylenol 1000 mg, both PO. Bell urgent. Ortiz routine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals, a.evac_priority]).toEqual(['Ortiz', [{ pulse: 92, avpu: 'A' }], 'routine']);
    expect([b.casualty?.name, b.vitals, b.evac_priority]).toEqual(['Bell', [{ pulse: 128 }], 'urgent']);
    // "both PO" is the route of the two drugs, not words said of both casualties.
    expect(a.medications?.map((m) => m.route)).toEqual(['PO', 'PO']);
    expect(b.medications).toBeUndefined();
  });
  it('never reads a heading repeated for each casualty as a name', () => {
    const [a, b] = records(
      'Two casualties. Casualty one, SPC Dana Ruiz. Signs: pulse 110. Casualty two, PFC Ed Moss. Signs: pulse 140.',
    );
    expect([a.casualty?.name, a.vitals]).toEqual(['Dana Ruiz', [{ pulse: 110 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Ed Moss', [{ pulse: 140 }]]);
  });
  it('reads a name as the subject of a sentence opening it as that casualty, once several are said', () => {
    const [a, b, ...rest] = records(
      'Got two here. Ortiz took frag to the right leg, TQ right thigh 1412, pulse 110. Bell has a GSW left shoulder, pulse 96. Driver is fine.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals, a.interventions?.length]).toEqual(['Ortiz', [{ pulse: 110 }], 1]);
    expect([b.casualty?.name, b.vitals, b.interventions]).toEqual(['Bell', [{ pulse: 96 }], undefined]);
  });
  it('reads "Soldier 1", "Victim two" as casualty labels', () => {
    const [a, b] = records('Soldier 1: GSW left thigh, HR 120. Soldier 2: burns to both hands, HR 98.');
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 120 }], [{ pulse: 98 }]]);
    const [c, d] = records('Victim one, frag to the abdomen, pulse 130. Victim two, lac to the forehead, pulse 110.');
    expect([c.vitals, d.vitals]).toEqual([[{ pulse: 130 }], [{ pulse: 110 }]]);
  });
  it('reads a sentence that lists two ranked names as introducing them, and "two hurt" as several', () => {
    const [a, b, ...rest] = records(
      'Mortar round, two hurt. SPC Dale Ruiz and PFC Tom Lane. Ruiz: frag to the left thigh, HR 104. Lane: lac to the right forearm, HR 88.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Dale Ruiz', [{ pulse: 104 }]]);
    expect([b.casualty?.name, b.vitals]).toEqual(['Tom Lane', [{ pulse: 88 }]]);
  });
  it('reads "MIST x2. 1: … 2: …" and a "Casualties:" heading as several, never "GSW x2" nor a time "0005:"', () => {
    const [a, b] = records('MIST x2. 1: M - IED, I - R leg amp, S - HR 140. 2: M - IED, I - frag face, S - HR 100.');
    expect([a.vitals, b.vitals]).toEqual([[{ pulse: 140 }], [{ pulse: 100 }]]);
    const [c, d] = records('Casualties: SPC Lane, GSW chest, HR 120; PFC Moss, sprained ankle, HR 80.');
    expect([c.casualty?.name, c.vitals, d.casualty?.name, d.vitals]).toEqual([
      'Lane',
      [{ pulse: 120 }],
      'Moss',
      [{ pulse: 80 }],
    ]);
    expect(records('MOI: GSW x2, L chest and L arm.\n0005:\nP 116\nEvac: urgent.')).toHaveLength(1);
  });
  it('reads "Triage:" heading a numbered list of categories as no casualty\'s name, so every item is given', () => {
    const [a, b, c, ...rest] = records(
      'Patient one, medic, Sergeant Lena Ortiz, female, GSW right shoulder. Patient two, driver, Corporal Omar Beck, ' +
        'male, burns both hands. Patient three, male, cut left shin. Back to patient two: pulse 88. ' +
        'Triage: one urgent, two priority, three routine.',
    );
    expect(rest).toEqual([]);
    expect([a.evac_priority, b.evac_priority, c.evac_priority]).toEqual(['urgent', 'priority', 'routine']);
  });
  it('reads a MASCAL category set off by a dash ("DELAYED - CPL Ito. …") as heading its casualty', () => {
    const found = records(
      [
        'Rocket on the motor pool at 1950, three hurt.',
        'MINIMAL - SPC Dana Reyes. Abrasions L knee. HR 84, alert.',
        'IMMEDIATE - PFC Owen Tate. GSW R thigh, TQ R thigh 1953. HR 128.',
        'DELAYED - CPL Kenji Ito. Frag L forearm, pressure dsg. HR 96.',
      ].join('\n'),
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Dana Reyes', 'Owen Tate', 'Kenji Ito']);
    expect(found.map((r) => r.vitals?.[0]?.pulse)).toEqual([84, 128, 96]);
  });
  it('reads a dash after a category inside a sentence as no heading', () => {
    const found = records('PFC Owen Tate, GSW R thigh, HR 128, urgent - he needs the bird first. TQ R thigh 1953.');
    expect(found).toHaveLength(1);
    expect(found[0].interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '19:53' }]);
  });
});

describe('a numbered site heading a line', () => {
  /** The word the heading before `word` opens with, if any. */
  const headingBefore = (text: string, word: string): string | undefined => {
    const tokens = readTokens(text, NORMALIZE_OPTIONS);
    const at = siteHeadingBefore(
      tokens,
      tokens.findIndex((t) => t.raw === word),
    );
    return at === undefined ? undefined : tokens[at].raw;
  };
  it('is a word and a number of one or two digits opening the line before a colon', () => {
    expect(headingBefore('Blast at 0500.\nBay 3: SGT Ames - frag.', 'SGT')).toBe('Bay');
    expect(headingBefore('LZ2: PFC Lee - burns.', 'PFC')).toBe('LZ');
  });
  it('is no time, no reading and nothing said within a line', () => {
    expect(headingBefore('Log 0740: SGT Ames - frag.', 'SGT')).toBeUndefined();
    expect(headingBefore('Moved him to bay 3: SGT Ames took over.', 'SGT')).toBeUndefined();
    expect(headingBefore('SpO2 91: PFC Lee on oxygen.', 'PFC')).toBeUndefined();
  });
});

describe("a casualty's entry opened by his roster number", () => {
  const label = (text: string) => rosterLabelAt(readTokens(text, NORMALIZE_OPTIONS), 0);
  it('reads the number after any word that labels one ("BR", "zap", "roster")', () => {
    expect(label('BR KT4410: frag L arm.')).toBe('KT4410');
    expect(label('Zap MR-2207, GSW R thigh.')).toBe('MR2207');
    expect(label('Roster again, KT4410: TQ.')).toBe('KT4410');
  });
  it('reads none after a name that only begins as a label does', () => {
    expect(label('Brad KT4410: frag.')).toBeUndefined();
  });
});

describe('MARCH-PAWS said aloud as a checklist', () => {
  it('reads its step headings as no one, with care given two casualties', () => {
    const read = records(
      'Two hurt, same mortar round.\nCorporal Ines Varga. Airway: talking, check. Circulation: pulse one ten, check.\n' +
        'Private Otto Lind. Respirations: twenty, check. Hypothermia: blanket on him, check. Head: alert, check.\n' +
        'Back to Varga. Hypothermia: HPMK, check. Pain: a five, check.',
    );
    expect(read.map((r) => r.casualty?.name)).toEqual(['Ines Varga', 'Otto Lind']);
    expect(read[0].interventions).toEqual([{ type: 'hypothermia_prevention' }]);
  });
});

describe('a priority heading written short', () => {
  it('reads "Pri:" as no one\'s name, so what follows the triage stays the casualty\'s', () => {
    const text = [
      'Pt 1: GSW R arm, TQ R arm 0912 | Pt 2: burn L hand, HR 96',
      'Pri: Pt 1 urgent / Pt 2 routine',
      'Pt 1 = SPC Ana Vidal.',
      'Pt 2 = SGT Paul Okafor. Allergic to penicillin.',
    ].join('\n');
    const [, second] = records(text);
    expect(second.casualty).toEqual({ name: 'Paul Okafor', allergies: 'penicillin' });
  });
});

describe('the name after a rank', () => {
  it('is none where the ranked one is named only as the leader of the men who do something', () => {
    const tokens = readTokens("I held at the wall; CPL Adeyemi's sappers cleared to them.", NORMALIZE_OPTIONS);
    expect(
      rankedName(
        tokens,
        tokens.findIndex((t) => t.raw === 'CPL'),
      ),
    ).toBeUndefined();
    const leg = readTokens("CPL Adeyemi's leg is broken.", NORMALIZE_OPTIONS);
    expect(rankedName(leg, 0)).toBe('adeyemi');
  });
});
