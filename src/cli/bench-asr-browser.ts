/**
 * The browser half of `npm run bench:asr -- --browser`: each speech model in headless Chromium through the app's own
 * speech worker, on WASM and, where Chromium offers a WebGPU adapter, on WebGPU; load time and the time to transcribe
 * one utterance. Here Chromium's only adapter is SwiftShader (software, a fallback adapter production refuses), enabled
 * with --enable-unsafe-webgpu to exercise the path: its figures are a CPU emulating a GPU, never a GPU's.
 */
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.js';
import { buildSpeechHarness } from '../../e2e/fixtures/speech-browser/build.js';
import type { BackendRun } from '../../e2e/fixtures/speech-browser/main.js';
import { createKioskApp } from '../server/app.js';
import { median } from './bench-stats.js';

export interface BrowserFigures {
  model: string;
  backend: string;
  loadMs: number;
  transcribeMs: number;
  rtf: number;
  note?: string;
}

/** The ONNX files a model folder holds decide the dtype: the 8-bit export's names, else fp32. */
const dtypeOf = (folder: string) => (existsSync(join(folder, 'onnx', 'encoder_model_quantized.onnx')) ? 'q8' : 'fp32');

/** Times each model folder on each backend Chromium offers, on `utterance` (16 kHz samples, `seconds` long). */
export async function benchBrowser(
  folders: { folder: string; label: string }[],
  utterance: Float32Array,
  seconds: number,
  runs: number,
): Promise<BrowserFigures[]> {
  const distDir = await buildSpeechHarness();
  const modelsDir = mkdtempSync(join(tmpdir(), 'bench-asr-browser-'));
  const ids = folders.map(({ folder }, i) => {
    const id = `model-${i}-${basename(folder)}`;
    cpSync(folder, join(modelsDir, id), { recursive: true, dereference: true });
    return id;
  });
  const kiosk = await createKioskApp({ distDir, modelsDir });
  await kiosk.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://localhost:${(kiosk.server.address() as { port: number }).port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--enable-unsafe-webgpu'],
  });
  const figures: BrowserFigures[] = [];
  try {
    const page = await browser.newPage();
    // Nothing but the local kiosk: the bench must not reach any network.
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'asr' in window);
    const adapter = await page.evaluate(() => window.asr.adapter());
    const samples = Array.from(utterance);
    for (const [i, { folder, label }] of folders.entries()) {
      const backends: ('wasm' | 'webgpu')[] = adapter ? ['wasm', 'webgpu'] : ['wasm'];
      for (const device of backends) {
        const run: BackendRun | string = await page
          .evaluate(([d, id, dtype, s, n]) => window.asr.run(d, id, dtype, s, n), [
            device,
            ids[i],
            dtypeOf(folder),
            samples,
            runs,
          ] as const)
          .catch((e: Error) => e.message);
        const backend =
          device === 'wasm' ? 'wasm (Chromium)' : `webgpu (Chromium, adapter: ${adapter!.description || 'unnamed'})`;
        if (typeof run === 'string') {
          figures.push({ model: label, backend, loadMs: NaN, transcribeMs: NaN, rtf: NaN, note: `failed: ${run}` });
          continue;
        }
        const ms = median(run.transcribeMs);
        figures.push({
          model: label,
          backend,
          loadMs: Math.round(run.loadMs),
          transcribeMs: Math.round(ms),
          rtf: Number((ms / 1000 / seconds).toFixed(4)),
          ...(device === 'webgpu' && adapter!.fallback
            ? { note: 'fallback (software) adapter, allowed here only to exercise the path: not a GPU’s figures' }
            : {}),
        });
      }
    }
  } finally {
    await browser.close();
    await kiosk.close();
    rmSync(modelsDir, { recursive: true, force: true });
  }
  return figures;
}
