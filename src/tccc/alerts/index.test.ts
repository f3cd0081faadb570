import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { ALERT_PASSAGE_IDS, evaluateAlerts, type AlertRule } from './index.js';

/** The alerts of one rule, as [severity, message] pairs. */
function alertsOf(rule: AlertRule, record: TcccRecord, now: string, timeOfInjury?: string) {
  return evaluateAlerts(timeOfInjury ? { ...record, time_of_injury: timeOfInjury } : record, { now }).filter(
    (alert) => alert.rule === rule,
  );
}

const tourniquetAt = (time: string): TcccRecord => ({
  interventions: [{ type: 'tourniquet', location: 'left_leg', time }],
});

describe('tourniquet time', () => {
  it('is quiet before 1 h 45 min, warns from 1 h 45 min, alerts from 2 h', () => {
    expect(alertsOf('tourniquet-time', tourniquetAt('12:00'), '13:44')).toEqual([]);
    expect(alertsOf('tourniquet-time', tourniquetAt('12:00'), '13:45')[0].severity).toBe('warning');
    expect(alertsOf('tourniquet-time', tourniquetAt('12:00'), '13:59')[0].severity).toBe('warning');
    expect(alertsOf('tourniquet-time', tourniquetAt('12:00'), '14:00')[0].severity).toBe('alert');
    const [overdue] = alertsOf('tourniquet-time', tourniquetAt('12:00'), '14:10');
    expect(overdue).toMatchObject({ severity: 'alert', passageId: 'tourniquet-conversion' });
    expect(overdue.message).toContain('2 h 10 min');
    expect(overdue.message).toContain('left leg');
  });

  it('counts across midnight', () => {
    expect(alertsOf('tourniquet-time', tourniquetAt('22:30'), '00:31')[0].severity).toBe('alert');
    expect(alertsOf('tourniquet-time', tourniquetAt('23:30'), '00:10')).toEqual([]);
  });

  it('switches to the 6 h no-removal message just over 6 h', () => {
    expect(alertsOf('tourniquet-time', tourniquetAt('08:00'), '14:00')[0].message).toContain('past the 2 h');
    expect(alertsOf('tourniquet-time', tourniquetAt('08:00'), '14:01')[0].message).toContain('over 6 h');
  });

  it('asks for a time when a tourniquet has none, and never changes the record', () => {
    const record: TcccRecord = { interventions: [{ type: 'junctional_tourniquet' }] };
    const before = JSON.stringify(record);
    expect(alertsOf('tourniquet-time', record, '14:00')[0]).toMatchObject({
      severity: 'warning',
      passageId: 'tourniquet-marking-documentation',
    });
    expect(JSON.stringify(record)).toBe(before);
  });
});

describe('TXA window', () => {
  const bleeding: TcccRecord = { injuries: [{ type: 'amputation', location: 'right_leg' }] };
  it('warns inside the window, alerts in its last 30 min, and reports it passed just over 3 h', () => {
    expect(alertsOf('txa-window', bleeding, '14:29', '12:00')[0].severity).toBe('warning');
    expect(alertsOf('txa-window', bleeding, '14:30', '12:00')[0].severity).toBe('alert');
    expect(alertsOf('txa-window', bleeding, '14:59', '12:00')[0].message).toContain('closes in 1 min');
    expect(alertsOf('txa-window', bleeding, '15:00', '12:00')[0].severity).toBe('alert');
    expect(alertsOf('txa-window', bleeding, '15:01', '12:00')[0]).toMatchObject({
      severity: 'info',
      passageId: 'txa-indications-timing',
    });
  });

  it('estimates the injury time from the earliest recorded time when none is given', () => {
    const record: TcccRecord = {
      interventions: [{ type: 'tourniquet', time: '12:00' }],
      vitals: [{ time: '12:20', pulse: 110 }],
    };
    const [alert] = alertsOf('txa-window', record, '13:00');
    expect(alert.message).toContain('closes in 2 h');
    expect(alert.message).toContain('estimated');
  });

  it('is quiet once TXA is recorded in time, or when nothing bleeds; flags TXA given after 3 h', () => {
    expect(
      alertsOf(
        'txa-window',
        { ...bleeding, medications: [{ name: 'txa', dose: '2 g', time: '12:30' }] },
        '13:00',
        '12:00',
      ),
    ).toEqual([]);
    expect(
      alertsOf('txa-window', { injuries: [{ type: 'fracture', location: 'left_arm' }] }, '13:00', '12:00'),
    ).toEqual([]);
    expect(
      alertsOf(
        'txa-window',
        { ...bleeding, medications: [{ name: 'txa', dose: '2 g', time: '15:00' }] },
        '15:10',
        '12:00',
      ),
    ).toEqual([]);
    expect(
      alertsOf(
        'txa-window',
        { ...bleeding, medications: [{ name: 'txa', dose: '2 g', time: '15:01' }] },
        '15:10',
        '12:00',
      )[0].message,
    ).toContain('3 h 1 min after injury');
  });
});

describe('tension pneumothorax', () => {
  const chestGsw: TcccRecord['injuries'] = [{ type: 'gsw', location: 'chest' }];
  it('alerts on chest trauma with SpO2 under 90, not at 90', () => {
    expect(alertsOf('tension-pneumothorax', { injuries: chestGsw, vitals: [{ spo2: 89 }] }, '12:00')[0]).toMatchObject({
      severity: 'alert',
      passageId: 'tension-pneumothorax-recognition',
    });
    expect(alertsOf('tension-pneumothorax', { injuries: chestGsw, vitals: [{ spo2: 90 }] }, '12:00')).toEqual([]);
    expect(
      alertsOf(
        'tension-pneumothorax',
        { injuries: [{ type: 'gsw', location: 'left_leg' }], vitals: [{ spo2: 80 }] },
        '12:00',
      ),
    ).toEqual([]);
  });

  it('alerts on a recorded tension pneumothorax until it is decompressed', () => {
    const record: TcccRecord = { injuries: [{ type: 'tension_pneumothorax', location: 'chest' }] };
    expect(alertsOf('tension-pneumothorax', record, '12:00')[0].passageId).toBe('needle-decompression-sites');
    expect(
      alertsOf('tension-pneumothorax', { ...record, interventions: [{ type: 'needle_decompression' }] }, '12:00'),
    ).toEqual([]);
  });
});

