import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../alerts/index.js';
import { buildCard } from '../reports/card.js';
import { buildZmist } from '../reports/zmist.js';
import { extractCasualties } from './casualties.js';
import { extractRecord } from './index.js';

const toi = (text: string) => extractRecord(text).time_of_injury;

describe('time of injury', () => {
  it('is read in its usual forms', () => {
    expect(toi('IED blast 0253. Bilateral amputations.')).toBe('02:53');
    expect(toi('time of injury 0253, GSW chest')).toBe('02:53');
    expect(toi('TOI 1142. MOI GSW.')).toBe('11:42');
    expect(toi('he was hit at about fourteen twenty by a sniper round')).toBe('14:20');
    expect(toi('he got hit at fourteen oh two local, frag to the right forearm')).toBe('14:02');
    expect(toi('stepped on a landmine at 0815, right foot is gone')).toBe('08:15');
    expect(toi('Wounded at 2310, correction, 2315. GSW left thigh.')).toBe('23:15');
  });
  it('is read after the impact or strike of what hit them, and before a list of casualties', () => {
    expect(toi('Mortar impact at 0455, frag to the left leg.')).toBe('04:55');
    expect(toi('Vehicle hit, IED strike 1130. TQ R thigh 1134.')).toBe('11:30');
    const records = extractCasualties('Two wounded, RPG impact 0610. #1 SGT Voss: GSW R arm. #2 PFC Lam: frag L leg.');
    expect(records.casualties.map((c) => c.record.time_of_injury)).toEqual(['06:10', '06:10']);
    // "strike" or "impact" with a time said later is no injury.
    expect(toi('Air strike called in at 0500, TQ left thigh 0510.')).toBeUndefined();
  });
  it('is kept apart from treatment and vitals times, and never taken from when care began', () => {
    const r = extractRecord('IED blast 0253. TQ left thigh 0258. HR 140 at 0300.');
    expect(r.time_of_injury).toBe('02:53');
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '02:58' }]);
    expect(r.vitals).toEqual([{ pulse: 140, time: '03:00' }]);
    expect(toi('I got to him at 1430 and put a tourniquet on the left thigh at 1432')).toBeUndefined();
    expect(toi('Injury: GSW R arm, TQ at 1145.')).toBeUndefined();
  });
  it('feeds the card TIME box, ZMIST and the TXA window', () => {
    const r = extractRecord('IED blast 0253. GSW left thigh, TQ left thigh 0258.');
    expect(buildCard(r).time).toBe('02:53');
    expect(buildZmist(r).m).toContain('time of injury 02:53');
    const late = evaluateAlerts(r, { now: '06:10' }).find((a) => a.rule === 'txa-window');
    expect(late?.message).toBe(
      'No TXA recorded and 3 h 17 min since injury: the 3 h window has passed; do not start TXA now.',
    );
  });
});
