/**
 * Prints, as the very last lines of a run, each test that failed: its file and line, its title, which
 * repeat it was (with --repeat-each) and where its trace, screenshot and error context are. CI logs are
 * read from the bottom, so that is where the answer to "what failed, and where do I look" has to be.
 */
import { relative } from 'node:path';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

interface Failure {
  where: string;
  title: string;
  repeat: number;
  status: TestResult['status'];
  evidence: string[];
}

export default class FailureSummaryReporter implements Reporter {
  private readonly failures: Failure[] = [];
  private repeats = 1;
  private ran = 0;

  onTestEnd(test: TestCase, result: TestResult): void {
    this.ran++;
    this.repeats = Math.max(this.repeats, test.repeatEachIndex + 1);
    if (result.status === test.expectedStatus || result.status === 'skipped') return;
    this.failures.push({
      where: `${relative(process.cwd(), test.location.file)}:${test.location.line}`,
      title: test.titlePath().slice(3).join(' › ') || test.title,
      repeat: test.repeatEachIndex + 1,
      status: result.status,
      evidence: [
        ...new Set(
          result.attachments.flatMap((a) => (a.path ? [`${a.name}: ${relative(process.cwd(), a.path)}`] : [])),
        ),
      ],
    });
  }

  onEnd(result: FullResult): void {
    if (this.failures.length === 0) {
      console.log(
        `\nE2E ${result.status.toUpperCase()}: ${this.ran} test runs, none failed${this.repeats > 1 ? ` (each test ${this.repeats} times)` : ''}.`,
      );
      return;
    }
    console.log(
      `\nE2E FAILED: ${this.failures.length} of ${this.ran} test runs${this.repeats > 1 ? ` (each test ${this.repeats} times)` : ''}:`,
    );
    for (const f of this.failures) {
      const attempt = this.repeats > 1 ? ` [repeat ${f.repeat} of ${this.repeats}]` : '';
      console.log(`  ✘ ${f.where} › ${f.title}${attempt} (${f.status})`);
      for (const line of f.evidence) console.log(`      ${line}`);
    }
    console.log('Open a trace with: npx playwright show-trace <trace.zip>');
  }

  printsToStdio(): boolean {
    return false; // the list reporter stays the one that reports as tests run
  }
}
