/**
 * The doctor's view of the model mirror: every model in `<models>/catalog.json` has each file its manifest lists,
 * at the recorded size (and, with `--verify`, the recorded SHA-256), under `<models>/<id>/resolve/main/`.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { downloadSize } from '../../model-store/download-size.js';
import { parseManifest, type ModelManifest } from '../../model-store/manifest.js';
import type { DoctorCheck } from './doctor-check.js';

/** The manifests the kiosk's catalog lists; [] when there is no catalog yet. */
async function catalogManifests(modelsDir: string): Promise<ModelManifest[]> {
  const text = await readFile(join(modelsDir, 'catalog.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return [];
  const models = (JSON.parse(text) as { models?: unknown }).models;
  if (!Array.isArray(models)) throw new Error(`${join(modelsDir, 'catalog.json')} has no "models" list`);
  return models.map((m, i) => parseManifest(m, `catalog.json model ${i + 1}`));
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Why one mirrored file is not as its manifest records, or undefined when it is. */
async function fileProblem(
  dir: string,
  file: ModelManifest['files'][number],
  verify: boolean,
): Promise<string | undefined> {
  const path = join(dir, file.path);
  const info = await lstat(path).catch(() => undefined);
  if (!info) return `${file.path} is missing`;
  if (!info.isFile()) return `${file.path} is not a regular file`;
  if (file.size !== undefined && info.size !== file.size)
    return `${file.path} is ${info.size} bytes, the manifest records ${file.size}`;
  if (verify && file.sha256 && (await sha256Of(path)) !== file.sha256) return `${file.path} does not match its SHA-256`;
  return undefined;
}

export async function checkMirror(modelsDir: string, verify: boolean): Promise<DoctorCheck[]> {
  const manifests = await catalogManifests(modelsDir);
  if (manifests.length === 0) {
    return [
      {
        name: 'models',
        ok: false,
        detail: `no model mirrored in ${modelsDir}: tablets and the kiosk can use only the rules engine`,
        fix: 'npm run --silent model:mirror -- phi-2-q4f16_1-MLC (README "Mirroring the model onto the kiosk")',
      },
    ];
  }
  const checks: DoctorCheck[] = [];
  for (const manifest of manifests) {
    const dir = join(modelsDir, manifest.id, 'resolve', 'main');
    const problems: string[] = [];
    for (const file of manifest.files) {
      const problem = await fileProblem(dir, file, verify);
      if (problem) problems.push(problem);
    }
    if (manifest.engine === 'webllm' && !manifest.files.some((f) => f.kind === 'model-lib'))
      problems.push('no model library (.wasm) is listed');
    const name = `model ${manifest.id}`;
    const how = verify ? 'sizes and SHA-256 verified' : 'sizes checked (--verify re-hashes)';
    checks.push(
      problems.length === 0
        ? { name, ok: true, detail: `${manifest.files.length} files, ${how}`, fix: '' }
        : {
            name,
            ok: false,
            detail: problems.slice(0, 5).join('; ') + (problems.length > 5 ? `; and ${problems.length - 5} more` : ''),
            fix: `npm run --silent model:mirror -- ${manifest.id} (fetches what is missing or wrong; add --from-dir <folder> without internet)`,
          },
    );
  }
  return checks;
}

/** Bytes still to download for `modelId`: its size (exact or estimated) less what the mirror already holds. */
export async function manifestBytes(
  configDir: string,
  modelsDir: string,
  modelId: string,
): Promise<{ needed: number; exact: boolean }> {
  const manifest =
    (await catalogManifests(modelsDir)).find((m) => m.id === modelId) ?? (await configManifest(configDir, modelId));
  const { bytes, exact } = downloadSize(manifest);
  let held = 0;
  for (const file of manifest.files) {
    const info = await lstat(join(modelsDir, manifest.id, 'resolve', 'main', file.path)).catch(() => undefined);
    if (info?.isFile()) held += info.size;
  }
  return { needed: Math.max(0, bytes - held), exact };
}

async function configManifest(configDir: string, modelId: string): Promise<ModelManifest> {
  for (const name of await readdir(configDir)) {
    if (!name.endsWith('.json') || name === 'manifest.schema.json') continue;
    const manifest = parseManifest(JSON.parse(await readFile(join(configDir, name), 'utf8')), name);
    if (manifest.id === modelId) return manifest;
  }
  throw new Error(`no manifest for ${modelId} in ${configDir}`);
}
