import { describe, expect, it } from 'vitest';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

const records = (text: string): TcccRecord[] => extractCasualties(text).casualties.map((c) => c.record);

describe('a sentence that names another known casualty while one is spoken of', () => {
  it('gives neither casualty its facts', () => {
    const [ruiz, cole, ...rest] = records(
      'Casualty one, SPC Ruiz, GSW left forearm, TQ left arm at 1405. Meanwhile Cole was screaming, pulse 130. ' +
        'Casualty two, PFC Cole, burns to the face, alert. Ruiz urgent, Cole priority.',
    );
    expect(rest).toEqual([]);
    expect(ruiz.vitals).toBeUndefined();
    expect([ruiz.casualty?.name, ruiz.evac_priority]).toEqual(['Ruiz', 'urgent']);
    expect([cole.casualty?.name, cole.vitals]).toEqual(['Cole', [{ avpu: 'A' }]]);
  });
  it('keeps a sentence that names the casualty spoken of', () => {
    const [ruiz] = records(
      'Casualty one, SPC Ruiz, GSW left forearm. Ruiz is pale, pulse 130. Casualty two, PFC Cole, burns to the face.',
    );
    expect(ruiz.vitals).toEqual([{ pulse: 130 }]);
  });
});
