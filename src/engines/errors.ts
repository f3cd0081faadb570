/**
 * Every error an engine raises, in one place. Errors cross the worker boundary as {@link SerializedError}
 * data and are rebuilt as the same named class on the other side.
 */

/** Base class: anything an engine throws on purpose. */
export class EngineError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The model's files are not in the model store (or not verified). */
class ModelNotDownloadedError extends EngineError {}
/** This device cannot run the engine (no WebGPU, fallback adapter, too little memory...). */
class UnsupportedDeviceError extends EngineError {}
/** Loading failed: model library, shader compile, out of memory, device lost. */
export class EngineLoadError extends EngineError {}
/** A call came before load() finished, or after unload(). */
export class EngineNotLoadedError extends EngineError {}
/** The model ran but what it wrote cannot be used as a record. */
class ModelOutputError extends EngineError {}

/** The caller aborted. Named "AbortError" like the DOM's, so `err.name === 'AbortError'` checks work everywhere. */
export class EngineAbortError extends EngineError {
  constructor(message = 'The operation was aborted.') {
    super(message);
    this.name = 'AbortError';
  }
}

/** An error as plain data, safe for postMessage. */
export interface SerializedError {
  name: string;
  message: string;
}

const ERROR_CLASSES: Record<string, new (message: string) => Error> = {
  EngineError,
  ModelNotDownloadedError,
  UnsupportedDeviceError,
  EngineLoadError,
  EngineNotLoadedError,
  ModelOutputError,
  AbortError: EngineAbortError,
};

/** Turns anything thrown into {name, message}. */
export function serializeError(error: unknown): SerializedError {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** Rebuilds the named class; unknown names become a plain Error keeping the name. */
export function deserializeError(data: SerializedError): Error {
  const ErrorClass = ERROR_CLASSES[data.name];
  if (ErrorClass) return new ErrorClass(data.message);
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}

/** The message of anything thrown, without the "Error: " prefixes libraries stack onto it. */
export function causeOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/(^|: )(?:[A-Za-z]*Error: )+/g, '$1');
}

/** Throws an {@link EngineAbortError} when the signal is aborted. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new EngineAbortError();
}

/** True for any abort, ours or the platform's. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
