import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe('casualties numbered by a marker', () => {
  it('cuts at "Marker one", "Marker two", … and reads each one alone', () => {
    const [first, second, third, ...rest] = records(
      'Mortar round at 2210, three hurt. I numbered their hands in the dark. Marker one: burns to both forearms, ' +
        'alert. Marker two: frag to the right thigh, TQ at 2214. Marker three: ringing ears, pulse 90. ' +
        'Marker two urgent, marker one priority, marker three routine.',
    );
    expect(rest).toEqual([]);
    expect(first.injuries).toEqual([
      { type: 'burn', location: 'left_arm' },
      { type: 'burn', location: 'right_arm' },
    ]);
    expect(first.interventions).toBeUndefined();
    expect(second.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '22:14' }]);
    expect(third.vitals).toEqual([{ pulse: 90 }]);
  });
  it('reads a marker pen as no casualty', () => {
    const rs = records('Wrote the TQ time on his forehead with a marker, 2 TQs on the left leg. Pulse 112.');
    expect(rs).toHaveLength(1);
    expect(rs[0].vitals).toEqual([{ pulse: 112 }]);
  });
});

describe('casualty cards typed out one after another', () => {
  it('cuts at "CARD 1 of 2", "CARD 2 of 2" and reads each card alone', () => {
    const [first, second, ...rest] = records(
      'Cards copied at the aid station, 2 of them.\n' +
        'CARD 1 of 2\nName: OKONJO, Ada / Sex: F / Allergies: penicillin\nMechanism: [X] IED\n' +
        'Injury: amputation R leg below knee. TQ: R leg / Time 0612\nMeds: Morphine 10 mg IM 0620\n' +
        'CARD 2 of 2\nName: BERG, Tomas / Allergies: NKDA\nMechanism: [X] IED\nInjury: burns L hand\n' +
        'S&S: 0630 P 92 RR 18\n',
    );
    expect(rest).toEqual([]);
    expect(first.casualty?.name).toBe('Ada OKONJO');
    expect(first.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '06:12' }]);
    expect(first.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '06:20' }]);
    expect(second.casualty?.allergies).toBe('NKDA');
    expect(second.interventions).toBeUndefined();
    expect(second.vitals).toEqual([{ time: '06:30', pulse: 92, resp_rate: 18 }]);
  });
  it('reads a card named in passing as no casualty', () => {
    const rs = records('TQ time written on his card, 1 TQ on the left arm at 1112. Pulse 104, card 2 copies sent.');
    expect(rs).toHaveLength(1);
  });
});

describe("a medic's slang for his patients", () => {
  it('numbers "customer one" and "customer two" as casualties', () => {
    const [ames, cole, ...rest] = records(
      'IED at 0712, two customers. Customer one, PFC Ames, GSW left thigh, TQ left thigh 0714. Customer two, SGT ' +
        'Cole, frag to the right arm, pressure dressing on it.',
    );
    expect(rest).toEqual([]);
    expect(ames.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '07:14' }]);
    expect(cole.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm' }]);
  });
});

describe('casualties known by the cot each slept on', () => {
  it('cuts at "Cot 4", "Cot 10" opening a phrase, past nine, but not at a cot said inside one', () => {
    const [first, second, ...rest] = records(
      'Two from the tent fire. Cot 4: burns both hands, HR 124. ' +
        'Cot 10 dragged cot 4 out through the flap, burns R arm, HR 110.',
    );
    expect(rest).toEqual([]);
    expect(first.vitals).toEqual([{ pulse: 124 }]);
    expect(second.vitals).toEqual([{ pulse: 110 }]);
    expect(second.injuries).toEqual([{ type: 'burn', location: 'right_arm' }]);
  });
});

describe('avalanche casualties known by the signal that found them', () => {
  it('cuts at "BEACON 1", "BEACON 2" and "PROBE STRIKE 3" heading each one\'s words', () => {
    const r = records(
      'Avalanche at 1104, three buried.\n\nBEACON 1, first out at 1121: SPC Mateo Renteria. HR 54 at 1124.\n\n' +
        'BEACON 2, second out at 1152: SGT Hollis Brandt. Binder on at 1155.\n\n' +
        'PROBE STRIKE 3, last out at 1231: SPC Lydia Okonjo, female. No pulse.',
    );
    expect(r.map((c) => c.casualty?.name)).toEqual(['Mateo Renteria', 'Hollis Brandt', 'Lydia Okonjo']);
    expect(r[1].interventions).toEqual([{ type: 'pelvic_binder', time: '11:55' }]);
  });
});
