/**
 * `npm run lighthouse -- [url] [--desktop] [--save report.json]`: Lighthouse (npm package) against Debian Chromium,
 * headless. Prints the performance and accessibility scores, the metrics behind performance, and the PWA-related
 * audits this Lighthouse still has; exits 1 when a score is under the target (95).
 * `npm run lighthouse -- --all [base]`: the same for every view (`/` and those of src/ui/shell/routes.ts), one after
 * another, each in a fresh profile (a first visit, as a tablet's), then one line per view; exits 1 if any misses.
 * Default URL (or base): the kiosk's own http://localhost:8080/. Default form factor: Lighthouse's mobile
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
/** `/` and the views of src/ui/shell/routes.ts (not imported: it loads the views, which need a DOM). */
const VIEW_PATHS = ['/', '/capture', '/record', '/reports', '/board', '/library', '/model', '/bench', '/devices'];
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];
// Lighthouse 12 dropped its PWA category; these survivors are the installability-adjacent checks.
const PWA_AUDITS = [
  'installable-manifest',
  'service-worker',
  'splash-screen',
  'themed-omnibox',
  'maskable-icon',
  'viewport',
  'content-width',
];

/** Starts headless Chromium with a throwaway profile; resolves with its DevTools port. */
async function launchChromium(profileDir: string): Promise<{ chromium: ChildProcess; port: number }> {
  const chromium = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profileDir}`, '--remote-debugging-port=0', 'about:blank'],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = '';
    chromium.once('error', reject);
    chromium.once('exit', (code) => reject(new Error(`chromium exited (${code}) before DevTools opened:\n${stderr}`)));
    chromium.stderr.on('data', (chunk: Buffer) => {
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

interface Scores {
  performance: number | null | undefined;
  accessibility: number | null | undefined;
  tbt?: string;
  benchmarkIndex?: number;
}

/** One Lighthouse run in a fresh headless Chromium profile; prints its report and returns its scores. */
async function audit(url: string, desktop: boolean, save: string | undefined): Promise<Scores> {
  const profileDir = mkdtempSync(join(tmpdir(), 'tccc-lighthouse-'));
  const { chromium, port } = await launchChromium(profileDir);
  try {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      desktop ? desktopConfig : undefined,
    );
    if (!result) throw new Error('Lighthouse returned no result');
    // A trace Lighthouse could not read (NO_NAVSTART and the like, seen on a loaded machine) gives no score at all.
    if (result.lhr.runtimeError)
      console.log(
        `  Lighthouse could not score ${url}: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`,
      );
    // --save <file>: the whole report as JSON, to see which scripts and tasks cost the points.
    if (save) writeFileSync(save, JSON.stringify(result.lhr, null, 1));
    const { categories, audits, configSettings } = result.lhr;
    // Simulated throttling multiplies the CPU time observed here by 4 (the mobile preset): on a loaded machine every
    // task counts several times its idle length. Lighthouse's own CPU benchmark of this run says how loaded it was.
    const benchmarkIndex = Math.round(result.lhr.environment.benchmarkIndex);
    console.log(
      `Lighthouse ${result.lhr.lighthouseVersion}, ${configSettings.formFactor}, ${url} (this machine's benchmark index: ${benchmarkIndex})`,
    );
    const scores = { performance: categories.performance?.score, accessibility: categories.accessibility?.score };
    for (const [name, score] of Object.entries(scores)) console.log(`  ${name.padEnd(14)} ${percent(score)}`);
    for (const id of METRICS) if (audits[id]) console.log(`    ${audits[id].title}: ${audits[id].displayValue ?? ''}`);
    const failedA11y = Object.values(audits).filter(
      (audit) =>
        categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0) &&
        audit.score !== null &&
        audit.score < 1,
    );
    for (const audit of failedA11y) console.log(`    accessibility issue: ${audit.id}: ${audit.title}`);
    const pwa = PWA_AUDITS.filter((id) => audits[id]);
    if (pwa.length > 0) console.log('  PWA-related audits');
    for (const id of pwa)
      console.log(`    ${id}: ${audits[id].score === 1 ? 'pass' : `score ${percent(audits[id].score)}`}`);
    return { ...scores, tbt: audits['total-blocking-time']?.displayValue, benchmarkIndex };
  } finally {
    // Chromium writes to its profile until it exits, so remove the profile only after that.
    const exited = new Promise((resolve) => chromium.once('exit', resolve));
    chromium.kill();
    await exited;
    // Its helper processes can still be closing files in it: a removal that meets ENOTEMPTY tries again, and a
    // profile still left behind costs a temp folder, never the other views' scores.
    try {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.log(`  (left the profile ${profileDir}: ${(error as Error).message})`);
    }
  }
}

const meetsTarget = (scores: Scores) =>
  [scores.performance, scores.accessibility].every((score) => (score ?? 0) * 100 >= TARGET_SCORE);

async function main(): Promise<number> {
  const { values, positionals } = parseCommandLine(
    process.argv.slice(2),
    {
      desktop: { type: 'boolean', default: false },
      all: { type: 'boolean', default: false },
      save: { type: 'string' },
    },
    true,
  );
  if (positionals.length > 1) throw new UsageError(`one URL at most, got ${positionals.join(' ')}`);
  const url = positionals[0] ?? 'http://localhost:8080/';
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol))
    throw new UsageError(`not an http(s) URL: "${url}"`);
  if (!values.all) return meetsTarget(await audit(url, values.desktop, values.save)) ? 0 : 1;
  const results: [string, Scores][] = [];
  for (const path of VIEW_PATHS) {
    // --save x.json with --all: x.library.json and so on, one report per view.
    const save = values.save?.replace(/(\.json)?$/, `.${path.slice(1) || 'root'}.json`);
    let scores = await audit(new URL(path, url).href, values.desktop, save);
    // Only a run that produced no score is run again (once): a low score is a result, never retried.
    if (scores.performance === null || scores.performance === undefined)
      scores = await audit(new URL(path, url).href, values.desktop, save);
    results.push([path, scores]);
    console.log('');
  }
  console.log(`every view (target: performance and accessibility >= ${TARGET_SCORE})`);
  for (const [path, scores] of results) {
    console.log(
      `  ${path.padEnd(10)} performance ${percent(scores.performance).padStart(3)}  accessibility ${percent(scores.accessibility).padStart(3)}  total blocking time ${scores.tbt ?? 'n/a'}  benchmark index ${scores.benchmarkIndex ?? 'n/a'}${meetsTarget(scores) ? '' : '  UNDER TARGET'}`,
    );
  }
  return results.every(([, scores]) => meetsTarget(scores)) ? 0 : 1;
}

runCommand('lighthouse', 'usage: npm run lighthouse -- [url] [--all] [--desktop] [--save report.json]', main);
