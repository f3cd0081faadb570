/**
 * `npm run test:e2e:soak [-- --repeat-each 5 --load 2 --max-minutes 120] [playwright args…]`: the
 * end-to-end suite run several times over while CPU-bound loops keep the cores busy, to flush out tests
 * (or app code) that depend on timing a loaded machine breaks. The loops end with the suite (also on
 * Ctrl-C or a failure) and in any case after --max-minutes. Other arguments (a spec file, --grep) and
 * E2E_PORT pass through to Playwright; the failure summary reporter prints each failed test and the
 * repeat it failed in. Exits with Playwright's status.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { parseSoakArgs, type SoakOptions } from './e2e-soak-args.js';

const USAGE = 'usage: npm run test:e2e:soak -- [--repeat-each N] [--load N] [--max-minutes M] [playwright args…]';

let options: SoakOptions;
try {
  options = parseSoakArgs(process.argv.slice(2), Math.min(2, availableParallelism()));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const { repeatEach, loadLoops, maxMinutes, passThrough } = options;

/** A busy loop in its own process: spins until `deadline`, so a forgotten one still ends. */
function startLoad(deadline: number): ChildProcess {
  return spawn(
    process.execPath,
    ['-e', `const end = ${deadline}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1000003;`],
    { stdio: 'ignore' },
  );
}

const deadline = Date.now() + maxMinutes * 60_000;
const loops = Array.from({ length: loadLoops }, () => startLoad(deadline));
const stopLoad = () => {
  for (const loop of loops) if (loop.exitCode === null && loop.signalCode === null) loop.kill('SIGKILL');
};
process.on('exit', stopLoad);

console.log(
  `soak: playwright test --repeat-each ${repeatEach} ${passThrough.join(' ')} with ${loadLoops} busy loop(s) (at most ${maxMinutes} min)`,
);
const playwright = spawn('npx', ['playwright', 'test', '--repeat-each', String(repeatEach), ...passThrough], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    stopLoad();
    playwright.kill(signal);
  });
}
const timer = setTimeout(() => {
  console.error(`soak: still running after ${maxMinutes} min; stopping the suite.`);
  playwright.kill('SIGTERM');
}, deadline - Date.now());
playwright.on('exit', (code, signal) => {
  clearTimeout(timer);
  stopLoad();
  process.exit(code ?? (signal ? 1 : 0));
});
