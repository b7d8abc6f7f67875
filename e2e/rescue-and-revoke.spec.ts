import { readFileSync } from 'node:fs';
import { rescueFileSchema } from '../src/contract/health.ts';
import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  openConsole,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

test('X4: an offline register exports its unsynced records and HQ imports them exactly once', async ({
  browser,
  context,
  hq,
}, testInfo) => {
  const register = await context.newPage();
  await activateRegister(register, 'Shibuya Store');
  await waitForServiceWorker(register);
  await context.setOffline(true);
  const names = [uniqueName('Rescue'), uniqueName('Rescue')];
  for (const lastName of names) {
    if (!register.url().endsWith('/'))
      await register.getByRole('link', { name: '← Customers' }).click();
    await createPerson(register, { firstName: 'Saved', lastName });
  }
  await register.getByRole('link', { name: 'Sync center' }).click();
  const download = register.waitForEvent('download');
  await register.getByRole('button', { name: 'Export unsynced records' }).click();
  const path = testInfo.outputPath('rescue.json');
  await (await download).saveAs(path);
  expect(rescueFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).records).toHaveLength(2);

  const consoleContext = await browser.newContext();
  const console = await openConsole(consoleContext);
  await console
    .getByRole('link', { name: 'Registers' })
    .or(console.getByRole('button', { name: 'Registers' }))
    .first()
    .click();
  for (const expected of [
    'Imported: 2 new, 0 already at HQ, 0 refused',
    'Imported: 0 new, 2 already at HQ, 0 refused',
  ]) {
    await console.getByLabel('Rescue file').setInputFiles(path);
    await console.getByRole('button', { name: 'Import' }).click();
    await expect(console.getByText(expected)).toBeVisible();
  }
  await hq.runJobs();
  for (const lastName of names) expect(await hq.customers(lastName)).toHaveLength(1);

  await context.setOffline(false);
  await register.getByRole('link', { name: `Saved ${names[0]}` }).click();
  await expect(customerId(register)).toHaveText(accountNumberPattern);
  await consoleContext.close();
});

test('B16: a revoked register is refused, keeps its records, and uploads them once activated again', async ({
  page,
  context,
  hq,
}) => {
  const lastName = uniqueName('Revoked');
  await activateRegister(page, 'Shibuya Store', 'Register 2');
  const console = await openConsole(context);
  await console
    .getByRole('link', { name: 'Registers' })
    .or(console.getByRole('button', { name: 'Registers' }))
    .first()
    .click();
  await console.getByRole('button', { name: 'Revoke device — Shibuya Store register 2' }).click();
  await console.getByRole('button', { name: 'Revoke', exact: true }).click();

  await hq.setAsyncMode('S001', true);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'no longer accepts this register' }),
  ).toBeVisible();
  await createPerson(page, { firstName: 'Kept', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');
  await page.waitForTimeout(2000);
  expect((await hq.asyncOperations()).filter((op) => op.name.endsWith(lastName))).toHaveLength(0);
  await hq.runJob('p-job');
  expect((await hq.asyncOperations()).filter((op) => op.name.endsWith(lastName))).toHaveLength(0);

  await page.getByRole('button', { name: 'Activate again' }).click();
  await page.getByLabel('Store').selectOption({ label: 'Shibuya Store (S001)' });
  await page.getByLabel('Register').selectOption({ index: 2 });
  await page.getByRole('button', { name: 'Activate' }).click();
  await expect(page.getByRole('heading', { name: 'Customers' })).toBeVisible();
  await page.getByRole('link', { name: 'Sync center' }).click();
  await expect(page.getByRole('heading', { name: 'Waiting to upload (0)' })).toBeVisible();
  await hq.runJobs();
  expect(await hq.customers(lastName)).toHaveLength(1);
});
