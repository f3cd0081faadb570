import { describe, expect, it } from 'vitest';
import { extractCasualties } from './casualties.js';
import { claimsSplit } from './net-claims.js';

const CHAT = [
  '[1702] 1SG Ward: mortar round in the motor pool 1658. SGT Lena Ortiz and CPL Dev Banks hit. Reyes has Ortiz',
  '[1703] Doc Reyes: lac to her scalp, bleeding a lot, pressure dressing on',
  '[1703] Doc Mills: on Banks. burns both hands',
  '[1705] Doc Reyes: HR 112 BP 118/76',
  '[1706] Doc Mills: burn dressings both hands. fent 50mcg IN 1706',
  '[1707] 1SG Ward: priorities?',
  '[1708] Doc Reyes: routine',
  '[1708] Doc Mills: priority',
].join('\n');

describe('claimsSplit', () => {
  it('reads a message that names no one as about the casualty its sender has', () => {
    const [ortiz, banks] = extractCasualties(CHAT).casualties.map((c) => c.record);
    expect(ortiz.casualty?.name).toBe('Lena Ortiz');
    expect(ortiz.interventions).toEqual([{ type: 'pressure_dressing', location: 'head' }]);
    expect(ortiz.vitals).toEqual([{ pulse: 112, systolic: 118, diastolic: 76 }]);
    expect(ortiz.evac_priority).toBe('routine');
    expect(ortiz.medications).toBeUndefined();
    expect(banks.casualty?.name).toBe('Dev Banks');
    expect(banks.medications).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IN', time: '17:06' }]);
    expect(banks.evac_priority).toBe('priority');
    expect(banks.vitals).toBeUndefined();
  });

  it('is no split where messages open with the casualty they are about', () => {
    const log = ['[0710] Doc Ames: Ortiz HR 110', '[0711] Doc Bo: Banks HR 90', '[0712] Doc Ames: Ortiz TQ L arm'];
    expect(claimsSplit(['[0709] SL: SGT Ortiz and CPL Banks hit', ...log].join('\n'))).toBeNull();
  });
});
