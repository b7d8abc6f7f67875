import type { Page } from '@playwright/test';
import { figure } from '../figures.ts';
import { mainJsGzippedKb } from '../../e2e/main-js.ts';
import { activateRegister, openPosDevice } from '../pos-register.ts';
import type { Scenario } from '../scenario.ts';
import { median } from '../stats.ts';

const title = '7. Main JS and offline shell';
/** Offline reloads per run; the first of each run warms up and is not counted. */
const reloadsPerRun = 8;

/** Waits until the service worker controls the page, so it can load offline. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) =>
      navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
    );
  });
}

/** Reloads the page and returns when its "Customers" heading was first painted, in ms since navigation start. */
async function timedReload(page: Page): Promise<number> {
  await page.reload();
  return page.evaluate(() => window.posBench.headingShown('Customers'));
}

/**
 * Item 7: the size of the main JS (gzipped, as served), and how fast an activated register's
 * app shell loads offline from its service worker.
 */
export const bundleAndShell: Scenario = {
  title: 'Main JS and offline shell',
  async run(bench) {
    const mainJs = mainJsGzippedKb('dist');
    const shellLoads: number[] = [];
    const device = await openPosDevice(bench);
    try {
      const { page, context } = device;
      await activateRegister(page, bench.hq, 'Osaka Store', 1);
      await controlledByServiceWorker(page);
      await context.setOffline(true);
      for (let run = 1; run <= bench.runs; run += 1) {
        await timedReload(page);
        const times = [];
        for (let i = 0; i < reloadsPerRun; i += 1) times.push(await timedReload(page));
        shellLoads.push(median(times));
      }
    } finally {
      await device.close();
    }
    return [
      figure(title, 'Main JS, gzipped', 'kB', Array<number>(bench.runs).fill(mainJs), {
        atMost: 150,
      }),
      figure(title, 'Offline shell load → "Customers" shown, p50', 'ms', shellLoads),
    ];
  },
};
