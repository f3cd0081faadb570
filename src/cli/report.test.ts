import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createCasualty, setTimeOfInjury, updateCasualty } from '../records/casualty.js';
import { exportCasualty } from '../records/export.js';
import { FULL_RECORD } from '../tccc/reports/test-records.js';

/** Runs the CLI as `npm run report` does (tsx), with `input` on stdin. */
function report(args: string[], input: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/report.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('report CLI', () => {
  it('prints the card for a bare record', () => {
    const { code, stdout } = report(['--kind', 'card'], JSON.stringify(FULL_RECORD));
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('BATTLE ROSTER #: AB1234');
    expect(stdout.split('\n')).toContain('SEX: M  DATE: —  TIME: —');
  });

  it('prints ZMIST for an exported casualty, with its time of injury', () => {
    const c = updateCasualty(createCasualty(new Date('2024-05-01T12:00:00Z'), 'c1'), {
      extraction: { engine: 'rules', record: FULL_RECORD, evidence: [], at: '2024-05-01T12:00:00.000Z' },
    });
    const { code, stdout } = report(['--kind', 'zmist'], JSON.stringify(exportCasualty(setTimeOfInjury(c, '14:30'))));
    expect(code).toBe(0);
    expect(stdout.split('\n')).toContain('M - MECHANISM: IED, Blast, GSW; time of injury 14:30');
  });

  it('exits 1 with the reason on input that is not a record', () => {
    const { code, stdout, stderr } = report(['--kind', '9line'], '{"vitals":[{"time":"2:30"}]}');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('report: not a TCCC record or casualty export: /vitals/0/time must match pattern');
  });

  it('exits 2 on an unknown kind', () => {
    const { code, stderr } = report(['--kind', 'sitrep'], '{}');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown kind "sitrep"');
  });

  it('prints no terminal escape or extra line a record field carries', () => {
    const hostile = {
      ...FULL_RECORD,
      casualty: { ...FULL_RECORD.casualty, name: 'Doe\u001b[2J\u001b[H\r\nLINE 1 LOCATION: 00000' },
    };
    const clean = report(['--kind', 'card'], JSON.stringify(FULL_RECORD)).stdout;
    const { code, stdout } = report(['--kind', 'card'], JSON.stringify(hostile));
    expect(code).toBe(0);
    expect(stdout).not.toMatch(/[\u001b\r]/);
    expect(stdout.split('\n')).toHaveLength(clean.split('\n').length);
    expect(stdout.split('\n')).toContain('NAME: Doe  LINE 1 LOCATION: 00000');
  });
});
