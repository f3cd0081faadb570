import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';
import { extractCasualties } from './casualties.js';

describe('an eye shield goes over an eye', () => {
  it('is on the face when its side alone follows it, never on a limb a side was carried to', () => {
    const r = extractRecord('Tx: Pressure dsg (L forearm)\nEye shield L\nNotes: grit in the left eye.');
    expect(r.interventions).toContainEqual({ type: 'eye_shield', location: 'face' });
    expect(r.interventions).not.toContainEqual({ type: 'eye_shield', location: 'left_arm' });
  });
  it('keeps the face a shield is said over, and gives none where no eye or side is said', () => {
    expect(extractRecord('Rigid shield over the right eye at 0930.').interventions).toEqual([
      { type: 'eye_shield', location: 'face', time: '09:30' },
    ]);
    expect(
      extractRecord('Frag to the right hand. Eye shield in the kit, not needed.').interventions ?? [],
    ).not.toContainEqual(expect.objectContaining({ location: 'right_arm' }));
  });
});

describe("a soldier's own shield", () => {
  it('is no eye shield, where one put over an eye still is', () => {
    for (const text of [
      'Shield line of six formed up 1925.',
      'Bottle hit his riot shield and glanced off.',
      'Struck on the R hand round the shield edge.',
    ])
      expect(extractRecord(text).interventions, text).toBeUndefined();
    expect(extractRecord('Eye shields on both eyes at 1420.').interventions).toEqual([
      { type: 'eye_shield', location: 'face', time: '14:20' },
    ]);
  });
  it('is an eye shield when taped, placed or put on, his own still when he is hit over it', () => {
    for (const text of ['Right eye swollen shut. Taped her shield again.', 'Doc taped his shield on.'])
      expect(extractRecord(text).interventions, text).toEqual([{ type: 'eye_shield' }]);
    expect(extractRecord('Put his shield over the left eye.').interventions).toEqual([
      { type: 'eye_shield', location: 'face' },
    ]);
    expect(extractRecord('Took a half brick over the top of his shield.').interventions).toBeUndefined();
    for (const text of [
      'He put his shield up and took a brick to the face.',
      'PFC Diaz placed his shield over the casualty and dragged him back.',
    ])
      expect(extractRecord(text).interventions ?? [], text).not.toContainEqual(
        expect.objectContaining({ type: 'eye_shield' }),
      );
  });
});

describe('a shield held over a side', () => {
  it('is no eye shield when no eye is named after the side', () => {
    const care = (text: string) => extractCasualties(text).casualties[0].record.interventions ?? [];
    expect(care('SGT Cole placed his shield over the left side of the casualty. TQ L arm 1402.')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '14:02' },
    ]);
    expect(care('Put his shield over the left eye.')).toEqual([{ type: 'eye_shield', location: 'face' }]);
  });
});
