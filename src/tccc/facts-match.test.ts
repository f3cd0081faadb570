import { describe, expect, it } from 'vitest';
import { compareRecords, withoutNumbers } from './facts-match.js';
import type { TcccRecord } from './record.js';

const lee: TcccRecord = { casualty: { name: 'Lee' }, evac_priority: 'urgent_surgical', vitals: [{ pulse: 110 }] };
const harris: TcccRecord = { casualty: { name: 'Harris' }, evac_priority: 'priority', vitals: [{ pulse: 140 }] };

describe('compareRecords', () => {
  it('pairs predicted with gold records by true positives, whatever their order', () => {
    const cmp = compareRecords([harris, lee], [lee, harris]);
    expect(cmp.pairs).toEqual([1, 0]);
    expect(cmp.counts).toEqual({ tp: 6, fp: 0, fn: 0 });
    expect(cmp.mixed).toEqual([]);
  });
  it('counts a fact of one casualty put on another as mixed, and the casualty left without a record as missed', () => {
    const merged: TcccRecord = {
      casualty: { name: 'Lee' },
      evac_priority: 'priority',
      vitals: [{ pulse: 110 }, { pulse: 140 }],
    };
    const cmp = compareRecords([merged], [lee, harris]);
    expect(cmp.pairs).toEqual([0]);
    expect(cmp.mixed.map((f) => f.key).sort()).toEqual(['evac|priority', 'vital|pulse|140|']);
    expect(cmp.counts).toEqual({ tp: 2, fp: 2, fn: 4 });
  });
  it('counts a fact right in every part but a number (or a dose unit) as dangerous', () => {
    const gold: TcccRecord = {
      medications: [
        { name: 'fentanyl', dose: '0.1 mg', route: 'IV', time: '09:15' },
        { name: 'naloxone', dose: '0.4 mg', route: 'IN' },
      ],
    };
    const predicted: TcccRecord = {
      medications: [
        { name: 'fentanyl', dose: '1 mg', route: 'IV', time: '09:15' },
        { name: 'naloxone', dose: '0.4 mcg', route: 'IN' },
      ],
    };
    const cmp = compareRecords([predicted], [gold]);
    expect(cmp.dangerous.map((f) => f.key)).toEqual(['medication|fentanyl|1 mg|IV', 'medication|naloxone|0.4 mcg|IN']);
    expect(
      compareRecords([{ medications: [{ name: 'morphine', dose: '0.1 mg', route: 'IV' }] }], [gold]).dangerous,
    ).toEqual([]);
  });
  it('scores a record with no gold record as all extra, and many records by a greedy pairing', () => {
    expect(compareRecords([lee, harris], [lee]).counts).toEqual({ tp: 3, fp: 3, fn: 0 });
    const many = Array.from({ length: 9 }, (_, i): TcccRecord => ({ vitals: [{ pulse: 60 + i }] }));
    const cmp = compareRecords([...many].reverse(), many);
    expect(cmp.counts).toEqual({ tp: 9, fp: 0, fn: 0 });
  });
  it('blanks numbers, clock times and doses with their unit', () => {
    expect(withoutNumbers('medication|fentanyl|800 mcg|OTFC')).toBe('medication|fentanyl|#|OTFC');
    expect(withoutNumbers('vital|pulse|118|14:32')).toBe('vital|pulse|#|#');
  });
});
