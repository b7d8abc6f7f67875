import { test as base } from '@playwright/test';
import { hqApi } from './hq-api.ts';
import { loopbackUrl } from './shop-network.ts';

export { expect } from '@playwright/test';

/**
 * The suite's `test`: before every test HQ is put back to its starting state — every store in
 * sync mode except those in `asyncStores`, every feature off, no filter, the scale unit
 * reachable, no injected upload failures — and `hq` is its API. The test's own calls (`request`)
 * go to the server by 127.0.0.1 in every project: a tablet project's shop-network name resolves
 * only inside Chromium.
 */
export const test = base.extend<{ hq: ReturnType<typeof hqApi>; asyncStores: string[] }>({
  request: async ({ playwright }, provide) => {
    const request = await playwright.request.newContext({ baseURL: loopbackUrl });
    await provide(request);
    await request.dispose();
  },
  asyncStores: [[], { option: true }],
  hq: [
    async ({ request, asyncStores }, use) => {
      const hq = hqApi(request);
      await hq.reset();
      for (const store of asyncStores) await hq.setAsyncMode(store, true);
      await use(hq);
    },
    { auto: true },
  ],
});
