import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { reportStarts } from './net-reports.js';

const NET =
  'Anvil Six, this is Medic Ortega at OP North, one routine, over.\n' +
  'Medic Ortega, Anvil Six, go ahead.\n' +
  'Anvil Six, PFC Dean Moss, twisted his right ankle, splint on the right ankle, pulse 88. Routine, over.\n' +
  'Anvil Six, Doc Brandt, Gate Two, two casualties, over.\n' +
  'Doc Brandt, send.\n' +
  'First, SPC Lena Cho, GSW left arm, tourniquet left arm at 1510. Urgent. Second, PVT Omar Haddad, burns to the ' +
  'face. Priority. Over.';

describe('a net on which several medics report their own casualties', () => {
  it("opens a report at each medic's call-up, not where the station answers him by name", () => {
    expect(reportStarts(NET)).toEqual([0, NET.indexOf('Anvil Six, Doc Brandt')]);
  });
  it('reads each report on its own, so the second medic counts his casualties from one', () => {
    const records = extractCasualties(NET).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.evac_priority])).toEqual([
      ['Dean Moss', 'routine'],
      ['Lena Cho', 'urgent'],
      ['Omar Haddad', 'priority'],
    ]);
    expect(records[0].interventions).toEqual([{ type: 'splint', location: 'right_leg' }]);
    expect(records[1].interventions).toEqual([{ type: 'tourniquet', location: 'left_arm', time: '15:10' }]);
    expect(records[2].interventions).toBeUndefined();
  });
  it('reads one medic calling up twice as one report', () => {
    const again = 'Anvil Six, Doc Brandt, one urgent, over.\nAnvil Six, Doc Brandt, one urgent, say again, over.';
    expect(reportStarts(again)).toEqual([]);
  });
  it("gives what the net's control says before the first call-up to every report, and no medic a record", () => {
    const net =
      'Anvil Six: All stations, CCP at the water tower, grid three eight sierra mike bravo one two three four five six ' +
      'seven eight, pickup for all. Send in order, over.\n' +
      'Doc Brandt: Anvil Six, Doc Brandt, I have two, over.\n' +
      'Anvil Six: Send it.\n' +
      'Doc Brandt: First, SPC Lena Cho, GSW left arm. Urgent. Second, PVT Omar Haddad, burns to the face. Priority, over.\n' +
      'Doc Ortega: Anvil Six, Doc Ortega, one casualty. PFC Dean Moss, twisted right ankle, splint on the right ankle. ' +
      'Routine, over.';
    const records = extractCasualties(net).casualties.map((c) => c.record);
    expect(records.map((r) => [r.casualty?.name, r.location_grid])).toEqual([
      ['Lena Cho', '38SMB12345678'],
      ['Omar Haddad', '38SMB12345678'],
      ['Dean Moss', '38SMB12345678'],
    ]);
  });
});
