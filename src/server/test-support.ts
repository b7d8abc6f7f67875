import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { apiPaths } from '../contract/api-paths.ts';
import type { CustomerDraft } from '../contract/customer.ts';
import { activationResponseSchema } from '../contract/register.ts';
import type { AsyncCustomerRecord } from '../contract/upload.ts';
import { createApp } from './app.ts';
import type { Clock } from './clock.ts';
import { openChannelDb, type ChannelDb } from './db/channel-db.ts';
import { openHqDb, type HqDb } from './db/hq-db.ts';
import { seedDemoData } from './demo-data.ts';
import { createJobRunner, type JobRunner } from './headquarters/jobs/job-runner.ts';

/** A clock tests move by hand. */
export interface ManualClock extends Clock {
  advance(ms: number): void;
}

/** A clock that starts at `start` and only moves when told. */
export function manualClock(start = '2025-01-01T09:00:00.000Z'): ManualClock {
  let t = Date.parse(start);
  return { now: () => new Date(t), advance: (ms) => void (t += ms) };
}

/** An app on in-memory databases with the demo stores (and `customers` demo customers). */
export interface TestServer {
  app: FastifyInstance;
  hqDb: HqDb;
  channelDb: ChannelDb;
  jobs: JobRunner;
  clock: ManualClock;
}

/** Builds a test server: in-memory SQLite, demo data, no port. */
export function testServer(
  options: {
    customers?: number;
    testControls?: boolean;
    distDir?: string | null;
    hqFile?: string;
    channelFile?: string;
  } = {},
): TestServer {
  const hqDb = openHqDb(options.hqFile ?? ':memory:');
  const channelDb = openChannelDb(options.channelFile ?? ':memory:');
  const clock = manualClock();
  seedDemoData(hqDb, { customers: options.customers ?? 10, clock });
  const jobs = createJobRunner({ hqDb, channelDb, clock });
  const app = createApp({
    hqDb,
    channelDb,
    clock,
    jobs,
    testControls: options.testControls ?? false,
    distDir: options.distDir ?? null,
  });
  return { app, hqDb, channelDb, jobs, clock };
}

/** Activates a register and returns its device token. */
export async function activate(
  app: FastifyInstance,
  storeId = 'S001',
  registerId = 'S001-R1',
): Promise<string> {
  const res = await app.inject({
    method: 'POST',
    url: apiPaths.activate,
    payload: { storeId, registerId },
  });
  if (res.statusCode !== 201) throw new Error(`activation failed: ${res.statusCode} ${res.body}`);
  return activationResponseSchema.parse(res.json()).deviceToken;
}

/** The Authorization header for a device token. */
export function auth(token: string): { authorization: string } {
  return { authorization: `Bearer ${token}` };
}

/** A valid person draft. */
export function draft(overrides: Partial<CustomerDraft> = {}): CustomerDraft {
  return {
    type: 'person',
    firstName: 'Aiko',
    lastName: 'Mori',
    organizationName: '',
    email: 'aiko.mori@example.com',
    phone: '080-1111-2222',
    addresses: [],
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
