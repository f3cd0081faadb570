/**
 * Which files under /models/ the kiosk serves: only regular files that really lie inside the models directory, at a
 * path that passes the same name check as every manifest and tensor cache (src/model-store/model-file-name.ts).
 * A symlink (to /etc/passwd, to the CA key) and a directory are answered like a missing file: 404.
 */
import { realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { modelFileNameProblem } from '../model-store/model-file-name.js';

/** An `allowedPath` for @fastify/static rooted at `modelsDir`; `urlPath` is the path after /models, e.g. `/m/resolve/main/x.bin`. */
export function servableModelFile(modelsDir: string): (urlPath: string) => boolean {
  let root: string | undefined;
  return (urlPath) => {
    const name = urlPath.replace(/^\//, '');
    if (modelFileNameProblem(name) !== undefined) return false;
    try {
      root ??= realpathSync(modelsDir);
      const path = join(root, name);
      // realpath differs from the path itself when any part of it is a symlink.
      return realpathSync(path) === path && path.startsWith(root + sep) && statSync(path).isFile();
    } catch {
      return false;
    }
  };
}
