import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiPaths } from '../src/contract/api-paths.ts';
import type { JobRun } from '../src/contract/hq-admin.ts';
import { englishText, readMessage } from '../src/contract/messages.ts';
import { hqApi } from './hq-api.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';
import { recordRequests } from './request-recorder.ts';
import { splitDeployment, type SplitDeployment } from './split-deployment.ts';

// Issue 12, item 4: HQ and two scale units as three real processes over real HTTP. Ports:
// SCALE_OUT_PORT (HQ) and the next five (scale units shibuya and osaka, each http + https).
let deployment: SplitDeployment;
const uploaded = 'Uploaded; waiting for headquarters to assign an account number.';

let hqRequest: APIRequestContext;
let shibuya: Page;
let osaka: Page;
/** Every last name a register created, to check HQ holds exactly one of each. */
const created: string[] = [];

/** HQ's admin API in a request context of its own (a restarted HQ gets a new one). */
async function connectHq() {
  await hqRequest?.dispose();
  hqRequest = await request.newContext({ baseURL: deployment.hq.baseUrl });
  return hqApi(hqRequest);
}
let hq: Awaited<ReturnType<typeof connectHq>>;

/** Back to the register's customer list, for the next customer. */
async function toCustomers(page: Page): Promise<void> {
  if (new URL(page.url()).pathname === '/') return;
  await page.getByRole('link', { name: '← Customers' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
}

/** Saves a person at a register and remembers the name; ends on the person's details. */
async function create(page: Page, firstName: string, prefix: string): Promise<string> {
  const lastName = uniqueName(prefix);
  await toCustomers(page);
  await createPerson(page, { firstName, lastName });
  created.push(lastName);
  return lastName;
}

/** The register's row for `lastName` in its own customer search. */
async function searchOnRegister(page: Page, lastName: string) {
  await toCustomers(page);
  await page.getByLabel('Search customers').fill(lastName);
  return page
    .getByRole('table', { name: `Customers matching “${lastName}”` })
    .getByRole('row')
    .filter({ hasText: lastName });
}

/** HQ holds exactly one customer of each name a register created. */
async function exactlyOnceAtHq(): Promise<void> {
  for (const lastName of created) {
    const found = (await hq.customers(lastName)).filter((c) => c.lastName === lastName);
    expect(found, `HQ's customers named ${lastName}`).toHaveLength(1);
  }
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
  test.setTimeout(90_000);
  deployment = splitDeployment({
    basePort: Number(process.env.SCALE_OUT_PORT ?? 8383),
    units: [
      { id: 'shibuya', storeIds: ['S001'] },
      { id: 'osaka', storeIds: ['S002'] },
    ],
    hqEnv: { DEMO_CUSTOMERS: '20' },
  });
  await deployment.start();
  hq = await connectHq();
  await hq.setAsyncMode('S001', true);
  await hq.setAsyncMode('S002', false);
  // 1010 sends both scale units the configuration and HQ's customers.
  const run = await hq.runJob('distribution-1010');
  expect(run.errors).toEqual([]);
  const open = async (baseURL: string, store: string) => {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
    const page = await context.newPage();
    await activateRegister(page, store, 'Register 1', deployment.hq.baseUrl);
    await waitForServiceWorker(page);
    return page;
  };
  shibuya = await open(deployment.unit('shibuya').baseUrl, 'Shibuya Store');
  osaka = await open(deployment.unit('osaka').baseUrl, 'Osaka Store');
  ready = true;
});

let ready = false;
let failed = false;
test.afterEach(async () => {
  failed ||= test.info().status !== test.info().expectedStatus;
  // What a test killed runs again for the next one.
  await deployment.restartStopped();
});

test.afterAll(async () => {
  await hqRequest?.dispose();
  await shibuya?.context().close();
  await osaka?.context().close();
  // A failed run keeps each service's data folder and server.log.
  const keep = failed || !ready;
  if (keep) console.log(`scale-out services' data and logs: ${deployment?.dataRoot}`);
  await deployment?.stop(keep);
});

/** A job run's errors in English, each after the record it is about when it names one. */
function errorText(run: JobRun | undefined): string {
  return (run?.errors ?? [])
    .map(({ record, ...error }) => {
      const text = englishText(readMessage(error));
      return record === undefined ? text : `${record}: ${text}`;
    })
    .join(' ');
}

test('a customer created async at a Shibuya register reaches an Osaka register with its account number through the jobs', async () => {
  const lastName = await create(shibuya, 'Sora', 'Split');
  await expect(shibuya.getByText(uploaded)).toBeVisible();

  const runs = await hq.runJobs();
  expect(runs.flatMap((run) => run.errors)).toEqual([]);
  await expect(customerId(shibuya)).toHaveText(accountNumberPattern);
  const accountNumber = await customerId(shibuya).textContent();

  // Shared customer data is not filtered: Osaka's register has it, told by its scale unit.
  const row = await searchOnRegister(osaka, lastName);
  await expect(row.getByRole('cell').first()).toHaveText(accountNumber ?? '');
  await expect(row).toContainText('S001');
});

test('with the Osaka scale unit killed Shibuya works end to end; Osaka is caught up after its restart, nothing lost or doubled', async () => {
  const osakaUnit = deployment.unit('osaka');
  await osakaUnit.kill();
  const lastName = await create(shibuya, 'Kaito', 'Apart');
  await expect(shibuya.getByText(uploaded)).toBeVisible();

  const [pJob, sync, distribution] = await hq.runJobs();
  expect(errorText(pJob)).toContain("'osaka' was not reached");
  expect(sync?.errors).toEqual([]);
  expect(errorText(distribution)).toContain("'osaka' was not reached");
  expect(errorText(distribution)).not.toContain('shibuya');
  await expect(customerId(shibuya)).toHaveText(accountNumberPattern);
  const accountNumber = await customerId(shibuya).textContent();

  await osakaUnit.start();
  const caughtUp = await hq.runJob('distribution-1010');
  expect(caughtUp.errors).toEqual([]);
  const row = await searchOnRegister(osaka, lastName);
  await expect(row.getByRole('cell').first()).toHaveText(accountNumber ?? '');
  await exactlyOnceAtHq();
});

test('with HQ killed registers keep creating customers; once HQ is back each is converted exactly once', async () => {
  await deployment.hq.kill();
  const atShibuya = await create(shibuya, 'Haru', 'Alone');
  await expect(shibuya.getByText(uploaded)).toBeVisible();
  // Osaka creates in real time: its scale unit cannot reach HQ, so the register falls back.
  const atOsaka = await create(osaka, 'Yui', 'Alone');
  await expect(customerId(osaka)).toHaveText('Pending sync');
  await expect(osaka.getByText(uploaded)).toBeVisible();

  await deployment.hq.start();
  hq = await connectHq();
  const runs = await hq.runJobs();
  expect(runs.flatMap((run) => run.errors)).toEqual([]);
  expect(runs[0]?.done).toBe(2);
  await expect(customerId(shibuya)).toHaveText(accountNumberPattern);
  await expect(customerId(osaka)).toHaveText(accountNumberPattern);
  // Again: nothing more to convert.
  expect((await hq.runJob('p-job')).read).toBe(0);
  await exactlyOnceAtHq();
  for (const lastName of [atShibuya, atOsaka]) {
    const operations = (await hq.asyncOperations()).filter((op) => op.name.includes(lastName));
    expect(operations.map((op) => op.status)).toEqual(['completed']);
  }
});

test('an idle register sends nothing but its event stream and learns a new account number within 2 s of 1010', async () => {
  const requests = recordRequests(shibuya.context());
  await create(shibuya, 'Riku', 'Told');
  await expect(shibuya.getByText(uploaded)).toBeVisible();
  // Settled: the page's and the service worker's syncs after the upload are over (2 s quiet).
  await expect
    .poll(() => Date.now() - requests.lastAt(), { timeout: 20_000 })
    .toBeGreaterThan(2000);
  const quietFrom = requests.seen.length;
  await hq.runJob('p-job');
  await hq.runJob('sync-customers');
  expect(requests.pathsSince(quietFrom)).toEqual([]);
  const run = await hq.runJob('distribution-1010');
  const distributed = Date.now();
  expect(run.done).toBeGreaterThanOrEqual(1);
  await expect(customerId(shibuya)).toHaveText(accountNumberPattern, { timeout: 2000 });
  expect(Date.now() - distributed).toBeLessThan(2000);
  // In between, only the download the poke asked for (customers: the feed alone).
  expect(requests.pathsSince(quietFrom)).toEqual([apiPaths.feed]);
});
