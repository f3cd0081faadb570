import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

describe('a value put right by "<new>, not <old>" long after the old one was said', () => {
  it('puts a time, a two-number reading or an amount in its unit in the place of the old one', () => {
    const r = extractRecord(
      'Blast at 0740, frag to the R thigh. BP 96/60 at 0750. Ketamine 50 mg IM 0752. TQ R thigh 0745. ' +
        'Pulse 120 at 0755. Update from the BAS: BP at 0750 was 86/60, not 96/60; the ketamine was 25 mg, not 50 mg; ' +
        'and the blast was 0738, not 0740.',
    );
    expect(r.time_of_injury).toBe('07:38');
    expect(r.vitals).toContainEqual({ time: '07:50', systolic: 86, diastolic: 60 });
    expect(r.vitals).toContainEqual({ time: '07:55', pulse: 120 });
    expect(r.vitals?.some((v) => v.systolic === 96)).toBe(false);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '25 mg', route: 'IM', time: '07:52' }]);
  });
  it('reads a chat line closing the old value with an emoji as a value put right', () => {
    const chat = [
      '[0931] medic: L leg gone below the knee. TQ L thigh 0933 👍',
      '[0940] medic: ketamine 50mg IM 0938',
      '[0950] medic: fix: ketamine was 0937 not 0938 🤦',
    ].join('\n');
    const r = extractRecord(chat);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '09:37' }]);
    // A word after the old time is no pause: "not 0938 per Reyes" says more than a time.
    expect(extractRecord('TQ L thigh 0933. TQ was 0931 not 0933 per Reyes.').interventions).toContainEqual({
      type: 'tourniquet',
      location: 'left_leg',
      time: '09:33',
    });
  });
  it('reads a time followed by a few words of when before ", not <old>"', () => {
    const r = extractRecord(
      'Hit by frag at 2210. 2214 CAT L arm. 2220 chest seal L chest. Correction: the seal went on at 2226 once we ' +
        'rolled him, not 2220.',
    );
    expect(r.interventions).toContainEqual({ type: 'chest_seal', location: 'chest', time: '22:26' });
    expect(r.interventions?.some((i) => i.time === '22:20')).toBe(false);
    // A reading so far from "not" could be another's: it stays.
    const bp = extractRecord('BP 96/60 at 0750. Then BP 100/60 after the fluids, not 96/60.');
    expect(bp.vitals?.some((v) => v.systolic === 96)).toBe(true);
  });
  it('reads the same correction said twice as one', () => {
    const r = extractRecord('HR 110, BP 98/50 at 1805. Binder 1806. BP was 88/50, not 98/50. Again: 88/50, not 98/50.');
    expect(r.vitals).toEqual([{ time: '18:05', pulse: 110, systolic: 88, diastolic: 50 }]);
  });
  it('moves a bare number said after the same word both times, and leaves a correction that names the thing better', () => {
    expect(extractRecord('HR 58 at 2222, BP 170/96. Correction to 2224: HR at 2222 was 56, not 58.').vitals).toEqual([
      { time: '22:22', pulse: 56, systolic: 170, diastolic: 96 },
    ]);
    const binder = extractRecord(
      'Unstable pelvis. T-POD on at 1848. Correction: the binder went on at 1846, not 1848.',
    );
    expect(binder.interventions).toEqual([{ type: 'pelvic_binder', time: '18:46' }]);
  });
  it('moves no bare number, and nothing when the old value was never said', () => {
    const spo2 = extractRecord('SpO2 100 at 1130. Fentanyl 100 mcg. HR 110, not 100.').vitals ?? [];
    expect([spo2[0].spo2, spo2.some((v) => v.pulse === 110)]).toEqual([100, true]);
    expect(extractRecord('GSW L arm. TQ at 1512, not 1510.').interventions?.[0].time).toBeDefined();
  });
  it('moves a time however far back it was said when the thing and the old time are both named', () => {
    const said =
      'CAT on L arm 0932. HR 118. Gauze packed. BP 100/60. Sats 94. Correction, the CAT went on 0930 not 0932.';
    expect(extractRecord(said).interventions?.filter((i) => i.type === 'tourniquet')).toEqual([
      { type: 'tourniquet', location: 'left_arm', time: '09:30' },
    ]);
    // The old time said after "not" finds it however far back too (not-old-values.ts); with neither named, only the
    // sentence before is searched, and the old time stays.
    expect(extractRecord(said.replace('the CAT went on ', '')).interventions?.[0].time).toBe('09:30');
    expect(extractRecord(said.replace('the CAT went on 0930 not 0932', '0930')).interventions?.[0].time).toBe('09:32');
  });
  it('reads a bare old number after an amount as an amount in its unit ("was 4 mg, not 8")', () => {
    const r = extractRecord('Zofran 8 mg IV 1418 for vomiting. BP 120/80.\nCorrection: Zofran was 4 mg, not 8.');
    expect(r.medications).toEqual([{ name: 'ondansetron', dose: '4 mg', route: 'IV', time: '14:18' }]);
  });
});
