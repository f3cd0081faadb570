import { describe, expect, it } from 'vitest';
import { ModelStoreError } from './errors.js';
import { connectionLost, openBody, withRetries, type BodyGate, type GateFile } from './transfer.js';

const shard: GateFile = { path: 'params_shard_0.bin', kind: 'shard', size: 2048 };
const config: GateFile = { path: 'mlc-chat-config.json', kind: 'config' };
const text = (s: string) => new TextEncoder().encode(s);
const lfsPointer = text('version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 2048\n');

/** A scripted fetch for the gate: one response from a status, headers and body parts. */
function response(status: number, headers: Record<string, string>, ...parts: Uint8Array[]): Response {
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of parts) c.enqueue(p);
      c.close();
    },
  });
  return new Response(body, { status, headers });
}

/** Runs a body through the gate as both callers do, returning the bytes it let through. */
function pass(gate: BodyGate, ...parts: Uint8Array[]): number[] {
  const kept: number[] = [];
  for (const p of parts) kept.push(...gate.admit(p));
  kept.push(...gate.end());
  return kept;
}

describe('withRetries', () => {
  const policy = { maxRetries: 2, retryBaseMs: 1 };

  it('retries a dropped connection and resumes, resetting the count after a try that made progress', async () => {
    let held = 0;
    let tries = 0;
    const retried: number[] = [];
    const result = await withRetries(
      async () => {
        tries += 1;
        held += 10; // each try brings some bytes before the cut, so the limit of 2 is never reached
        if (tries < 5) throw connectionLost('a.bin', held, new Error('reset'));
        return 'done';
      },
      policy,
      { held: () => held, dropRefused: async () => undefined, onRetry: (_e, failures) => retried.push(failures) },
    );
    expect(result).toBe('done');
    expect(retried).toEqual([1, 1, 1, 1]);
  });

  it('gives up after maxRetries tries in a row without progress, with the error the caller words', async () => {
    let tries = 0;
    const attempt = () => {
      tries += 1;
      return Promise.reject(new ModelStoreError('http', 'a.bin: HTTP 503', 'a.bin'));
    };
    await expect(
      withRetries(attempt, policy, {
        held: () => 0,
        dropRefused: async () => undefined,
        gaveUp: (e, n) => new Error(`${e.message}; gave up after ${n} tries`),
      }),
    ).rejects.toThrow('a.bin: HTTP 503; gave up after 3 tries');
    expect(tries).toBe(3);
  });

  it('drops what was kept of refused bytes and does not retry them', async () => {
    let dropped = 0;
    let tries = 0;
    const refusal = new ModelStoreError('too-large', 'a.json: too large', 'a.json');
    const hooks = { held: () => 0, dropRefused: async () => void (dropped += 1) };
    await expect(withRetries(() => (tries++, Promise.reject(refusal)), policy, hooks)).rejects.toBe(refusal);
    expect([tries, dropped]).toEqual([1, 1]);
  });

  it('judges what the caller classifies: a foreign error is thrown as is unless mapped', async () => {
    const foreign = new TypeError('disk gone');
    const hooks = { held: () => 0, dropRefused: async () => undefined };
    await expect(withRetries(() => Promise.reject(foreign), policy, hooks)).rejects.toBe(foreign);
    let tries = 0;
    const mapped = withRetries(() => (tries++ === 0 ? Promise.reject(foreign) : Promise.resolve('ok')), policy, {
      ...hooks,
      classify: (e) => connectionLost('a.bin', 0, e),
    });
    await expect(mapped).resolves.toBe('ok');
  });

  it('ends a back-off at once when aborted, with the abort reason', async () => {
    const controller = new AbortController();
    const attempt = () => {
      queueMicrotask(() => controller.abort(new Error('paused')));
      return Promise.reject(connectionLost('a.bin', 0, new Error('reset')));
    };
    const hooks = { held: () => 0, dropRefused: async () => undefined };
    await expect(
      withRetries(attempt, { maxRetries: 5, retryBaseMs: 60_000, signal: controller.signal }, hooks),
    ).rejects.toThrow('paused');
  });
});

describe('openBody and its gate', () => {
  it('skips the bytes already held when the server ignored Range, and counts from them', async () => {
    const gate = await openBody(shard, 4, response(200, { 'content-length': '8' }), 8);
    expect(pass(gate, new Uint8Array([1, 2, 3]), new Uint8Array([4, 5, 6, 7, 8]))).toEqual([5, 6, 7, 8]);
    expect(gate.received).toBe(8);
  });

  it('holds the head back until it is sniffed, refusing a Git LFS pointer by name', async () => {
    const gate = await openBody(shard, 0, response(200, {}), 2048);
    expect(() => pass(gate, lfsPointer)).toThrow(/params_shard_0\.bin: got a Git LFS pointer/);
    expect(gate.received).toBe(0);
  });

  it('says a wrong-length answer is an HTML error page rather than only a wrong length', async () => {
    const page = text('<!doctype html><html><head><title>Sign in</title></head></html>');
    const res = response(200, { 'content-length': String(page.byteLength), 'content-type': 'text/html' }, page);
    await expect(openBody(shard, 0, res, 2048)).rejects.toMatchObject({
      code: 'refused-content',
      message: expect.stringMatching(/an HTML page \("Sign in"\)/),
    });
  });

  it('lets a plausible head through once it has a sniff’s worth, and a shorter file at its end', async () => {
    const gate = await openBody(shard, 0, response(200, {}), 2048);
    expect(gate.admit(new Uint8Array(100)).byteLength).toBe(0);
    expect(gate.admit(new Uint8Array(500)).byteLength).toBe(600);
    const small = await openBody({ ...shard, size: 3 }, 0, response(200, {}), 3);
    expect(pass(small, new Uint8Array([7, 8, 9]))).toEqual([7, 8, 9]);
  });

  it('copies the head it holds back, so a reader may fill the same buffer again meanwhile', async () => {
    const gate = await openBody(shard, 0, response(200, {}), 2048);
    const read = new Uint8Array(300).fill(1);
    expect(gate.admit(read).byteLength).toBe(0);
    read.fill(2); // the next read, into the same buffer
    const head = gate.admit(read);
    expect(head.byteLength).toBe(600);
    expect([head[0], head[299], head[300], head[599]]).toEqual([1, 1, 2, 2]);
  });

  it('refuses more bytes than the file has', async () => {
    const gate = await openBody(shard, 0, response(200, {}), 2048);
    expect(() => pass(gate, new Uint8Array(2049))).toThrow(/server sent more than the expected 2048 bytes/);
  });

  it('stops a file of unknown size at its kind’s cap, and refuses one announced past it', async () => {
    const caps = { sizeCaps: { config: 1000 }, where: 'https://hub/x' };
    const gate = await openBody(config, 0, response(200, {}), undefined, caps);
    expect(() => pass(gate, new Uint8Array(600).fill(0x20), new Uint8Array(600).fill(0x20))).toThrow(
      'mlc-chat-config.json: more than the 1.0 kB a config file of unknown size may have, from https://hub/x; refused',
    );
    await expect(
      openBody(config, 0, response(200, { 'content-length': '5000' }), undefined, caps),
    ).rejects.toMatchObject({ code: 'too-large' });
  });
});
