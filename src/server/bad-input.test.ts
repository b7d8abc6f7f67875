import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../contract/api-paths.ts';
import { errorBodySchema } from '../contract/errors.ts';
import { uploadResponseSchema, type AsyncRecord } from '../contract/upload.ts';
import { databaseSnapshot } from './testing/db-snapshot.ts';
import { findCustomer, findCustomerByAsyncGuid } from './headquarters/customers.ts';
import {
  activate,
  activationCode,
  addressRecord,
  asyncRecord,
  auth,
  draft,
  heartbeat,
  queueHealth,
  rescueFile,
  testServer,
  type TestServer,
} from './testing/test-support.ts';

/**
 * Hostile and malformed input on every route. Each case must get a 4xx JSON `{error, message}`
 * (never a 5xx, never HTML), change nothing in either database, and leave the server able to
 * answer the route's valid request right after.
 */

/** The state every case starts from: two activated registers, a completed and a failed operation. */
interface Fixture {
  server: TestServer;
  token: string;
  otherToken: string;
  /** An unused activation code HQ issued for register S001-R2. */
  code: string;
  /** An async customer converted at HQ (its operation is completed). */
  completed: AsyncRecord;
  /** An async customer HQ could not convert (unknown country): its operation is failed. */
  failed: AsyncRecord;
  account: string;
  /** The account the sync job gave `completed`. */
  completedAccount: string;
  version: number;
}

let fixture: Fixture | null = null;
afterEach(async () => {
  await fixture?.server.app.close();
  fixture = null;
});

