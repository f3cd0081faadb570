/**
 * The engine worker protocol, derived from the Engine interface: one call message per method, its arguments typed
 * from `Parameters<Engine[K]>` (minus what cannot cross: callbacks and AbortSignals), its result from the return type.
 * Envelope {kind, id, payload}; replies are return | yield | throw | progress.
 */
import type { Engine, LoadProgress } from '../engine.js';
import type { SerializedError } from '../errors.js';

export type EngineMethod = 'load' | 'extract' | 'generate' | 'stats' | 'unload';

/** A value as it crosses: callbacks become progress messages, AbortSignals become abort messages. */
type Wire<T> = T extends (...args: never[]) => unknown
  ? undefined
  : T extends { signal?: AbortSignal }
    ? Omit<T, 'signal'>
    : T;
type WireTuple<P extends readonly unknown[]> = { [I in keyof P]: Wire<P[I]> };
export type WireArgs<K extends EngineMethod> = WireTuple<Parameters<Engine[K]>>;

/** What each method's call resolves to on the client; generate resolves once the stream is open. */
export type WireResult<K extends EngineMethod> = K extends 'generate' ? undefined : Awaited<ReturnType<Engine[K]>>;

export type CallMessage = {
  [K in EngineMethod]: { kind: 'call'; id: number; method: K; payload: WireArgs<K> };
}[EngineMethod];

/** Client → worker. `next` pulls one piece of an open generate stream; `abort` cancels a call or stream. */
export type ToWorker = CallMessage | { kind: 'next'; id: number } | { kind: 'abort'; id: number };

export type ReturnMessage = {
  [K in EngineMethod]: { kind: 'return'; id: number; method: K; payload: WireResult<K> };
}[EngineMethod];

/** Worker → client. */
export type FromWorker =
  | ReturnMessage
  | { kind: 'yield'; id: number; payload: IteratorResult<string, undefined> }
  | { kind: 'throw'; id: number; payload: SerializedError }
  | { kind: 'progress'; id: number; payload: LoadProgress };

/** The part of Worker / MessagePort both sides use, so tests can use a MessageChannel. */
export interface MessageEndpoint {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}
