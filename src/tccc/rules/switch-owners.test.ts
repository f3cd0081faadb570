import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('whose a switch is', () => {
  it('gives a name said in the sentence that turned to a role to that one, and leaves out a role said fine', () => {
    const [gunner, dismount, ...rest] = records(
      'Update on the lead truck. We hit a mine under the front right wheel at about ten-fifty. ' +
        "Driver's fine, Specialist Vo, up and walking, I checked him head to toe, nothing. Gunner, that's PFC Trent " +
        'Albright, his feet were planted on the floor plate, closed fractures both feet. Splinted both feet. ' +
        "He's alert, pulse one-twenty. Dismount in the back left seat, Sergeant Hollis, laceration along the left " +
        "jaw, pressure dressing on it. Recheck on the gunner at eleven-ten: pulse one-oh-four. Gunner's urgent, " +
        "dismount's priority.",
    );
    expect(rest).toEqual([]);
    expect(gunner.casualty?.name).toBe('Trent Albright');
    expect(gunner.evac_priority).toBe('urgent');
    expect(dismount.casualty?.name).toBe('Hollis');
  });
  it("leaves a name said in a role's sentence but not given as its name to someone else", () => {
    const [driver, dunn, ...rest] = records(
      'Two hurt. Driver has a burn to the right hand, he was sitting next to Dunn. Dunn has a GSW to the left thigh, ' +
        'TQ at 1402, pulse 120. Driver pulse 90.',
    );
    expect(rest).toEqual([]);
    expect(driver.casualty?.name).toBeUndefined();
    expect(driver.vitals).toEqual([{ pulse: 90 }]);
    expect(dunn.casualty?.name).toBe('Dunn');
    expect(dunn.injuries).toEqual([{ type: 'gsw', location: 'left_leg' }]);
  });
});
