import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readXmlRecord } from './xml-records.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

const INDENTED = `Export below. Pelvis stable.
<?xml version="1.0"?>
<record>
  <soldier>
    <name>Ines Varga</name>
    <roster>IV2051</roster>
    <gender>F</gender>
  </soldier>
  <event toi="0940" mechanism="blast" grid="33T WN 5512 8830"/>
  <wounds>
    <wound type="burn" site="left hand"/>
  </wounds>
  <procedures>
    <procedure type="tourniquet" site="right arm" time="09:44"/>
    <procedure type="needle decompression" site="left chest" status="not done"/>
  </procedures>
  <signs>
    <sign time="0950" type="Heart rate" value="132"/>
    <sign time="0950" type="BP" value="90/60"/>
    <sign time="0950" type="HR" value="182" status="entered-in-error"/>
  </signs>
  <meds>
    <med name="ketamine" dose="20" unit="mg" route="IV" time="2025-03-02T09:52:00Z"/>
  </meds>
</record>`;

describe('readXmlRecord', () => {
  it('reads an indented export as a card: patient, event, wound, acts, a set of signs, a drug', () => {
    const r = record(INDENTED);
    expect(r.casualty).toMatchObject({ name: 'Ines Varga', battle_roster: 'IV2051', sex: 'female' });
    expect(r.time_of_injury).toBe('09:40');
    expect(r.mechanism).toEqual(['blast']);
    expect(r.interventions).toEqual([{ type: 'tourniquet', location: 'right_arm', time: '09:44' }]);
    expect(r.vitals).toEqual([{ time: '09:50', pulse: 132, systolic: 90, diastolic: 60 }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '20 mg', route: 'IV', time: '09:52' }]);
  });

  it('knows values by short attribute names on one line, and reads a repeated entry once', () => {
    const text =
      '<Card><Pt nm="Tomas Reyes" zap="TR1180"/><Obs t="1612" p="104" bp="118/74" o2="96" lvl="A"/>' +
      '<Fl cd="LR" ml="500" rte="IV" t="1620"/><Fl cd="LR" ml="500" rte="IV" t="1620"/>' +
      '<Tx cd="SPLINT" at="L LOWER LEG" t="1618"/></Card>';
    const r = record(text);
    expect(r.casualty?.name).toBe('Tomas Reyes');
    expect(r.vitals).toEqual([{ time: '16:12', pulse: 104, systolic: 118, diastolic: 74, spo2: 96, avpu: 'A' }]);
    expect(r.fluids).toEqual([{ name: 'crystalloid', volume_ml: 500, route: 'IV', time: '16:20' }]);
    expect(r.interventions).toEqual([{ type: 'splint', location: 'left_leg', time: '16:18' }]);
  });

  it('leaves out a drug whose "given" says no', () => {
    const text =
      '<card><pt nm="Ana Ruiz" zap="AR1001"/><rx cd="ketamine" amt="50" u="mg" rte="IM" given="no"/>' +
      '<rx cd="TXA" amt="2" u="g" rte="IV" t="1405"/></card>';
    expect(record(text).medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '14:05' }]);
  });

  it('points each value back into the XML', () => {
    const rewritten = readXmlRecord(INDENTED);
    const at = rewritten!.value.indexOf('ketamine');
    expect(INDENTED.slice(rewritten!.original(at), rewritten!.original(at + 8, true))).toBe('ketamine');
  });

  it('leaves a note with a stray "<" or one tag alone', () => {
    expect(readXmlRecord('SBP <90 at 1410, HR >120. TQ L thigh 1402.')).toBeNull();
    expect(readXmlRecord('Card says <b>urgent</b>. TQ L thigh 1402.')).toBeNull();
  });
});
