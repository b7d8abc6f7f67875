import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  openConsole,
  openSection,
  syncNow,
  uniqueName,
} from './register.ts';

test('async mode switched on the HQ console changes how the next customer is created', async ({
  page,
  context,
}) => {
  await activateRegister(page, 'Shibuya Store');
  const console = await openConsole(context);
  await openSection(console, 'Stores');
  const asyncMode = console.getByRole('checkbox', {
    name: 'Create customer in async mode — Shibuya Store',
  });

  await asyncMode.check();
  await expect(asyncMode).toBeChecked();
  await syncNow(page);
  await expect(page.getByText('Async customer mode')).toBeVisible();
  await createPerson(page, { firstName: 'Async', lastName: uniqueName('Toggle') });
  await expect(customerId(page)).toHaveText('Pending sync');

  await asyncMode.uncheck();
  await expect(asyncMode).not.toBeChecked();
  await syncNow(page);
  await expect(page.getByText('Real-time customer mode')).toBeVisible();
  await page.getByRole('link', { name: '← Customers' }).click();
  await createPerson(page, { firstName: 'Sync', lastName: uniqueName('Toggle') });
  await expect(customerId(page)).toHaveText(accountNumberPattern);
});

test('the console warns that jobs are not scheduled, and customers stay pending until they run', async ({
  page,
  context,
  hq,
}) => {
  await hq.setAsyncMode('S001', true);
  const console = await openConsole(context);
  await expect(
    console.getByRole('alert').filter({
      hasText: 'Not scheduled: P-job, Synchronize customers and channel requests, 1010.',
    }),
  ).toBeVisible();

  await activateRegister(page, 'Shibuya Store');
  await createPerson(page, { firstName: 'Waits', lastName: uniqueName('Sched') });
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  await page.waitForTimeout(6000);
  await syncNow(page);
  await expect(customerId(page)).toHaveText('Pending sync');

  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
});

test('feature management refuses 10.0.29 until both other features are on', async ({ context }) => {
  const console = await openConsole(context);
  await openSection(console, 'Feature management');
  const editing = console.getByRole('checkbox', {
    name: 'Enable editing customers in asynchronous mode',
  });
  const addresses = console.getByRole('checkbox', {
    name: 'Enable the asynchronous creation for customer addresses',
  });
  const enhanced = console.getByRole('checkbox', {
    name: 'Enable enhanced async customer creation',
  });

  await expect(editing).toBeDisabled();
  await addresses.check();
  await expect(editing).toBeDisabled();
  await enhanced.check();
  await expect(editing).toBeEnabled();
  await editing.check();
  await expect(editing).toBeChecked();
  await expect(addresses).toBeDisabled();
});
