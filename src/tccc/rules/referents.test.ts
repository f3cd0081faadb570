import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties, pieceParts } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a narrative that counts several casualties that no switch tells apart', () => {
  it('keeps only what all share when it picks out two people, and lists the rest', () => {
    const result = extractCasualties(
      'Two casualties from the IED at 0900. Ames has a GSW to the right thigh, pulse 120, and Boyd has burns to the face, pulse 100.',
    );
    expect(result.casualties.map((c) => c.record)).toEqual([{ time_of_injury: '09:00', mechanism: ['ied'] }]);
    expect(result.unattributed.some((e) => e.path.startsWith('/vitals'))).toBe(true);
    // Two roster numbers, two ranked names said mid-sentence, a he and a she: each picks out two people.
    for (const text of [
      'Two casualties, rollover. Roster AB1234 and roster CD5678 in the cab. GSW left arm, pulse 110. Burns face, pulse 90.',
      'Two casualties from the blast, SGT Ames with a GSW to the left thigh and PFC Boyd with burns, TQ left thigh 1410.',
      'Two casualties. He has a GSW to the left leg with a TQ at 1400. She has burns to the face.',
      '2 casualties. Adams - GSW R leg, TQ 1402, HR 120. Baker - burns to hands, HR 100.',
      'I have two patients, one with a GSW to the left arm, pulse 100, and one with burns to the face, pulse 120.',
      // Two names triaged at the end ('Abara urgent, Quist routine') pick out two people.
      'Two hurt. Abara took frag in the R thigh, pulse 118, a burn to the L hand, pulse 92. Abara urgent, Quist routine.',
    ]) {
      const [only, ...rest] = records(text);
      expect(rest).toEqual([]);
      expect([only.vitals, only.interventions, only.injuries]).toEqual([undefined, undefined, undefined]);
    }
  });
  it('never takes "He\'s urgent … She\'s priority" for two names triaged', () => {
    const [a, b] = records(
      "Two casualties. Casualty 1, SPC Ode, frag R arm. He's urgent. Casualty 2, PFC Lam, burns face. She's priority.",
    );
    expect([a.evac_priority, b.evac_priority]).toEqual(['urgent', 'priority']);
  });
  it("splits a recogniser's text by the names it triages at the end, each said before too", () => {
    const [a, b, ...rest] = records(
      'alright reyes first they both got hit by the blast at zero nine ten reyes has frag in the left thigh tourniquet ' +
        'left thigh pulse one twenty now over to okafor he has burns on the right hand pulse ninety reyes urgent okafor routine',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals, a.evac_priority, a.interventions?.length]).toEqual([
      'reyes',
      [{ pulse: 120 }],
      'urgent',
      1,
    ]);
    expect([b.casualty?.name, b.vitals, b.evac_priority, b.interventions]).toEqual([
      'okafor',
      [{ pulse: 90 }],
      'routine',
      undefined,
    ]);
  });
  it('keeps a part Capture filed on one casualty whole, with the opening words that count them', () => {
    const piece =
      'Two casualties from the IED at 0900. First, SGT Ames, GSW to the right thigh, pulse 120. Second, PFC Boyd, burns to the face, pulse 100.';
    const parts = pieceParts(piece);
    expect(parts).toHaveLength(2);
    const [a, b] = parts.map((p) => records(p.text));
    expect(a.map((r) => [r.casualty?.name, r.vitals])).toEqual([['Ames', [{ pulse: 120 }]]]);
    expect(b.map((r) => [r.casualty?.name, r.vitals])).toEqual([['Boyd', [{ pulse: 100 }]]]);
  });
  it('keeps a narrative that says whose card it is, or that counts no casualties, as one record', () => {
    expect(
      records('Two casualties; this card is for SPC Ames, GSW to the right thigh, pulse 120. PFC Boyd has his own.')[0]
        .vitals,
    ).toEqual([{ pulse: 120 }]);
    expect(
      records('SGT Ames has a GSW to the right thigh, pulse 120. PFC Boyd put the tourniquet on.')[0].vitals,
    ).toEqual([{ pulse: 120 }]);
    expect(
      records(
        'Two casualties. Doc Ruiz is working on the interpreter, he put a chest seal on her. My casualty is PFC Ames, GSW right thigh, pulse 120.',
      )[0].vitals,
    ).toEqual([{ pulse: 120 }]);
  });
  it("leaves out a casualty's sentences from the one that picks out a second person the switches did not split", () => {
    const text =
      'Three casualties. Cas 1, SPC Ruiz, frag left arm, pulse 100. Cas 2, PFC Cole, burns to the face. ' +
      'Pulse 90, and SGT Dunn with a GSW to the right thigh, TQ right thigh 1402. Routine.';
    const { casualties, unattributed } = extractCasualties(text);
    const [ruiz, cole, ...rest] = casualties.map((c) => c.record);
    expect(rest).toEqual([]);
    expect([ruiz.casualty?.name, ruiz.vitals]).toEqual(['Ruiz', [{ pulse: 100 }]]);
    expect([cole.casualty?.name, cole.injuries, cole.vitals, cole.interventions]).toEqual([
      'Cole',
      [{ type: 'burn', location: 'face' }],
      undefined,
      undefined,
    ]);
    expect(unattributed.some((e) => e.path.startsWith('/interventions'))).toBe(true);
    // Capture offers those words as said of no one casualty, so nothing typed is lost.
    expect(pieceParts(text).at(-1)).toEqual({
      text: 'Pulse 90, and SGT Dunn with a GSW to the right thigh, TQ right thigh 1402. Routine.',
      unattributed: true,
    });
  });
  it('keeps whole a narrative that says which casualty it is for ("Passenger is this casualty")', () => {
    expect(
      records(
        'Rollover, two casualties. Driver (SGT Hale) has a cut, own card. Passenger is this casualty: PV2 Tom Reed, HR 128.',
      )[0].vitals,
    ).toEqual([{ pulse: 128 }]);
  });
  it('counts lower-case names said again as a recogniser prints them ("jones has … smith has …") as two people', () => {
    const [only, ...rest] = records(
      'got two here jones has a gsw to the right thigh pulse 120 smith has burns to both arms pulse 90 smith is routine',
    );
    expect(rest).toEqual([]);
    expect(only.vitals).toBeUndefined();
    expect(only.injuries).toBeUndefined();
    // One person spoken of, a word said twice as a subject: nothing is held back.
    expect(
      records('got two here he has a gsw to the right thigh pulse 120 pressure is ninety over sixty')[0].vitals,
    ).toEqual([{ pulse: 120, systolic: 90, diastolic: 60 }]);
  });
  it('counts "somebody else is screaming" as another person hurt, never "someone else put the TQ on"', () => {
    const [only, ...rest] = records(
      "Two casualties. Jones has a GSW to the right thigh, pulse 120. Somebody else is screaming, I'm going over. " +
        "This one's got burns to both arms, pulse 90.",
    );
    expect(rest).toEqual([]);
    expect(only.vitals).toBeUndefined();
    expect(
      records('Two casualties. Jones has a GSW to the right thigh, someone else put the TQ on, pulse 120.')[0].vitals,
    ).toEqual([{ pulse: 120 }]);
  });
});

