import { storeScopeOf } from './manifest.js';
import type { FileTask } from './tasks.js';

/** For the file-download tests: a shard of `size` bytes on a kiosk's model mirror. */
export function shardTask(name: string, size: number): FileTask {
  const url = `http://kiosk/models/m/resolve/main/${name}`;
  return { modelId: 'm', path: name, kind: 'shard', url, fetchUrl: url, scope: storeScopeOf('webllm', 'shard'), size };
}
