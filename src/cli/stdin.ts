import { InputTooLargeError } from './narrative-limit.js';

/**
 * Reads all of stdin as UTF-8: the one stdin reader the command-line tools share. With `maxBytes`, it stops reading
 * as soon as the input passes that size and throws {@link InputTooLargeError}, so an endless pipe cannot fill memory.
 */
export async function readStdin(maxBytes = Infinity): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin) {
    bytes += (chunk as Buffer).length;
    if (bytes > maxBytes) {
      process.stdin.destroy();
      throw new InputTooLargeError(`input is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
