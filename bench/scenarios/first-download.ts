import { feedPageSizeMax } from '../../src/contract/register.ts';
import { figure, figureBeside } from '../figures.ts';
import { rawBulkPutRate } from '../limits/idb-limits.ts';
import { probeResult } from '../pos-page-probe.ts';
import {
  chooseRegister,
  firstDownloadTimeoutMs,
  openPosDevice,
  storedCustomers,
} from '../pos-register.ts';
import type { Scenario } from '../scenario.ts';

const title = '6. First download of 100k customers';

/**
 * Item 6: a fresh device is activated through the UI; measured in the page from the Activate
 * click to the first frame whose status bar shows the last download's time (saved only once the
 * feed's last page is stored), while it records every "Downloading… N" the status bar painted.
 * Its limit, in the same page: the same rows put again into a copy of the store, a feed page
 * per transaction, with the browser's IndexedDB alone.
 */
export const firstDownload: Scenario = {
  title: 'First download of 100k customers',
  async run(bench) {
    const seconds: number[] = [];
    const perSecond: number[] = [];
    const progressUpdates: number[] = [];
    const rawPerSecond: number[] = [];
    for (let run = 1; run <= bench.runs; run += 1) {
      const device = await openPosDevice(bench);
      try {
        const activate = await chooseRegister(device.page, bench.hq, 'Osaka Store', 1);
        await activate.evaluate((button) => {
          const statusBar = () => document.querySelector('header')?.textContent ?? '';
          window.posBench.arm(
            'download',
            button,
            'click',
            () => statusBar().includes('Last download '),
            () => /Downloading… (\d+)/.exec(statusBar())?.[1] ?? null,
          );
        });
        await activate.click();
        const { ms, samples } = await probeResult(device.page, 'download', firstDownloadTimeoutMs);
        const customers = await storedCustomers(device.page);
        if (customers < bench.demoCustomers) {
          throw new Error(`The first download ended with only ${customers} customers stored.`);
        }
        if (samples.length === 0) {
          throw new Error('The first download showed no progress in the status bar.');
        }
        seconds.push(ms / 1000);
        perSecond.push(customers / (ms / 1000));
        progressUpdates.push(samples.length);
        rawPerSecond.push(await rawBulkPutRate(device.page, feedPageSizeMax));
        bench.log(
          `  run ${run}: ${customers} customers in ${(ms / 1000).toFixed(1)} s; raw bulkPut ` +
            `${Math.round(rawPerSecond.at(-1) ?? 0)}/s`,
        );
      } finally {
        await device.close();
      }
    }
    return [
      figure(title, 'Activate → all customers stored', 's', seconds),
      figureBeside(title, 'Customers stored per second', '/s', perSecond, {
        limit: { name: 'raw bulkPut of the same rows', perRun: rawPerSecond },
        ratioTarget: { atLeast: 0.7 },
      }),
      figure(title, 'Progress updates shown', '', progressUpdates),
    ];
  },
};
