import { mkdtemp, mkdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleBuildReason } from './app-build.js';

let root: string;
const at = (seconds: number) => new Date(1_700_000_000_000 + seconds * 1000);

async function file(relativePath: string, seconds: number): Promise<void> {
  const path = join(root, relativePath);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, '');
  await utimes(path, at(seconds), at(seconds));
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kiosk-build-'));
  await file('index.html', 0);
  await file('src/ui/main.ts', 0);
  await file('public/icon.svg', 0);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('staleBuildReason', () => {
  it('asks for a build when dist/ has never been built', async () => {
    expect(await staleBuildReason(root, join(root, 'dist'))).toMatch(/dist\/index.html is missing/);
  });

  it('is satisfied by a build newer than every source', async () => {
    await file('dist/index.html', 10);
    expect(await staleBuildReason(root, join(root, 'dist'))).toBeUndefined();
  });

  it('names an app source edited after the build', async () => {
    await file('dist/index.html', 10);
    await file('src/ui/capture/capture-view.ts', 20);
    expect(await staleBuildReason(root, join(root, 'dist'))).toBe(
      'src/ui/capture/capture-view.ts changed since the last build',
    );
  });

  it('ignores server, CLI and test files, which are not bundled', async () => {
    await file('dist/index.html', 10);
    await file('src/server/app.ts', 20);
    await file('src/cli/start.ts', 20);
    await file('src/tccc/validate.test.ts', 20);
    expect(await staleBuildReason(root, join(root, 'dist'))).toBeUndefined();
  });
});
