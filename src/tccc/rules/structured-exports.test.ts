import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { readStructuredExport } from './structured-exports.js';

const record = (text: string) => extractCasualties(text).casualties[0].record;

describe('a casualty card exported from an app as data', () => {
  it('reads YAML: fields under their labels, each list item as one line, an edited value without its old one', () => {
    const r = record(
      [
        'export v4 (FieldCard)',
        'soldier:',
        '  last: Brennan',
        '  first: Aoife',
        '  rank: CPL',
        '  zap: AB 3307',
        '  sex: F',
        'toi: 2211',
        'mechanism:',
        '  - grenade',
        'wounds:',
        '  - kind: frag',
        '    site: L calf',
        'treatments:',
        '  - what: CAT',
        '    site: L thigh',
        '    at: 2216',
        '    prev: 2261',
        '  - what: Combat Gauze, packed',
        '    site: L calf',
        '    at: 2219',
        'vitals:',
        '  - at: 2225',
        '    pulse: 116',
        '    spo2:',
        '      value: 97',
        '      prev: 79',
        'drugs:',
        '  - ketamine 50 mg IM @2228',
      ].join('\n'),
    );
    expect(r.casualty).toEqual({ name: 'Aoife Brennan', battle_roster: 'AB3307', sex: 'female' });
    expect(r.time_of_injury).toBe('22:11');
    expect(r.mechanism).toEqual(['grenade']);
    expect(r.interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '22:16' },
      { type: 'hemostatic_dressing', location: 'left_leg', time: '22:19' },
    ]);
    expect(r.vitals).toEqual([{ time: '22:25', pulse: 116, spo2: 97 }]);
    expect(r.medications).toEqual([{ name: 'ketamine', dose: '50 mg', route: 'IM', time: '22:28' }]);
  });
  it('reads dotted keys with an index, cells cut by bars, and "(prev: …)" left out', () => {
    const r = record(
      [
        'pt.name=SPC Tomas Varga',
        'pt.unit=B Co 1-14 IN',
        'evac.priority=URGENT (prev: PRIORITY)',
        'inj.0.type=GSW',
        'inj.0.loc=R shoulder',
        'vs.0.time=0412',
        'vs.0.hr=122',
        'vs.0.bp=96/60',
        'tx.0=pressure dsg|R shoulder|0405',
        'rx.0=TXA|2 g|IV|0415',
        'card.edited=0430',
      ].join('\n'),
    );
    expect(r.casualty).toEqual({ name: 'Tomas Varga', unit: 'B Co 1-14 IN' });
    expect(r.evac_priority).toBe('urgent');
    expect(r.injuries).toEqual([{ type: 'gsw', location: 'right_arm' }]);
    expect(r.vitals).toEqual([{ time: '04:12', pulse: 122, systolic: 96, diastolic: 60 }]);
    expect(r.interventions).toEqual([{ type: 'pressure_dressing', location: 'right_arm', time: '04:05' }]);
    expect(r.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '04:15' }]);
  });
  it('leaves a card typed under labels, and a handover listed in bullets, to be read as written', () => {
    expect(readStructuredExport('Name: SGT Ola Berg\nMOI: GSW\nInj: GSW L arm\nTQ: L arm 1410\nPain: 6/10')).toBeNull();
    const bullets =
      '## Cas 1 - SGT Ola Berg\n- Mech: GSW\n- Injuries\n  - GSW L arm\n- Tx: TQ L arm 1410\n- Vitals 1420: HR 110';
    expect(readStructuredExport(bullets)).toBeNull();
  });
});
