/**
 * Guards every annotated set narrative by narrative: no narrative may score worse than its line in
 * fixtures/scores.json (fewer true positives, more false positives or misses, any more dangerous or
 * mixed facts), so no set-wide average hides a regression on one line. After an improvement, rewrite
 * the file with `UPDATE_SCORES=1 npx vitest run src/tccc/rules/fixtures.test.ts` and commit it.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../facts-match.js';
import type { TcccRecord } from '../record.js';
import { extractCasualties } from './casualties.js';

interface Score {
  tp: number;
  fp: number;
  fn: number;
  dangerous: number;
  mixed: number;
}
// Sets whose number slips and crossed facts are recorded, not yet forbidden; the guard above still keeps any narrative
// of them from getting worse. commentary6 (outside author, stop 22) keeps one crossed fact whose gold is in question
// (w18b-05: the wall collapse said of both casualties read as crush on both). Batch C (holdout19-single,
// holdout20-multi, commentary7) reached no slip and no crossed fact in stop 24 and is held to it like the rest. Batch D
// (holdout21-single, holdout22-multi, commentary8: outside author, stop 24), committed as scored unseen, was then tuned
// on and reached no slip and no crossed fact; it is held to it like the rest. Batch E (holdout23-single, holdout24-multi,
// commentary9: outside author, stop 24) was committed as scored unseen, then tuned on in stop 25 and reached no slip and
// no crossed fact; it is held to it like the rest. So is batch F (holdout25-single, holdout26-multi, commentary10: a new
// outside author, stop 25), committed as scored unseen and then tuned on in the same stop. Batch G (holdout27-single,
// holdout28-multi, commentary11: another outside author, stop 25) is committed as scored unseen on the final engine,
// untuned. In stop 26 it was tuned on: its several-casualty sets, holdout28-multi and commentary11, by the casualty cut
// (branch h-rules8m: one account of a casualty designator), holdout27-single by the fact readers (h-rules8s); all three
// reached no slip and no crossed fact and are held to it like the rest. Batch H (holdout29-single, holdout30-multi,
// commentary12: another outside author, stop 26) is committed as scored unseen on the final engine, untuned. In stop 27
// its several-casualty set holdout30-multi was tuned on by the casualty cut (branch h-rules9m: designators in
// unpunctuated and headless narratives) and reached no slip and no crossed fact; it is held to it like the rest. Batch I (holdout31-single, holdout32-multi,
// commentary13: another outside author, stop 26) is committed as scored unseen on the final engine of stop 27's start.
// In stop 27 it was tuned on by the fact readers (branch h-rules10s) and the casualty cut (h-rules10m); merged, all three
// sets reached no slip and no crossed fact and are held to it like the rest.
// Batch J (holdout33-single, holdout34-multi, commentary14: another outside author, stop 27) is committed as scored
// unseen on that stop's final engine, untuned. In stop 28 it was tuned on by the fact readers (branch h-rules11s) and
// the casualty cut (h-rules11m); merged, holdout33-single and commentary14 reached no slip and no crossed fact and are
// held to it like the rest. holdout34-multi stays here: one crossed fact is left (w26-m08 'burns to the neck and … soot
// in the mouth' read as a burn of the face) and two slips (w26-m11, m14 'WB x2 units' read as one 1000 ml, where gold
// has two units of 500 ml). holdout29-single (batch H) has had no slip and no crossed fact since stop 27 and is held too.
// Batch K (holdout35-single, holdout36-multi, commentary15: another outside author, stop 28) is committed as scored
// unseen on that stop's final engine, untuned. In stop 29 its several-casualty sets were tuned on by the casualty cut
// (branch h-rules12m): commentary15 reached no slip and no crossed fact and is held to it like the rest.
// holdout36-multi reached no crossed fact but stays here for two slips of the fact readers: w27-m06 'Two units whole
// blood' read as one 1000 ml (gold: two of 500 ml) and w27-m10 'CAT x2 L thigh 0728 / 0731', whose second
// tourniquet gets 07:28 too (gold: 07:31).
const HELD_OUT = ['commentary6.jsonl', 'commentary12.jsonl', 'holdout34-multi.jsonl', 'holdout36-multi.jsonl'];
const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));
const SCORES = `${DIR}scores.json`;
const sets = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();

function scoreOf(text: string, gold: TcccRecord | TcccRecord[]): Score {
  const cmp = compareRecords(
    extractCasualties(text).casualties.map((c) => c.record),
    Array.isArray(gold) ? gold : [gold],
  );
  return { ...cmp.counts, dangerous: cmp.dangerous.length, mixed: cmp.mixed.length };
}

const now: Record<string, Score> = {};
for (const set of sets) {
  for (const line of readFileSync(`${DIR}${set}`, 'utf8').trim().split('\n')) {
    const { id, text, gold } = JSON.parse(line) as { id: string; text: string; gold: TcccRecord | TcccRecord[] };
    now[`${set}:${id}`] = scoreOf(text, gold);
  }
}
if (process.env.UPDATE_SCORES) writeFileSync(SCORES, `${JSON.stringify(now, null, 0).replaceAll('},"', '},\n"')}\n`);
const baseline = JSON.parse(readFileSync(SCORES, 'utf8')) as Record<string, Score>;

describe('every annotated narrative', () => {
  it('has a recorded score', () => {
    expect(Object.keys(now).filter((k) => !baseline[k])).toEqual([]);
  });
  it.each(sets)('%s: no narrative scores worse than its recorded line', (set) => {
    const worse = Object.entries(now)
      .filter(([k]) => k.startsWith(`${set}:`))
      .filter(([k, s]) => {
        const b = baseline[k];
        return b && (s.tp < b.tp || s.fp > b.fp || s.fn > b.fn || s.dangerous > b.dangerous || s.mixed > b.mixed);
      })
      .map(([k, s]) => `${k} now ${JSON.stringify(s)}, was ${JSON.stringify(baseline[k])}`);
    expect(worse).toEqual([]);
  });
  it("has no number slip and no fact on another casualty's record on any narrative", () => {
    const offending = Object.entries(now)
      .filter(([k]) => !HELD_OUT.some((set) => k.startsWith(`${set}:`)))
      .filter(([, s]) => s.dangerous > 0 || s.mixed > 0);
    expect(offending.map(([k]) => k)).toEqual([]);
  });
});
