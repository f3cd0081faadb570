import { describe, expect, it } from 'vitest';
import { extractRecord } from './index.js';

const injuries = (text: string) => extractRecord(text).injuries ?? [];

describe('chest injuries said by their sign', () => {
  it('reads a chest wound that bubbles or hisses as an open chest wound', () => {
    expect(injuries('Frag hole in his left chest, hissing every breath.')).toContainEqual({
      type: 'open_chest_wound',
      location: 'chest',
    });
    expect(injuries('Chest wound, not bubbling.')).not.toContainEqual({ type: 'open_chest_wound', location: 'chest' });
    // Bubbling somewhere else says nothing of the chest.
    expect(injuries('Blood bubbling at the mouth. GSW to the jaw.')).toEqual([{ type: 'gsw', location: 'face' }]);
  });
  it('reads "tension" said as a phrase of its own as a tension pneumothorax', () => {
    expect(injuries("Breath sounds gone on the right. It's a tension. Decompressing now.")).toEqual([
      { type: 'tension_pneumothorax', location: 'chest' },
    ]);
    expect(injuries('Keep the tension on the windlass. TQ holding.')).toEqual([]);
  });
});
