import { describe, expect, it } from 'vitest';
import { mergeRecords, resolveConflict } from './merge.js';
import type { TcccRecord } from './record.js';
import { validateRecord } from './validate.js';

const rules: TcccRecord = {
  evac_priority: 'urgent',
  mechanism: ['ied'],
  interventions: [
    { type: 'tourniquet', location: 'right_leg', time: '14:32' },
    { type: 'tourniquet', location: 'right_leg' },
  ],
  medications: [{ name: 'txa', dose: '2 g', route: 'IO' }],
};
const model: TcccRecord = {
  evac_priority: 'urgent_surgical',
  mechanism: ['ied'],
  interventions: [
    { type: 'tourniquet', location: 'right_leg', time: '14:32' },
    { type: 'tourniquet', location: 'right_leg', time: '14:35' },
    { type: 'io', location: 'chest' },
  ],
  medications: [{ name: 'txa', dose: '1 g', route: 'IO', time: '14:45' }],
};

describe('mergeRecords', () => {
  const result = mergeRecords(model, rules);

  it('keeps the time of injury, from either engine, with its source; a disagreement is a conflict', () => {
    const fromRules = mergeRecords({ evac_priority: 'urgent' }, { evac_priority: 'urgent', time_of_injury: '02:53' });
    expect(fromRules.record).toEqual({ evac_priority: 'urgent', time_of_injury: '02:53' });
    expect(fromRules.sources).toContainEqual({ path: '/time_of_injury', source: 'rules' });
    const fromModel = mergeRecords({ time_of_injury: '02:53' }, {});
    expect(fromModel.record).toEqual({ time_of_injury: '02:53' });
    expect(fromModel.sources).toEqual([{ path: '/time_of_injury', source: 'model' }]);
    expect(mergeRecords({ time_of_injury: '02:35' }, { time_of_injury: '02:53' }).conflicts).toEqual([
      { path: '/time_of_injury', model: '02:35', rules: '02:53' },
    ]);
  });

  it('keeps both engines facts, pairing equal facts in order', () => {
    expect(result.record).toEqual({
      evac_priority: 'urgent',
      mechanism: ['ied'],
      interventions: [
        { type: 'tourniquet', location: 'right_leg', time: '14:32' },
        { type: 'tourniquet', location: 'right_leg', time: '14:35' },
        { type: 'io', location: 'chest' },
      ],
      medications: [{ name: 'txa', dose: '2 g', route: 'IO', time: '14:45' }],
    });
    expect(validateRecord(result.record).valid).toBe(true);
  });

  it('records each fact source', () => {
    const source = (path: string) => result.sources.find((s) => s.path === path)?.source;
    expect(source('/mechanism/0')).toBe('both');
    expect(source('/interventions/1/time')).toBe('model');
    expect(source('/interventions/2')).toBe('model');
    expect(source('/medications/0/route')).toBe('both');
    expect(source('/medications/0/time')).toBe('model');
  });

  it('lists disagreements, holding the rules value until the medic picks', () => {
    expect(result.conflicts).toEqual([
      { path: '/evac_priority', model: 'urgent_surgical', rules: 'urgent' },
      { path: '/medications/0/dose', model: '1 g', rules: '2 g' },
    ]);
    const picked = resolveConflict(result.record, result.conflicts[1], 'model');
    expect(picked.medications?.[0]?.dose).toBe('1 g');
    expect(result.record.medications?.[0]?.dose).toBe('2 g');
  });

  it('keeps a rules-only record unchanged when the model found nothing', () => {
    const r = mergeRecords({}, rules);
    expect(r.record).toEqual(rules);
    expect(r.conflicts).toEqual([]);
    expect(r.sources.every((s) => s.source === 'rules')).toBe(true);
  });
});
