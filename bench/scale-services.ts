import { request, type APIRequestContext } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hqAdminClient, type HqAdminClient } from '../e2e/chaos/hq-admin-client.ts';
import { hqAdminPassword } from '../e2e/test-server.ts';
import { startService, type ServiceProcess } from './service-process.ts';

/**
 * The first port of the scale items (BENCH_SCALE_PORT, 8486 unless set): `npm start`'s process
 * or HQ there, the scale unit two ports up (each service's https takes the port after its own).
 */
export const scaleBasePort = Number(process.env.BENCH_SCALE_PORT ?? 8486);

/**
 * How the services run: `one-process` is `npm start` (HQ and its scale unit in one process, the
 * in-process link); `split` is `npm run start:hq` and `npm run start:scale-unit` as two
 * processes talking HTTP.
 */
export type ScaleLayout = 'one-process' | 'split';

export interface ScaleSystemOptions {
  layout: ScaleLayout;
  /** Demo customers HQ seeds (and 1010 sends to the scale unit before any measurement). */
  demoCustomers: number;
  /** Registers added to the Shibuya Store beyond its two (DEMO_EXTRA_REGISTERS). */
  extraRegisters: number;
}

/** Services started for one scale item, with HQ's admin API. */
export interface ScaleSystem {
  hqUrl: string;
  /** Where registers talk to their scale unit. */
  unitUrl: string;
  /** The process serving the registers, whose CPU the idle item reads. */
  unitProcess: ServiceProcess;
  hq: HqAdminClient;
  /** Stops every process and removes its data. */
  dispose(): Promise<void>;
}

/** The credential HQ and the bench's scale unit share (loopback only). */
const benchLinkSecret = 'bench-scale-unit-link-secret-0123456789';

/**
 * Starts fresh services on fresh data, job schedule off, and makes sure the scale unit holds
 * HQ's configuration and customers (1010 once) before returning.
 */
export async function startScaleSystem(options: ScaleSystemOptions): Promise<ScaleSystem> {
  const common = {
    HQ_JOB_SCHEDULE: 'off',
    HQ_ADMIN_PASSWORD: hqAdminPassword,
    DEMO_CUSTOMERS: String(options.demoCustomers),
    DEMO_EXTRA_REGISTERS: String(options.extraRegisters),
    ACTIVATIONS_PER_MINUTE: '10000',
  };
  const dirs: string[] = [];
  const processes: ServiceProcess[] = [];
  const dataDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'pos-bench-scale-'));
    dirs.push(dir);
    return dir;
  };
  let api: APIRequestContext | null = null;
  const dispose = async () => {
    await api?.dispose();
    for (const service of processes.reverse()) await service.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  };
  try {
    if (options.layout === 'one-process') {
      const single = await startService({
        entry: 'src/server/main.ts',
        port: scaleBasePort,
        dataDir: dataDir(),
        env: common,
      });
      processes.push(single);
    } else {
      const hqPort = scaleBasePort;
      const unitPort = scaleBasePort + 2;
      processes.push(
        await startService({
          entry: 'src/server/headquarters/main.ts',
          port: hqPort,
          dataDir: dataDir(),
          env: {
            ...common,
            SCALE_UNITS: JSON.stringify([
              { id: 'bench', url: `http://127.0.0.1:${unitPort}`, secret: benchLinkSecret },
            ]),
          },
        }),
      );
      processes.push(
        await startService({
          entry: 'src/server/scale-unit/main.ts',
          port: unitPort,
          dataDir: dataDir(),
          env: {
            ...common,
            SCALE_UNIT_ID: 'bench',
            SCALE_UNIT_STORES: 'S001,S002',
            HQ_URL: `http://127.0.0.1:${hqPort}`,
            SCALE_UNIT_SECRET: benchLinkSecret,
          },
        }),
      );
    }
    const [hqProcess] = processes;
    const unitProcess = processes.at(-1);
    if (!hqProcess || !unitProcess) throw new Error('No service started.');
    api = await request.newContext({ baseURL: hqProcess.baseUrl });
    const hq = hqAdminClient(api);
    await hq.runJob('distribution-1010');
    return { hqUrl: hqProcess.baseUrl, unitUrl: unitProcess.baseUrl, unitProcess, hq, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}
