import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';

/** A squad leader's lay account, cut at every man he names: those hit, those who helped and himself. */
const LAY_ACCOUNT = [
  'SSG Brooks, 3rd Squad. What happened at the checkpoint, 2 May. Doc added notes in brackets.',
  '',
  'At 0940 a grenade went off by the gate. CPL Mendez got it in the right arm. PFC Alvarez put the strap thing on ' +
    'his arm up high. [CAT R arm 0943 – Doc]',
  '',
  'SPC Tran was by the wall and a piece of the gate got him in the left side of his chest. PFC Cho almost put the ' +
    'sticky patch on his chest. [Chest seal L chest 0945 – Doc]',
  '',
  'SGT Kline got shot in the right calf. Alvarez wrapped it up. [Pressure dressing R calf – Doc]',
  '',
  '[Mendez urgent, Tran urgent, Kline priority – Doc]',
].join('\n');

describe('outnumbers', () => {
  it('counts no soldier who opens his sentence giving care, nor the one who signs the account, as a casualty', () => {
    const records = extractCasualties(LAY_ACCOUNT).casualties.map((c) => c.record);
    expect(records.map((r) => r.casualty?.name)).toEqual(['Mendez', 'Tran', 'Kline']);
    const [mendez, tran, kline] = records;
    expect(mendez.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '09:43' }]);
    expect(tran.interventions).toEqual([{ type: 'chest_seal', location: 'chest', time: '09:45' }]);
    expect(kline.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
    expect(records.map((r) => r.evac_priority)).toEqual(['urgent', 'urgent', 'priority']);
  });

  it('keeps a soldier who opens the account as a casualty when his wound is said a sentence later', () => {
    const account = [
      'SPC Lee was on the left. He took fragments to the left arm. Doc added notes in brackets.',
      ...LAY_ACCOUNT.split('\n').slice(1, 6),
      '[Lee urgent, Mendez urgent, Tran urgent, Cho routine – Doc]',
    ].join('\n');
    const records = extractCasualties(account).casualties.map((c) => c.record);
    expect(records.map((r) => r.casualty?.name)).toEqual(['Lee', 'Mendez', 'Tran']);
    expect(records[0].injuries).toContainEqual(expect.objectContaining({ location: 'left_arm' }));
  });
});
