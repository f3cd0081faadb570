import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readAuditLog } from './audit-logs.js';
import { readAuditLine } from './audit-log-lines.js';

const records = (text: string) => extractCasualties(text).casualties.map((c) => c.record);

describe("a tracking system's audit log, a line per change", () => {
  const log = [
    'TRACKER AUDIT (saved = server time)',
    '2026-05-02T13:20:01Z | ADDED   | P11',
    '2026-05-02T13:20:09Z | ADDED   | P12',
    '2026-05-02T13:20:40Z | CHANGED | P11 | name         | "" => "CPL Dana Whitfield"',
    '2026-05-02T13:21:02Z | CHANGED | P12 | name         | "" => "Okoro, Ben SPC"',
    '2026-05-02T13:21:30Z | CHANGED | P11 | tourniquet.1 | "" => "R thigh" | at=1312',
    '2026-05-02T13:22:05Z | CHANGED | P12 | meds.1       | "" => "morphine 10 mg IM" | at=1314',
    '2026-05-02T13:22:40Z | REMOVED | P12 | meds.1       | reason="other litter"',
    '2026-05-02T13:22:41Z | CHANGED | P11 | meds.1       | "" => "morphine 10 mg IM" | at=1314',
    '2026-05-02T13:23:10Z | CHANGED | P12 | evac         | "" => "routine"',
    '2026-05-02T13:23:50Z | CHANGED | P12 | evac         | "routine" => "priority"',
    '2026-05-02T13:24:00Z | ADDED   | P13',
    '2026-05-02T13:24:05Z | CHANGED | P13 | wound.1      | "" => "GSW L arm"',
    '2026-05-02T13:24:30Z | VOIDED  | P13',
  ].join('\n');

  it('gives each patient the last value of each field, in the order patients first appear, a voided one none', () => {
    const [a, b, ...rest] = records(log);
    expect(rest).toEqual([]);
    expect(a.casualty?.name).toBe('Dana Whitfield');
    expect(a.interventions).toEqual([{ type: 'tourniquet', location: 'right_leg', time: '13:12' }]);
    expect(a.medications).toEqual([{ name: 'morphine', dose: '10 mg', route: 'IM', time: '13:14' }]);
    expect(b.casualty?.name).toBe('Ben Okoro');
    expect(b.evac_priority).toBe('priority');
    expect(b.medications).toBeUndefined();
    expect(b.injuries).toBeUndefined();
  });

  it('points what it reads back into the log as written', () => {
    const { casualties } = extractCasualties(log);
    const tq = casualties[0].evidence.find((e) => e.path.startsWith('/interventions/0'));
    expect(tq && log.slice(tq.start, tq.end)).toContain('R thigh');
  });
});

describe('a clinical time entered apart from the stamp the line was saved at', () => {
  it('dates a set of vitals by its own time field, and a set with none by no time at all', () => {
    const [r] = records(
      [
        '[14:05] op=set patient=B2 path=vitals.2.time val=1358 user=doc',
        '[14:05] op=set patient=B2 path=vitals.2.pulse val=118 user=doc',
        '[14:06] op=set patient=B2 path=vitals.2.sbp val=102 user=doc',
        '[14:07] op=set patient=B2 path=vitals.3.pulse val=96 user=doc',
        '[14:08] op=set patient=B2 path=mech val="fall from roof" user=doc',
      ].join('\n'),
    );
    expect(r.vitals).toEqual([{ time: '13:58', pulse: 118, systolic: 102 }, { pulse: 96 }]);
    expect(JSON.stringify(r)).not.toMatch(/14:0\d/);
  });

  it('never reads the saved stamp as a time, when the line gives none or says "-"', () => {
    const line = "0932 UPDATE pt=7A field=tq value='L leg' when=-";
    const r = readAuditLine(line, 0, line.length);
    expect(r).toMatchObject({ action: 'update', patient: '7A', time: null });
    expect(readAuditLog("0932 UPDATE pt=7A field=tq value='L leg'\n".repeat(4))?.value).not.toContain('0932');
  });
});

describe('a patient opened in the log', () => {
  it('has no record when nothing was ever entered for him, or all of it was taken out again', () => {
    const text = [
      'ts;act;who;what;old;new',
      "07:12:10;NEW;T1;;;by='cpl ruiz'",
      "07:12:15;NEW;T2;;;by='cpl ruiz'",
      "07:12:20;NEW;T3;;;by='cpl ruiz'",
      "07:13:02;EDIT;T1;injury.1;old='';new='burns both hands'",
      "07:13:30;EDIT;T3;mechanism;old='';new='blast'",
      "07:14:05;EDIT;T3;mechanism;old='blast';new=''",
    ].join('\n');
    expect(readAuditLog(text)?.value).toMatch(/^ts;act;who;what;old;new\nPatient 1: injury: burns both hands\.\n$/);
    expect(records(text)).toHaveLength(1);
  });
});

describe('what is no audit log', () => {
  it('leaves prose and lines without something done to a patient to other readers', () => {
    expect(readAuditLog('1402 TQ R thigh.\n1405 TXA 2 g IV.\n1410 HR 110.\n1412 morphine 10 mg IM.')).toBeNull();
    const notes = ['0901 new pt2 at CCP', '0903 changed pt2 dressing', '0904 update pt2 to urgent', '0905 changed TQ2'];
    expect(readAuditLog([...notes, '0906 TQ R thigh', '0907 TXA 2 g IV'].join('\n'))).toBeNull();
    expect(readAuditLog('0901 CREATE pt=A1\n0902 UPDATE pt=A1 field=moi value="IED"')).toBeNull();
  });
});
