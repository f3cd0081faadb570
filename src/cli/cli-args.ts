/**
 * The one way the command-line tools read their flags: `node:util` parseArgs with `strict: true`, so an unknown flag
 * or a flag without its value is refused by name, and number options refused with the flag and the value given.
 * A {@link UsageError} ends the command with its message, the usage line and exit status 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad flags or values: the command prints the message and its usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs, strict, with its errors turned into {@link UsageError}s (they already name the flag). */
export function parseCommandLine<const O extends Options>(
  args: readonly string[],
  options: O,
  allowPositionals = false,
) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** A whole number of at least `min` from a flag's text, or `fallback` when the flag is absent. */
export function integerOption(flag: string, raw: string | undefined, fallback: number, min = 1): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min) {
    throw new UsageError(`${flag} must be a whole number of at least ${min}, got "${raw}"`);
  }
  return value;
}

/** A positive number (decimals allowed) from a flag's text, or `fallback` when absent. */
export function positiveNumberOption(flag: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0)
    throw new UsageError(`${flag} must be a positive number, got "${raw}"`);
  return value;
}

/** One of `allowed`, or `fallback` when absent. */
export function choiceOption<T extends string>(
  flag: string,
  raw: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === undefined) return fallback;
  if (!allowed.includes(raw as T)) throw new UsageError(`${flag} must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

/**
 * Runs a command's main: a {@link UsageError} prints `<command>: <message>` and the usage and exits 2; any other error
 * prints `<command>: <message>` and exits `failureCode`; otherwise the exit status is what main returned (default 0).
 */
export function runCommand(
  command: string,
  usage: string,
  main: () => Promise<number | void> | number | void,
  failureCode = 1,
): void {
  Promise.resolve()
    .then(main)
    .then(
      (code) => {
        process.exitCode = code ?? 0;
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        process.stderr.write(
          error instanceof UsageError ? `${command}: ${message}\n${usage}\n` : `${command}: ${message}\n`,
        );
        process.exitCode = error instanceof UsageError ? 2 : failureCode;
      },
    );
}

/** For top-level scripts: runs `read` (which parses flags); a {@link UsageError} prints it with the usage and exits 2. */
export function readFlagsOrExit<T>(command: string, usage: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n${usage}\n`);
    process.exit(2);
  }
}
