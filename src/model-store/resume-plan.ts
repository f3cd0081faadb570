import { ModelStoreError } from './errors.js';

/**
 * Resume planning shared by the browser downloader and the kiosk mirror: which Range to ask
 * for, and how to read the answer so that bytes already stored are never stored twice.
 */

/** The Range header for continuing after `offset` stored bytes; none when starting at 0. */
export function rangeHeader(offset: number): string | undefined {
  return offset > 0 ? `bytes=${offset}-` : undefined;
}

/** How to consume a response body: skip its first `skip` bytes, and the file's total size if the server said. */
export interface BodyPlan {
  skip: number;
  total?: number;
  /** The stored bytes are already the whole file (416 at its end). */
  complete?: boolean;
}

/** The parts of a response the plan depends on, so Node and browser responses both fit. */
export interface ResponseHead {
  status: number;
  contentRange?: string | null;
  contentLength?: string | null;
}

/**
 * Decides how to use a response to a request made with {@link rangeHeader}(offset).
 * 206 must start at or before `offset`; 200 means the server ignored Range, so the bytes
 * before `offset` are skipped instead of stored again.
 */
export function planBody(path: string, offset: number, head: ResponseHead, expectedSize?: number): BodyPlan {
  const length = head.contentLength ? Number(head.contentLength) : undefined;
  if (head.status === 206) {
    const m = /^bytes (\d+)-(\d+)\/(\d+|\*)$/.exec(head.contentRange ?? '');
    if (!m)
      throw new ModelStoreError(
        'http',
        `${path}: 206 without a usable Content-Range ("${head.contentRange ?? ''}")`,
        path,
      );
    const start = Number(m[1]);
    const total = m[3] === '*' ? undefined : Number(m[3]);
    if (start > offset)
      throw new ModelStoreError('http', `${path}: asked for bytes from ${offset}, server sent from ${start}`, path);
    checkTotal(path, total, expectedSize);
    return { skip: offset - start, ...(total !== undefined ? { total } : {}) };
  }
  if (head.status === 200) {
    checkTotal(path, length, expectedSize);
    return { skip: offset, ...(length !== undefined ? { total: length } : {}) };
  }
  if (head.status === 416 && offset > 0) {
    const total = /\/(\d+)$/.exec(head.contentRange ?? '')?.[1];
    if (total !== undefined && Number(total) === offset) return { skip: 0, total: offset, complete: true };
    throw new ModelStoreError(
      'length-mismatch',
      `${path}: ${offset} bytes stored but the server's file is ${total ?? 'of unknown size'}`,
      path,
    );
  }
  throw new ModelStoreError('http', `${path}: HTTP ${head.status}`, path);
}

function checkTotal(path: string, total: number | undefined, expectedSize: number | undefined): void {
  if (total !== undefined && expectedSize !== undefined && total !== expectedSize) {
    throw new ModelStoreError('length-mismatch', `${path}: server says ${total} bytes, expected ${expectedSize}`, path);
  }
}

/** Delay before retry `attempt` (1-based): exponential with jitter, capped, so many tabs do not retry in step. */
export function backoffMs(attempt: number, baseMs: number, maxMs = 30_000, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** (attempt - 1));
  return Math.round(exp * (0.5 + random() / 2));
}
