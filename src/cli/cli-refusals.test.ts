/**
 * The command-line tools as a user runs them: unknown flags and bad values refused by name (exit 2), an empty or bad
 * gold file refused naming the line (exit 1), a narrative over 1 MB refused (exit 1; per line with --jsonl).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MAX_NARRATIVE_BYTES } from './narrative-limit.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function run(script: string, args: string[], input = ''): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [`src/cli/${script}.ts`, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 16 * 2 ** 20,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('unknown flags and bad values are refused by name', () => {
  it.each([
    ['extract', ['--frobnicate'], /--frobnicate/],
    ['extract', ['--engine', 'nope'], /unknown engine "nope"/],
    ['eval', ['src/tccc/rules/fixtures/dev.jsonl', '--frobnicate'], /--frobnicate/],
    ['library-search', ['tq', '--k', 'abc'], /--k must be a whole number of at least 1, got "abc"/],
    ['eval-library', ['--k', '3'], /--k/],
  ])(
    '%s %j',
    (script, args, message) => {
      const r = run(script, args, 'GSW L thigh.');
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toMatch(/usage:/);
    },
    60_000,
  );
});

describe('eval refuses gold it cannot score, naming the line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tccc-gold-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  it.each([
    ['empty.jsonl', '\n\n', /no gold lines/],
    [
      'malformed.jsonl',
      `${JSON.stringify({ id: 'a', text: 'x', gold: {} })}\n{"id": "b", "text": \n`,
      /malformed\.jsonl line 2: not JSON/,
    ],
    [
      'null-gold.jsonl',
      `${JSON.stringify({ id: 'a', text: 'x', gold: null })}\n`,
      /null-gold\.jsonl line 1: "gold" must be a TCCC record/,
    ],
    [
      'bad-record.jsonl',
      `\n${JSON.stringify({ id: 'a', text: 'x', gold: { vitals: [{ pulse: 'fast' }] } })}\n`,
      /bad-record\.jsonl line 2: "gold" is not a valid TCCC record: \/vitals\/0\/pulse/,
    ],
  ])(
    '%s',
    (name, text, message) => {
      const r = run('eval', [file(name, text)]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    },
    60_000,
  );
});

describe('extract refuses a narrative over 1 MB', () => {
  const over = 'HR 100. '.repeat(Math.ceil(MAX_NARRATIVE_BYTES / 8) + 1);
  it('plain mode: a clear message and exit 1, nothing on stdout', () => {
    const r = run('extract', [], over);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/larger than 1000000 bytes, the limit for one narrative \(1 MB\)/);
    expect(r.stdout).toBe('');
  }, 60_000);
  it('--jsonl: the oversized line is refused by line, the others extracted', () => {
    const input = [JSON.stringify({ id: 'big', text: over }), JSON.stringify({ id: 'ok', text: 'HR 100.' })].join('\n');
    const r = run('extract', ['--jsonl'], input);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stderr.trim())).toEqual({
      id: 'big',
      line: 1,
      error: expect.stringMatching(/the limit is 1000000 bytes \(1 MB\) a narrative/),
    });
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: string }).id),
    ).toEqual(['ok']);
  }, 60_000);
});
