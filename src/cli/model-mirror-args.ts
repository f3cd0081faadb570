/**
 * The arguments of `npm run --silent model:mirror`, read and checked before anything is fetched or written: one model
 * id, at most one source, and a token only with the URL it is sent to.
 */
import { parseArgs } from 'node:util';

export const MIRROR_USAGE =
  'usage: npm run --silent model:mirror -- <model-id> [--from <base-url> | --from-dir <folder>] [--out <folder>] [--token <token>] [--config-dir <folder>]';

/** The command's arguments, or the reason they cannot be used (an unknown flag, a missing value, a bad URL). */
export function parseMirrorArgs(argv: string[]): {
  modelId: string;
  from?: string;
  fromDir?: string;
  out?: string;
  token?: string;
  configDir?: string;
} {
  const { values, positionals } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: true,
    options: {
      from: { type: 'string' },
      'from-dir': { type: 'string' },
      out: { type: 'string' },
      token: { type: 'string' },
      'config-dir': { type: 'string' },
    },
  });
  if (positionals.length !== 1)
    throw new TypeError(
      positionals.length
        ? `one model id expected, got ${positionals.length}: ${positionals.join(' ')}`
        : 'the model id is missing',
    );
  if (values.from !== undefined && values['from-dir'] !== undefined)
    throw new TypeError('--from and --from-dir cannot be used together');
  if (values.from !== undefined && !/^https?:$/.test(URL.parse(values.from)?.protocol ?? ''))
    throw new TypeError(`--from must be an http(s) URL, got "${values.from}"`);
  if (values.token !== undefined && values.from === undefined)
    throw new TypeError('--token is sent only to the --from origin: give --from too');
  for (const name of ['from-dir', 'out', 'config-dir', 'token'] as const)
    if (values[name] === '') throw new TypeError(`--${name} needs a value`);
  return {
    modelId: positionals[0],
    ...(values.from !== undefined ? { from: values.from } : {}),
    ...(values['from-dir'] !== undefined ? { fromDir: values['from-dir'] } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values.token !== undefined ? { token: values.token } : {}),
    ...(values['config-dir'] !== undefined ? { configDir: values['config-dir'] } : {}),
  };
}
