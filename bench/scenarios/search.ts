import { expect, type Locator, type Page } from '@playwright/test';
import { seededRandom } from '../../e2e/chaos/random.ts';
import { customerSearchMeasure } from '../../src/pos/db/user-timing.ts';
import { figure } from '../figures.ts';
import { probeResult, takeMeasures } from '../pos-page-probe.ts';
import {
  activateRegister,
  openPosDevice,
  registerDatabaseName,
  storedCustomers,
} from '../pos-register.ts';
import { searchQueries, type KnownCustomer } from '../pos-search-queries.ts';
import type { Scenario } from '../scenario.ts';
import { percentile } from '../stats.ts';

const title = '3. Local search at 100k customers';
const queriesPerRun = 50;
/** Customers the queries are made for, picked at random among those the register holds. */
const knownCustomers = 200;

/** Reads `count` random persons from the register's IndexedDB (an observation of its data). */
function samplePersons(page: Page, count: number, total: number): Promise<KnownCustomer[]> {
  const ids = Array.from({ length: count }, () => 1 + Math.floor(Math.random() * total));
  return page.evaluate(
    async ({ ids, name }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      try {
        const store = db.transaction('customers', 'readonly').objectStore('customers');
        const found = await Promise.all(
          ids.map(
            (id) =>
              new Promise<Partial<KnownCustomer> & { type?: string }>((resolve) => {
                const get = store.get(id);
                get.onsuccess = () => resolve((get.result as object | undefined) ?? {});
                get.onerror = () => resolve({});
              }),
          ),
        );
        return found.flatMap(({ type, firstName, lastName, phone, accountNumber }) =>
          type === 'person' && firstName && lastName && phone && accountNumber
            ? [{ firstName, lastName, phone, accountNumber }]
            : [],
        );
      } finally {
        db.close();
      }
    },
    { ids, name: registerDatabaseName },
  );
}

/**
 * Types `query` key by key; for each key, measures in the page from its input event to the
 * first frame whose results table is captioned with the text typed so far.
 */
async function typeQuery(page: Page, box: Locator, query: string): Promise<number[]> {
  await box.fill('');
  await expect(page.getByRole('table', { name: 'Newest customers' })).toBeVisible();
  const times = [];
  for (let length = 1; length <= query.length; length += 1) {
    const text = query.slice(0, length);
    await box.evaluate(
      (input, text) =>
        window.posBench.arm(
          'keystroke',
          input,
          'input',
          () =>
            document.querySelector('table caption')?.textContent === `Customers matching “${text}”`,
        ),
      text,
    );
    await page.keyboard.type(text.slice(-1));
    times.push((await probeResult(page, 'keystroke')).ms);
  }
  return times;
}

/**
 * Item 3: a register holding the 100k downloaded customers; realistic queries typed key by key.
 * Storage: every `searchCustomers` call's User Timing measure. Screen: keystroke → rendered.
 */
export const search: Scenario = {
  title: 'Local search at 100k customers',
  async run(bench) {
    const storage: number[][] = [];
    const rendered: number[][] = [];
    const device = await openPosDevice(bench);
    try {
      const { page } = device;
      await activateRegister(page, bench.hq, 'Osaka Store', 1);
      const total = await storedCustomers(page);
      if (total < bench.demoCustomers) throw new Error(`Only ${total} customers downloaded.`);
      const persons = await samplePersons(page, knownCustomers, total);
      const box = page.getByRole('searchbox', { name: 'Search customers' });
      await box.focus();
      for (let run = 1; run <= bench.runs; run += 1) {
        const queries = searchQueries(persons, queriesPerRun, seededRandom(run));
        await takeMeasures(page, customerSearchMeasure);
        const times = [];
        for (const query of queries) times.push(...(await typeQuery(page, box, query)));
        rendered.push(times);
        storage.push(await takeMeasures(page, customerSearchMeasure));
        bench.log(`  run ${run}: ${times.length} keystrokes, ${storage.at(-1)?.length} searches`);
      }
    } finally {
      await device.close();
    }
    const p = (runs: number[][], rank: number) => runs.map((times) => percentile(times, rank));
    return [
      figure(title, 'Storage search p50', 'ms', p(storage, 50)),
      figure(title, 'Storage search p95', 'ms', p(storage, 95), { atMost: 10 }),
      figure(title, 'Keystroke → results rendered p50', 'ms', p(rendered, 50)),
      figure(title, 'Keystroke → results rendered p95', 'ms', p(rendered, 95), { atMost: 100 }),
    ];
  },
};
