import { describe, expect, it } from 'vitest';
import { readTokens } from '../text/normalize.js';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { triagedSurnames } from './triaged-names.js';

const names = (text: string): string[] => triagedSurnames(readTokens(text, NORMALIZE_OPTIONS));
const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties known by the names the medic triages or turns back to', () => {
  it('finds two names triaged or turned back to, in the order first said', () => {
    expect(
      names("Okafor's hit! Tourniquet on. Then Lindqvist, cut hand. Back to Okafor. Lindqvist is routine."),
    ).toEqual(['okafor', 'lindqvist']);
  });
  it('finds none for one name, nor for a word said in lower case elsewhere ("local guy … Local is urgent")', () => {
    expect(names('Back to Okafor, pulse 100. Okafor urgent.')).toEqual([]);
    expect(names('A local guy, shot in the arm. Local is urgent, Okafor routine.')).toEqual([]);
  });
  it("gives each named casualty his own words and nothing of the other's", () => {
    const [okafor, lindqvist, ...rest] = records(
      "Okafor's hit, Okafor's hit! Round to the right thigh, tourniquet right thigh, pulse one-thirty. " +
        "Lindqvist, Private Lindqvist, the kid helping me, he's cut too. Pressure dressing to his left forearm, he's alert. " +
        'Back to Okafor, sats ninety. Okafor urgent surgical. Lindqvist is routine.',
    );
    expect(rest).toEqual([]);
    expect([okafor.casualty?.name, okafor.evac_priority, okafor.interventions]).toEqual([
      'Okafor',
      'urgent_surgical',
      [{ type: 'tourniquet', location: 'right_leg' }],
    ]);
    expect([lindqvist.casualty?.name, lindqvist.evac_priority, lindqvist.interventions]).toEqual([
      'Lindqvist',
      'routine',
      [{ type: 'pressure_dressing', location: 'left_arm' }],
    ]);
  });
});

describe('the casualty spoken of first, turned back to by his rank, and the last one named', () => {
  const TEXT =
    "Cover me! Sergeant's down, round in the right thigh, tourniquet right thigh. Okay, Novak, frag to the left shin, " +
    "pressure dressing on it. Back to the sergeant: pulse one-forty, he's pale. Last one's Corporal Reid, cut on the chin, " +
    'gauze on it. Radio it: SGT Mills urgent, Novak priority, Reid routine.';
  it('gives the words before the first name to the one turned back to, by the surname his rank is said with', () => {
    const [mills, novak, reid, ...rest] = records(TEXT);
    expect(rest).toEqual([]);
    expect([mills.casualty?.name, mills.evac_priority, mills.interventions, mills.vitals]).toEqual([
      'Mills',
      'urgent',
      [{ type: 'tourniquet', location: 'right_leg' }],
      [{ pulse: 140 }],
    ]);
    expect([novak.casualty?.name, novak.evac_priority, novak.interventions]).toEqual([
      'Novak',
      'priority',
      [{ type: 'pressure_dressing', location: 'left_leg' }],
    ]);
    expect([reid.casualty?.name, reid.evac_priority]).toEqual(['Reid', 'routine']);
  });
  it('reads "last one" said of no ranked name as no casualty', () => {
    expect(records("Tourniquet right thigh at 0910. Last one's going on the left arm, pulse 100.")).toHaveLength(1);
  });
  it('knows a surname asked after "who\'s that?" as a casualty, beside one turned back to', () => {
    const text =
      'Okay. Ortega is hit. Right hand, bleeding. Pressure dressing. Who is this? Pruett? Pruett rolled his ' +
      'left ankle. Splint, left ankle. Back to Ortega. Pulse 110.';
    expect(names(text)).toEqual(['ortega', 'pruett']);
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Ortega', [{ pulse: 110 }]]);
    expect([b.casualty?.name, b.interventions]).toEqual(['Pruett', [{ type: 'splint', location: 'left_leg' }]]);
    expect(names('Who is that? Ortega? No, wrong guy. Ortega is fine.')).toEqual([]);
  });
  it('knows a surname said alone and then in full as a casualty turned to, and each full name opens his words', () => {
    const text =
      'Going round again. Okay, Okafor. Bisi Okafor, frag to the left calf, pressure dressing on the left leg at ' +
      '1410. Pulse 96. Now, Delacroix. Anton Delacroix, burns to the right hand, pain 3. Okafor urgent, Delacroix routine.';
    expect(names(text)).toEqual(['okafor', 'delacroix']);
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.evac_priority, a.vitals]).toEqual(['Bisi Okafor', 'urgent', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.evac_priority, b.vitals]).toEqual(['Anton Delacroix', 'routine', [{ pain: 3 }]]);
  });
  it('reads one casualty headed by his surname and then his full name as one', () => {
    const found = records('Okay, Brandt. Tom Brandt, GSW left thigh, tourniquet left thigh at 0930. Pulse 110.');
    expect(found.map((r) => r.casualty?.name)).toEqual(['Tom Brandt']);
    expect(names('Tighter. Tighter still, Brandt. Pulse 110.')).toEqual([]);
  });
});

