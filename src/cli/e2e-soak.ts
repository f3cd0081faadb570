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

const USAGE = 'usage: npm run test:e2e:soak -- [--repeat-each N] [--load N] [--max-minutes M] [playwright args…]';

function positiveInt(name: string, text: string | undefined, fallback: number, min = 1): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`${name} must be a whole number ≥ ${min}, not "${text}"\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

/** Splits argv into our options and the rest, which goes to Playwright exactly as written. */
function splitArgs(argv: string[]): { own: Map<string, string>; passThrough: string[] } {
  const own = new Map<string, string>();
  const passThrough: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') own.set('help', '');
    const name = /^--(repeat-each|load|max-minutes)(=|$)/.exec(arg)?.[1];
    if (!name) {
      passThrough.push(arg);
      continue;
    }
    const inline = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : undefined;
    const value = inline ?? argv[++i];
    if (value === undefined) {
      console.error(`--${name} needs a value\n${USAGE}`);
      process.exit(2);
    }
    own.set(name, value);
  }
  return { own, passThrough };
}

const { own, passThrough } = splitArgs(process.argv.slice(2));
if (own.has('help')) {
  console.log(USAGE);
  process.exit(0);
}
const repeatEach = positiveInt('--repeat-each', own.get('repeat-each'), 5);
const loadLoops = positiveInt('--load', own.get('load'), Math.min(2, availableParallelism()), 0);
const maxMinutes = positiveInt('--max-minutes', own.get('max-minutes'), 120);

/** A busy loop in its own process: spins until `deadline`, so a forgotten one still ends. */
function startLoad(deadline: number): ChildProcess {
  return spawn(process.execPath, ['-e', `const end = ${deadline}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1000003;`], { stdio: 'ignore' });
}

const deadline = Date.now() + maxMinutes * 60_000;
const loops = Array.from({ length: loadLoops }, () => startLoad(deadline));
const stopLoad = () => {
  for (const loop of loops) if (loop.exitCode === null && loop.signalCode === null) loop.kill('SIGKILL');
};
process.on('exit', stopLoad);

console.log(`soak: playwright test --repeat-each ${repeatEach} ${passThrough.join(' ')} with ${loadLoops} busy loop(s) (at most ${maxMinutes} min)`);
const playwright = spawn('npx', ['playwright', 'test', '--repeat-each', String(repeatEach), ...passThrough], { stdio: 'inherit', env: process.env });
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
