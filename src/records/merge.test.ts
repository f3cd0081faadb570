import { describe, expect, it } from 'vitest';
import { appendNarrative, createCasualty, narrativeOf, updateCasualty, type Casualty } from './casualty.js';
import { withEdit, type FactEdit } from './edits.js';
import { mergeCasualty } from './merge.js';

const t = (s: number) => new Date(Date.UTC(2024, 4, 1, 14, 0, s));
const base = appendNarrative(createCasualty(t(0), 'c1'), 'GSW left thigh', t(1));
const setEdit = (id: string, value: string, at = t(9).toISOString()): FactEdit => ({
  op: 'set',
  id,
  fact: { kind: 'location_grid', value },
  at,
});

describe('mergeCasualty', () => {
  it('keeps the narrative pieces both tabs added, each once, in time order', () => {
    const ours = appendNarrative(base, 'pulse 120', t(5));
    const theirs = appendNarrative(base, 'TQ applied 1432', t(3));
    const merged = mergeCasualty(base, ours, theirs);
    expect(merged.timeline.map((e) => e.text)).toEqual(['GSW left thigh', 'TQ applied 1432', 'pulse 120']);
    expect(mergeCasualty(base, theirs, ours).timeline).toEqual(merged.timeline);
    expect(mergeCasualty(base, ours, ours)).toEqual(ours);
  });

  it('keeps once the same words both tabs added at once (both boxes held the same merged draft)', () => {
    const both = 'TQ applied 1432\npulse 120';
    const ours = appendNarrative(base, both, t(5));
    const theirs = appendNarrative(base, both, t(4));
    expect(mergeCasualty(base, ours, theirs).timeline).toEqual(ours.timeline);
    expect(mergeCasualty(base, theirs, ours).timeline).toEqual(theirs.timeline);
    // A later save of the tab whose copy was dropped (its extraction landing) does not bring that copy back.
    const keptTheirs = mergeCasualty(base, theirs, ours);
    expect(mergeCasualty(ours, { ...ours, notes: 'x' }, keptTheirs).timeline).toEqual(ours.timeline);
    // Words added again later, when both sides already hold the first copy, are a new piece.
    const again = appendNarrative(ours, both, t(8));
    expect(mergeCasualty(ours, again, ours).timeline.map((e) => e.text)).toEqual(['GSW left thigh', both, both]);
    expect(mergeCasualty(ours, ours, again).timeline.map((e) => e.text)).toEqual(['GSW left thigh', both, both]);
  });

  it('takes each field from the side that changed it', () => {
    const ours = updateCasualty(base, { notes: 'litter urgent' }, t(6));
    const theirs = updateCasualty(base, { notes: '', nineLine: { callSign: 'DUSTOFF 6' } }, t(4));
    const merged = mergeCasualty(base, ours, theirs);
    expect(merged).toMatchObject({
      notes: 'litter urgent',
      nineLine: { callSign: 'DUSTOFF 6' },
      updatedAt: t(6).toISOString(),
    });
  });

  it('keeps both texts where both tabs changed the notes, and the longer one where typing went on', () => {
    const a = updateCasualty(base, { notes: 'pt conscious' });
    const b = updateCasualty(base, { notes: 'chest seal placed' });
    expect(mergeCasualty(base, a, b).notes).toBe('chest seal placed\npt conscious');
    const typed = updateCasualty(base, { draft: 'BP 90 ov' });
    const more = updateCasualty(base, { draft: 'BP 90 over 60' });
    expect(mergeCasualty(base, typed, more).draft).toBe('BP 90 over 60');
    expect(mergeCasualty(base, more, typed).draft).toBe('BP 90 over 60');
  });

  it('does not bring back a draft this tab added to the narrative, and keeps one the other tab cleared', () => {
    const typed = updateCasualty(base, { draft: 'IO left tibia' });
    const added = updateCasualty(appendNarrative(typed, 'IO left tibia', t(7)), { draft: '' });
    expect(mergeCasualty(typed, added, typed).draft).toBe('');
    expect(mergeCasualty(typed, typed, added)).toMatchObject({ draft: '', timeline: added.timeline });
  });

  it('merges hand edits per fact: the side that changed it, ours when both did, and a removal stays removed', () => {
    const start: Casualty = { ...base, edits: [setEdit('grid', '38S MB 111 222'), setEdit('other', 'x')] };
    const ours = {
      ...start,
      edits: withEdit(start.edits, setEdit('grid', '38S MB 333 444')).filter((e) => e.id !== 'other'),
    };
    const theirs = { ...start, edits: withEdit(start.edits, setEdit('name', 'SGT Doe')) };
    const merged = mergeCasualty(start, ours, theirs);
    expect(Object.fromEntries(merged.edits.map((e) => [e.id, e.op === 'set' ? e.fact.value : 'deleted']))).toEqual({
      grid: '38S MB 333 444',
      name: 'SGT Doe',
    });
  });

  it('keeps the later extraction, and with no base keeps both sides', () => {
    const extraction = (at: number) => ({ engine: 'rules', record: {}, evidence: [], at: t(at).toISOString() });
    const ours = { ...appendNarrative(base, 'a', t(5)), extraction: extraction(5) };
    const theirs = { ...appendNarrative(base, 'b', t(6)), extraction: extraction(6) };
    const merged = mergeCasualty(undefined, ours, theirs);
    expect(merged.extraction?.at).toBe(t(6).toISOString());
    expect(narrativeOf(merged)).toBe('GSW left thigh\na\nb');
  });
});
