import { expect, type Locator, type Page } from '@playwright/test';
import { seededRandom } from '../../e2e/chaos/random.ts';
import { queryTokens } from '../../src/pos/db/search-tokens.ts';
import { customerSearchMeasure, newestCustomersMeasure } from '../../src/pos/db/user-timing.ts';
import { figure, figureBeside } from '../figures.ts';
import type { SearchInTurns } from '../harness/search-in-turns.ts';
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
/** Customers a search shows at most (the POS's `searchCustomers` limit). */
const searchLimit = 50;

/** The texts a query is searched for as it is typed key by key: "h", "ha", "han"… */
function typedTexts(query: string): string[] {
  return Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)).filter(
    (text) => queryTokens(text).length > 0,
  );
}

/** Where the bench build puts `search-in-turns.ts` (vite.bench.config.ts), served beside the POS. */
const searchInTurnsUrl = '/bench/harness/search-in-turns.js';

/**
 * The storage search and its limit timed in turns in the POS page, once the typing is done
 * (see bench/harness/search-in-turns.ts).
 */
function searchInTurns(page: Page, texts: string[]): Promise<SearchInTurns> {
  return page.evaluate(
    async ({ url, database, texts, limit }) => {
      const probe = (await import(url)) as {
        searchInTurns: (database: string, texts: string[], limit: number) => Promise<SearchInTurns>;
      };
      return probe.searchInTurns(database, texts, limit);
    },
    { url: searchInTurnsUrl, database: registerDatabaseName, texts, limit: searchLimit },
  );
}

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
 * Screen: keystroke → rendered, and each search's User Timing measure while typing (the newest
 * customers, listed each time the box is emptied, apart). Storage beside its limit: afterwards,
 * in the same page, each typed text searched with the POS's `searchCustomers` in turns with the
 * raw IndexedDB query of its first word's prefix in the token index. While typing, a search
 * shares the main thread with React's renders of the previous results, which its time includes;
 * the limit, with no product code, has no renders to share it with: timed in turns, both have
 * the same conditions.
 */
export const search: Scenario = {
  title: 'Local search at 100k customers',
  async run(bench) {
    const typing: number[][] = [];
    const newest: number[][] = [];
    const rendered: number[][] = [];
    const ours: number[][] = [];
    const raw: number[][] = [];
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
        await takeMeasures(page, newestCustomersMeasure);
        const times = [];
        for (const query of queries) times.push(...(await typeQuery(page, box, query)));
        rendered.push(times);
        typing.push(await takeMeasures(page, customerSearchMeasure));
        newest.push(await takeMeasures(page, newestCustomersMeasure));
        const inTurns = await searchInTurns(page, queries.flatMap(typedTexts));
        ours.push(inTurns.ours);
        raw.push(inTurns.raw);
        bench.log(`  run ${run}: ${times.length} keystrokes, ${typing.at(-1)?.length} searches`);
      }
    } finally {
      await device.close();
    }
    const p = (runs: number[][], rank: number) => runs.map((times) => percentile(times, rank));
    return [
      figure(title, 'Storage search p50, in turns with its limit', 'ms', p(ours, 50)),
      figureBeside(title, 'Storage search p95, in turns with its limit', 'ms', p(ours, 95), {
        limit: { name: 'raw indexed prefix query p95, in turns', perRun: p(raw, 95) },
        ratioTarget: { atMost: 2 },
      }),
      figure(title, 'Storage search p95 while typing', 'ms', p(typing, 95)),
      figure(title, 'Newest customers (search box emptied) p95', 'ms', p(newest, 95)),
      figure(title, 'Keystroke → results rendered p50', 'ms', p(rendered, 50)),
      figure(title, 'Keystroke → results rendered p95', 'ms', p(rendered, 95), { atMost: 100 }),
    ];
  },
};
