import type { BenchHarness } from '../harness-api.ts';
import { settleDrains } from './background-drains.ts';
import { createCustomers } from './create-load.ts';
import { downloadUntilSynced, skipToFeedHead } from './feed.ts';
import { noopDrain } from './noop-drain.ts';
import { drain, queueCustomers } from './outbox-load.ts';
import {
  closeRegister,
  downloadSettings,
  openRegister,
  registerNamed,
} from './simulated-register.ts';
import { workboxReplay } from './workbox-queue.ts';

/**
 * The bench harness page: the real POS modules (database, outbox, API client, creation, upload
 * and download) driving simulated registers, exposed to the scenarios on `window.bench`.
 */
const bench: BenchHarness = {
  openRegister,
  downloadSettings: (names) =>
    Promise.all(
      names.map(async (name) => (await downloadSettings(registerNamed(name))).asyncCustomerMode),
    ),
  createCustomers,
  settleDrains,
  queueCustomers,
  drain,
  skipToFeedHead,
  downloadUntilSynced,
  workboxReplay,
  noopDrain,
  closeRegister,
};
window.bench = bench;
document.title = 'Bench harness (ready)';
