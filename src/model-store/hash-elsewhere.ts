/**
 * SHA-256 of a whole file on a thread of its own. WebCrypto's digest() needs the file in one buffer,
 * and Chromium spends it on the calling thread: on the download's thread it was the one cost per byte
 * the WebLLM-style path does not pay (a CPU profile of bench:download's run: about three copies of the
 * file's worth), while that thread could be reading and writing other files. The buffer is transferred
 * there and back, never copied. Where no worker starts (Node, a policy without blob: workers) the
 * digest runs on this thread, as before.
 */

/** The worker: digests what it is sent and sends the buffer back with the digest. */
const SOURCE = `onmessage = async (event) => {
  const { id, buffer } = event.data;
  try {
    const digest = await crypto.subtle.digest('SHA-256', buffer);
    postMessage({ id, buffer, digest }, [buffer, digest]);
  } catch (error) {
    postMessage({ id, buffer, error: String(error) }, [buffer]);
  }
};`;

/** A file's bytes (handed back: the caller's buffer is detached by the transfer) and their SHA-256. */
export interface Hashed {
  buffer: ArrayBuffer;
  digest: ArrayBuffer;
}

type Reply = { id: number; buffer: ArrayBuffer; digest?: ArrayBuffer; error?: string };

const waiting = new Map<number, { resolve(hashed: Hashed): void; reject(error: Error): void }>();
let nextId = 1;
/** The worker once it has answered a first, empty digest; null where none can start. */
let ready: Promise<Worker | null> | undefined;

function startWorker(): Promise<Worker | null> {
  if (typeof Worker === 'undefined' || typeof URL.createObjectURL !== 'function') return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(URL.createObjectURL(new Blob([SOURCE], { type: 'text/javascript' })));
    } catch {
      return resolve(null);
    }
    // No file is handed over before the worker has answered once, so a worker that cannot load loses no bytes.
    waiting.set(0, { resolve: () => resolve(worker), reject: () => resolve(null) });
    worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      const waiter = waiting.get(data.id);
      waiting.delete(data.id);
      if (data.error !== undefined || !data.digest) waiter?.reject(new Error(data.error ?? 'no digest'));
      else waiter?.resolve({ buffer: data.buffer, digest: data.digest });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      ready = Promise.resolve(null); // later files hash here
      for (const waiter of waiting.values()) waiter.reject(new Error('the hashing worker stopped'));
      waiting.clear();
    };
    const probe = new ArrayBuffer(0);
    worker.postMessage({ id: 0, buffer: probe }, [probe]);
  });
}

/** The SHA-256 of `buffer`, computed off this thread where a worker can run; use the returned buffer afterwards. */
export async function sha256Elsewhere(buffer: ArrayBuffer): Promise<Hashed> {
  const worker = await (ready ??= startWorker());
  if (!worker) return { buffer, digest: await crypto.subtle.digest('SHA-256', buffer) };
  const id = nextId++;
  return new Promise<Hashed>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, buffer }, [buffer]);
  });
}
