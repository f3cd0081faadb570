import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('an ordinal opening a casualty, with what hurt him said before his name', () => {
  it('switches at "Second from the same strike, <rank> <name>"', () => {
    const [first, second, ...rest] = records(
      'Two casualties. Sergeant Ruslan Abdrakhmanov, left below knee amputation. Urgent surgical. ' +
        'Second from the same strike, Private First Class Lucia Benavides, frag to the left cheek. Priority.',
    );
    expect(rest).toEqual([]);
    expect([first.casualty?.name, first.evac_priority]).toEqual(['Ruslan Abdrakhmanov', 'urgent_surgical']);
    expect([second.casualty?.name, second.evac_priority]).toEqual(['Lucia Benavides', 'priority']);
    expect(second.injuries).toEqual([{ type: 'penetrating', location: 'face' }]);
  });
});

describe('an ordinal with a "from …" run and a name that tells of no wound', () => {
  it('is no casualty: "First from the vehicle, Corporal Ruiz, the driver, helped me carry Lee" keeps Lee\'s pulse', () => {
    const [lee, diaz] = records(
      'Two casualties, PFC Lee and Specialist Dan Diaz. PFC Lee, GSW left thigh, TQ. Specialist Dan Diaz, burns to ' +
        'hands. First from the vehicle, Corporal Ruiz, the driver, helped me carry Lee. Lee pulse 110.',
    );
    expect([lee.casualty?.name, lee.vitals]).toEqual(['Lee', [{ pulse: 110 }]]);
    expect(diaz.vitals).toBeUndefined();
  });
});

describe('an ordinal that counts rounds landing', () => {
  it('reads "when the first one hit" as no turn to a first casualty', () => {
    const [first, second, ...rest] = records(
      'Two casualties. The first is SGT Ann Wu, frag L arm, pressure dressing L arm. ' +
        'The second is PFC Bo Lind, standing in the doorway when the first one hit: frag R calf. Routine.',
    );
    expect(rest).toEqual([]);
    expect(first.casualty?.name).toBe('Ann Wu');
    expect(second.injuries).toEqual([{ type: 'penetrating', location: 'right_leg' }]);
    expect(second.evac_priority).toBe('routine');
  });
});

describe("an ordinal that says a man's place in a file", () => {
  it('reads "he was second man in the file" as no turn to a second casualty', () => {
    const [one, ...rest] = records(
      'Casualty: PFC Ruben Alvarez, male. Dismounted IED, he was second man in the file.\n' +
        'Injuries: traumatic amputation R leg. TQ R thigh 1415.',
    );
    expect(rest).toEqual([]);
    expect(one.casualty?.name).toBe('Ruben Alvarez');
    expect(one.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '14:15' }]);
  });
  it('reads an ordinal place opening its sentence as a turn to that man', () => {
    expect(
      records(
        'First man in the stack was hit in the chest, I put a chest seal on at 0210. ' +
          'Second man in the stack took a round to the left thigh, TQ at 0212.',
      ),
    ).toHaveLength(2);
  });
});
