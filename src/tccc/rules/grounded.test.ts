import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { groundRecord } from '../grounding.js';
import { extractRecord } from './index.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));
const sets = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
/** One test per set, so no single test reads every narrative of every set (each set stays well inside the default limit). */
const narrativesOf = (set: string) =>
  readFileSync(`${FIXTURES}${set}`, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; text: string });
/** The values that carry a number: a dose, a volume, a vital value, a time. */
const NUMBERED = /\/(dose|volume_ml|time|time_of_injury|pulse|systolic|diastolic|resp_rate|spo2|pain)$/;

describe('every number in a rules fact is one the narrative says', () => {
  it('on every annotated set', () => {
    expect(sets.flatMap(narrativesOf).length).toBeGreaterThan(200);
  });
  // Each set reads 10 to 60 narratives: about a second alone, several times that when CI shares its two cores with
  // other work. The test asserts what is read, not how fast (bench:extract measures that), so its bound is a hang's.
  it.each(sets)(
    'on every narrative of %s (the grounding check the model output goes through)',
    { timeout: 60_000 },
    (set) => {
      for (const n of narrativesOf(set)) {
        const dropped = groundRecord(extractRecord(n.text), n.text).dropped.filter((d) => NUMBERED.test(d.path));
        expect(dropped, n.id).toEqual([]);
      }
    },
  );
  it('reads spoken and written decimals exactly, micrograms apart from milligrams, and a per-kilo rate as no dose', () => {
    const meds = (text: string) => extractRecord(text).medications;
    expect(meds('gave fentanyl zero point one milligrams IV at 0915')).toEqual([
      { name: 'fentanyl', dose: '0.1 mg', route: 'IV', time: '09:15' },
    ]);
    expect(meds('naloxone point eight mg intranasal')).toEqual([{ name: 'naloxone', dose: '0.8 mg', route: 'IN' }]);
    expect(meds('TXA one and a half grams IV. ertapenem half a gram IV')).toEqual([
      { name: 'txa', dose: '1.5 g', route: 'IV' },
      { name: 'ertapenem', dose: '0.5 g', route: 'IV' },
    ]);
    expect(meds('fentanyl fifty micrograms IV')).toEqual([{ name: 'fentanyl', dose: '50 mcg', route: 'IV' }]);
    expect(meds('ketamine zero point five milligrams per kilo, ten milligrams IV')).toEqual([
      { name: 'ketamine', dose: '10 mg', route: 'IV' },
    ]);
  });
});
