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
