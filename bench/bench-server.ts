import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverProcess, type ServerProcess } from '../e2e/chaos/server-process.ts';
import { hqAdminPassword } from '../e2e/test-server.ts';

/** The port the benchmarks' server listens on: BENCH_PORT, 8484 unless set (8181 and 8282 belong to the test suites). */
const benchPort = Number(process.env.BENCH_PORT ?? 8484);

/** HQ's demo customers for the suite: the 100k of the search and first-download figures. */
export const benchDemoCustomers = 100_000;

/** Registers added to the Shibuya Store for the simulated registers (S001-R3 onwards). */
export const benchExtraRegisters = 60;

export interface BenchServer extends ServerProcess {
  /** Stops the server and removes its data and its copy of the build. */
  dispose(): Promise<void>;
}

/**
 * Starts the real server on fresh data with the built POS and the bench harness (dist/ and
 * dist-bench/, copied together), test controls on, the job schedule off (scenarios run the
 * jobs) and 100k demo customers.
 */
export async function startBenchServer(): Promise<BenchServer> {
  for (const dir of ['dist', 'dist-bench']) {
    if (!existsSync(dir)) throw new Error(`${dir}/ is missing: build first (npm run bench does).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pos-bench-data-'));
  const distDir = mkdtempSync(join(tmpdir(), 'pos-bench-dist-'));
  cpSync('dist', distDir, { recursive: true });
  cpSync('dist-bench', distDir, { recursive: true });
  const server = serverProcess({
    port: benchPort,
    dataDir,
    readyTimeoutMs: 120_000,
    env: {
      DIST_DIR: distDir,
      POS_TEST_CONTROLS: '1',
      HQ_JOB_SCHEDULE: 'off',
      DEMO_CUSTOMERS: String(benchDemoCustomers),
      DEMO_EXTRA_REGISTERS: String(benchExtraRegisters),
      ACTIVATIONS_PER_MINUTE: '10000',
      HQ_ADMIN_PASSWORD: hqAdminPassword,
    },
  });
  await server.start();
  return Object.assign(server, {
    async dispose() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(distDir, { recursive: true, force: true });
    },
  });
}