describe('names triaged after a pause, or listed and given one category', () => {
  it('reads "Name, category" and "A and B, both category" as names triaged', () => {
    expect(
      names(
        'Mortar landed at 0920. The truck picked up Abara and Solis, both priority. Abara had a cut scalp. ' +
          'Solis, burns to the hand. Later Kemp went pale. The last truck left with Kemp, urgent.',
      ),
    ).toEqual(['abara', 'solis', 'kemp']);
  });
  it('reads no answer as a name ("Nah, routine.") and no name triaged once only after a comma', () => {
    expect(names('Is Kemp urgent? Nah, routine. Kemp took frag to the arm.')).toEqual([]);
    expect(names('Abara, urgent. Solis, routine.')).toEqual([]);
  });
  it("gives each one his own care and the category his list says, not the other list's", () => {
    const [abara, solis, kemp, ...rest] = records(
      'Three hit by the mortar at 0920. The first truck took Abara and Solis, both priority. Abara had a cut ' +
        'scalp, pressure dressing to the head. Solis, burns to the left hand, burn dressing on it. ' +
        'While we waited, Kemp went pale, pulse 130, tourniquet right thigh at 0931. ' +
        'The second truck left at 0950 with Kemp, urgent. Grid 38SMB4471120098.',
    );
    expect(rest).toEqual([]);
    expect([abara.casualty?.name, abara.evac_priority, abara.interventions]).toEqual([
      'Abara',
      'priority',
      [{ type: 'pressure_dressing', location: 'head' }],
    ]);
    expect([solis.casualty?.name, solis.evac_priority]).toEqual(['Solis', 'priority']);
    expect([kemp.casualty?.name, kemp.evac_priority, kemp.vitals]).toEqual(['Kemp', 'urgent', [{ pulse: 130 }]]);
  });
  it('knows surnames with a second capital ("McAllister", "O\'Shea") triaged like any other', () => {
    expect(
      names("McAllister's hit, tourniquet on. Then O'Shea, burned hand. McAllister urgent, O'Shea routine."),
    ).toEqual(['mcallister', "o'shea"]);
    // "I'm" is no name however it is followed ("I'm urgent" is the medic asking for himself).
    expect(names("I'm hit, I'm urgent. Back to McAllister.")).toEqual([]);
  });
});

describe('casualties whose lines open with their ranked names, all of them triaged at the end', () => {
  const opening =
    'Mortar round at 0815 landed by the motor pool.\n\nCPL Dana Whitfield, frag to the left calf, still got up and ' +
    "hauled PVT Marco O'Neill out by his vest.\n\n";
  it("knows one named only inside another's line as a casualty, and gives him his own readings", () => {
    const [whitfield, oneill, petrov, ...rest] = records(
      opening +
        "SGT Ivan Petrov, burns to the right hand.\n\nO'Neill: HR 128, BP 92/60, tourniquet R thigh 0821.\n" +
        "Whitfield: HR 90, A.\nPetrov: HR 84, burn dressing R hand.\n\nO'Neill urgent, Whitfield priority, Petrov routine.",
    );
    expect(rest).toEqual([]);
    expect(whitfield.casualty?.name).toBe('Dana Whitfield');
    expect([oneill.casualty?.name, oneill.evac_priority, oneill.interventions]).toEqual([
      "Marco O'Neill",
      'urgent',
      [{ type: 'tourniquet', location: 'right_leg', time: '08:21' }],
    ]);
    expect([petrov.casualty?.name, petrov.evac_priority, petrov.vitals]).toEqual([
      'Ivan Petrov',
      'routine',
      [{ pulse: 84 }],
    ]);
  });
  it("gives the one triaged no other's readings when a ranked line is of someone not triaged", () => {
    const read = records(
      opening +
        "SSG Ray Burke, the squad leader, called it in.\n\nO'Neill: HR 128, tourniquet R thigh 0821.\n" +
        "Whitfield: HR 90, A.\n\nO'Neill urgent, Whitfield priority.",
    );
    const whitfield = read.find((r) => r.casualty?.name === 'Dana Whitfield');
    expect(whitfield).toMatchObject({ time_of_injury: '08:15', mechanism: ['artillery'] });
    expect(whitfield?.interventions).toBeUndefined();
  });
});

describe('casualties known by the names a medic puts beside their crew roles', () => {
  it('knows a surname put beside his crew role and said again ("Achterberg, the gunner, …") as a casualty', () => {
    const text =
      'MIST on my two. Petrosyan was driving, frag to the neck, packed with combat gauze. Achterberg, the gunner, he ' +
      'has frag to the left thigh, tourniquet left thigh at 1800. Back to Petrosyan, pulse 104. Noted, Achterberg ' +
      'allergic to Cipro.';
    expect(names(text)).toEqual(['petrosyan', 'achterberg']);
    const [petrosyan, achterberg] = records(text);
    expect(petrosyan.interventions?.map((i) => i.type)).toEqual(['hemostatic_dressing']);
    expect(achterberg.interventions?.map((i) => i.type)).toEqual(['tourniquet']);
    // Said once, a name beside a role may be anyone's: "Ramos, the driver, says it went off under the front axle."
    expect(names('Ramos, the driver, says it went off under the front axle. Back to Okafor, pulse 100.')).toEqual([]);
  });
});
