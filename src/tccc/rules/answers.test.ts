import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe("the casualty's quoted answers to the medic's questions", () => {
  it('reads the allergen he answers, and none when he says so', () => {
    expect(extractRecord('Any drug allergies, brother? "Codeine. Makes me puke." Codeine, copy.').casualty).toEqual({
      allergies: 'Codeine',
    });
    expect(extractRecord('Are you allergic to any meds? "Nope, nothing." Okay.').casualty).toEqual({
      allergies: 'NKDA',
    });
  });
  it('reads no allergen from an answer that is not one word or two', () => {
    expect(extractRecord('Allergies? "I think there was something when I was a kid." Okay.').casualty).toBeUndefined();
  });
  it('reads the pain score he answers, the one he settles on after taking one back', () => {
    expect(extractRecord('Rate your pain for me, zero to ten? "Seven, man." Seven.').vitals).toEqual([{ pain: 7 }]);
    expect(extractRecord('How bad is the pain? "Six... no, five." Okay.').vitals).toEqual([{ pain: 5 }]);
  });
  it('reads no pain score from an answer of two numbers not taken back, nor twice when the medic repeats it', () => {
    expect(extractRecord('How is the pain? "Three or four." Okay.').vitals).toBeUndefined();
    expect(extractRecord('How is the pain? "Eight." Pain eight out of ten.').vitals).toEqual([{ pain: 8 }]);
  });
  it('reads the roster number he answers in quotes or after a pause', () => {
    expect(extractRecord('And your roster number? "Lima Papa three three zero eight." Thanks.').casualty).toEqual({
      battle_roster: 'LP3308',
    });
    expect(extractRecord('Roster number? ... Sierra Echo one one four nine? Got it.').casualty).toEqual({
      battle_roster: 'SE1149',
    });
  });
});
