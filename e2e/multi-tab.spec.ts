import { expect, test } from './fixtures.ts';
import {
  activateRegister,
  allUploaded,
  createPerson,
  uniqueName,
  waitForServiceWorker,
} from './register.ts';

test('two POS tabs on one device upload every customer exactly once', async ({ context, hq }) => {
  const first = await context.newPage();
  await activateRegister(first, 'Shibuya Store');
  await waitForServiceWorker(first);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('heading', { name: 'Customers' })).toBeVisible();

  await context.setOffline(true);
  const names: string[] = [];
  for (const [i, page] of [first, second, first, second, first, second].entries()) {
    const lastName = uniqueName(`Tab${i}`);
    names.push(lastName);
    if (!page.url().endsWith('/')) await page.getByRole('link', { name: '← Customers' }).click();
    await createPerson(page, { firstName: 'Multi', lastName });
  }
  await context.setOffline(false);
  await allUploaded(first);
  await allUploaded(second);

  await hq.runJobs();
  for (const lastName of names) expect(await hq.customers(lastName)).toHaveLength(1);
  const operations = (await hq.asyncOperations()).filter((op) =>
    names.some((n) => op.name.endsWith(n)),
  );
  expect(operations).toHaveLength(names.length);
});
