import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
    // Worker threads on every core: Vitest's default (child processes on all cores but one) ran
    // the suite on one core on a 2-core machine, 176 s against 101 s this way.
    pool: 'threads',
    maxWorkers: '100%',
    // With every core busy a test takes longer than alone; a test that hangs still fails.
    testTimeout: 15_000,
  },
});
