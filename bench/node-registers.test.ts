import { describe, expect, it } from 'vitest';
import { inParallel, registerIds } from './node-registers.ts';
import { processCpuSeconds } from './service-process.ts';

describe('the scale items’ helpers', () => {
  it('name registers from a number onwards', () => {
    expect(registerIds('S002', 1, 3)).toEqual(['S002-R1', 'S002-R2', 'S002-R3']);
  });

  it('run work a few at a time and keep the order of the results', async () => {
    let running = 0;
    let most = 0;
    const results = await inParallel([5, 1, 4, 2, 3], 2, async (n) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running -= 1;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it("read a process's CPU seconds from /proc, growing as it works", () => {
    const before = processCpuSeconds(process.pid);
    expect(before).toBeGreaterThan(0);
    // Busy until the kernel counts a tick (10 ms) more, for at most 5 s on a loaded machine.
    const started = Date.now();
    while (processCpuSeconds(process.pid) === before && Date.now() - started < 5000) {
      for (let i = 0; i < 100_000; i += 1) Math.sqrt(i);
    }
    expect(processCpuSeconds(process.pid)).toBeGreaterThan(before);
  });
});
