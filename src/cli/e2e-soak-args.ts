/** The soak's own options, split from the arguments it passes to Playwright untouched. */
export interface SoakOptions {
  repeatEach: number;
  /** Busy loops to run beside the suite. */
  loadLoops: number;
  /** The loops and the suite are stopped after this long, whatever happens. */
  maxMinutes: number;
  help: boolean;
  /** Everything else (spec files, --grep, --project …), in the order given. */
  passThrough: string[];
}

const OWN = /^--(repeat-each|load|max-minutes)(?:=(.*))?$/;

function wholeNumber(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min) throw new Error(`--${name} must be a whole number ≥ ${min}, not "${text}"`);
  return n;
}

/** Reads `--repeat-each N` (default 5), `--load N` (default `defaultLoad`), `--max-minutes M` (default 120), either `--x N` or `--x=N`. */
export function parseSoakArgs(argv: readonly string[], defaultLoad: number): SoakOptions {
  const own = new Map<string, string>();
  const passThrough: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const match = OWN.exec(arg);
    if (!match) {
      passThrough.push(arg);
      continue;
    }
    const value = match[2] ?? argv[++i];
    if (value === undefined) throw new Error(`--${match[1]} needs a value`);
    own.set(match[1], value);
  }
  return {
    repeatEach: own.has('repeat-each') ? wholeNumber('repeat-each', own.get('repeat-each')!, 1) : 5,
    loadLoops: own.has('load') ? wholeNumber('load', own.get('load')!, 0) : defaultLoad,
    maxMinutes: own.has('max-minutes') ? wholeNumber('max-minutes', own.get('max-minutes')!, 1) : 120,
    help,
    passThrough,
  };
}
