import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { readTokens } from '../text/normalize.js';
import { NORMALIZE_OPTIONS } from './lexicon/index.js';
import { hurtSoldiers } from './hurt-soldiers.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const hurt = (text: string): string[] => hurtSoldiers(readTokens(text, NORMALIZE_OPTIONS));

describe('soldiers said hit as an engagement is told', () => {
  it('reads those given an evacuation category with a soldier said hurt as hurt too', () => {
    expect(
      hurt(
        'The occupants were SGT Carla Dominguez, SPC Brett Oyelaran and PFC Nathan Lusk. PFC Lusk was pinned under ' +
          'the vehicle. SPC Oyelaran was found responsive only to pain. The MEDEVAC request listed Lusk and ' +
          'Oyelaran as urgent and Dominguez as priority.',
      ),
    ).toEqual(['dominguez', 'oyelaran', 'lusk']);
  });
  it('reads a wound a soldier sustained or suffered, as a finding of fact says it, as a soldier hit', () => {
    expect(
      hurt(
        'Finding 3. PVT Merritt sustained fragment wounds to the lower back. Finding 4. SSG Haddad sustained a ' +
          'fragment wound to the neck. Finding 7. PFC Quist suffered a closed fracture of the left wrist.',
      ),
    ).toEqual(['merritt', 'haddad', 'quist']);
    expect(hurt('SPC Teller was not dropped and suffered no further injury. SGT Pohl sustained the pace.')).toEqual([]);
  });
  it('reads a round or frag taken, or sent into a body part, as a soldier hit', () => {
    expect(hurt('PV2 Okafor takes a round to the hip. Then LCpl Brandt catches frag in the L calf.')).toEqual([
      'okafor',
      'brandt',
    ]);
    expect(hurt('SGT Pike, shrapnel to the R thigh. Later a ricochet grazed CPL Haney across the jaw.')).toEqual([
      'pike',
      'haney',
    ]);
    expect(hurt('SPC Lowe took it through the right upper arm; PFC Tso got knocked out by the blast.')).toEqual([
      'lowe',
      'tso',
    ]);
  });
  it('reads what hit him said before him, or a load that fell on him and pinned him, as a soldier hit', () => {
    expect(hurt('SPC Tran was by the wall and a piece of the gate got him in the left side of his chest.')).toEqual([
      'tran',
    ]);
    expect(hurt('The roof beam came down on CPL Ives and pinned her to the floor.')).toEqual(['ives']);
  });
  it('never reads a soldier who got someone into a truck, or knocked someone down, as hit', () => {
    expect(hurt('SPC Lowe got him in the back of the truck. SGT Roe ran over and knocked him down.')).toEqual([]);
  });
  it('never reads a soldier who gave the care, or held someone down, as hit', () => {
    expect(
      hurt('PFC Ng was shot in the left thigh. SPC Lowe got him in the right arm with the ketamine at 1415.'),
    ).toEqual(['ng']);
    expect(
      hurt(
        'PFC Ng was shot in the left thigh. SGT Roe dragged him behind the wall and pinned him down while Doc worked.',
      ),
    ).toEqual(['ng']);
  });
  it('never reads a soldier who takes cover, takes the radio or gives care as hit', () => {
    expect(
      hurt('SGT Pike takes a knee. CPL Haney got the radio. SPC Lowe put a tourniquet to the R thigh of PFC Tso.'),
    ).toEqual([]);
  });
  it('reads a soldier given a category beside others hit as a casualty, however his wound was said', () => {
    expect(
      hurt(
        'SPC Ruiz takes a round to the neck. Then PFC Omar. Bleeding from the left knee. CPL Dale, frag to the R hand. ' +
          'Omar and Ruiz urgent, Dale routine.',
      ),
    ).toEqual(['ruiz', 'omar', 'dale']);
  });
});

describe('an engagement told line by line, each soldier hit after the last', () => {
  const text =
    'Patrol base log, mortars all afternoon.\n' +
    '1312 - first round lands short. SPC Ruiz takes frag to the L forearm. Pressure dsg L forearm 1315. HR 98.\n' +
    '1326 - second round on the berm, direct fire too. SGT Moss takes a round to the R thigh. CAT R thigh 1327.\n' +
    '1330 - Ruiz HR 92, pain 3.\n' +
    'Moss urgent surgical, Ruiz routine.';
  it('gives each soldier the stamped line he was hit on, and the care said of him after', () => {
    const [a, b, ...rest] = records(text);
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.time_of_injury, b.casualty?.name, b.time_of_injury]).toEqual([
      'Ruiz',
      '13:12',
      'Moss',
      '13:26',
    ]);
    expect(a.vitals).toEqual([{ pulse: 98 }, { time: '13:30', pulse: 92, pain: 3 }]);
    expect(b.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '13:27' }]);
    expect([a.evac_priority, b.evac_priority]).toEqual(['routine', 'urgent_surgical']);
  });
  it('keeps one stamped opening line said of everyone hit in it for all of them', () => {
    const [a, b, ...rest] = records(
      '0915 - IED strike on the lead truck. SGT Cole was hit in the legs. PFC Diaz was burned on both hands.\n' +
        'Cole: TQ L thigh 0917. Diaz: HR 104.',
    );
    expect(rest).toEqual([]);
    expect([a.time_of_injury, b.time_of_injury]).toEqual(['09:15', '09:15']);
    expect([a.mechanism, b.mechanism]).toEqual([['ied'], ['ied']]);
  });
  it('gives a sentence about one soldier to him, not to the one the medic was busy with', () => {
    const [a, b] = records(
      '1312 - SPC Ruiz takes frag to the L forearm. Pressure dsg L forearm.\n' +
        '1326 - SGT Moss takes a round to the R thigh. CAT R thigh 1327.\n' +
        "1335 - Ruiz's dressing bled through while I was on Moss, new pressure dsg L forearm 1336.\n" +
        'Moss urgent surgical, Ruiz routine.',
    );
    expect(a.interventions?.map((i) => i.time)).toEqual([undefined, '13:36']);
    expect(b.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '13:27' }]);
  });
  it('keeps the cut of casualties labelled in order, where one turned back to is said by his label', () => {
    const [a, b, ...rest] = records(
      'Two hit by the same burst at 2240. The first, CPL Vey, takes a round to the R calf, CAT R thigh 2242. ' +
        'The second, PV2 Amos, catches frag in the L hand, pressure dressing. Back to the first one: fentanyl 800 mcg OTFC 2250.',
    );
    expect(rest).toEqual([]);
    expect(a.medications?.map((m) => m.name)).toEqual(['fentanyl']);
    expect(b.medications).toBeUndefined();
  });
});
