import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('the grid of several casualties', () => {
  it("gives the one grid said in the last casualty's words to every triaged casualty", () => {
    const found = records(
      'Two casualties. First, Corporal Tan, burns to the left hand, HR 96, routine. ' +
        'Second, Private Lowe, GSW right thigh, TQ on, HR 128, urgent. Bird picks up at grid 17T NH 5521 9043.',
    );
    expect(found.map((r) => r.location_grid)).toEqual(['17TNH55219043', '17TNH55219043']);
  });
  it("gives a casualty said to have no priority no grid of another's", () => {
    const found = records(
      'Two casualties. First, Corporal Tan, burns to the left hand, HR 96. ' +
        'Second, Private Lowe, GSW right thigh, TQ on, HR 128, urgent. Bird picks up at grid 17T NH 5521 9043.',
    );
    expect(found.map((r) => r.location_grid)).toEqual([undefined, '17TNH55219043']);
  });
});

describe("the opening's cause of injury", () => {
  it('is not given to a casualty hurt at a time of his own by a cause of his own', () => {
    const found = records(
      'Mortar round landed at 0815. Casualty one, PFC Vance, frag to the left calf, HR 104. Casualty two, SPC Orr, ' +
        'shot by a sniper at 0830 while running to help, GSW right forearm, HR 92.',
    );
    expect(found.map((r) => [r.time_of_injury, r.mechanism])).toEqual([
      ['08:15', ['artillery']],
      ['08:30', ['gsw']],
    ]);
  });
  it('is given to one whose own time is the same event', () => {
    const found = records(
      'Mortar round landed at 0815. Casualty one, PFC Vance, frag to the left calf, HR 104. Casualty two, SPC Orr, ' +
        'blown off the wall by it, open fracture of the right wrist, HR 92.',
    );
    expect(found.map((r) => r.mechanism?.includes('artillery'))).toEqual([true, true]);
  });
});

describe('who is a casualty at all', () => {
  it('makes no record of someone whose only facts are those of a phrase said of all the casualties', () => {
    const found = records(
      'At 1420 a rocket hit the lead truck. SSG Amos (vehicle commander) and SPC Finch (driver) were uninjured and ' +
        'helped with extraction. Both casualties below were hurt by it.\nCasualties:\n a. SPC Kyle Dunn, gunner. ' +
        'Burns to both hands, HR 100.\n b. PFC Rosa Lim, rear passenger. Frag to the right calf, HR 112.\nAll ' +
        'casualties received IV access and were packaged in hypothermia prevention kits.',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Kyle Dunn', 'Rosa Lim']);
    expect(found.map((r) => r.interventions?.map((i) => i.type))).toEqual([
      ['iv', 'hypothermia_prevention'],
      ['iv', 'hypothermia_prevention'],
    ]);
  });
});

describe('care said of several named casualties', () => {
  it('gives what follows "each" or "both" after their surnames to each of them, and to no one else', () => {
    const found = records(
      'Three hurt. SPC Ana Roth has a GSW to the chest, HR 130. PFC Ben Soto has burns to the face, HR 96. ' +
        'SGT Cy Voss has a GSW to the abdomen, HR 124. Roth and SGT Voss both got ertapenem 1 g IV at 1015.',
    );
    expect(found.map((r) => r.medications?.map((m) => [m.name, m.time]))).toEqual([
      [['ertapenem', '10:15']],
      undefined,
      [['ertapenem', '10:15']],
    ]);
  });
});
