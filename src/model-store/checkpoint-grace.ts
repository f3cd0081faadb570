/**
 * A checkpoint falls due while received bytes still wait in memory; it writes them as a chunk, which
 * the file's final record then writes again. When the file's last byte is expected within a quarter of
 * `checkpointMs`, that second write is all the chunk would buy: the checkpoint waits that quarter
 * instead (once), and the file is written whole. What a crash can lose grows from about 1 to at most
 * 1.25 × checkpointMs of download, and a file that arrives just past a deadline (a 32 MB shard, three
 * at a time, on a 100 MB/s link) is written once instead of twice, with no fsync and no chunk to delete.
 */
export const CHECKPOINT_GRACE = 0.25;

export interface ArrivalSoFar {
  /** Bytes of the file still to come; undefined when its size is unknown. */
  remainingBytes: number | undefined;
  /** Bytes received by this request so far, over `elapsedMs`: the rate the rest is expected at. */
  receivedBytes: number;
  elapsedMs: number;
  checkpointMs: number;
}

/** Whether the rest of the file is expected within the grace, at the rate it has arrived so far. */
export function endsWithinGrace({ remainingBytes, receivedBytes, elapsedMs, checkpointMs }: ArrivalSoFar): boolean {
  if (remainingBytes === undefined || receivedBytes <= 0 || elapsedMs <= 0) return false;
  return (remainingBytes * elapsedMs) / receivedBytes <= checkpointMs * CHECKPOINT_GRACE;
}
