import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('several casualties told in prose', () => {
  it('counts "the two soldiers" as several, so ranked names opening sentences are one casualty each', () => {
    const [a, b, ...rest] = records(
      'Rollover on the MSR at 2210, the two soldiers in the back were thrown out. CPL Dana Wirth, female, has a broken left wrist, ' +
        'splinted, HR 96. Pvt Eli Soren, male, cut his scalp, pressure dressing to the head, HR 88.',
    );
    expect(rest).toEqual([]);
    expect([a.casualty?.name, a.vitals]).toEqual(['Dana Wirth', [{ pulse: 96 }]]);
    expect([b.casualty?.name, b.vitals, b.interventions?.length]).toEqual(['Eli Soren', [{ pulse: 88 }], 1]);
  });
  it('reads "Driver\'s got …" and "Gunner got …" as two casualties, and the sentence listing both roles as said of both', () => {
    const [driver, gunner, ...rest] = records(
      "two hurt from the truck, the driver and the gunner. RPG hit the cab at 1440. Driver's got burns to both " +
        'hands, pulse 104. Gunner got frag in the left thigh, tourniquet left thigh 1446, pulse 126.',
    );
    expect(rest).toEqual([]);
    expect([driver.time_of_injury, driver.vitals, driver.interventions]).toEqual([
      '14:40',
      [{ pulse: 104 }],
      undefined,
    ]);
    expect([gunner.time_of_injury, gunner.vitals, gunner.interventions?.length]).toEqual([
      '14:40',
      [{ pulse: 126 }],
      1,
    ]);
  });
  it('never reads a possessive role ("the driver\'s side") as a casualty', () => {
    const out = records("Two from the patrol. Driver's side door jammed. Gunner has frag to the arm, HR 100.");
    expect(out).toHaveLength(1);
  });
});
