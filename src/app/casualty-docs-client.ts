/**
 * The page's side of the casualty documents (`casualty-docs-server.ts`, in its worker): the casualty documents as the
 * workspace uses them (`CasualtySource`), asked over messages. It keeps what the store last said of each casualty
 * (and its conflicts), so the workspace's reads stay synchronous while every Automerge operation runs in the worker.
 */
import type { Casualty } from '../records/index.js';
import type { FieldConflict } from '../sync/conflicts.js';
import type { CasualtyListener } from './casualty-repo.js';
import type {
  FromStore,
  HeldCasualty,
  StorePort,
  StoreReplies,
  StoreRequest,
  ToStore,
} from './casualty-docs-protocol.js';
import type { CasualtySource } from './casualty-source.js';
import type { SyncStatus } from './sync-status.js';

export interface DocsClientOptions {
  /** This browser's name now (it can be changed while the app runs); signed on each change. */
  device: () => string;
  /** The kiosk's storage id as this page last heard it, and where to keep a new one. */
  kioskStorage?: { get(): string | undefined; set(id: string): void };
  online: boolean;
  onStatus: (status: SyncStatus) => void;
}

export class CasualtyDocsClient implements CasualtySource {
  private readonly held = new Map<string, HeldCasualty>();
  private readonly listeners = new Set<CasualtyListener>();
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;

  private constructor(
    private readonly port: StorePort,
    private readonly options: DocsClientOptions,
  ) {
    port.addEventListener('message', (event: MessageEvent<FromStore>) => this.receive(event.data));
  }

  /** Opens the store behind `port`; resolves once it holds what this device stored. */
  static async open(port: StorePort, options: DocsClientOptions): Promise<CasualtyDocsClient> {
    const client = new CasualtyDocsClient(port, options);
    const all = await client.ask({
      op: 'open',
      device: options.device(),
      kioskStorage: options.kioskStorage?.get(),
      online: options.online,
    });
    for (const h of all) client.held.set(h.casualty.id, h);
    return client;
  }

  /** Tells the store the browser went on or offline (the page hears it; the worker may not). */
  setOnline(online: boolean): void {
    this.port.postMessage({ online } satisfies ToStore);
  }

  casualties(): Casualty[] {
    return [...this.held.values()].map((h) => h.casualty);
  }

  async write(
    casualties: Casualty[],
    basedOn: (id: string) => Casualty | undefined,
    ranOn: (extraction: object) => string | undefined = () => undefined,
  ): Promise<Casualty[]> {
    const written = await this.ask({
      op: 'write',
      device: this.options.device(),
      casualties,
      basedOn: casualties.map((c) => basedOn(c.id)),
      ranOn: casualties.map((c) => (c.extraction ? ranOn(c.extraction) : undefined)),
    });
    return written.map((h) => this.keep(h).casualty);
  }

  /** Brings in the previous version's casualties (the migration); resolves with how many were new. */
  async adopt(casualties: readonly Casualty[]): Promise<number> {
    const adopted = await this.ask({ op: 'adopt', casualties: [...casualties] });
    for (const held of adopted) this.keep(held);
    return adopted.length;
  }

  async setDeleted(id: string, deleted: boolean): Promise<boolean> {
    const { done, held } = await this.ask({ op: 'set-deleted', device: this.options.device(), id, deleted });
    if (held) this.keep(held);
    return done;
  }

  conflicts(id: string): FieldConflict[] {
    return this.held.get(id)?.conflicts ?? [];
  }

  async resolve(id: string, key: string, opId: string): Promise<Casualty | undefined> {
    const held = await this.ask({ op: 'resolve', device: this.options.device(), id, key, opId });
    return held && this.keep(held).casualty;
  }

  onCasualty(listener: CasualtyListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private keep(held: HeldCasualty): HeldCasualty {
    this.held.set(held.casualty.id, held);
    return held;
  }

  private ask<R extends StoreRequest>(request: R): Promise<StoreReplies[R['op']]> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve: resolve, reject });
      this.port.postMessage({ id, request } satisfies ToStore);
    });
  }

  private receive(message: FromStore): void {
    if ('changed' in message) {
      this.keep(message.changed);
      for (const listener of this.listeners) listener(message.changed.casualty);
    } else if ('status' in message) {
      if (message.kioskStorage && message.kioskStorage !== this.options.kioskStorage?.get())
        this.options.kioskStorage?.set(message.kioskStorage);
      this.options.onStatus(message.status);
    } else {
      const waiting = this.waiting.get(message.id);
      this.waiting.delete(message.id);
      if ('error' in message)
        waiting?.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
      else waiting?.resolve(message.value);
    }
  }
}
