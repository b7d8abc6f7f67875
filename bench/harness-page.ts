import type { Page } from '@playwright/test';
import { launchDevice } from './chromium.ts';
import type { BenchHarness } from './harness-api.ts';
import type { BenchContext } from './scenario.ts';

/** Where the bench build puts the harness page (dist-bench/, served beside the POS). */
const harnessPath = '/bench/harness/index.html';

type Method = keyof BenchHarness;

/** The harness page, its methods called from Node with their types. */
export interface Harness {
  page: Page;
  call<K extends Method>(
    method: K,
    ...args: Parameters<BenchHarness[K]>
  ): Promise<Awaited<ReturnType<BenchHarness[K]>>>;
  close(): Promise<void>;
}

/**
 * Opens the harness in a fresh device browser (see `launchDevice`), one where the POS was never
 * loaded, so the POS's service worker (scope /) cannot take over the page. Page errors go to the bench log.
 */
export async function openHarness(bench: BenchContext): Promise<Harness> {
  const { context, close } = await launchDevice({
    baseURL: bench.baseUrl,
    serviceWorkers: 'allow',
  });
  context.on('weberror', (error) => bench.log(`harness error: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() === 'error') bench.log(`harness console: ${message.text()}`);
  });
  // A persistent context opens with its first tab.
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(harnessPath);
  await page.waitForFunction(() => 'bench' in window);
  async function call<K extends Method>(
    method: K,
    ...args: Parameters<BenchHarness[K]>
  ): Promise<Awaited<ReturnType<BenchHarness[K]>>> {
    const result: unknown = await page.evaluate(
      ([name, values]) =>
        (window.bench[name] as (...parameters: unknown[]) => Promise<unknown>)(...values),
      [method, args] as const,
    );
    return result as Awaited<ReturnType<BenchHarness[K]>>;
  }
  return { page, call, close };
}
