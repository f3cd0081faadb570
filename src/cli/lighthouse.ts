/**
 * `npm run lighthouse -- [url] [--desktop]`: Lighthouse (npm package) against Debian Chromium, headless.
 * Prints the performance and accessibility scores, the metrics behind performance, and the PWA-related
 * audits this Lighthouse still has; exits 1 when a score is under the target (95).
 * Default URL: the kiosk's own http://localhost:8080/. Default form factor: Lighthouse's mobile
 * (throttled, the stricter one); --desktop uses its desktop preset.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { desktopConfig } from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.js';
import { parseCommandLine, runCommand, UsageError } from './cli-args.js';

const TARGET_SCORE = 95;
const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
// Lighthouse 12 dropped its PWA category; these survivors are the installability-adjacent checks.
const PWA_AUDITS = ['installable-manifest', 'service-worker', 'splash-screen', 'themed-omnibox', 'maskable-icon', 'viewport', 'content-width'];

/** Starts headless Chromium with a throwaway profile; resolves with its DevTools port. */
async function launchChromium(profileDir: string): Promise<{ chromium: ChildProcess; port: number }> {
  const chromium = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    chromium.once('error', reject);
    chromium.once('exit', (code) => reject(new Error(`chromium exited (${code}) before DevTools opened:\n${stderr}`)));
    chromium.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr);
      if (match) resolve(Number(match[1]));
    });
  });
  return { chromium, port };
}

function percent(score: number | null | undefined): string {
  return score === null || score === undefined ? 'n/a' : String(Math.round(score * 100));
}

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(process.argv.slice(2), { desktop: { type: 'boolean', default: false }, save: { type: 'string' } }, true);
  if (positionals.length > 1) throw new UsageError(`one URL at most, got ${positionals.join(' ')}`);
  const url = positionals[0] ?? 'http://localhost:8080/';
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError(`not an http(s) URL: "${url}"`);
  const profileDir = mkdtempSync(join(tmpdir(), 'tccc-lighthouse-'));
  const { chromium, port } = await launchChromium(profileDir);
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      values.desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    // --save <file>: the whole report as JSON, to see which scripts and tasks cost the points.
    if (values.save) writeFileSync(values.save, JSON.stringify(result.lhr, null, 1));
    const { categories, audits, configSettings } = result.lhr;
    console.log(`Lighthouse ${result.lhr.lighthouseVersion}, ${configSettings.formFactor}, ${url}`);
    const scores = { performance: categories.performance?.score, accessibility: categories.accessibility?.score };
    for (const [name, score] of Object.entries(scores)) console.log(`  ${name.padEnd(14)} ${percent(score)}`);
    for (const id of METRICS) if (audits[id]) console.log(`    ${audits[id].title}: ${audits[id].displayValue ?? ''}`);
    const failedA11y = Object.values(audits).filter((audit) => categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0) && audit.score !== null && audit.score < 1);
    for (const audit of failedA11y) console.log(`    accessibility issue: ${audit.id}: ${audit.title}`);
    const pwa = PWA_AUDITS.filter((id) => audits[id]);
    if (pwa.length > 0) console.log('  PWA-related audits');
    for (const id of pwa) console.log(`    ${id}: ${audits[id]!.score === 1 ? 'pass' : `score ${percent(audits[id]!.score)}`}`);
    return Object.values(scores).every((score) => (score ?? 0) * 100 >= TARGET_SCORE) ? 0 : 1;
  } finally {
    // Chromium writes to its profile until it exits, so remove the profile only after that.
    const exited = new Promise((resolve) => chromium.once('exit', resolve));
    chromium.kill();
    await exited;
    rmSync(profileDir, { recursive: true, force: true });
  }
}

runCommand('lighthouse', 'usage: npm run lighthouse -- [url] [--desktop] [--save report.json]', main);
