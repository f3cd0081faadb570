import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('the writer of a statement', () => {
  it('is not the casualty, whether he names himself after "I," or after "statement of"', () => {
    expect(
      extractRecord(
        'I, CPL Dana J. Whitcomb, make this statement freely. At about 0810 hours PFC Luis Ortega was hit in the left leg.',
      ).casualty?.name,
    ).toBe('Luis Ortega');
    expect(
      extractRecord(
        'AFFIDAVIT OF SFC HANNAH BOYD. The aforementioned casualty, SPC Theo Grant, was burned on both hands.',
      ).casualty?.name,
    ).toBe('Theo Grant');
    expect(
      extractRecord('Statement of Sergeant Omar Haddad. I found Private Lena Sousa under the vehicle.').casualty?.name,
    ).toBe('Lena Sousa');
    expect(
      extractRecord('Sworn statement, SPC Ana Ruiz, combat medic, 1st Sqd. PFC Omar Bell was hit by a truck.').casualty
        ?.name,
    ).toBe('Omar Bell');
    // Another's account, a witness's statement of what befell him, and a name said without its closing comma are his.
    expect(extractRecord('By his account, SGT Ray Miller was hit in the arm.').casualty?.name).toBe('Ray Miller');
    expect(
      extractRecord('Witness statement: SGT Ray Miller was hit in the L arm by frag, TQ 1410.').casualty?.name,
    ).toBe('Ray Miller');
    expect(extractRecord('Statement, PFC Luis Arroyo: I was hit in the R leg, TQ on at 0915.').casualty?.name).toBe(
      'Luis Arroyo',
    );
  });
  it("is not the one a heading names when the heading's clause says he was hurt", () => {
    // What befell another subject of the heading's clause is not his: the writer stays the writer.
    expect(
      extractRecord(
        'Statement: SGT Omar Kim, 2nd Sqd, our truck was hit by an IED at 1410. PFC Bell had a broken left leg and I ' +
          'splinted it.',
      ).casualty?.name,
    ).toBe('Bell');
    const r = extractRecord('Statement: SGT Omar Kim, 2nd Sqd, was hit in the left arm by frag at 1410.');
    expect(r.casualty?.name).toBe('Omar Kim');
    expect(extractRecord('Statement, SPC Omar Kim, 1st Sqd, took frag in the left arm.').casualty?.name).toBe(
      'Omar Kim',
    );
  });
  it('is not the casualty when he says, after "this is", what he is doing there, nor is his unit hers', () => {
    const r = extractRecord(
      'For the record, this is Corporal Ben Ashby, Third Squad medic, reporting. Casualty is PFC Nia Cole of Alpha Company, 2-7 Cavalry.',
    );
    expect(r.casualty?.name).toBe('Nia Cole');
    expect(r.casualty?.unit).toBe('Alpha Company, 2-7 Cavalry');
  });
  it('is the writer still when his middle initial is also a word ("A", "I"), and so is his unit', () => {
    const r = extractRecord(
      'I, SGT Mara I. Lindqvist, HHC 2-87 Infantry, give this statement. At about 1930 CPL Jonah Weller took shrapnel in the right shin.',
    );
    expect(r.casualty?.name).toBe('Jonah Weller');
    expect(r.casualty?.unit).toBeUndefined();
    expect(extractRecord('Private Ellis A. Moreno, GSW left thigh.').casualty?.name).toBe('Ellis A. Moreno');
  });
  it('is the speaker when his rank has two words and he spells his name before saying what he does', () => {
    const r = extractRecord(
      'This is Staff Sergeant Oyelaran, Oscar Yankee Echo, platoon medic, 3rd Squadron, recording. Patient is Private Lina Voss, burns to both hands.',
    );
    expect(r.casualty?.name).toBe('Lina Voss');
    expect(r.casualty?.unit).toBeUndefined();
  });
  it('is not the casualty when the report is sent from him', () => {
    expect(
      extractRecord('Handoff from CPL Imre Szabo (CLS) to the flight medic. PFC Dara Quinn, GSW left calf.').casualty
        ?.name,
    ).toBe('Dara Quinn');
    expect(
      extractRecord('The mortar landed two meters from Corporal Ines Abara at 0412. Frag to the right thigh.').casualty
        ?.name,
    ).toBe('Ines Abara');
  });
  it('leaves a casualty introduced by "this is" the casualty', () => {
    expect(extractRecord('This is Private Ana Reyes, GSW to the right thigh.').casualty?.name).toBe('Ana Reyes');
  });
});