describe('vitals overdue', () => {
  it('uses 15 min for a stable casualty: quiet at 15, warns at 16', () => {
    const record = (time: string): TcccRecord => ({
      vitals: [
        { time: '10:00', pulse: 80 },
        { time, pulse: 84, avpu: 'A' },
      ],
    });
    expect(alertsOf('vitals-overdue', record('12:00'), '12:15')).toEqual([]);
    expect(alertsOf('vitals-overdue', record('12:00'), '12:16')[0]).toMatchObject({
      severity: 'warning',
      passageId: 'reassessment-intervals',
    });
  });

  it('uses 5 min for an urgent or shocked casualty', () => {
    const shocked: TcccRecord = { vitals: [{ time: '12:00', pulse: 130 }] };
    expect(alertsOf('vitals-overdue', shocked, '12:05')).toEqual([]);
    expect(alertsOf('vitals-overdue', shocked, '12:06')[0].message).toContain('every 5 min');
    expect(
      alertsOf('vitals-overdue', { evac_priority: 'urgent', vitals: [{ time: '12:00', pulse: 80 }] }, '12:06'),
    ).toHaveLength(1);
  });

  it('warns when no timed vitals were taken since injury for longer than the interval', () => {
    expect(
      alertsOf('vitals-overdue', { injuries: [{ type: 'fracture', location: 'left_arm' }] }, '12:15', '12:00'),
    ).toEqual([]);
    expect(
      alertsOf('vitals-overdue', { injuries: [{ type: 'fracture', location: 'left_arm' }] }, '12:16', '12:00')[0]
        .message,
    ).toContain('since injury');
  });
});

describe('hypothermia prevention', () => {
  it('warns for a bleeding or urgent casualty without it, and not once it is recorded', () => {
    expect(alertsOf('hypothermia-prevention', tourniquetAt('12:00'), '12:10')).toHaveLength(1);
    expect(alertsOf('hypothermia-prevention', { evac_priority: 'urgent' }, '12:10')).toHaveLength(1);
    expect(alertsOf('hypothermia-prevention', { evac_priority: 'routine' }, '12:10')).toEqual([]);
    expect(
      alertsOf(
        'hypothermia-prevention',
        { interventions: [{ type: 'tourniquet', time: '12:00' }, { type: 'hypothermia_prevention' }] },
        '12:10',
      ),
    ).toEqual([]);
  });
});

describe('medication dose', () => {
  const dose = (name: 'ketamine' | 'txa' | 'fentanyl', value: string, route?: 'IV' | 'IM' | 'OTFC') =>
    alertsOf('medication-dose', { medications: [{ name, dose: value, route }] }, '12:00');
  it('checks ketamine by route, at and around each end of the range', () => {
    expect(dose('ketamine', '19 mg', 'IV')).toHaveLength(1);
    expect(dose('ketamine', '20 mg', 'IV')).toEqual([]);
    expect(dose('ketamine', '30 mg', 'IV')).toEqual([]);
    expect(dose('ketamine', '31 mg', 'IV')[0]).toMatchObject({
      severity: 'warning',
      passageId: 'ketamine-analgesia-dosing',
    });
    expect(dose('ketamine', '50 mg', 'IM')).toEqual([]);
    expect(dose('ketamine', '50 mg', 'IV')).toHaveLength(1);
    expect(dose('ketamine', '100 mg', 'IM')).toEqual([]);
    expect(dose('ketamine', '101 mg', 'IM')).toHaveLength(1);
  });

  it('converts units and leaves undecidable doses alone', () => {
    expect(dose('txa', '2 g')).toEqual([]);
    expect(dose('txa', '2000 mg')).toEqual([]);
    expect(dose('txa', '3 g')[0].message).toContain('txa 3 g');
    expect(dose('fentanyl', '800 mcg', 'OTFC')).toEqual([]);
    expect(dose('fentanyl', '1600 mcg', 'OTFC')).toHaveLength(1);
    expect(dose('txa', '100 ml')).toEqual([]);
  });
});

describe('every alert cites a known passage', () => {
  it('across a record that trips every rule', () => {
    const record: TcccRecord = {
      injuries: [
        { type: 'tension_pneumothorax', location: 'chest' },
        { type: 'amputation', location: 'left_leg' },
      ],
      interventions: [{ type: 'tourniquet', time: '10:00' }, { type: 'tourniquet' }],
      medications: [{ name: 'ketamine', dose: '500 mg', route: 'IV' }],
    };
    const alerts = evaluateAlerts({ ...record, time_of_injury: '10:00' }, { now: '12:30' });
    expect(new Set(alerts.map((alert) => alert.rule))).toEqual(
      new Set([
        'tourniquet-time',
        'tension-pneumothorax',
        'txa-window',
        'vitals-overdue',
        'hypothermia-prevention',
        'medication-dose',
      ]),
    );
    expect(alerts[0].severity).toBe('alert');
    for (const alert of alerts) expect(ALERT_PASSAGE_IDS).toContain(alert.passageId);
  });
});
