import * as A from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { appendNarrative, editFact, narrativeOf, recordOf, type Casualty } from '../records/casualty.js';
import type { TcccRecord } from '../tccc/record.js';
import type { CasualtyDoc, DeviceIdentity } from './casualty-doc.js';
import { applyCasualty, casualtyOf, initCasualtyDoc, offerExtraction } from './casualty-convert.js';
import { sampleCasualty } from './casualty-fixtures.js';
import {
  engineRank,
  narrativeVersion,
  preferredExtraction,
  shouldReplaceExtraction,
  type StoredExtraction,
} from './extraction-rule.js';

const at = '2026-12-03T10:00:00.000Z';
const extraction = (
  engine: string,
  record: TcccRecord = {},
  extra: Partial<NonNullable<Casualty['extraction']>> = {},
) => ({
  engine,
  record,
  evidence: [],
  at,
  ...extra,
});
const stored = (engine: string, version: string, extra = {}): StoredExtraction => ({
  extraction: extraction(engine, {}, extra),
  narrativeVersion: version,
});

describe('engineRank', () => {
  it('ranks Phi-2 on the GPU over the CPU model over rules; a fallback to rules ranks as rules; an import lowest', () => {
    expect(engineRank({ engine: 'webllm:phi-2' })).toBeGreaterThan(engineRank({ engine: 'transformers:qwen' }));
    expect(engineRank({ engine: 'transformers' })).toBeGreaterThan(engineRank({ engine: 'rules' }));
    expect(engineRank({ engine: 'webllm', fallbackReason: 'bad JSON' })).toBe(engineRank({ engine: 'rules' }));
    expect(engineRank({ engine: 'import' })).toBeLessThan(engineRank({ engine: 'rules' }));
  });
});

describe('shouldReplaceExtraction', () => {
  const v1 = narrativeVersion('GSW left leg');
  const v2 = narrativeVersion('GSW left leg\nTQ 14:30');
  it('replaces a stored extraction of an older narrative, whatever the engines', () => {
    expect(shouldReplaceExtraction(stored('webllm', v1), stored('rules', v2), v2)).toBe(true);
    expect(shouldReplaceExtraction(undefined, stored('rules', v2), v2)).toBe(true);
  });
  it('on the same narrative replaces only with a higher-ranked engine', () => {
    expect(shouldReplaceExtraction(stored('rules', v2), stored('webllm', v2), v2)).toBe(true);
    expect(shouldReplaceExtraction(stored('webllm', v2), stored('rules', v2), v2)).toBe(false);
    expect(shouldReplaceExtraction(stored('rules', v2), stored('rules', v2), v2)).toBe(false);
  });
  it('never takes a candidate run on a narrative that has changed since', () => {
    expect(shouldReplaceExtraction(stored('rules', v1), stored('webllm', v1), v2)).toBe(false);
  });
  it('picks the same of two concurrently stored extractions whichever order they come in', () => {
    const options = [stored('rules', v2), stored('webllm', v1), stored('transformers', v2)];
    expect(preferredExtraction(options, v2)?.extraction.engine).toBe('transformers');
    expect(preferredExtraction([...options].reverse(), v2)?.extraction.engine).toBe('transformers');
  });
});

describe('one record everywhere', () => {
  const device = (name: string): DeviceIdentity => ({ device: name, actor: A.getActorId(A.init()) });
  const tablet = device('tablet');
  const kiosk = device('kiosk');
  const base = A.change(A.init<CasualtyDoc>({ actor: kiosk.actor }), (d) =>
    initCasualtyDoc(d, sampleCasualty(1), kiosk),
  );
  const offer = (doc: A.Doc<CasualtyDoc>, who: DeviceIdentity, engine: string, record: TcccRecord) => {
    let taken = false;
    const next = A.change(A.clone(doc, { actor: who.actor }), (d) => {
      taken = offerExtraction(d, extraction(engine, record));
    });
    return { next, taken };
  };

  it('a tablet on rules and the kiosk on Phi-2 end with Phi-2 facts, on both, in either order', () => {
    const rules = offer(base, tablet, 'rules', { evac_priority: 'routine' });
    const phi = offer(base, kiosk, 'webllm:phi-2', { evac_priority: 'urgent_surgical' });
    for (const merged of [A.merge(A.clone(rules.next), phi.next), A.merge(A.clone(phi.next), rules.next)])
      expect(casualtyOf(merged).extraction?.engine).toBe('webllm:phi-2');
    // The tablet re-running rules after the merge does not take the kiosk's better extraction away.
    const merged = A.merge(A.clone(rules.next), phi.next);
    expect(offer(merged, tablet, 'rules', { evac_priority: 'routine' }).taken).toBe(false);
  });

  it('a new narrative piece lets the rules engine replace Phi-2, whose run is now stale', () => {
    const phi = offer(base, kiosk, 'webllm:phi-2', { evac_priority: 'urgent' }).next;
    const added = A.change(A.clone(phi, { actor: tablet.actor }), (d) => {
      const next = appendNarrative(casualtyOf(phi), 'Second TQ right leg 14:40', new Date(at));
      applyCasualty(d, { ...next, extraction: extraction('rules', { evac_priority: 'priority' }) }, tablet);
    });
    const c = casualtyOf(added);
    expect(c.extraction?.engine).toBe('rules');
    expect(narrativeOf(c)).toContain('Second TQ');
  });

  it('hand edits stay apart from the extraction and win over any engine', () => {
    const edited = A.change(A.clone(base, { actor: tablet.actor }), (d) => {
      applyCasualty(
        d,
        editFact(casualtyOf(base), {
          op: 'set',
          id: 'evac_priority',
          fact: { kind: 'evac_priority', value: 'routine' },
          at,
        }),
        tablet,
      );
    });
    const phi = offer(edited, kiosk, 'webllm:phi-2', { evac_priority: 'urgent_surgical' });
    expect(phi.taken).toBe(true);
    expect(casualtyOf(phi.next).extraction?.record.evac_priority).toBe('urgent_surgical');
    expect(recordOf(casualtyOf(phi.next)).evac_priority).toBe('routine');
  });
});