async function setUp(): Promise<Fixture> {
  const server = await testServer({ customers: 3, testControls: true });
  const token = await activate(server, 'S001', 'S001-R1');
  const otherToken = await activate(server, 'S002', 'S002-R1');
  for (const t of [token, otherToken])
    expect((await heartbeat(server.app, t)).statusCode).toBe(200);
  const code = await activationCode(server, 'S001-R2');
  const completed = asyncRecord({ lastName: 'Completed' });
  // The same phone and e-mail: the sync job flags the pair as a likely duplicate (flag 1).
  const twin = asyncRecord({ lastName: 'Twin' });
  const failed = asyncRecord({
    lastName: 'Failed',
    addresses: [{ ...addressRecord({ accountNumber: 'C000001' }).address, country: 'ZZZ' }],
  });
  const res = await server.app.inject({
    method: 'POST',
    url: apiPaths.upload,
    headers: auth(token),
    payload: { records: [completed, failed, twin] },
  });
  expect(res.statusCode).toBe(200);
  await server.jobs.run('p-job', 'manual');
  await server.jobs.run('sync-customers', 'manual');
  const account = 'C000003';
  const customer = findCustomer(server.hqDb, account);
  if (!customer) throw new Error('demo customer missing');
  const completedAccount = findCustomerByAsyncGuid(server.hqDb, completed.guid)?.accountNumber;
  if (!completedAccount) throw new Error('the completed record was not converted');
  fixture = {
    server,
    token,
    otherToken,
    code,
    completed,
    failed,
    account,
    completedAccount,
    version: customer.version,
  };
  return fixture;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Credentials = 'none' | 'device' | 'admin';

/** One route: how to call it validly, and the variants of its body or query to break. */
interface Route {
  name: string;
  method: Method;
  url: (f: Fixture) => string;
  credentials: Credentials;
  /** A valid body; absent for routes that take none. */
  body?: (f: Fixture) => unknown;
  validStatus: number;
  /** Route-specific hostile requests. */
  specific: Variant[];
  /** The 10 MB body's status: 413 everywhere but the rescue import (20 MiB: 400 as invalid). */
  hugeStatus?: number;
}

/** A hostile change to the valid request. */
interface Variant {
  name: string;
  /** A JSON value (sent as JSON) or a raw string (sent as-is with `contentType`). */
  body?: (f: Fixture) => unknown;
  raw?: string;
  contentType?: string;
  url?: (f: Fixture) => string;
  headers?: (f: Fixture) => Record<string, string>;
  status: number;
  error?: string;
  /** Instead of a 4xx: a 200 whose every record is rejected (uploads keep per-record outcomes). */
  rejectsRecords?: true;
}

function headersFor(f: Fixture, credentials: Credentials): Record<string, string> {
  if (credentials === 'device') return auth(f.token);
  if (credentials === 'admin') return f.server.admin;
  return {};
}

const long = 'x'.repeat(10_000);
const nul = 'Ai\u0000ko';
const loneSurrogate = 'Ai\ud800ko';
const rtlOverride = 'Ai\u202Eokw.exe';
const huge = JSON.stringify({ padding: 'x'.repeat(10 * 1024 * 1024) });
const deeplyNested = '['.repeat(100_000) + ']'.repeat(100_000);

/** Text variants put into one string field of a valid body by `set`. */
function textVariants(
  field: string,
  set: (f: Fixture, text: string) => unknown,
  outcome: Pick<Variant, 'status' | 'rejectsRecords'> = { status: 400 },
  lengthOutcome: Pick<Variant, 'status' | 'rejectsRecords'> = outcome,
): Variant[] {
  return [
    { name: `10,000 characters in ${field}`, body: (f) => set(f, long), ...lengthOutcome },
    { name: `NUL in ${field}`, body: (f) => set(f, nul), ...outcome },
    { name: `a lone surrogate in ${field}`, body: (f) => set(f, loneSurrogate), ...outcome },
    { name: `a right-to-left override in ${field}`, body: (f) => set(f, rtlOverride), ...outcome },
    {
      name: `500 combining marks in ${field}`,
      body: (f) => set(f, `Z${'\u0301'.repeat(500)}`),
      ...lengthOutcome,
    },
  ];
}

/** Path-parameter variants for routes with one `:param`. */
function paramVariants(path: (param: string) => string, unknownStatus = 404): Variant[] {
  return [
    { name: 'an unknown id in the path', url: () => path('NOPE-0'), status: unknownStatus },
    { name: 'NUL in the path', url: () => path('\u0000'), status: 400, error: 'validation' },
    {
      name: 'a malformed percent-encoding in the path',
      url: () => `${path('x')}%E0%A4%A`,
      status: 400,
    },
    { name: 'a 10,000-character path parameter', url: () => path(long), status: 414 },
  ];
}

/** The store S001 patch with its default customer values. */
const storeDefaults = (customerGroup: string) => ({
  defaults: {
    customerGroup,
    currency: 'JPY',
    language: 'ja',
    receiptPreference: 'print',
    affiliations: [],
  },
});

/** A valid new store (S003) with `overrides`, hostile ones too. */
const newStore = (overrides: Record<string, unknown> = {}) => ({
  id: 'S003',
  name: 'Kyoto Store',
  asyncCustomerMode: false,
  defaultCustomerName: 'Kyoto Walk-in',
  ...storeDefaults('Retail'),
  ...overrides,
});

const uploadBody = (records: unknown[]) => ({ records });
const withName = (text: string) => asyncRecord({ firstName: text });

const routes: Route[] = [
  {
    name: 'activation',
    method: 'POST',
    url: () => apiPaths.activate,
    credentials: 'none',
    body: (f) => ({ code: f.code }),
    validStatus: 201,
    specific: [
      { name: 'a missing code', body: () => ({}), status: 400, error: 'validation' },
      { name: 'a code of the wrong type', body: () => ({ code: 12345678 }), status: 400 },
      {
        name: 'the old fields instead of a code',
        body: () => ({ storeId: 'S001', registerId: 'S001-R2' }),
        status: 400,
        error: 'validation',
      },
      {
        name: 'an unknown code',
        body: () => ({ code: 'ZZZZ-ZZZZ' }),
        status: 400,
        error: 'invalid-activation-code',
      },
      {
        name: 'a code with characters outside the alphabet',
        body: (f) => ({ code: f.code.replace(/^./, 'U') }),
        status: 400,
        error: 'invalid-activation-code',
      },
      ...textVariants('code', (_f, t) => ({ code: t })),
    ],
  },
  {
    name: 'register config',
    method: 'GET',
    url: () => apiPaths.registerConfig,
    credentials: 'device',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'register heartbeat',
    method: 'POST',
    url: () => apiPaths.heartbeat,
    credentials: 'device',
    body: () => ({ queue: queueHealth() }),
    validStatus: 200,
    specific: [
      { name: 'a missing queue', body: () => ({}), status: 400 },
      {
        name: 'a depth given as text',
        body: () => ({ queue: { ...queueHealth(), waiting: '3' } }),
        status: 400,
      },
      {
        name: 'a negative depth',
        body: () => ({ queue: queueHealth({ needsAttention: -1 }) }),
        status: 400,
      },
      {
        name: 'a depth of 1e308',
        body: () => ({ queue: { ...queueHealth(), waiting: 1e308 } }),
        status: 400,
      },
      ...textVariants('queue.oldestWaitingAt', (_f, t) => ({
        queue: { ...queueHealth(), oldestWaitingAt: t },
      })),
    ],
  },
  {
    name: 'register upload',
    method: 'POST',
    url: () => apiPaths.upload,
    credentials: 'device',
    body: () => uploadBody([asyncRecord()]),
    validStatus: 200,
    specific: [
      { name: 'no records', body: () => uploadBody([]), status: 400 },
      { name: 'records that are not an array', body: () => ({ records: 'x' }), status: 400 },
      {
        name: 'a record without a GUID',
        body: () => uploadBody([{ kind: 'customer-create' }]),
        status: 400,
      },
      {
        name: 'a GUID that is not a UUID',
        body: () => uploadBody([{ ...asyncRecord(), guid: 'not-a-guid' }]),
        status: 400,
      },
      {
        name: '501 records',
        body: () => uploadBody(Array.from({ length: 501 }, () => asyncRecord())),
        status: 400,
      },
      {
        name: 'a record of wrong field types',
        body: () => uploadBody([{ ...asyncRecord(), customer: { firstName: 5 } }]),
        status: 200,
        rejectsRecords: true,
      },
      {
        name: 'a record with an unknown field',
        body: () => uploadBody([{ ...asyncRecord(), secret: true }]),
        status: 200,
        rejectsRecords: true,
      },
      {
        name: 'a GUID reused with different content',
        body: (f) =>
          uploadBody([
            { ...f.completed, customer: { ...f.completed.customer, lastName: 'Other' } },
          ]),
        status: 200,
        rejectsRecords: true,
      },
      {
        name: 'an edit of another store’s pending customer',
        body: (f) => uploadBody([editRecordFor(f.completed)]),
        headers: (f) => auth(f.otherToken),
        status: 200,
        rejectsRecords: true,
      },
      ...textVariants('a record’s firstName', (_f, t) => uploadBody([withName(t)]), {
        status: 200,
        rejectsRecords: true,
      }),
    ],
  },
  {
    name: 'register feed',
    method: 'GET',
    url: () => `${apiPaths.feed}?since=0&limit=10`,
    credentials: 'device',
    validStatus: 200,
    specific: [
      { name: 'a negative since', url: () => `${apiPaths.feed}?since=-1`, status: 400 },
      {
        name: 'a since that is not a number',
        url: () => `${apiPaths.feed}?since=abc`,
        status: 400,
      },
      { name: 'a limit of 0', url: () => `${apiPaths.feed}?limit=0`, status: 400 },
      {
        name: 'a limit over the page size',
        url: () => `${apiPaths.feed}?limit=100000`,
        status: 400,
      },
      { name: 'a since of 1e309', url: () => `${apiPaths.feed}?since=1e309`, status: 400 },
      { name: 'a fractional limit', url: () => `${apiPaths.feed}?limit=1.5`, status: 400 },
      { name: 'NUL in since', url: () => `${apiPaths.feed}?since=%00`, status: 400 },
    ],
  },
  {
    name: 'rts create',
    method: 'POST',
    url: () => apiPaths.realtimeCustomers,
    credentials: 'device',
    body: () => ({ guid: randomUUID(), customer: draft() }),
    validStatus: 201,
    specific: [
      { name: 'a missing customer', body: () => ({ guid: randomUUID() }), status: 400 },
      { name: 'wrong field types', body: () => ({ guid: 5, customer: 'x' }), status: 400 },
      {
        name: 'a GUID reused with different content',
        body: (f) => ({ guid: f.completed.guid, customer: draft({ lastName: 'Other' }) }),
        status: 409,
        error: 'guid-reused',
      },
      {
        name: 'an unknown country',
        body: () => ({
          guid: randomUUID(),
          customer: draft({
            addresses: [{ ...addressRecord({ accountNumber: 'C000001' }).address, country: 'ZZZ' }],
          }),
        }),
        status: 400,
      },
      {
        name: 'an unknown affiliation',
        body: () => ({ guid: randomUUID(), customer: draft({ affiliations: ['NOPE'] }) }),
        status: 400,
      },
      ...textVariants('customer.firstName', (_f, t) => ({
        guid: randomUUID(),
        customer: draft({ firstName: t }),
      })),
    ],
  },
  {
    name: 'rts search',
    method: 'GET',
    url: () => `${apiPaths.realtimeSearch}?q=mori`,
    credentials: 'device',
    validStatus: 200,
    specific: [
      { name: 'no q', url: () => apiPaths.realtimeSearch, status: 400 },
      { name: 'a q under 4 characters', url: () => `${apiPaths.realtimeSearch}?q=ab`, status: 400 },
      {
        name: 'a 10,000-character q',
        url: () => `${apiPaths.realtimeSearch}?q=${long}`,
        status: 400,
      },
      { name: 'NUL in q', url: () => `${apiPaths.realtimeSearch}?q=mori%00`, status: 400 },
      {
        name: 'a right-to-left override in q',
        url: () => `${apiPaths.realtimeSearch}?q=mori%E2%80%AE`,
        status: 400,
      },
      { name: 'q twice', url: () => `${apiPaths.realtimeSearch}?q=mori&q=sato`, status: 400 },
      {
        name: 'an unknown parameter',
        url: () => `${apiPaths.realtimeSearch}?q=mori&x=1`,
        status: 400,
      },
    ],
  },
  {
    name: 'rts edit',
    method: 'PUT',
    url: (f) => apiPaths.realtimeCustomer(f.account),
    credentials: 'device',
    body: (f) => ({ version: f.version, customer: draft() }),
    validStatus: 200,
    specific: [
      { name: 'a missing version', body: () => ({ customer: draft() }), status: 400 },
      {
        name: 'a version given as text',
        body: () => ({ version: 'one', customer: draft() }),
        status: 400,
      },
      {
        name: 'a stale version',
        body: (f) => ({ version: f.version + 5, customer: draft() }),
        status: 409,
        error: 'conflict',
      },
      ...textVariants('customer.lastName', (f, t) => ({
        version: f.version,
        customer: draft({ lastName: t }),
      })),
      ...paramVariants(apiPaths.realtimeCustomer),
    ],
  },
  {
    name: 'rts address',
    method: 'POST',
    url: (f) => apiPaths.realtimeAddresses(f.account),
    credentials: 'device',
    body: () => ({ address: addressRecord({ accountNumber: 'C000001' }).address }),
    validStatus: 201,
    specific: [
      { name: 'a missing address', body: () => ({}), status: 400 },
      { name: 'an address that is a string', body: () => ({ address: 'Tokyo' }), status: 400 },
      {
        name: 'an unknown country',
        body: () => ({
          address: { ...addressRecord({ accountNumber: 'C000001' }).address, country: 'ZZZ' },
        }),
        status: 400,
      },
      ...textVariants('address.street', (_f, t) => ({
        address: { ...addressRecord({ accountNumber: 'C000001' }).address, street: t },
      })),
      ...paramVariants(apiPaths.realtimeAddresses),
    ],
  },
  {
    name: 'rts loyalty card',
    method: 'POST',
    url: (f) => apiPaths.realtimeLoyaltyCards(f.account),
    credentials: 'device',
    validStatus: 201,
    specific: paramVariants(apiPaths.realtimeLoyaltyCards),
  },
  {
    name: 'hq session sign-in',
    method: 'POST',
    url: () => apiPaths.hqSession,
    credentials: 'none',
    body: () => ({ password: 'test-admin-password' }),
    validStatus: 204,
    specific: [
      { name: 'a missing password', body: () => ({}), status: 400 },
      { name: 'a password that is a number', body: () => ({ password: 1234 }), status: 400 },
      { name: 'a wrong password', body: () => ({ password: 'guess' }), status: 401 },
      ...textVariants('password', (_f, t) => ({ password: t })),
    ],
  },
  {
    name: 'hq session sign-out',
    method: 'DELETE',
    url: () => apiPaths.hqSession,
    credentials: 'none',
    validStatus: 204,
    specific: [],
  },
  {
    name: 'hq stores',
    method: 'GET',
    url: () => apiPaths.hqStores,
    credentials: 'admin',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'hq store patch',
    method: 'PATCH',
    url: () => apiPaths.hqStore('S001'),
    credentials: 'admin',
    body: () => ({ asyncCustomerMode: true }),
    validStatus: 200,
    specific: [
      { name: 'nothing to change', body: () => ({}), status: 400 },
      { name: 'a mode given as text', body: () => ({ asyncCustomerMode: 'yes' }), status: 400 },
      {
        name: 'an unknown default affiliation',
        body: () => ({ defaults: { ...storeDefaults('Retail').defaults, affiliations: ['NOPE'] } }),
        status: 400,
      },
      ...textVariants('defaults.customerGroup', (_f, t) => storeDefaults(t)),
      { name: 'an empty name', body: () => ({ name: ' ' }), status: 400, error: 'validation' },
      { name: 'a name given as a number', body: () => ({ name: 7 }), status: 400 },
      ...textVariants('name', (_f, t) => ({ name: t })),
      ...paramVariants(apiPaths.hqStore),
    ],
  },
  {
    name: 'hq store create',
    method: 'POST',
    url: () => apiPaths.hqStores,
    credentials: 'admin',
    body: () => newStore(),
    validStatus: 201,
    specific: [
      { name: 'a missing id', body: () => ({ ...newStore(), id: undefined }), status: 400 },
      { name: 'a lower-case id', body: () => newStore({ id: 's003' }), status: 400 },
      { name: 'a 15-character id', body: () => newStore({ id: 'S'.repeat(15) }), status: 400 },
      {
        name: 'a mode given as text',
        body: () => newStore({ asyncCustomerMode: 'no' }),
        status: 400,
      },
      {
        name: 'a taken id',
        body: () => newStore({ id: 'S001' }),
        status: 409,
        error: 'store-exists',
      },
      {
        name: 'an unknown default affiliation',
        body: () =>
          newStore({ defaults: { ...storeDefaults('Retail').defaults, affiliations: ['NOPE'] } }),
        status: 400,
        error: 'validation',
      },
      ...textVariants('id', (_f, t) => newStore({ id: t })),
      ...textVariants('name', (_f, t) => newStore({ name: t })),
      ...textVariants('defaultCustomerName', (_f, t) => newStore({ defaultCustomerName: t })),
    ],
  },
  {
    name: 'hq store register create',
    method: 'POST',
    url: () => apiPaths.hqStoreRegisters('S001'),
    credentials: 'admin',
    body: () => ({ number: '3' }),
    validStatus: 201,
    specific: [
      { name: 'a missing number', body: () => ({}), status: 400 },
      { name: 'a number given as a number', body: () => ({ number: 3 }), status: 400 },
      { name: 'number 0', body: () => ({ number: '0' }), status: 400 },
      { name: 'a leading zero', body: () => ({ number: '03' }), status: 400 },
      { name: 'number 1000', body: () => ({ number: '1000' }), status: 400 },
      {
        name: 'a taken number',
        body: () => ({ number: '2' }),
        status: 409,
        error: 'register-exists',
      },
      ...textVariants('number', (_f, t) => ({ number: t })),
      ...paramVariants(apiPaths.hqStoreRegisters),
    ],
  },
  {
    name: 'hq jobs',
    method: 'GET',
    url: () => apiPaths.hqJobs,
    credentials: 'admin',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'hq job schedule',
    method: 'PATCH',
    url: () => apiPaths.hqJob('p-job'),
    credentials: 'admin',
    body: () => ({ enabled: false }),
    validStatus: 200,
    specific: [
      { name: 'enabled given as text', body: () => ({ enabled: 'no' }), status: 400 },
      { name: 'an interval of 0', body: () => ({ intervalSeconds: 0 }), status: 400 },
      { name: 'an interval of 1e9', body: () => ({ intervalSeconds: 1e9 }), status: 400 },
      { name: 'a fractional interval', body: () => ({ intervalSeconds: 1.5 }), status: 400 },
      ...paramVariants(apiPaths.hqJob),
    ],
  },
  {
    name: 'hq job run',
    method: 'POST',
    url: () => apiPaths.hqJobRun('p-job'),
    credentials: 'admin',
    validStatus: 200,
    specific: paramVariants(apiPaths.hqJobRun),
  },
  {
    name: 'hq job runs',
    method: 'GET',
    url: () => apiPaths.hqJobRuns('p-job'),
    credentials: 'admin',
    validStatus: 200,
    specific: paramVariants(apiPaths.hqJobRuns),
  },
  {
    name: 'hq async customers',
    method: 'GET',
    url: () => `${apiPaths.hqAsyncCustomers}?status=failed`,
    credentials: 'admin',
    validStatus: 200,
    specific: [
      {
        name: 'an unknown status',
        url: () => `${apiPaths.hqAsyncCustomers}?status=lost`,
        status: 400,
      },
      {
        name: 'a 10,000-character storeId',
        url: () => `${apiPaths.hqAsyncCustomers}?storeId=${long}`,
        status: 400,
      },
      {
        name: 'NUL in storeId',
        url: () => `${apiPaths.hqAsyncCustomers}?storeId=S0%00`,
        status: 400,
      },
      { name: 'an unknown parameter', url: () => `${apiPaths.hqAsyncCustomers}?x=1`, status: 400 },
    ],
  },
  {
    name: 'hq async customer stats',
    method: 'GET',
    url: () => `${apiPaths.hqAsyncCustomerStats}?hours=24&bucketMinutes=60`,
    credentials: 'admin',
    validStatus: 200,
    specific: [
      { name: 'hours of 0', url: () => `${apiPaths.hqAsyncCustomerStats}?hours=0`, status: 400 },
      {
        name: 'hours as text',
        url: () => `${apiPaths.hqAsyncCustomerStats}?hours=abc`,
        status: 400,
      },
      {
        name: 'a bucket of 99,999 minutes',
        url: () => `${apiPaths.hqAsyncCustomerStats}?bucketMinutes=99999`,
        status: 400,
      },
      {
        name: 'an unknown parameter',
        url: () => `${apiPaths.hqAsyncCustomerStats}?x=1`,
        status: 400,
      },
    ],
  },
  {
    name: 'hq async customer',
    method: 'GET',
    url: (f) => apiPaths.hqAsyncCustomer(f.failed.guid),
    credentials: 'admin',
    validStatus: 200,
    specific: [
      ...paramVariants(apiPaths.hqAsyncCustomer),
      {
        name: 'a 101-character GUID',
        url: () => apiPaths.hqAsyncCustomer('g'.repeat(101)),
        status: 414,
      },
    ],
  },
  {
    name: 'hq async customer fix',
    method: 'PUT',
    url: (f) => apiPaths.hqAsyncCustomer(f.failed.guid),
    credentials: 'admin',
    body: (f) => ({ record: { ...f.failed, customer: { ...f.failed.customer, addresses: [] } } }),
    validStatus: 200,
    specific: [
      { name: 'a missing record', body: () => ({}), status: 400 },
      { name: 'a record that is a number', body: () => ({ record: 5 }), status: 400 },
      {
        name: 'a changed GUID',
        body: (f) => ({ record: { ...f.failed, guid: randomUUID() } }),
        status: 400,
      },
      {
        name: 'a changed kind',
        body: (f) => ({
          record: { ...editRecordFor(f.failed), guid: f.failed.guid },
        }),
        status: 400,
      },
      {
        name: 'a fix of a completed operation',
        url: (f) => apiPaths.hqAsyncCustomer(f.completed.guid),
        body: (f) => ({ record: f.completed }),
        status: 409,
        error: 'not-failed',
      },
      ...textVariants('record.customer.firstName', (f, t) => ({
        record: { ...f.failed, customer: { ...f.failed.customer, addresses: [], firstName: t } },
      })),
      ...paramVariants(apiPaths.hqAsyncCustomer),
    ],
  },
  {
    name: 'hq async customer resync',
    method: 'POST',
    url: (f) => apiPaths.hqAsyncCustomerResync(f.failed.guid),
    credentials: 'admin',
    validStatus: 200,
    specific: [
      {
        name: 'a completed operation',
        url: (f) => apiPaths.hqAsyncCustomerResync(f.completed.guid),
        status: 409,
        error: 'completed',
      },
      ...paramVariants(apiPaths.hqAsyncCustomerResync),
    ],
  },
  {
    name: 'hq settings',
    method: 'GET',
    url: () => apiPaths.hqSettings,
    credentials: 'admin',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'hq settings patch',
    method: 'PATCH',
    url: () => apiPaths.hqSettings,
    credentials: 'admin',
    body: () => ({ filterSharedCustomerData: true }),
    validStatus: 200,
    specific: [
      {
        name: 'a switch given as text',
        body: () => ({ filterSharedCustomerData: 'true' }),
        status: 400,
      },
      { name: 'features that are an array', body: () => ({ features: [] }), status: 400 },
      {
        name: 'a refused feature combination',
        body: () => ({ features: { asyncCustomerEditing: true } }),
        status: 400,
      },
      { name: 'an unknown feature', body: () => ({ features: { teleport: true } }), status: 400 },
    ],
  },
  {
    name: 'hq affiliations',
    method: 'GET',
    url: () => apiPaths.hqAffiliations,
    credentials: 'admin',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'hq affiliation create',
    method: 'POST',
    url: () => apiPaths.hqAffiliations,
    credentials: 'admin',
    body: () => ({ id: 'NEW', name: 'New' }),
    validStatus: 201,
    specific: [
      { name: 'a missing name', body: () => ({ id: 'NEW' }), status: 400 },
      { name: 'an id that is a number', body: () => ({ id: 7, name: 'Seven' }), status: 400 },
      { name: 'a lower-case id', body: () => ({ id: 'new', name: 'New' }), status: 400 },
      {
        name: 'a taken id',
        body: () => ({ id: 'VIP', name: 'Again' }),
        status: 409,
        error: 'conflict',
      },
      ...textVariants('name', (_f, t) => ({ id: 'NEW', name: t })),
    ],
  },
  {
    name: 'hq customers',
    method: 'GET',
    url: () => `${apiPaths.hqCustomers}?q=mori&limit=10`,
    credentials: 'admin',
    validStatus: 200,
    specific: [
      { name: 'a 10,000-character q', url: () => `${apiPaths.hqCustomers}?q=${long}`, status: 400 },
      { name: 'a limit of 0', url: () => `${apiPaths.hqCustomers}?limit=0`, status: 400 },
      { name: 'a limit as text', url: () => `${apiPaths.hqCustomers}?limit=many`, status: 400 },
      { name: 'NUL in q', url: () => `${apiPaths.hqCustomers}?q=%00`, status: 400 },
      { name: 'an unknown parameter', url: () => `${apiPaths.hqCustomers}?x=1`, status: 400 },
    ],
  },
  {
    name: 'hq duplicates',
    method: 'GET',
    url: () => `${apiPaths.hqDuplicates}?status=open`,
    credentials: 'admin',
    validStatus: 200,
    specific: [
      { name: 'an unknown status', url: () => `${apiPaths.hqDuplicates}?status=x`, status: 400 },
      { name: 'an unknown parameter', url: () => `${apiPaths.hqDuplicates}?x=1`, status: 400 },
    ],
  },
  {
    name: 'hq duplicate distinct',
    method: 'POST',
    url: () => apiPaths.hqDuplicateDistinct(1),
    credentials: 'admin',
    validStatus: 200,
    specific: [
      ...paramVariants((id) => `${apiPaths.hqDuplicates}/${id}/distinct`, 400),
      { name: 'an unknown flag', url: () => apiPaths.hqDuplicateDistinct(999), status: 404 },
      { name: 'flag 0', url: () => apiPaths.hqDuplicateDistinct(0), status: 400 },
    ],
  },
  {
    name: 'hq duplicate merge',
    method: 'POST',
    url: () => apiPaths.hqDuplicateMerge(1),
    credentials: 'admin',
    body: (f) => ({ keep: f.completedAccount }),
    validStatus: 200,
    specific: [
      ...paramVariants((id) => `${apiPaths.hqDuplicates}/${id}/merge`, 400),
      { name: 'an unknown flag', url: () => apiPaths.hqDuplicateMerge(999), status: 404 },
      { name: 'a missing keep', body: () => ({}), status: 400 },
      { name: 'a malformed account', body: () => ({ keep: 'X1' }), status: 400 },
      {
        name: 'an account not in the flag',
        body: () => ({ keep: 'C000001' }),
        status: 400,
        error: 'not-in-flag',
      },
      ...textVariants('keep', (_f, t) => ({ keep: t })),
    ],
  },
  {
    name: 'hq register health',
    method: 'GET',
    url: () => apiPaths.hqRegisterHealth,
    credentials: 'admin',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'hq register revoke',
    method: 'POST',
    url: () => apiPaths.hqRegisterRevoke('S001-R1'),
    credentials: 'admin',
    validStatus: 200,
    specific: [
      ...paramVariants(apiPaths.hqRegisterRevoke),
      {
        name: 'a 21-character id',
        url: () => apiPaths.hqRegisterRevoke('R'.repeat(21)),
        status: 400,
      },
    ],
  },
  {
    name: 'hq register retire',
    method: 'POST',
    url: () => apiPaths.hqRegisterRetire('S001-R1'),
    credentials: 'admin',
    validStatus: 200,
    specific: [
      ...paramVariants(apiPaths.hqRegisterRetire),
      {
        name: 'a 21-character id',
        url: () => apiPaths.hqRegisterRetire('R'.repeat(21)),
        status: 400,
      },
    ],
  },
  {
    name: 'hq register activation code',
    method: 'POST',
    url: () => apiPaths.hqRegisterActivationCode('S002-R1'),
    credentials: 'admin',
    validStatus: 201,
    specific: [
      ...paramVariants(apiPaths.hqRegisterActivationCode),
      {
        name: 'a 21-character id',
        url: () => apiPaths.hqRegisterActivationCode('R'.repeat(21)),
        status: 400,
      },
    ],
  },
  {
    name: 'hq rescue import',
    method: 'POST',
    url: () => apiPaths.hqRescueImport,
    credentials: 'admin',
    body: () => rescueFile([asyncRecord()]),
    validStatus: 200,
    hugeStatus: 400,
    specific: [
      {
        name: 'missing records',
        body: () => ({ ...rescueFile([]), records: undefined }),
        status: 400,
      },
      {
        name: 'another format',
        body: () => rescueFile([], { format: 'pos-rescue/2' as 'pos-rescue/1' }),
        status: 400,
      },
      {
        name: 'records that are an object',
        body: () => ({ ...rescueFile([]), records: {} }),
        status: 400,
      },
      {
        name: 'an unknown store',
        body: () => rescueFile([asyncRecord()], { storeId: 'S999' }),
        status: 400,
        error: 'unknown-store',
      },
      {
        name: 'an unknown register',
        body: () => rescueFile([asyncRecord()], { registerId: 'S001-R9' }),
        status: 400,
        error: 'unknown-register',
      },
      {
        name: 'a register of another store',
        body: () => rescueFile([asyncRecord()], { registerId: 'S002-R1' }),
        status: 400,
        error: 'register-not-in-store',
      },
      {
        name: 'a record of wrong field types',
        body: () => rescueFile([{ ...asyncRecord(), customer: { firstName: 5 } }]),
        status: 200,
        rejectsRecords: true,
      },
      {
        name: 'a record without a GUID',
        body: () => rescueFile([{ kind: 'customer-create' }]),
        status: 400,
      },
      {
        name: 'a GUID reused with different content',
        body: (f) =>
          rescueFile([
            { ...f.completed, customer: { ...f.completed.customer, lastName: 'Other' } },
          ]),
        status: 200,
        rejectsRecords: true,
      },
      {
        name: 'an edit of another store’s pending customer',
        body: (f) =>
          rescueFile([{ ...editRecordFor(f.completed) }], {
            storeId: 'S002',
            registerId: 'S002-R1',
          }),
        status: 200,
        rejectsRecords: true,
      },
      ...textVariants('a record’s firstName', (_f, t) => rescueFile([withName(t)]), {
        status: 200,
        rejectsRecords: true,
      }),
    ],
  },
  {
    name: 'test scale-unit switch',
    method: 'POST',
    url: () => apiPaths.testScaleUnit,
    credentials: 'none',
    body: () => ({ reachable: true }),
    validStatus: 200,
    specific: [
      { name: 'a missing switch', body: () => ({}), status: 400 },
      { name: 'a switch given as text', body: () => ({ reachable: 'no' }), status: 400 },
    ],
  },
  {
    name: 'test faults',
    method: 'POST',
    url: () => apiPaths.testFaults,
    credentials: 'none',
    body: () => ({ uploadFailures: 0, status: 503 }),
    validStatus: 200,
    specific: [
      { name: 'a missing status', body: () => ({ uploadFailures: 1 }), status: 400 },
      { name: 'a 4xx status', body: () => ({ uploadFailures: 1, status: 404 }), status: 400 },
      {
        name: 'a failure rate of 2',
        body: () => ({ uploadFailures: 0, status: 503, failureRate: 2 }),
        status: 400,
      },
      {
        name: 'a delay of 70 s',
        body: () => ({ uploadFailures: 0, status: 503, delayMs: 70_000 }),
        status: 400,
      },
      {
        name: 'a negative drop count',
        body: () => ({ uploadFailures: 0, status: 503, dropAfterCommit: -1 }),
        status: 400,
      },
      {
        name: 'a rate given as text',
        body: () => ({ uploadFailures: 0, status: 503, failureRate: '0.5' }),
        status: 400,
      },
    ],
  },
  {
    name: 'test real-time capacity',
    method: 'POST',
    url: () => apiPaths.testRealtimeCapacity,
    credentials: 'none',
    body: () => ({ capacity: { concurrency: 4, latencyMs: 50 } }),
    validStatus: 200,
    specific: [
      { name: 'a missing capacity', body: () => ({}), status: 400 },
      {
        name: 'a concurrency of 0',
        body: () => ({ capacity: { concurrency: 0, latencyMs: 50 } }),
        status: 400,
      },
      {
        name: 'a latency of 70 s',
        body: () => ({ capacity: { concurrency: 1, latencyMs: 70_000 } }),
        status: 400,
      },
      {
        name: 'a concurrency given as text',
        body: () => ({ capacity: { concurrency: '4', latencyMs: 50 } }),
        status: 400,
      },
    ],
  },
  {
    name: 'test stats',
    method: 'GET',
    url: () => apiPaths.testStats,
    credentials: 'none',
    validStatus: 200,
    specific: [],
  },
  {
    name: 'hq session',
    method: 'GET',
    url: () => apiPaths.hqSession,
    credentials: 'none',
    validStatus: 200,
    specific: [],
  },
];

/** An edit of the customer a create record made (for "changed kind" and store isolation). */
function editRecordFor(created: AsyncRecord): AsyncRecord {
  return {
    kind: 'customer-edit',
    guid: randomUUID(),
    createdAt: '2025-01-01T08:59:30.000Z',
    customer: { asyncGuid: created.guid },
    draft: draft(),
  };
}

/** The variants every route with a JSON body gets. */
function bodyVariants(route: Route): Variant[] {
  const valid = route.body;
  if (!valid) return [];
  return [
    { name: 'invalid JSON', raw: '{"oops": ', status: 400, error: 'malformed-json' },
    { name: 'an empty JSON body', raw: '', status: 400, error: 'malformed-json' },
    { name: 'a JSON array', body: () => [], status: 400, error: 'validation' },
    { name: 'a JSON number', body: () => 42, status: 400, error: 'validation' },
    { name: 'JSON null', raw: 'null', status: 400, error: 'validation' },
    { name: 'a JSON string', raw: '"hello"', status: 400, error: 'validation' },
    {
      name: 'an unknown field',
      body: (f) => ({ ...(valid(f) as object), unexpected: true }),
      status: 400,
      error: 'validation',
    },
    {
      name: 'a __proto__ key',
      raw: '{"__proto__": {"isAdmin": true}}',
      status: 400,
      error: 'malformed-json',
    },
    { name: 'JSON nested 100,000 deep', raw: deeplyNested, status: 400 },
    { name: 'a 10 MB body', raw: huge, status: route.hugeStatus ?? 413 },
    { name: 'an XML body', raw: '<customer/>', contentType: 'application/xml', status: 415 },
    {
      name: 'a form body',
      raw: 'a=1',
      contentType: 'application/x-www-form-urlencoded',
      status: 415,
    },
    {
      name: 'valid JSON sent as text/plain',
      body: valid,
      contentType: 'text/plain',
      status: 400,
      error: 'validation',
    },
  ];
}

/** The variants every route that takes no body gets (it must not act on one). */
function noBodyVariants(route: Route): Variant[] {
  if (route.body || route.method === 'GET') return [];
  return [
    { name: 'a JSON array body', body: () => [1, 2], status: 400, error: 'validation' },
    { name: 'a JSON object body', body: () => ({ force: true }), status: 400, error: 'validation' },
    { name: 'a JSON null body', raw: 'null', status: 400, error: 'validation' },
    { name: 'invalid JSON', raw: '{', status: 400, error: 'malformed-json' },
    { name: 'a text body', raw: 'run it', contentType: 'text/plain', status: 400 },
    { name: 'a 10 MB body', raw: huge, status: 413 },
    { name: 'an XML body', raw: '<run/>', contentType: 'application/xml', status: 415 },
  ];
}

/** Missing and forged credentials on routes that need them. */
function credentialVariants(route: Route): Variant[] {
  if (route.credentials === 'none') return [];
  const forged =
    route.credentials === 'device'
      ? { authorization: `Bearer ${'A'.repeat(43)}` }
      : { cookie: 'hq_session=forged' };
  return [
    { name: 'no credentials', headers: () => ({}), status: 401, error: 'unauthorized' },
    { name: 'forged credentials', headers: () => forged, status: 401, error: 'unauthorized' },
  ];
}

function request(f: Fixture, route: Route, variant: Variant | null): InjectOptions {
  const headers = {
    ...(variant?.headers ?? ((x: Fixture) => headersFor(x, route.credentials)))(f),
  };
  const url = (variant?.url ?? route.url)(f);
  // A variant that changes only the path or the credentials sends the valid body.
  const bodyOf = variant?.body ?? route.body;
  if (variant?.raw !== undefined) {
    return {
      method: route.method,
      url,
      headers: { ...headers, 'content-type': variant.contentType ?? 'application/json' },
      payload: variant.raw,
    };
  }
  if (bodyOf) {
    return {
      method: route.method,
      url,
      headers: { ...headers, 'content-type': variant?.contentType ?? 'application/json' },
      payload: JSON.stringify(bodyOf(f)),
    };
  }
  return { method: route.method, url, headers };
}

function expectErrorBody(res: LightMyRequestResponse, variant: Variant): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(variant.status);
  expect(res.headers['content-type']).toMatch(/^application\/json/);
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  const body = errorBodySchema.parse(res.json());
  expect(body.message.length).toBeGreaterThan(5);
  if (variant.error) expect(body.error).toBe(variant.error);
}

