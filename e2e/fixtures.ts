import { test as base } from '@playwright/test';
import { hqApi } from './hq-api.ts';

export { expect } from '@playwright/test';

/**
 * The suite's `test`: before every test HQ is put back to its starting state — every store in
 * sync mode except those in `asyncStores`, every feature off, no filter, the scale unit
 * reachable, no injected upload failures — and `hq` is its API.
 */
export const test = base.extend<{ hq: ReturnType<typeof hqApi>; asyncStores: string[] }>({
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
