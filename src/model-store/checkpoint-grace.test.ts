import { describe, expect, it } from 'vitest';
import { endsWithinGrace } from './checkpoint-grace.js';

describe('endsWithinGrace', () => {
  const at = (remainingBytes: number | undefined, receivedBytes = 30_000_000, elapsedMs = 1000) =>
    endsWithinGrace({ remainingBytes, receivedBytes, elapsedMs, checkpointMs: 1000 });

  it('lets a checkpoint wait when the rest arrives within a quarter of checkpointMs at the rate so far', () => {
    expect(at(3_000_000)).toBe(true); // 100 ms more at 30 MB/s
    expect(at(7_500_000)).toBe(true); // exactly 250 ms
  });

  it('writes the chunk when the rest would take longer, or nothing tells how long', () => {
    expect(at(7_600_000)).toBe(false);
    expect(at(30_000_000)).toBe(false); // a file half there: the checkpoint is what keeps a crash cheap
    expect(at(undefined)).toBe(false); // size unknown
    expect(at(1, 0)).toBe(false); // nothing received yet: no rate
  });
});