function expectRejectedRecords(res: LightMyRequestResponse): void {
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  const { results } = uploadResponseSchema.parse({
    results: res.json<{ results: unknown }>().results,
  });
  expect(results.length).toBeGreaterThan(0);
  for (const result of results) {
    expect(result.outcome).toBe('rejected');
    expect(result.message?.code.length ?? 0).toBeGreaterThan(2);
  }
}

const table = routes.flatMap((route) =>
  [
    ...credentialVariants(route),
    ...bodyVariants(route),
    ...noBodyVariants(route),
    ...route.specific,
  ].map((variant) => ({ label: `${route.name}: ${variant.name}`, route, variant })),
);

describe('bad input on every route', () => {
  it('covers every route and at least 150 cases', () => {
    const paths = new Set(routes.map((r) => `${r.method} ${r.name}`));
    expect(paths.size).toBe(routes.length);
    expect(table.length).toBeGreaterThanOrEqual(150);
  });

  it.each(table)('$label', async ({ route, variant }) => {
    const f = await setUp();
    const hq = await databaseSnapshot(f.server.hqDb);
    const channel = await databaseSnapshot(f.server.channelDb);
    const res = await f.server.app.inject(request(f, route, variant));
    if (variant.rejectsRecords) expectRejectedRecords(res);
    else expectErrorBody(res, variant);
    expect(await databaseSnapshot(f.server.hqDb)).toEqual(hq);
    expect(await databaseSnapshot(f.server.channelDb)).toEqual(channel);
    const next = await f.server.app.inject(request(f, route, null));
    expect(next.statusCode, next.body.slice(0, 300)).toBe(route.validStatus);
  });
});

