import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);
const times = (text: string): (string | undefined)[] => records(text).map((r) => r.time_of_injury);

describe('a casualty who fell taking cover', () => {
  it("keeps the opening's time and cause of injury when a wound of it is said too", () => {
    const [first, second] = records(
      'Mortar attack at 0310, two casualties.\nFirst casualty: hit running to the bunker, fell, frag L thigh, TQ L ' +
        'thigh 0314.\nSecond casualty: frag R arm, TQ R arm 0316.',
    );
    expect(first.time_of_injury).toBe('03:10');
    expect(first.mechanism).toContain('artillery');
    expect(second.time_of_injury).toBe('03:10');
  });
});

describe('an opening that names who was hurt', () => {
  it('gives its time of injury to those it names and not to a third casualty hurt otherwise', () => {
    expect(
      times(
        'Vehicle fire at 2115, driver and passenger were both burned. Casualty 1: driver, male, 30, burns to both ' +
          'hands, HR 104. Casualty 2: passenger, female, 25, burns to the face, HR 96. Casualty 3: bystander, male, ' +
          '60, laceration to the left hand from glass, pressure dressing.',
      ),
    ).toEqual(['21:15', '21:15', undefined]);
    expect(
      times(
        'Shots fired at 0412, sergeant and interpreter both hit. Patient 1: Sergeant Ana Ruiz, GSW right thigh, HR 120. ' +
          "Patient 2: interpreter, GSW left arm, HR 100. Patient 3: interpreter's brother, twisted right ankle " +
          'running, splinted.',
      ),
    ).toEqual(['04:12', '04:12', undefined]);
  });
  it('still gives it to both of two casualties, and to each when the names it gives open no casualty', () => {
    expect(
      times(
        'Shots fired at 0412, sergeant and interpreter both hit. Patient 1: Sergeant Ana Ruiz, GSW right thigh. ' +
          'Patient 2: interpreter, GSW left arm.',
      ),
    ).toEqual(['04:12', '04:12']);
    expect(
      times(
        'Shots fired at 0412, Ruiz and Diaz both hit, and Cobb too. Patient 1: SGT Ruiz, GSW right thigh. ' +
          'Patient 2: PFC Diaz, GSW left arm. Patient 3: SPC Cobb, GSW left foot.',
      ),
    ).toEqual(['04:12', '04:12', '04:12']);
  });
});

describe('one who fell running for cover from the attack the opening tells', () => {
  it('shares neither its time nor its cause; the others share both', () => {
    const [hit, fell, ...rest] = records(
      'Mortar attack at 0310, two casualties.\nFirst casualty: frag L thigh, TQ L thigh 0314.\n' +
        'Second casualty: tripped and fell running for cover, lac to the chin. Pressure dressing.',
    );
    expect(rest).toEqual([]);
    expect([hit.time_of_injury, hit.mechanism]).toEqual(['03:10', ['artillery']]);
    expect([fell.time_of_injury, fell.mechanism]).toEqual([undefined, ['fall']]);
  });
});

describe('an opening that says all were hurt in the attack', () => {
  it('gives its time to one who fell running for cover too', () => {
    const [, fell] = records(
      'Attack at 0310, both of these were hurt in the first volley.\nFirst casualty: frag L thigh.\n' +
        'Second casualty: fell running for cover, lac to the chin.',
    );
    expect(fell.time_of_injury).toBe('03:10');
  });
});
