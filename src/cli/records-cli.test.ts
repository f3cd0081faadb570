/**
 * records:export, records:import and kiosk:pair as an operator runs them (no kiosk running): the casualties a kiosk
 * holds go out as JSON lines in the casualty-file format and come back in without loss; a bad line stores nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCasualty, importCasualty } from '../records/export.js';
import { sampleCasualty } from '../sync/casualty-fixtures.js';
import { storeCasualties } from '../server/records-archive.js';
import { startKiosk } from '../server/kiosk-server.js';
import { syncClient, until } from '../server/testing/sync-client.js';
import { casualtyOf } from '../sync/casualty-convert.js';
import type { CasualtyDoc } from '../sync/casualty-doc.js';
import {
  CASUALTY_INDEX_ID,
  casualtyIndexGenesis,
  listedCasualties,
  type CasualtyIndex,
} from '../sync/casualty-index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], input = '') {
  const r = spawnSync(TSX, [`src/cli/${script}.ts`, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

let root: string;
const held = [
  sampleCasualty(1),
  { ...sampleCasualty(2, 20), deletedAt: '2026-12-03T09:40:00.000Z' },
  sampleCasualty(3),
];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'records-cli-'));
  await storeCasualties(join(root, 'kiosk'), held, 'test');
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe('records:export and records:import', () => {
  it('exports every casualty, deleted ones included, and imports them into another kiosk without loss', () => {
    const out = run('records-export', ['--data-dir', join(root, 'kiosk')]);
    expect(out.status).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines.map((l) => importCasualty(JSON.parse(l)))).toEqual(held);
    expect(JSON.parse(lines[0])).toEqual(exportCasualty(held[0]));

    const into = run('records-import', ['--data-dir', join(root, 'copy')], out.stdout);
    expect(into.status).toBe(0);
    expect(into.stderr).toContain('3 new, 0 merged');
    expect(run('records-export', ['--data-dir', join(root, 'copy')]).stdout).toBe(out.stdout);
    // Importing the same file again merges into the casualties held: nothing doubles.
    expect(run('records-import', ['--data-dir', join(root, 'copy')], out.stdout).stderr).toContain('0 new, 3 merged');
    expect(run('records-export', ['--data-dir', join(root, 'copy')]).stdout).toBe(out.stdout);
  }, 120_000);

  it('stores nothing when any line is bad, naming the line', async () => {
    const good = JSON.stringify(exportCasualty(sampleCasualty(4)));
    const r = run(
      'records-import',
      ['--data-dir', join(root, 'refused')],
      `${good}\n{"format":"tccc-scribe/casualty"}\nnot json\n`,
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/line 2: .*\n.*line 3: not JSON/);
    expect(await readdir(join(root, 'refused')).catch(() => [])).toEqual([]);
    expect(run('records-import', ['--frobnicate']).status).toBe(2);
  }, 60_000);
});

describe('records:import and the devices', () => {
  it('lists every imported casualty in the index, so a device that has none finds them all from the kiosk', async () => {
    const dataDir = join(root, 'restored');
    const backup = run('records-export', ['--data-dir', join(root, 'kiosk')]).stdout;
    expect(run('records-import', ['--data-dir', dataDir], backup).stderr).toContain('3 new, 0 merged');

    const project = join(root, 'project');
    await mkdir(join(project, 'dist'), { recursive: true });
    await writeFile(join(project, 'dist', 'index.html'), '<!doctype html><title>kiosk</title>');
    const kiosk = await startKiosk({
      host: '127.0.0.1',
      port: 0,
      httpsPort: 0,
      dataDir,
      build: false,
      help: false,
      projectRoot: project,
    });
    // A fresh browser: no index stored, so it starts the index from its fixed first change, as CasualtyRepo does.
    const tablet = syncClient(`ws://127.0.0.1:${new URL(kiosk.urls.kiosk).port}/sync`);
    try {
      const index = tablet.import<CasualtyIndex>(casualtyIndexGenesis(), { docId: CASUALTY_INDEX_ID });
      await until(index, (d) => listedCasualties(d).length === held.length);
      const found = await Promise.all(
        listedCasualties(index.doc()).map(async ([, url]) => casualtyOf((await tablet.find<CasualtyDoc>(url)).doc())),
      );
      expect(found.sort((a, b) => a.id.localeCompare(b.id))).toEqual(held);
    } finally {
      await tablet.shutdown();
      await kiosk.close(100);
    }
    // The index is a document of the records folder too, but it is not a casualty: the export is exactly the backup.
    expect(run('records-export', ['--data-dir', dataDir]).stdout).toBe(backup);
    // Importing again merges and lists nothing twice.
    expect(run('records-import', ['--data-dir', dataDir], backup).stderr).toContain('0 new, 3 merged');
    expect(run('records-export', ['--data-dir', dataDir]).stdout).toBe(backup);
  }, 120_000);
});

describe('kiosk:pair', () => {
  it('prints a fresh one-time link as its last line, and a device token with --token --name', () => {
    const dataDir = join(root, 'pair');
    const first = run('kiosk-pair', ['--data-dir', dataDir, '--address', '192.168.1.20'])
      .stdout.trim()
      .split('\n')
      .at(-1);
    const second = run('kiosk-pair', ['--data-dir', dataDir, '--address', '192.168.1.20'])
      .stdout.trim()
      .split('\n')
      .at(-1);
    expect(first).toMatch(/^https:\/\/192\.168\.1\.20:8443\/pair\?code=[A-Za-z0-9_-]{43}$/);
    expect(second).not.toBe(first);
    const token = run('kiosk-pair', ['--data-dir', dataDir, '--token', '--name', 'aid station'])
      .stdout.trim()
      .split('\n')
      .at(-1);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(run('kiosk-pair', ['--data-dir', dataDir, '--token']).status).toBe(2);
  }, 60_000);
});
