/**
 * The board half of `npm run bench:sync`: the real `/board` view of the built app (`dist/`, from `npm run build`) in
 * headless Chromium, served on loopback by the kiosk's own server code, with `casualties` realistic casualties put in
 * through the app's casualty workspace. Times two things, each `renders` times: a board rendered from nothing (a new
 * `<board-view>` element until Lit has rendered it and the browser has laid it out) and a board brought up to date
 * (one re-render, as a change or the 30 s clock tick makes); each as wall time and as the page's main-thread CPU time.
 * A benchmark: prints figures, asserts nothing.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../playwright.config.js';
import { appendNarrative, createCasualty, updateCasualty, type Casualty } from '../records/casualty.js';
import { createKioskApp } from '../server/app.js';
import type { EvacPriority, TcccRecord } from '../tccc/record.js';
import { median, percentile } from './bench-stats.js';

const PRIORITIES: EvacPriority[] = ['urgent', 'urgent_surgical', 'priority', 'routine'];
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A casualty as a medic leaves it after some care: 20 pieces, and a record with injuries, a tourniquet, vitals, TXA. */
export function boardCasualty(n: number, pieces = 20): Casualty {
  const started = new Date(Date.UTC(2026, 11, 3, 9, n % 60));
  let c = createCasualty(started, `board-${n}`);
  for (let p = 0; p < pieces; p++)
    c = appendNarrative(
      c,
      `Casualty ${n} update ${p}: GSW to the left thigh with heavy bleeding, tourniquet applied high and tight, pulse 1${p % 10}0 radial weak, RR 24, alert to voice.`,
      new Date(started.getTime() + p * 60_000),
    );
  const injured = 8 * 60 + (n % 180);
  const record: TcccRecord = {
    casualty: { name: `Casualty ${n}`, battle_roster: `BR${String(1000 + n)}` },
    ...(n % 7 === 0 ? {} : { evac_priority: PRIORITIES[n % PRIORITIES.length] }),
    time_of_injury: clock(injured),
    injuries: [{ type: 'gsw', location: 'left_leg' }],
    interventions: n % 3 === 0 ? [] : [{ type: 'tourniquet', location: 'left_leg', time: clock(injured + 5) }],
    vitals: [0, 15, 30].map((after) => ({
      time: clock(injured + 10 + after),
      pulse: 120 - after,
      systolic: 95,
      spo2: 94,
    })),
    medications: n % 2 === 0 ? [{ name: 'txa', dose: '2 g', route: 'IV', time: clock(injured + 20) }] : [],
  };
  c = updateCasualty(c, { extraction: { engine: 'rules', record, evidence: [], at: started.toISOString() } });
  return { ...c, recordedBy: `tablet ${n % 4}`, ...(n % 5 === 0 ? { evacRequest: { requestedAt: c.updatedAt } } : {}) };
}

export interface BoardRenderFigures {
  rows: number;
  /** Wall time and the page's main-thread CPU time of each render from nothing, in ms. */
  fresh: number[];
  freshCpu: number[];
  /** The same for each re-render of the board on screen. */
  update: number[];
  updateCpu: number[];
}

/** Renders the board `renders` times in Chromium with `casualties` on it; undefined when dist/ is not built. */
export async function benchBoardRender(
  casualties: Casualty[],
  renders: number,
): Promise<BoardRenderFigures | undefined> {
  const distDir = join(process.cwd(), 'dist');
  if (!existsSync(join(distDir, 'index.html'))) return undefined;
  const modelsDir = mkdtempSync(join(tmpdir(), 'bench-board-'));
  const kiosk = await createKioskApp({ distDir, modelsDir });
  await kiosk.listen({ port: 0, host: '127.0.0.1' });
  const origin = `http://localhost:${(kiosk.server.address() as { port: number }).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1024, height: 600 } });
    // Nothing but the local server: the bench must not reach any network.
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
    await page.goto(`${origin}/board`);
    await page.locator('board-view table').waitFor();
    const rows = await page.evaluate(async (casualties) => {
      const shown = document.querySelector('tccc-app')!.shadowRoot!.querySelector('board-view')!;
      // The workspace's public surface, as Import uses it (the view's handle on the app is private to TypeScript only).
      const workspace = (shown as unknown as { workspace: { value: { add(c: unknown): Promise<boolean> } } }).workspace
        .value;
      for (const c of casualties) await workspace.add(c);
      await (shown as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      return shown.shadowRoot!.querySelectorAll('tbody tr').length;
    }, casualties);
    // The main thread's CPU time per render (thread ticks), besides the wall time: on a machine others load, the wall
    // time counts the waits for a core too.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const threadTime = async () =>
      (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime')!.value * 1000;
    const figures: BoardRenderFigures = { rows, fresh: [], freshCpu: [], update: [], updateCpu: [] };
    for (let i = 0; i < renders; i++) {
      let cpu = await threadTime();
      figures.fresh.push(
        await page.evaluate(async () => {
          type Board = HTMLElement & { updateComplete: Promise<boolean> };
          const start = performance.now();
          const board = document.createElement('board-view') as Board;
          document.body.append(board); // under <body>, where the app is provided
          await board.updateComplete;
          board.shadowRoot!.querySelector('table')!.getBoundingClientRect(); // style and layout done
          const took = performance.now() - start;
          board.remove();
          return took;
        }),
      );
      figures.freshCpu.push((await threadTime()) - cpu);
      cpu = await threadTime();
      figures.update.push(
        await page.evaluate(async () => {
          type Board = HTMLElement & { updateComplete: Promise<boolean>; requestUpdate(): void };
          const shown = document.querySelector('tccc-app')!.shadowRoot!.querySelector('board-view') as Board;
          const start = performance.now();
          shown.requestUpdate();
          await shown.updateComplete;
          shown.shadowRoot!.querySelector('table')!.getBoundingClientRect();
          return performance.now() - start;
        }),
      );
      figures.updateCpu.push((await threadTime()) - cpu);
    }
    return figures;
  } finally {
    await browser.close();
    await kiosk.close();
    rmSync(modelsDir, { recursive: true, force: true });
  }
}

/** The figures as the bench prints them. */
export function boardRenderLine(casualties: number, figures: BoardRenderFigures | undefined, renders: number): string {
  if (!figures) return `board render for ${casualties} casualties: not measured (no dist/: run npm run build first)`;
  const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
  const stat = (xs: number[]) =>
    `median ${median(sorted(xs)).toFixed(1)} ms, p95 ${percentile(sorted(xs), 95).toFixed(1)} ms`;
  return (
    `board render for ${casualties} casualties (${figures.rows} rows, ${renders} renders each, Chromium at 1024x600): ` +
    `from nothing ${stat(figures.fresh)} wall, ${stat(figures.freshCpu)} main-thread CPU (target <= 100 ms); ` +
    `brought up to date ${stat(figures.update)} wall, ${stat(figures.updateCpu)} main-thread CPU`
  );
}
