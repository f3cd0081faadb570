/**
 * The worker's side of the casualty documents: holds the casualty documents (`CasualtyRepo`) and answers the page's
 * requests (`casualty-docs-protocol.ts`). Automerge's WebAssembly (compiling it, loading and changing documents,
 * counting what the kiosk lacks) then runs here, never as a long task on the page the medic is typing in.
 * Written against a port, so tests run it in Node over a MessageChannel.
 */
import type { Casualty } from '../records/index.js';
import type { CasualtyRepo } from './casualty-repo.js';
import type {
  FromStore,
  HeldCasualty,
  StorePort,
  StoreReplies,
  StoreRequest,
  ToStore,
} from './casualty-docs-protocol.js';
import type { SyncStatus } from './sync-status.js';

/** What the worker opens: the documents, and the way to tell them the page went on or offline. */
interface OpenedStore {
  casualties: CasualtyRepo;
  setOnline(online: boolean): void;
}

interface StoreOpenOptions {
  /** This browser's name as the page last said it. */
  device: () => string;
  kioskStorage: string | undefined;
  online: boolean;
}

export type OpenStore = (
  onStatus: (status: SyncStatus, kioskStorage: string | undefined) => void,
  options: StoreOpenOptions,
) => Promise<OpenedStore>;

/** Serves the casualty documents on `port`; the page's first request is `open`. */
export function serveCasualtyDocs(port: StorePort, open: OpenStore): void {
  let device = '';
  let opened: Promise<OpenedStore> | undefined;
  // Going on or offline before the store is open is passed on once it is.
  let online: boolean | undefined;
  const post = (message: FromStore) => port.postMessage(message);

  const answer = async (request: StoreRequest): Promise<StoreReplies[StoreRequest['op']]> => {
    if ('device' in request) device = request.device;
    if (request.op === 'open') {
      online = request.online;
      opened ??= open((status, kioskStorage) => post({ status, kioskStorage }), {
        device: () => device,
        kioskStorage: request.kioskStorage,
        online: request.online,
      }).then((store) => {
        store.casualties.onCasualty((casualty) => post({ changed: held(store.casualties, casualty) }));
        if (online !== undefined && online !== request.online) store.setOnline(online);
        return store;
      });
      const { casualties } = await opened;
      return casualties.casualties().map((c) => held(casualties, c));
    }
    if (!opened) throw new Error('the casualty documents are not open');
    const { casualties } = await opened;
    switch (request.op) {
      case 'write': {
        const basedOn = new Map(request.casualties.map((c, i) => [c.id, request.basedOn[i]]));
        // The page's extractions arrive as copies: each is known here by the copy this request carries.
        const ranOn = new Map<object, string | undefined>(
          request.casualties.flatMap((c, i) => (c.extraction ? [[c.extraction, request.ranOn[i]]] : [])),
        );
        const written = await casualties.write(
          request.casualties,
          (id) => basedOn.get(id),
          (extraction) => ranOn.get(extraction),
        );
        return written.map((c) => held(casualties, c));
      }
      case 'adopt': {
        const before = new Set(casualties.casualties().map((c) => c.id));
        await casualties.adopt(request.casualties);
        return casualties
          .casualties()
          .filter((c) => !before.has(c.id))
          .map((c) => held(casualties, c));
      }
      case 'set-deleted': {
        const done = await casualties.setDeleted(request.id, request.deleted);
        const casualty = casualties.casualties().find((c) => c.id === request.id);
        return { done, held: casualty && held(casualties, casualty) };
      }
      case 'resolve': {
        const casualty = await casualties.resolve(request.id, request.key, request.opId);
        return casualty && held(casualties, casualty);
      }
    }
  };

  port.addEventListener('message', (event: MessageEvent<ToStore>) => {
    const message = event.data;
    if (!('id' in message)) {
      online = message.online;
      void opened?.then((store) => store.setOnline(message.online));
      return;
    }
    answer(message.request).then(
      (value) => post({ id: message.id, value }),
      (error: unknown) => {
        const { name = 'Error', message: text = String(error) } = (error ?? {}) as { name?: string; message?: string };
        post({ id: message.id, error: { name, message: text } });
      },
    );
  });
}

function held(casualties: CasualtyRepo, casualty: Casualty): HeldCasualty {
  return { casualty, conflicts: casualties.conflicts(casualty.id) };
}
