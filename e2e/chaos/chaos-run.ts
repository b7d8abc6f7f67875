import { expect, request, type Browser, type TestInfo } from '@playwright/test';
import { jobIds, type AsyncOperation } from '../../src/contract/hq-admin.ts';
import { firstRoundMs, startChaosDriver, type ChaosDriver } from './chaos-driver.ts';
import { chaosFigures, formatFigures } from './figures.ts';
import { findProblems, readHq, type RegisterView } from './findings.ts';
import { everyScaleUnit, hqAdminClient } from './hq-admin-client.ts';
import { chaosSeed, seededRandom, sleep, type Random } from './random.ts';
import {
  closeTabWhileUploading,
  createCustomerThroughUi,
  nextUploadTo,
  openRegister,
  readRegisterState,
  type RegisterSession,
  type StoreName,
} from './register-session.ts';
import type { ServerProcess } from './server-process.ts';
import { calm, drainRegister, runJobsUntilQuiet, waitUntilNumbered } from './settle.ts';
import { emptyTally, tallyUploads } from './upload-tally.ts';

/** Where the chaos run's services are, and how to start, break and stop them. */
export interface ChaosTopology {
  /** How many customers the registers create in all. */
  customers: number;
  /** HQ's base URL (admin API, jobs). */
  hqUrl: string;
  /** The base URL a store's registers connect to (its scale unit). */
  storeUrl(store: StoreName): string;
  /** Every scale unit's base URL: its test controls are the fault switches. */
  scaleUnitUrls: readonly string[];
  /** The services killed and restarted at a quarter, half and three quarters of the batch. */
  killed: readonly [ServerProcess, ServerProcess, ServerProcess];
  /** Restarts so far, summed over every service. */
  restarts(): number;
  start(): Promise<void>;
  /** Stops every service; the data (and logs) are kept when the run failed. */
  stop(passed: boolean): Promise<void>;
  /** Where the services' logs are, for reading after a failure. */
  logs: string;
}

/** Four letters that mark this run's customers (names are unique within the run). */
function runTag(random: Random): string {
  const letter = () => String.fromCharCode(97 + random.int(0, 25));
  return `${String.fromCharCode(65 + random.int(0, 25))}${letter()}${letter()}${letter()}`;
}

/**
 * The exactly-once chaos run: three registers (Shibuya 1 and 2 async, Osaka real time) create
 * `topology.customers` customers while fault episodes, network flaps, a tab closed mid-upload and
 * three SIGKILLs (of `topology.killed`) hit them and the jobs run every 2 s; then everything is
 * calmed and settled, and every customer must be at HQ exactly once, numbered on its register.
 */
