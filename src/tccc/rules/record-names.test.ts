import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const names = (text: string): (string | undefined)[] =>
  extractCasualties(text).casualties.map((c: { record: TcccRecord }) => c.record.casualty?.name);

describe('the whole name a casualty known by one word of it is given', () => {
  it('gives one called by his first name the whole name said after his rank ("Private Tomás Reyes … Tomás")', () => {
    expect(
      names(
        'Rocket hit the tower at 2210, two hurt. Private Tomás Reyes, frag to the left calf. Tomás, look at me. ' +
          'Pressure dressing left calf. Second, Corporal Anne Dubois, burns to both hands. Anne, stay still. ' +
          'Burn dressing both hands. Tomás routine, Anne priority.',
      ),
    ).toEqual(['Tomás Reyes', 'Anne Dubois']);
  });
  it('gives a surname said again in full right after it the whole name ("Haddad, Samir Haddad:")', () => {
    expect(
      names(
        'Grenade at 0640, both hit. Haddad, Samir Haddad: frag to the right thigh, tourniquet right leg 0644. ' +
          'Now Brandt, Jonas Brandt: frag to the left hand, pressure dressing. Haddad urgent, Brandt routine.',
      ),
    ).toEqual(['Samir Haddad', 'Jonas Brandt']);
  });
  it('takes no side or body word after a rank and a name for a surname ("Sergeant Mills Left leg")', () => {
    expect(
      names(
        'Two hurt at 1130. First, Sergeant Mills Left leg frag, tourniquet 1132. Mills, stay down. Second, ' +
          'Private Ives, cut hand. Mills urgent, Ives routine.',
      ),
    ).toEqual(['Mills', 'Ives']);
  });
});
