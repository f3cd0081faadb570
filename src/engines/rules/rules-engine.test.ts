import { describe, expect, it } from 'vitest';
import { collectText } from '../engine.js';
import { EngineError } from '../errors.js';
import { createRulesEngine } from './index.js';
import { validateRecord } from '../../tccc/validate.js';

describe('RulesEngine', () => {
  it('extracts a schema-valid record with evidence spans that quote the narrative', async () => {
    const engine = createRulesEngine();
    await engine.load();
    const text = 'GSW L thigh. TQ applied L thigh 1432. TXA 2g IV 1440. Urgent surgical.';
    const x = await engine.extract(text);
    expect(x.engine).toBe('rules');
    expect(validateRecord(x.record).valid).toBe(true);
    expect(x.record.medications).toEqual([{ name: 'txa', dose: '2 g', route: 'IV', time: '14:40' }]);
    // Each fact's span, by the fact it backs: the words, not just that some evidence exists.
    expect(Object.fromEntries((x.evidence ?? []).map((e) => [e.path, e.text]))).toEqual({
      '/evac_priority': 'Urgent surgical',
      '/mechanism/0': 'GSW',
      '/injuries/0': 'GSW L thigh',
      '/interventions/0': 'TQ applied L thigh 1432',
      '/medications/0': 'TXA 2g IV 1440',
    });
    for (const e of x.evidence ?? []) expect(e.text).toBe(text.slice(e.start, e.end));
    expect(await engine.stats()).toMatchObject({ engine: 'rules', calls: 1 });
  });

  it('cannot write free text', async () => {
    await expect(collectText(createRulesEngine().generate('hi'))).rejects.toBeInstanceOf(EngineError);
  });
});
