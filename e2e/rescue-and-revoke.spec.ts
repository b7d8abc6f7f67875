import { readFileSync } from 'node:fs';
import { rescueFileSchema } from '../src/contract/health.ts';
import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  openConsole,
  openSection,
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
  await openSection(console, 'Registers');
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
  await register.getByRole('link', { name: 'Shibuya Store · Register 1' }).click();
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
  await openSection(console, 'Registers');
  await console.getByRole('button', { name: 'Revoke device — Shibuya Store register 2' }).click();
  await console.getByRole('button', { name: 'Revoke', exact: true }).click();

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'no longer accepts this register' }),
  ).toBeVisible();
  await createPerson(page, { firstName: 'Kept', lastName });
  await expect(customerId(page)).toHaveText('Pending sync');
  // The upload was tried and refused: the record waits on the register.
  await expect(page.getByText(/will retry: The device token is not valid/)).toBeVisible();
  expect((await hq.asyncOperations()).filter((op) => op.name.endsWith(lastName))).toHaveLength(0);
  await hq.runJob('p-job');
  expect((await hq.asyncOperations()).filter((op) => op.name.endsWith(lastName))).toHaveLength(0);

  await page.getByRole('button', { name: 'Activate again' }).click();
  await page.getByLabel('Activation code').fill((await hq.activationCode('S001-R2')).code);
  await page.getByRole('button', { name: 'Activate' }).click();
  // Back where the cashier was: the customer's details, now uploaded with the new token.
  await expect(
    page.getByText('Uploaded; waiting for headquarters to assign an account number.'),
  ).toBeVisible();
  await hq.runJobs();
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  expect(await hq.customers(lastName)).toHaveLength(1);
});
