import { describe, expect, it } from 'vitest';
import { effectiveRecord } from '../../../records/index.js';
import type { Conflict } from '../../../tccc/merge.js';
import { FULL_RECORD_FOR_FORMS } from './record-fixture.js';
import { conflictEdit, engineWords, evidenceQuote, factSourceWords, outermostSpans } from './provenance.js';

describe('evidenceQuote', () => {
  it('quotes the span with whole words around it', () => {
    const text = 'Casualty hit by IED at 14:05, tourniquet applied to the left leg at 14:07, then moved to CCP';
    const start = text.indexOf('tourniquet');
    const quote = evidenceQuote(text, start, start + 'tourniquet'.length, 12);
    expect(quote).toEqual({ before: '…at 14:05, ', match: 'tourniquet', after: ' applied to…' });
  });

  it('has no ellipsis at the ends of the narrative', () => {
    expect(evidenceQuote('TXA 2 g', 0, 3)).toEqual({ before: '', match: 'TXA', after: ' 2 g' });
  });
});

describe('outermostSpans', () => {
  it('quotes each stretch of narrative once', () => {
    const spans = [
      { start: 10, end: 20 },
      { start: 0, end: 30 },
      { start: 0, end: 30 },
      { start: 40, end: 45 },
    ];
    expect(outermostSpans(spans)).toEqual([
      { start: 0, end: 30 },
      { start: 40, end: 45 },
    ]);
  });
});

describe('conflicts', () => {
  const extracted = FULL_RECORD_FOR_FORMS;

  it('turns a pick into a hand edit that the effective record shows', () => {
    const conflict: Conflict = { path: '/medications/0/dose', model: '1 g', rules: '2 g' };
    const edit = conflictEdit(extracted, conflict, 'model', new Date('2026-01-01T00:00:00Z'))!;
    expect(edit).toMatchObject({ op: 'set', id: 'medication/txa/14:25#1' });
    expect(effectiveRecord(extracted, [edit]).medications).toEqual([
      { name: 'txa', dose: '1 g', route: 'IV', time: '14:25' },
    ]);
  });

  it('keeps the edit on the same fact when the picked value changes its identity', () => {
    const conflict: Conflict = { path: '/interventions/0/time', model: '14:09', rules: '14:07' };
    const edit = conflictEdit(extracted, conflict, 'model')!;
    expect(edit.id).toBe('intervention/tourniquet/left_leg/14:07#1');
    expect(effectiveRecord(extracted, [edit]).interventions).toEqual([
      { type: 'tourniquet', location: 'left_leg', time: '14:09' },
    ]);
  });

  it('names the engine of a plain extraction', () => {
    expect(engineWords({ engine: 'rules', record: {}, evidence: [], at: '' })).toBe('rules engine');
    expect(engineWords({ engine: 'someday', engineLabel: 'Someday model', record: {}, evidence: [], at: '' })).toBe(
      'Someday model',
    );
    // The model's answer could not be used: the rules record stood in, and the rules engine is credited.
    expect(
      engineWords({
        engine: 'webllm',
        engineLabel: 'Phi-2 on the GPU',
        record: {},
        evidence: [],
        at: '',
        fallbackReason: 'output was not JSON',
      }),
    ).toBe('rules engine');
  });

  it('names the engines behind each fact', () => {
    const words = factSourceWords({
      engine: 'webllm',
      record: extracted,
      evidence: [],
      at: '',
      sources: [
        { path: '/casualty/name', source: 'model' },
        { path: '/medications/0/dose', source: 'both' },
      ],
    });
    expect(words.get('casualty/name')).toBe('language model');
    expect(words.get('medication/txa/14:25#1')).toBe('language model and rules engine');
  });
});
