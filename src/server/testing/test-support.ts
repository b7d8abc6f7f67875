import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { apiPaths } from '../../contract/api-paths.ts';
import { emptyDraft, type Address, type CustomerDraft } from '../../contract/customer.ts';
import type { QueueHealth, RescueFile } from '../../contract/health.ts';
import { defaultAdminPassword } from '../../contract/hq-admin.ts';
import { activationResponseSchema } from '../../contract/register.ts';
import { activationCodeSchema } from '../../contract/tablet-setup.ts';
import type {
  AsyncAddressRecord,
  AsyncCustomerEditRecord,
  AsyncCustomerRecord,
  AsyncRecord,
  CustomerRef,
} from '../../contract/upload.ts';
import type { RegisterHealthThresholds } from '../headquarters/register-health.ts';
import { createApp } from '../app.ts';
import type { Clock } from '../platform/clock.ts';
import type { ChannelDb } from '../scale-unit/db/channel-db.ts';
import type { HqDb } from '../headquarters/db/hq-db.ts';
import { seedDemoData } from '../headquarters/demo-data.ts';
import { createAdminSession } from '../headquarters/admin-sessions.ts';
import type { JobRunner } from '../headquarters/jobs/job-runner.ts';
import type { JobContext } from '../headquarters/jobs/job-types.ts';
import { connectInProcess, type InProcessSystem } from '../single-process.ts';
import type { PokeHub } from '../scale-unit/events/poke-hub.ts';
import { hashAdminPassword, type AdminCredential } from '../headquarters/http/admin-password.ts';
import { sessionCookieName } from '../headquarters/http/hq-admin-auth.ts';
import type { HttpsSide } from '../platform/tls/https-side.ts';
import type { ReadinessProbe } from '../platform/http/health-routes.ts';
import { testDatabases } from './test-db.ts';

/** A clock tests move by hand. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** A clock that starts at `start` and only moves when told. */
export function manualClock(start = '2025-01-01T09:00:00.000Z'): ManualClock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

/** The HQ console password test servers use. */
export const testAdminPassword = 'test-admin-password';
let testCredential: AdminCredential | null = null;

/** The test password's hash, computed once (scrypt is slow on purpose). */
export function testAdminCredential(): AdminCredential {
  testCredential ??= hashAdminPassword(testAdminPassword);
  return testCredential;
}

let defaultPasswordCredential: AdminCredential | null = null;
function defaultCredential(): AdminCredential {
  defaultPasswordCredential ??= hashAdminPassword(defaultAdminPassword);
  return defaultPasswordCredential;
}

/** An app on in-memory databases with the demo stores (and `customers` demo customers). */
export interface TestServer {
  app: FastifyInstance;
  hqDb: HqDb;
  channelDb: ChannelDb;
  jobs: JobRunner;
  /** HQ and its scale unit joined in this process (the jobs' scale units, the links). */
  system: InProcessSystem;
  /** The registers' event streams (issue 12), shared by the app and its jobs. */
  pokes: PokeHub;
  clock: ManualClock;
  /** Headers of a signed-in HQ console (a session cookie), for /api/hq/* calls. */
  admin: { cookie: string };
}

/** What HQ's jobs and services run with, from a test server: its database, clock and scale units. */
export function jobContext(server: TestServer): JobContext {
  return { hqDb: server.hqDb, clock: server.clock, scaleUnits: server.system.scaleUnits };
}

/** Builds a test server on `testDatabases()` (in-memory SQLite), with demo data and no port. */
export async function testServer(
  options: {
    customers?: number;
    testControls?: boolean;
    distDir?: string | null;
    hqFile?: string;
    channelFile?: string;
    registerHealth?: RegisterHealthThresholds;
    random?: () => number;
    /** The https side (Host allow-list, redirect, tablet routes); see `testHttpsSide`. */
    https?: HttpsSide;
    /** Start with the documented default password, as a server without HQ_ADMIN_PASSWORD does. */
    defaultPassword?: boolean;
    readiness?: ReadinessProbe;
    /** The event streams' ping interval (default 20 s). */
    heartbeatMs?: number;
  } = {},
): Promise<TestServer> {
  const { hqDb, channelDb } = await testDatabases({
    ...(options.hqFile === undefined ? {} : { hqFile: options.hqFile }),
    ...(options.channelFile === undefined ? {} : { channelFile: options.channelFile }),
  });
  const clock = manualClock();
  seedDemoData(hqDb, { customers: options.customers ?? 10, clock });
  const system = connectInProcess({
    hqDb,
    channelDb,
    clock,
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
  });
  const { jobs } = system;
  const app = createApp({
    hqDb,
    channelDb,
    clock,
    system,
    testControls: options.testControls ?? false,
    distDir: options.distDir ?? null,
    ...(options.defaultPassword
      ? { adminCredential: defaultCredential(), adminPasswordIsDefault: true, httpPort: 8080 }
      : { adminCredential: testAdminCredential() }),
    ...(options.readiness ? { readiness: options.readiness } : {}),
    ...(options.registerHealth ? { registerHealth: options.registerHealth } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.https ? { https: options.https } : {}),
  });
  return {
    app,
    hqDb,
    channelDb,
    jobs,
    system,
    pokes: system.pokes,
    clock,
    admin: adminHeaders(hqDb, clock),
  };
}

