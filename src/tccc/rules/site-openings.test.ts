import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('a medic working two numbered places', () => {
  const text =
    'Raptor six, this is Doc. Two places going at once. First site, grid 42S VC 1234 5678, a mortar round landed ' +
    'on the motor pool at 1510. Specialist Ana Brooks, frag to the right thigh, TQ right thigh at 1513. ' +
    'Then I went across to the second site, grid 42S VC 2222 3333, where the LMTV rolled over on the bypass. ' +
    'Two hurt there. The driver, Sergeant Leo Marsh, cut to the forehead, pressure dressing. ' +
    'The gunner, Private Ivo Petrov, broken left wrist, splinted. Brooks urgent, Marsh priority, Petrov routine.';
  it("gives each place's grid, cause and time to the casualties found there", () => {
    const rs = records(text);
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Ana Brooks', 'Leo Marsh', 'Ivo Petrov']);
    expect(rs.map((r) => r.location_grid)).toEqual(['42SVC12345678', '42SVC22223333', '42SVC22223333']);
    expect(rs[0].mechanism).toEqual(['artillery']);
    expect(rs[0].time_of_injury).toBe('15:10');
    expect(rs[1].time_of_injury).toBeUndefined();
    expect(rs[2].mechanism).toEqual(['mvc']);
  });
  it('leaves a place the narrative numbers only once to every casualty, as before', () => {
    const rs = records(
      'Two hurt at the first site, grid 42S VC 1234 5678, mortar at 1510. The driver, Sergeant Leo Marsh, cut to ' +
        'the forehead. The gunner, Private Ivo Petrov, broken left wrist.',
    );
    expect(rs.map((r) => r.location_grid)).toEqual(['42SVC12345678', '42SVC12345678']);
    expect(rs.map((r) => r.time_of_injury)).toEqual(['15:10', '15:10']);
  });
});

describe('a medic between two sites labelled by number', () => {
  const text =
    'Company aid notes, rockets on the FOB at 0455.\n' +
    'Site 1 = motor pool, 42S WD 4410 8820. Site 2 = chow hall, 42S WD 4470 8791.\n' +
    'Site 1: SPC Ruth Okafor - burns right forearm, burn dressing.\n' +
    'Site 2: SGT Milo Haines - frag left thigh, TQ left thigh 0502.\n' +
    'Site 1: PFC Ansel Grey - frag to the neck, pressure dressing, HR 124.\n' +
    'Okafor priority, Haines urgent, Grey urgent.';
  it('opens a casualty at each line headed by a site and a ranked name', () => {
    const rs = records(text);
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Ruth Okafor', 'Milo Haines', 'Ansel Grey']);
    expect(rs[1].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '05:02' }]);
    expect(rs[2].vitals).toEqual([{ pulse: 124 }]);
  });
  it("gives each site's grid to the casualties whose lines it heads", () => {
    expect(records(text).map((r) => r.location_grid)).toEqual(['42SWD44108820', '42SWD44708791', '42SWD44108820']);
  });
});

describe("an intake log's line bringing in several numbered patients together", () => {
  const text =
    'AID STATION LOG, 2 MAY.\n' +
    '0540 #1 SPC Ines Varga, HHC. Cut L index finger on a tin lid. Steri-strips. RTD.\n' +
    '0610 #2 and #3 in together by truck from the gate. Mortar round hit the gate at 0555.\n' +
    '#2 SGT Omar Healy, A Co. Frag R thigh. TQ R thigh 0600. HR 118. URGENT.\n' +
    '#3 PFC Dale Moss, A Co. Frag L forearm, pressure dressing. ROUTINE.';
  it("gives the line's cause and time to the patients it numbers, not to the one before", () => {
    const rs = records(text);
    expect(rs.map((r) => r.casualty?.name)).toEqual(['Ines Varga', 'Omar Healy', 'Dale Moss']);
    expect(rs.map((r) => r.time_of_injury)).toEqual([undefined, '05:55', '05:55']);
    expect(rs[0].mechanism).toBeUndefined();
    expect(rs[2].mechanism).toEqual(['artillery']);
  });
});
