import { describe, expect, it } from 'vitest';
import { evaluateAlerts } from '../tccc/alerts/index.js';
import { extractWithEvidence } from '../tccc/rules/index.js';
import { appendNarrative, createCasualty, narrativeOf, recordOf, type Casualty } from './casualty.js';
import { recordFacts } from '../tccc/fact-identity.js';
import { recordForAlerts, vitalsEnteredAt } from './entered-times.js';

/** A casualty whose pieces were entered at the given local times, read by the rules engine. */
function casualtyOf(pieces: Array<[hour: number, minute: number, text: string]>): Casualty {
  let c = createCasualty(new Date(2026, 11, 3, 3, 0));
  for (const [h, m, text] of pieces) c = appendNarrative(c, text, new Date(2026, 11, 3, h, m));
  const { record, evidence } = extractWithEvidence(narrativeOf(c));
  return { ...c, extraction: { engine: 'rules', record, evidence, at: c.updatedAt } };
}

describe('vitals with no spoken time', () => {
  const c = casualtyOf([
    [3, 10, 'GSW left thigh, TQ left thigh 0305. Pulse 124.'],
    [3, 31, 'Pulse 108, BP 112/70.'],
    [3, 40, 'Update 0338: pulse 100.'],
  ]);

  it('take the local time their piece was entered, and the record keeps only what was said', () => {
    const byValue = new Map(
      recordFacts(recordOf(c))
        .filter((f) => f.kind === 'vitals')
        .map((f) => [JSON.stringify(f.value), vitalsEnteredAt(c).get(f.id)]),
    );
    expect([...byValue.values()]).toEqual(['03:10', '03:31', undefined]);
    expect(recordOf(c).vitals?.map((v) => v.time)).toEqual([undefined, undefined, '03:38']);
  });

  it('count as timed vitals for the alerts, so "no timed vitals" does not fire after readings were taken', () => {
    const now = new Date(2026, 11, 3, 3, 45);
    const overdue = (record: ReturnType<typeof recordOf>) =>
      evaluateAlerts(record, { now })
        .filter((a) => a.rule === 'vitals-overdue')
        .map((a) => a.message);
    const checked = casualtyOf([[3, 40, 'IED at 0300, frag left forearm. Pulse 80.']]);
    expect(overdue(recordOf(checked))).toEqual([expect.stringMatching(/^No timed vitals/)]);
    expect(overdue(recordForAlerts(checked))).toEqual([]);
  });
});
