import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const causes = (text: string): (string[] | undefined)[] =>
  extractCasualties(text).casualties.map((c: { record: TcccRecord }) => c.record.mechanism);

describe('a cause said for some casualties by label or surname', () => {
  it('is not given from the opening to a casualty the list leaves out', () => {
    expect(
      causes(
        'Mortars on the OP at 0610, three hit. Cas A: SGT Mills, frag to the back, pulse 100. ' +
          'Cas B: PFC Ortiz, GSW left shoulder, pressure dressing. Cas C: SPC Yu, frag to the right calf, HR 90. ' +
          'Mortar for Cas A and Cas C. Ortiz took the round after.',
      ),
    ).toEqual([['artillery'], ['gsw'], ['artillery']]);
    expect(
      causes(
        'RPG on the convoy at 1420, three hit. Casualty one, SGT Rossi, burns both hands, HR 118. ' +
          'Casualty two, CPL Lund, gunshot wound to the right thigh, tourniquet 1425. ' +
          'Casualty three, PVT Dace, frag to the face, HR 96. The RPG hit Rossi and Dace.',
      ),
    ).toEqual([['rpg'], ['gsw'], ['rpg']]);
  });
  it('leaves the opening cause with everyone when an item of the list is no casualty', () => {
    expect(
      causes(
        'IED on the route at 0905, two hit. Casualty one, SGT Rossi, frag to the left leg, HR 118. ' +
          'Casualty two, CPL Lund, frag to the right arm, HR 96. IED for the lead truck and Rossi.',
      ),
    ).toEqual([['ied'], ['ied']]);
  });
});

describe("a cause of the opening named again in one casualty's own words", () => {
  it('is not given to another whose own words name only a cause of his own; one who names none still gets it', () => {
    expect(
      causes(
        'Rocket hit the compound at 0910, three hurt. Casualty one, SPC Hale, the rocket blast knocked him flat, ' +
          'pulse 110. Casualty two, PFC Moy, fell off the wall running for cover, HR 92. Casualty three, SGT Vance, ' +
          'cut to the left hand, HR 88.',
      ),
    ).toEqual([['rpg'], ['fall'], ['rpg']]);
  });
});

describe('a time said with a cause in the opening', () => {
  const text =
    'Squad medic log. Mortar round at 2140 on the east wall, later small arms from the treeline.\n' +
    'Cas A: SGT Ilse Brandt - mortar frag to the back, HR 104.\n' +
    'Cas B: PFC Dario Lutz - shot through the right calf by the treeline shooter, TQ right leg.\n';
  it('is when that cause hit: not the time of a casualty whose own words name only another cause', () => {
    const rs = extractCasualties(text).casualties.map((c) => c.record);
    expect(rs.map((r) => r.mechanism)).toEqual([['artillery'], ['gsw']]);
    expect(rs.map((r) => r.time_of_injury)).toEqual(['21:40', undefined]);
  });
  it('stays with every casualty when the time names no cause', () => {
    const rs = extractCasualties(
      'Hit at 2140 on the east wall, mortar then small arms.\n' +
        'Cas A: SGT Ilse Brandt - frag to the back, HR 104.\n' +
        'Cas B: PFC Dario Lutz - shot through the right calf, TQ right leg.\n',
    ).casualties.map((c) => c.record);
    expect(rs.map((r) => r.time_of_injury)).toEqual(['21:40', '21:40']);
  });
});
