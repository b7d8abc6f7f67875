import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverProcess, type ServerProcess } from './chaos/server-process.ts';
import { hqAdminPassword } from './test-server.ts';

/** One scale unit of the deployment: its id in HQ's SCALE_UNITS and the stores it serves. */
export interface ScaleUnitPlan {
  id: string;
  storeIds: readonly string[];
}

/** HQ and its scale units as separate processes over real HTTP, each with its own data folder. */
export interface SplitDeployment {
  readonly hq: ServerProcess;
  /** The scale units by id. */
  readonly units: ReadonlyMap<string, ServerProcess>;
  /** The scale unit `id` (throws for an unknown one). */
  unit(id: string): ServerProcess;
  /** Starts HQ, then every scale unit (each asks HQ for its first configuration). */
  start(): Promise<void>;
  /** Starts whatever a test killed (HQ first), so the next test finds everything running. */
  restartStopped(): Promise<void>;
  /** Stops every process; removes the data folders when `keepData` is false. */
  stop(keepData: boolean): Promise<void>;
  /** Where each service's data folder (and its server.log) is. */
  readonly dataRoot: string;
}

export interface SplitDeploymentOptions {
  /** HQ's http port; scale unit i (from 0) gets `basePort + 2 (i + 1)`; each https the next up. */
  basePort: number;
  units: readonly ScaleUnitPlan[];
  /** Extra HQ environment (schedule, demo customers…). */
  hqEnv?: Record<string, string | undefined>;
  /** Extra environment for every scale unit. */
  unitEnv?: Record<string, string | undefined>;
}

/** A service credential as SCALE_UNITS wants it (at least 32 characters). */
function secretFor(id: string): string {
  return `e2e-link-secret-${id}-`.padEnd(40, 'x');
}

/**
 * `npm run start:hq` and one `npm run start:scale-unit` per plan, as README's Deployment section
 * runs them on one machine: plain http on 127.0.0.1, a service credential per scale unit, the
 * built app (dist/) served by every service, test controls on at the scale units.
 */
export function splitDeployment(options: SplitDeploymentOptions): SplitDeployment {
  const dataRoot = mkdtempSync(join(tmpdir(), 'pos-split-'));
  const dataDir = (name: string) => {
    const dir = join(dataRoot, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  };
  const hqPort = options.basePort;
  const hqUrl = `http://127.0.0.1:${hqPort}`;
  const planned = options.units.map((plan, i) => ({
    plan,
    port: options.basePort + 2 * (i + 1),
  }));
  const hq = serverProcess({
    name: 'hq',
    port: hqPort,
    dataDir: dataDir('hq'),
    entry: 'src/server/headquarters/main.ts',
    env: {
      SCALE_UNITS: JSON.stringify(
        planned.map(({ plan, port }) => ({
          id: plan.id,
          url: `http://127.0.0.1:${port}`,
          secret: secretFor(plan.id),
        })),
      ),
      HQ_ADMIN_PASSWORD: hqAdminPassword,
      HQ_JOB_SCHEDULE: 'off',
      DIST_DIR: 'dist',
      ...options.hqEnv,
    },
  });
  const units = new Map(
    planned.map(({ plan, port }) => [
      plan.id,
      serverProcess({
        name: plan.id,
        port,
        dataDir: dataDir(plan.id),
        entry: 'src/server/scale-unit/main.ts',
        env: {
          SCALE_UNIT_ID: plan.id,
          SCALE_UNIT_STORES: plan.storeIds.join(','),
          HQ_URL: hqUrl,
          SCALE_UNIT_SECRET: secretFor(plan.id),
          POS_TEST_CONTROLS: '1',
          ACTIVATIONS_PER_MINUTE: '1000',
          DIST_DIR: 'dist',
          ...options.unitEnv,
        },
      }),
    ]),
  );
  const all = [hq, ...units.values()];

  return {
    hq,
    units,
    dataRoot,
    unit(id) {
      const unit = units.get(id);
      if (!unit) throw new Error(`No scale unit ${id} in this deployment.`);
      return unit;
    },
    async start() {
      for (const service of all) await service.start();
    },
    async restartStopped() {
      for (const service of all) if (!service.running) await service.start();
    },
    async stop(keepData) {
      await Promise.all(all.map((service) => service.stop()));
      if (!keepData) rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
