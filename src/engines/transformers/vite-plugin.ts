/**
 * Vite plugin: ONNX Runtime's runtime files for the transformers.js engine, served by us at `/ort/` (never a CDN).
 * The build copies exactly ORT_WASM_FILES into `<outDir>/ort/`; the dev server serves them from node_modules.
 * It also resolves onnxruntime-web to its build that loads those files from `wasmPaths` at run time, so Vite emits
 * no second, hashed 27 MB copy of the wasm under assets/.
 */
import { createReadStream } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defaultClientConditions, type Plugin } from 'vite';
import { BROWSER_DEFAULTS, ORT_WASM_FILES } from './shared.js';

/** node_modules/onnxruntime-web/dist, wherever npm put it. */
export const ORT_DIST = dirname(createRequire(import.meta.url).resolve('onnxruntime-web'));
/** The files the engine loads, by name. */
export const ORT_FILE_NAMES: readonly string[] = Object.values(ORT_WASM_FILES);
/** onnxruntime-web's export condition for its build without the embedded wasm reference. */
const EXTERN_WASM_CONDITION = 'onnxruntime-web-use-extern-wasm';
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.wasm': 'application/wasm' };

/** Register in vite.config.ts: `plugins: [ortAssets()]`. `base` is the URL path the engine reads from. */
export function ortAssets(base: string = BROWSER_DEFAULTS.wasmPaths): Plugin {
  const dir = base.replace(/^\/|\/$/g, '');
  return {
    name: 'tccc-ort-assets',
    config: () => ({ resolve: { conditions: [EXTERN_WASM_CONDITION, ...defaultClientConditions] } }),
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const name = req.url?.startsWith(base) ? req.url.slice(base.length).split('?')[0]! : '';
        if (!ORT_FILE_NAMES.includes(name)) return next();
        res.setHeader('content-type', TYPES[name.slice(name.lastIndexOf('.'))] ?? 'application/octet-stream');
        createReadStream(join(ORT_DIST, name)).pipe(res);
      });
    },
    async writeBundle(options) {
      if (!options.dir) return;
      await mkdir(join(options.dir, dir), { recursive: true });
      await Promise.all(ORT_FILE_NAMES.map((name) => copyFile(join(ORT_DIST, name), join(options.dir!, dir, name))));
    },
  };
}
