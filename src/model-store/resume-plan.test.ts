import { describe, expect, it } from 'vitest';
import { backoffMs, planBody, rangeHeader } from './resume-plan.js';

describe('planBody', () => {
  it('continues a 206 that starts where we stopped', () => {
    expect(rangeHeader(0)).toBeUndefined();
    expect(rangeHeader(500)).toBe('bytes=500-');
    expect(planBody('s.bin', 500, { status: 206, contentRange: 'bytes 500-999/1000' }, 1000)).toEqual({
      skip: 0,
      total: 1000,
    });
  });

  it('skips the stored bytes when the server ignores Range and answers 200', () => {
    expect(planBody('s.bin', 500, { status: 200, contentLength: '1000' }, 1000)).toEqual({ skip: 500, total: 1000 });
  });

  it('treats 416 at the end of the file as complete, elsewhere as a length problem', () => {
    expect(planBody('s.bin', 1000, { status: 416, contentRange: 'bytes */1000' })).toEqual({
      skip: 0,
      total: 1000,
      complete: true,
    });
    expect(() => planBody('s.bin', 900, { status: 416, contentRange: 'bytes */1000' })).toThrow(
      /900 bytes stored but the server's file is 1000/,
    );
  });

  it('refuses a server whose length disagrees with the manifest', () => {
    expect(() => planBody('s.bin', 0, { status: 200, contentLength: '135' }, 1000)).toThrow(
      /s\.bin: server says 135 bytes, expected 1000/,
    );
    expect(() => planBody('s.bin', 10, { status: 206, contentRange: 'bytes 20-99/100' })).toThrow(
      /asked for bytes from 10/,
    );
  });

  it('marks 5xx retryable and 404 final', () => {
    const err = (status: number) => {
      try {
        planBody('s.bin', 0, { status });
      } catch (e) {
        return e as { retryable: boolean };
      }
      throw new Error('no error');
    };
    expect(err(503).retryable).toBe(true);
    expect(err(404).retryable).toBe(false);
  });
});

describe('backoffMs', () => {
  it('grows exponentially up to the cap', () => {
    const mid = () => 0.5;
    expect([1, 2, 3, 10].map((a) => backoffMs(a, 100, 2000, mid))).toEqual([75, 150, 300, 1500]);
  });
});
