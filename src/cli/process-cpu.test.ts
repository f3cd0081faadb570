import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { treeCpuSeconds } from './process-cpu.js';

describe('treeCpuSeconds', () => {
  it("counts a child's CPU in its parent's tree, and nothing for a process that does not exist", async () => {
    // The child hashes a fixed amount (bounded work), says so, and waits to be ended.
    const child = spawn(
      process.execPath,
      [
        '-e',
        "const c = require('node:crypto'); const b = Buffer.alloc(1 << 24); for (let i = 0; i < 40; i++) c.createHash('sha256').update(b).digest(); process.stdout.write('done'); setInterval(() => {}, 1000);",
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    try {
      await once(child.stdout, 'data');
      const own = treeCpuSeconds(child.pid);
      expect(own).toBeGreaterThan(0);
      expect(treeCpuSeconds()).toBeGreaterThanOrEqual(own!);
    } finally {
      child.kill();
    }
    expect(treeCpuSeconds(2 ** 30)).toBeUndefined();
  });
});
