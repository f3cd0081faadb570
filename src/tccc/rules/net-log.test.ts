import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';
import { withoutSenders } from './net-log.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a group chat or radio net log', () => {
  it('blanks each sender and the brackets of its stamp, same length, and leaves other text alone', () => {
    const log = '[0905] 2-1: contact east\n[0906] Doc Amari: TQ L arm, on\n[0907] 2-6: copy';
    const read = withoutSenders(log);
    expect(read).toHaveLength(log.length);
    expect(read).not.toMatch(/Amari|2-1|2-6|\[/);
    expect(read).toContain('0906');
    // A timeline whose lines open with a casualty's label, or with a sign, is no net log.
    for (const timeline of [
      '0415 Cas A: HR 130\n0416 Cas B: HR 96\n0418 Medic: TQ on',
      '0415 HR: 130\n0420 BP: 90/60\n0425 RTO: up',
    ])
      expect(withoutSenders(timeline)).toBe(timeline);
  });
  it('knows a log whose senders are callsigns of a word and a number ("RED 6:", "DUSTOFF 13:")', () => {
    const log =
      '0640 RED 6: IED on the lead truck.\n0644 RED DOC: Voss at 0643 HR 118, TQ R leg 0642.\n0650 DUSTOFF 13: Wheels down.';
    expect(withoutSenders(log)).not.toMatch(/RED|DUSTOFF/);
    const [r, ...rest] = records(log);
    expect(rest).toEqual([]);
    expect(r.vitals).toEqual([{ time: '06:43', pulse: 118 }]);
  });
  it('never reads the sender, a soldier or medic named on the net, as the casualty', () => {
    const [found] = records(
      '0930 SSG Petrov: man down by the wall\n0931 Doc: on him, GSW R forearm\n0933 Doc: TQ R arm high, on\n0934 SSG Petrov: copy',
    );
    expect(found.casualty?.name).toBeUndefined();
    expect(found.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '09:33' }]);
  });
  it('dates what a message says was done by its stamp, unless it says a time of its own', () => {
    const [found] = records(
      '[1840] 1-1: 1 WIA, frag\n[1842] Medic: chest seal L chest on\n[1844] 1-6: status?\n' +
        '[1846] Medic: HR 124 sats 91 @1845, IV R AC, TXA 2g IV 1843',
    );
    expect(found.interventions).toEqual([
      { type: 'chest_seal', location: 'chest', time: '18:42' },
      { type: 'iv', location: 'right_arm' },
    ]);
    expect(found.vitals).toEqual([{ time: '18:45', pulse: 124, spo2: 91 }]);
    expect(found.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '18:43' }]);
  });
  it('never reads the stamp of a message telling of the blast as the time of injury', () => {
    const [found] = records(
      '1502 2-1: IED, 1 WIA\n1503 Doc: moving\n1506 Doc: pressure dressing L calf\n1507 2-6: roger',
    );
    expect(found.time_of_injury).toBeUndefined();
    expect(found.mechanism).toEqual(['ied']);
  });
  it('cuts a log about several casualties at the surnames its messages open with', () => {
    const found = records(
      '[0620] B-6: mortar in the wire, 2x WIA\n[0621] Doc Lund: moving\n[0623] A TL: it is SPC Farrow and PFC Dade\n' +
        '[0625] Doc Lund: Farrow frag R forearm, pressure dsg on\n[0626] Doc Lund: Dade frag L thigh, TQ L thigh 0625\n' +
        '[0628] Doc Lund: Farrow HR 92\n[0629] Doc Lund: Dade @0628 HR 128 BP 98/60\n[0631] B-6: copy',
    );
    expect(found.map((r) => r.casualty?.name)).toEqual(['Farrow', 'Dade']);
    expect(found.map((r) => r.vitals?.map((v) => v.pulse))).toEqual([[92], [128]]);
    expect(found[1].interventions).toEqual([{ type: 'tourniquet', location: 'left_leg', time: '06:25' }]);
    expect(found[1].vitals?.[0].time).toBe('06:28');
  });
  it('keeps apart casualties named together before either opens a message, and dates what each message says', () => {
    const found = records(
      '1131 2-1: RPG on the wall at 1129, 2 WIA\n1132 Doc: it is Kemp and Oduya\n1134 Doc: Kemp frag R calf, TQ R leg on\n' +
        '1135 Doc: Oduya frag L hand, gauze packed\n1137 Doc: Kemp HR 124\n1138 Doc: Oduya HR 90\n1139 2-6: roger',
    );
    expect(found.map((r) => r.casualty?.name).sort()).toEqual(['Kemp', 'Oduya']);
    const kemp = found.find((r) => r.casualty?.name === 'Kemp');
    expect(kemp?.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '11:34' }]);
    expect(kemp?.vitals).toEqual([{ time: '11:37', pulse: 124 }]);
  });
  it('dates nothing by the stamp of a message that opens with a correction', () => {
    const [found] = records(
      '1710 3-1: 1 WIA, frag\n1712 RTO: 9 line up, grid 42S VD 6611 3020\n1713 3-6: check grid\n' +
        '1714 RTO: correction, 42S VD 6611 3002\n1715 Doc: HR 110',
    );
    expect(found.location_grid).toBe('42SVD66113002');
  });
  it('reads the time that answers a question for the time of injury as the time of injury', () => {
    for (const [ask, answer] of [
      ['doc, TOI?', '0542'],
      ['send time of injury for the card', '05:42'],
    ]) {
      const [found] = records(
        `[0545] 1-1: grenade, 1 WIA\n[0546] 1-6: ${ask}\n[0547] Medic: ${answer}\n[0548] Medic: TQ L leg on`,
      );
      expect(found.time_of_injury).toBe('05:42');
    }
    // An answer that says more than a time is read where it stands.
    const [more] = records('[0545] 1-1: 1 WIA\n[0546] 1-6: TOI?\n[0547] Medic: 0542 I think, TQ on\n[0548] 1-6: roger');
    expect(more.time_of_injury).toBeUndefined();
  });
  it('reads the grid that answers a question for the grid as the grid', () => {
    const log = (answer: string): string =>
      `0301 2-1: 1 WIA\n0302 2-6: need grid for the medevac?\n0303 2-1: ${answer}\n0304 Doc: TQ R arm on`;
    expect(records(log('18S UJ 2290 0674'))[0].location_grid).toBe('18SUJ22900674');
    // An answer that is no whole grid is no grid.
    expect(records(log('by the wadi, wait one'))[0].location_grid).toBeUndefined();
  });
  it("dates nothing by a chat's clock, when the message was sent", () => {
    const [found] = records(
      '[14:02] 1SG Dale: doc status on kim?\n[14:04] Doc: frag R shin, pressure dsg on it\n' +
        '[14:05] 1SG Dale: copy\n[14:07] Doc: gave him ket 50mg IM 1406',
    );
    expect(found.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_leg' }]);
    expect(found.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '14:06' }]);
  });
  it('reads a log that brings in each casualty by crew place, rank and name mid-message, one record each', () => {
    const log =
      'BN TOC LOG (SSG Ruth Kale)\n' +
      '2210 BLUE 6: IED on BLUE 1 at 2208, MSR IRON.\n' +
      '2212 BLUE 6: 3x injured. Names to follow.\n' +
      '2214 BLUE DOC: BLUE 1 TC, SSG Ana Pruitt. Frag R thigh. HR 120 at 2213.\n' +
      '2216 BLUE DOC: Pruitt TQ R thigh 2215.\n' +
      '2218 BLUE 5: BLUE 1 driver CPL Deng Okafor not injured, pulling security.\n' +
      '2220 GOLD DOC: Arrived, took Pruitt from BLUE DOC. 2219 SpO2 95, BP 110/70.\n' +
      '2222 BLUE DOC: BLUE 1 gunner PFC Lutz, frag L hand, pressure dsg L hand 2221.\n' +
      '2225 GOLD DOC: Pruitt ketamine 50 mg IM 2224.\n' +
      '2230 DUSTOFF 22: Wheels down.';
    const [a, b, ...rest] = records(log);
    // The writer in the heading, the driver who is not injured and the aircraft's "Wheels" are no casualties.
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Ana Pruitt');
    expect(a.vitals).toEqual([
      { pulse: 120, time: '22:13' },
      { time: '22:19', spo2: 95, systolic: 110, diastolic: 70 },
    ]);
    expect(a.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:24' }]);
    expect(b.casualty?.name).toBe('Lutz');
    expect(b.injuries).toEqual([{ type: 'penetrating', location: 'left_arm' }]);
    expect(b.interventions).toEqual([{ type: 'pressure_dressing', location: 'left_arm', time: '22:21' }]);
  });
});