/** Headers carrying a new HQ console session made directly in the HQ database. */
export function adminHeaders(hqDb: HqDb, clock: Clock): { cookie: string } {
  return { cookie: `${sessionCookieName}=${createAdminSession(hqDb, clock.now())}` };
}

/** Issues a register's one-time activation code at HQ, as Add a tablet does; returns the code. */
export async function activationCode(server: TestServer, registerId = 'S001-R1'): Promise<string> {
  const res = await server.app.inject({
    method: 'POST',
    url: apiPaths.hqRegisterActivationCode(registerId),
    headers: server.admin,
  });
  if (res.statusCode !== 201) throw new Error(`no activation code: ${res.statusCode} ${res.body}`);
  return activationCodeSchema.parse(res.json()).code;
}

/**
 * Activates a register as a tablet does: HQ issues a code for it, the register redeems it.
 * Returns the device token. `storeId` is checked against the store the register belongs to.
 */
export async function activate(
  server: TestServer,
  storeId = 'S001',
  registerId = 'S001-R1',
): Promise<string> {
  const res = await server.app.inject({
    method: 'POST',
    url: apiPaths.activate,
    payload: { code: await activationCode(server, registerId) },
  });
  if (res.statusCode !== 201) throw new Error(`activation failed: ${res.statusCode} ${res.body}`);
  const activation = activationResponseSchema.parse(res.json());
  if (activation.storeId !== storeId) throw new Error(`${registerId} is not in store ${storeId}`);
  return activation.deviceToken;
}

/** A register's queue report (X3): by default an empty, healthy queue. */
export function queueHealth(overrides: Partial<QueueHealth> = {}): QueueHealth {
  return {
    waiting: 0,
    needsAttention: 0,
    oldestWaitingAt: null,
    persistentStorage: true,
    ...overrides,
  };
}

/** Sends a register's heartbeat (POST, with its queue report) and returns the response. */
export function heartbeat(app: FastifyInstance, token: string, queue: QueueHealth = queueHealth()) {
  return app.inject({
    method: 'POST',
    url: apiPaths.heartbeat,
    headers: auth(token),
    payload: { queue },
  });
}

/** The Authorization header for a device token. */
export function auth(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** A valid person draft. */
export function draft(overrides: Partial<CustomerDraft> = {}): CustomerDraft {
  return {
    ...emptyDraft(),
    firstName: 'Aiko',
    lastName: 'Mori',
    email: 'aiko.mori@example.com',
    phone: '080-1111-2222',
    ...overrides,
  };
}

/** A valid async customer record with a fresh GUID. */
export function asyncRecord(
  overrides: Partial<CustomerDraft> = {},
  guid: string = randomUUID(),
): AsyncCustomerRecord {
  return {
    kind: 'customer-create',
    guid,
    createdAt: '2025-01-01T08:59:00.000Z',
    customer: draft(overrides),
  };
}

/** A rescue file (X4) of register S001-R1 holding `records` (hostile ones too, in bad-input tests). */
export function rescueFile<R = AsyncRecord>(
  records: R[],
  overrides: Partial<Omit<RescueFile, 'records'>> = {},
): Omit<RescueFile, 'records'> & { records: R[] } {
  return {
    format: 'pos-rescue/1',
    storeId: 'S001',
    registerId: 'S001-R1',
    exportedAt: '2025-01-01T08:59:59.000Z',
    records,
    ...overrides,
  };
}

/** A valid async edit (10.0.29) of the customer `ref` names, with a fresh GUID. */
export function editRecord(
  ref: CustomerRef,
  overrides: Partial<CustomerDraft> = {},
  guid: string = randomUUID(),
): AsyncCustomerEditRecord {
  return {
    kind: 'customer-edit',
    guid,
    createdAt: '2025-01-01T08:59:30.000Z',
    customer: ref,
    draft: draft(overrides),
  };
}

/** A valid address (10.0.22) for the customer `ref` names, with a fresh GUID. */
export function addressRecord(
  ref: CustomerRef,
  overrides: Partial<Omit<Address, 'asyncGuid'>> = {},
  guid: string = randomUUID(),
): AsyncAddressRecord {
  return {
    kind: 'address-create',
    guid,
    createdAt: '2025-01-01T08:59:40.000Z',
    customer: ref,
    address: {
      purpose: 'delivery',
      street: '2-2 Namba',
      city: 'Osaka',
      state: '27',
      zip: '542-0076',
      country: 'JPN',
      primary: false,
      ...overrides,
    },
  };
}
