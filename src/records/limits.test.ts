import { describe, expect, it } from 'vitest';
import { appendNarrative, createCasualty } from './casualty.js';
import { exportCasualty, importCasualty, importCasualtyFile, ImportError } from './export.js';
import { MAX_IMPORT_BYTES, MAX_NARRATIVE_CHARS, importTooLarge, narrativeTooLong } from './limits.js';

const T0 = new Date('2024-05-01T12:00:00Z');

describe('size caps', () => {
  it('lets a narrative grow to exactly the cap, counting the newline between pieces, and no further', () => {
    const c = appendNarrative(createCasualty(T0, 'c'), 'x'.repeat(MAX_NARRATIVE_CHARS - 11), T0);
    expect(narrativeTooLong(c, 'y'.repeat(10))).toBeUndefined();
    expect(narrativeTooLong(c, 'y'.repeat(11))).toMatch(
      /^the narrative would be 200,001 characters; one casualty holds at most 200,000\. Start a new casualty/,
    );
    expect(narrativeTooLong(createCasualty(T0, 'e'), 'y'.repeat(MAX_NARRATIVE_CHARS))).toBeUndefined();
  });

  it('names the size of a file over the import cap', () => {
    expect(importTooLarge(MAX_IMPORT_BYTES)).toBeUndefined();
    expect(importTooLarge(20 * 1024 * 1024)).toBe(
      'the file is 20.0 MB; a casualty file is at most 4.0 MB. Is it the right file?',
    );
  });

  it('refuses a file over the cap without reading it, and reads one under it', async () => {
    let read = false;
    const huge = { size: MAX_IMPORT_BYTES + 1, text: async () => ((read = true), '{}') };
    await expect(importCasualtyFile(huge)).rejects.toThrow(new ImportError(importTooLarge(MAX_IMPORT_BYTES + 1)));
    expect(read).toBe(false);
    const c = appendNarrative(createCasualty(T0, 'c'), 'GSW L thigh', T0);
    const file = new Blob([JSON.stringify(exportCasualty(c))]);
    expect(await importCasualtyFile(file)).toEqual(c);
    await expect(importCasualtyFile(new Blob(['{"format": '], { type: 'application/json' }))).rejects.toThrow(
      /^the file is not JSON: /,
    );
  });

  it('refuses an export whose narrative or draft is over the cap, though the file is small enough', () => {
    const long = appendNarrative(
      appendNarrative(createCasualty(T0, 'c'), 'x'.repeat(MAX_NARRATIVE_CHARS), T0),
      'y',
      T0,
    );
    expect(() => importCasualty(JSON.parse(JSON.stringify(exportCasualty(long))))).toThrow(
      /casualty narrative is longer than 200,000 characters/,
    );
    const draft = { ...createCasualty(T0, 'd'), draft: 'z'.repeat(MAX_NARRATIVE_CHARS + 1) };
    expect(() => importCasualty(JSON.parse(JSON.stringify(exportCasualty(draft))))).toThrow(
      /casualty\.draft is longer than 200,000 characters/,
    );
  });
});