describe('a roster number of another casualty said in one casualty’s words', () => {
  const narrative = (later: string): string =>
    'Two hurt in the rollover. Casualty 1, roster sierra mike four four one two. Closed fracture left leg, splinted. ' +
    'Pulse 90. Casualty 2, roster kilo papa three zero zero seven. Abrasions to the right arm. Pulse 84. ' +
    later;
  it('gives no one the words from a sentence naming the other’s roster, written after it was spelled', () => {
    const result = extractCasualties(narrative('Recheck on SM4412, pulse 110.'));
    expect(result.casualties.map((c) => c.record.vitals?.length)).toEqual([1, 1]);
  });
  it('gives no one readings headed by the other roster counted in order ("the first roster:")', () => {
    const result = extractCasualties(narrative('Recheck on the first roster: pulse 110.'));
    expect(result.casualties.map((c) => c.record.vitals?.length)).toEqual([1, 1]);
  });
});

describe('a tag heading the name read off it', () => {
  it("is no second person: what follows stays the casualty's", () => {
    const [first, second] = records(
      'Cas 1 by litter. Burns both hands. Tag: SPC Colm Brady. Pulse 120.\nCas 2 walking: SGT Lupe Tuilagi. Frag L calf.',
    );
    expect(first.casualty?.name).toBe('Colm Brady');
    expect(first.vitals).toEqual([{ pulse: 120 }]);
    expect(second.casualty?.name).toBe('Lupe Tuilagi');
  });
});

describe('a name heading its casualty that the lexicon glosses as a word of another language', () => {
  it('reads "Crane:" (French "crâne") as the name said before, no second person in his words', () => {
    const [crane, hollis, ...rest] = records(
      'Two burned in the tent fire.\nCot 4: burns both legs, HR 124.\nCot 1: L hand burned, SpO2 94%.\n' +
        'Names: cot 4 PFC Elijah Crane CE3316, cot 1 PV2 Sam Hollis SH2289.\n' +
        'Crane: 18g IV L AC at 0240.\nHollis: Tylenol 1000 mg PO.',
    );
    expect(rest).toEqual([]);
    expect(crane.casualty?.name).toBe('Elijah Crane');
    expect(crane.interventions).toEqual([{ type: 'iv', location: 'left_arm', time: '02:40' }]);
    expect(hollis.casualty?.name).toBe('Sam Hollis');
  });
  it('reads no name in "1SG says Crane\'s legs …": the rank tells what he says', () => {
    expect(records("Burns both legs. 1SG says Crane's legs were under the cot.")[0].casualty?.name).toBeUndefined();
  });
});
