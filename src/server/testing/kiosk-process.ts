/** Runs a kiosk in a child process ({@link ./run-kiosk.ts}) and follows what it reports, for tests and the bench. */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { KioskConfig } from '../config.js';
import type { UpstreamStatus } from '../upstream-adapter.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export interface KioskProcess {
  child: ChildProcess;
  port: number;
  httpsPort: number;
  /** Emits 'upstream' (UpstreamStatus) and 'saved' (document id) as the kiosk reports them. */
  events: EventEmitter;
  upstream: UpstreamStatus[];
  /** Resolves when the kiosk has stored document `id` (now or already). */
  saved(id: string): Promise<void>;
  /** Resolves on the next upstream status `state`, or at once if the last one was. */
  upstreamState(state: UpstreamStatus['state']): Promise<UpstreamStatus>;
  stop(): Promise<void>;
}

/** Starts a kiosk process; resolves once it listens, rejects if it exits first. */
export function spawnKiosk(config: Pick<KioskConfig, 'dataDir'> & Partial<KioskConfig>): Promise<KioskProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/server/testing/run-kiosk.ts', JSON.stringify(config)],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const events = new EventEmitter();
  // One waiter per document a test or the bench waits on at once.
  events.setMaxListeners(0);
  const upstream: UpstreamStatus[] = [];
  const saved = new Set<string>();
  return new Promise((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`kiosk process exited with ${code} before it listened`)));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const message = JSON.parse(line) as {
        ready?: { port: number; httpsPort: number };
        upstream?: UpstreamStatus;
        saved?: string;
      };
      if (message.upstream) {
        upstream.push(message.upstream);
        events.emit('upstream', message.upstream);
      }
      if (message.saved) {
        saved.add(message.saved);
        events.emit('saved', message.saved);
      }
      if (!message.ready) return;
      resolve({
        child,
        ...message.ready,
        events,
        upstream,
        saved: (id) =>
          new Promise((done) => {
            if (saved.has(id)) return done();
            const check = (savedId: string) => {
              if (savedId !== id) return;
              events.off('saved', check);
              done();
            };
            events.on('saved', check);
          }),
        upstreamState: (state) =>
          new Promise((done) => {
            const last = upstream.at(-1);
            if (last?.state === state) return done(last);
            const check = (status: UpstreamStatus) => {
              if (status.state !== state) return;
              events.off('upstream', check);
              done(status);
            };
            events.on('upstream', check);
          }),
        stop: () =>
          new Promise((done) => {
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
