import { test } from '@playwright/test';
import { splitDeployment } from '../split-deployment.ts';
import { runChaos } from './chaos-run.ts';
import { chaosSplitCustomerCount, chaosSplitPort } from './chaos-size.ts';

test('across the split (HQ and two scale units, HQ and each scale unit killed mid-batch) every customer reaches HQ exactly once and every register shows its account number', async ({
  browser,
}, testInfo) => {
  const deployment = splitDeployment({
    basePort: chaosSplitPort,
    units: [
      { id: 'shibuya', storeIds: ['S001'] },
      { id: 'osaka', storeIds: ['S002'] },
    ],
    hqEnv: { HQ_JOB_SCHEDULE: 'on', DEMO_CUSTOMERS: '200' },
  });
  const shibuya = deployment.unit('shibuya');
  const osaka = deployment.unit('osaka');
  const services = [deployment.hq, shibuya, osaka];
  await runChaos(browser, testInfo, {
    customers: chaosSplitCustomerCount(),
    hqUrl: deployment.hq.baseUrl,
    storeUrl: (store) => (store === 'Shibuya Store' ? shibuya : osaka).baseUrl,
    scaleUnitUrls: [shibuya.baseUrl, osaka.baseUrl],
    // While registers upload to their scale units and the jobs (every 2 s) pull and push.
    killed: [deployment.hq, shibuya, osaka],
    restarts: () => services.reduce((sum, service) => sum + service.restarts, 0),
    start: () => deployment.start(),
    stop: (passed) => deployment.stop(!passed),
    logs: deployment.dataRoot,
  });
});