export async function runChaos(
  browser: Browser,
  testInfo: TestInfo,
  topology: ChaosTopology,
): Promise<void> {
  const total = topology.customers;
  const random = seededRandom(chaosSeed());
  const startedAt = Date.now();
  const events: string[] = [];
  const log = (event: string) =>
    events.push(`${((Date.now() - startedAt) / 1000).toFixed(1)} s  ${event}`);
  const api = await request.newContext({ baseURL: topology.hqUrl });
  const unitApis = await Promise.all(
    topology.scaleUnitUrls.map((baseURL) => request.newContext({ baseURL })),
  );
  const registers: RegisterSession[] = [];
  let driver: ChaosDriver | null = null;
  let passed = false;
  try {
    await topology.start();
    const hq = hqAdminClient(api);
    const switches = everyScaleUnit(unitApis.map((unitApi) => hqAdminClient(unitApi)));
    await hq.signIn();
    await hq.setAsyncMode('S001', true);
    await hq.setAsyncMode('S002', false);
    // Every scale unit has its stores' configuration and registers before a register activates.
    await hq.runJob('distribution-1010');
    for (const jobId of jobIds) {
      await hq.setJobSchedule(jobId, { enabled: true, intervalSeconds: 2 });
    }
    const open = (store: StoreName, n: 1 | 2) =>
      openRegister(browser, topology.storeUrl(store), store, n, topology.hqUrl);
    registers.push(
      await open('Shibuya Store', 1),
      await open('Shibuya Store', 2),
      await open('Osaka Store', 1),
    );
    const tally = emptyTally();
    for (const register of registers) tallyUploads(register.context, tally);

    const tag = runTag(random);
    const plans = registers.map((register, r) =>
      Array.from({ length: total }, (_, i) => i)
        .filter((i) => i % registers.length === r)
        .map((i) => `Chaos${tag}${register.label.replace('-', '')}n${i}`),
    );
    // A service is killed and restarted at a quarter, half and three quarters of the batch.
    const restartAt = new Map(
      topology.killed.map((service, k) => [Math.floor((total * (k + 1)) / 4), service]),
    );
    let createdCount = 0;
    const chaos = startChaosDriver({
      switches,
      server: topology.killed[0],
      registers,
      random,
      log,
    });
    driver = chaos;
    // A service that registers upload to is killed as the next upload to it leaves (or 3 s on).
    const killMidUpload = async (service: ServerProcess) => {
      const midUpload = await nextUploadTo(registers, service.baseUrl, 3_000);
      log(`${service.name}: ${midUpload ? 'an upload to it left' : 'no upload to it in 3 s'}`);
      await chaos.restartServer(service);
    };
    const kills: Promise<void>[] = [];
    const created = () => {
      createdCount += 1;
      const service = restartAt.get(createdCount);
      if (service) kills.push(killMidUpload(service));
    };

    // Shibuya register 2 closes its tab while it uploads, and opens a new one (up to 3 tries).
    const tabCloser = registers[1];
    let tabClosedMidUpload = 0;
    const batchStart = Date.now();
    await Promise.all(
      registers.map(async (register, r) => {
        const plan = [...(plans[r] ?? [])];
        const closeAt = Math.floor(plan.length / 2);
        // A small batch is spread over the driver's first round, and its last customer waits
        // for that round to end, so every size meets every kind of fault.
        const slotMs = firstRoundMs / plan.length;
        let tries = 0;
        while (plan.length > 0) {
          const done = (plans[r]?.length ?? 0) - plan.length;
          await sleep(batchStart + done * slotMs - Date.now());
          if (plan.length === 1) await chaos.everyKindSeen;
          const due = register === tabCloser && plan.length <= closeAt && tabClosedMidUpload === 0;
          if (due && tries < 3 && plan.length >= 3) {
            tries += 1;
            const names = plan.splice(0, 3);
            const mid = await closeTabWhileUploading(register, names, random.int(500, 2_000));
            log(`${register.label} tab closed ${mid ? 'mid-upload' : 'with no upload seen'}`);
            if (mid) tabClosedMidUpload += 1;
            names.forEach(() => created());
            continue;
          }
          const name = plan.shift();
          if (name === undefined) break;
          await createCustomerThroughUi(register, name);
          created();
        }
      }),
    );
    await Promise.all(kills);
    await chaos.stop();
    driver = null;
    log(`all ${createdCount} created; calm`);

    await calm(switches, registers);
    const drained = await Promise.all(registers.map((r) => drainRegister(r, 120_000)));
    log(`drained: ${drained.join(', ')}`);
    const isOurs = (operation: AsyncOperation) => operation.name.includes(`Chaos${tag}`);
    const quiet = await runJobsUntilQuiet(hq, isOurs, 120_000);
    log(`jobs quiet: ${quiet}`);
    const numbered = await Promise.all(registers.map((r) => waitUntilNumbered(r, 90_000)));
    log(`numbered: ${numbered.join(', ')}`);

    const views: RegisterView[] = [];
    for (const register of registers) {
      views.push({
        label: register.label,
        created: register.created,
        state: await readRegisterState(register.page),
      });
    }
    const names = registers.flatMap((register) => register.created);
    const hqView = await readHq(hq, names, ['S001', 'S002'], isOurs);
    const findings = findProblems(views, hqView);
    const figures = chaosFigures({
      seed: random.seed,
      registers: views,
      tally,
      counters: chaos.counters,
      serverRestarts: topology.restarts(),
      tabClosedMidUpload,
      asyncOperations: hqView.operations.length,
      findings,
      startedAt,
    });
    console.log(formatFigures(figures));
    await testInfo.attach('chaos-events', { body: events.join('\n'), contentType: 'text/plain' });

    expect(figures.created, 'customers created through the UI').toBe(total);
    expect(new Set(names).size, 'unique names').toBe(names.length);
    expect.soft(findings.lost, 'customers lost (created on a register, not at HQ)').toEqual([]);
    expect.soft(findings.duplicatedAtHq, 'customers at HQ more than once').toEqual([]);
    expect.soft(findings.unnumberedOnRegister, 'customers without account number').toEqual([]);
    expect.soft(findings.accountMismatch, "register's account number ≠ HQ's").toEqual([]);
    expect.soft(findings.unfinishedOutbox, 'outbox entries not synced').toEqual([]);
    expect.soft(findings.unfinishedOperations, 'HQ operations failed or pending').toEqual([]);
    expect.soft(findings.repeatedGuids, 'GUIDs in HQ operations more than once').toEqual([]);
    expect.soft(findings.missingOperations, 'queued records HQ has no operation for').toEqual([]);
    expect.soft(figures.serverRestarts, 'server restarts').toBeGreaterThanOrEqual(1);
    for (const service of new Set(topology.killed)) {
      expect.soft(service.restarts, `${service.name} restarts`).toBeGreaterThanOrEqual(1);
    }
    expect.soft(figures.offlineFlaps, 'offline flaps').toBeGreaterThanOrEqual(1);
    expect.soft(tabClosedMidUpload, 'tab closed while uploading').toBeGreaterThanOrEqual(1);
    passed = testInfo.errors.length === 0;
  } finally {
    if (!passed) console.log(`chaos events:\n${events.join('\n')}\nlogs: ${topology.logs}`);
    await driver?.stop().catch(() => undefined);
    for (const register of registers) await register.context.close();
    await api.dispose();
    for (const unitApi of unitApis) await unitApi.dispose();
    await topology.stop(passed);
  }
}