describe('duplicate GUIDs with different content in one batch', () => {
  it.each([
    { name: 'register upload', url: apiPaths.upload, credentials: 'device' as const },
    { name: 'rescue import', url: apiPaths.hqRescueImport, credentials: 'admin' as const },
  ])('$name stores the first and rejects the second', async ({ url, credentials }) => {
    const f = await setUp();
    const first = asyncRecord({ lastName: 'First' });
    const second = { ...first, customer: { ...first.customer, lastName: 'Second' } };
    const before = (
      f.server.channelDb.prepare('SELECT COUNT(*) AS n FROM async_records').get() as {
        n: number;
      }
    ).n;
    const records = [first, second];
    const res = await f.server.app.inject({
      method: 'POST',
      url,
      headers: headersFor(f, credentials),
      payload: url === apiPaths.upload ? uploadBody(records) : rescueFile(records),
    });
    expect(res.statusCode).toBe(200);
    const { results } = uploadResponseSchema.parse({
      results: res.json<{ results: unknown }>().results,
    });
    expect(results.map((r) => r.outcome)).toEqual(['accepted', 'rejected']);
    const stored = f.server.channelDb
      .prepare('SELECT payload FROM async_records WHERE guid = ?')
      .all(first.guid) as { payload: string }[];
    expect(stored.map((row) => JSON.parse(row.payload) as AsyncRecord)).toEqual([first]);
    const after = (
      f.server.channelDb.prepare('SELECT COUNT(*) AS n FROM async_records').get() as {
        n: number;
      }
    ).n;
    expect(after).toBe(before + 1);
  });
});

describe('unusual but legitimate text', () => {
  it.each([
    { name: 'emoji', text: 'Aiko 🌸' },
    { name: 'combining marks', text: 'Jose\u0301 Zoe\u0308' },
    { name: 'a right-to-left script', text: 'شيماء' },
    { name: 'Japanese', text: '森 愛子' },
  ])('stores a name with $name exactly as sent', async ({ text }) => {
    const f = await setUp();
    const record = asyncRecord({ firstName: text });
    const res = await f.server.app.inject({
      method: 'POST',
      url: apiPaths.upload,
      headers: auth(f.token),
      payload: uploadBody([record]),
    });
    expect(uploadResponseSchema.parse(res.json()).results[0]?.outcome).toBe('accepted');
    const row = f.server.channelDb
      .prepare('SELECT payload FROM async_records WHERE guid = ?')
      .get(record.guid) as { payload: string };
    expect((JSON.parse(row.payload) as typeof record).customer.firstName).toBe(text);
    const created = await f.server.app.inject({
      method: 'POST',
      url: apiPaths.realtimeCustomers,
      headers: auth(f.token),
      payload: { guid: randomUUID(), customer: draft({ lastName: text }) },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json<{ customer: { lastName: string } }>().customer.lastName).toBe(text);
  });
});
