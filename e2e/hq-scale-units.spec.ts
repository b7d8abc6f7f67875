import { expect, test } from './fixtures.ts';
import { openConsole, openSection } from './register.ts';

test('issue 12: the console lists the in-process scale unit, reachable with the demo stores, and shows its last push once 1010 ran', async ({
  context,
}) => {
  const console = await openConsole(context);
  await openSection(console, 'Scale units');
  await expect(console.getByRole('heading', { level: 2, name: 'Scale units' })).toBeVisible();
  const local = console
    .getByRole('table', { name: '1 scale unit' })
    .getByRole('row')
    .filter({ has: console.getByRole('rowheader', { name: /^local\s*In this process$/ }) });
  const cell = (column: number) => local.getByRole('cell').nth(column);
  await expect(cell(0)).toContainText('Shibuya Store');
  await expect(cell(0)).toContainText('Osaka Store');
  await expect(cell(1)).toHaveText('Reachable');

  await openSection(console, 'Batch jobs');
  const job = console.getByRole('region', { name: '1010' });
  const clickedAt = Date.now();
  await job.getByRole('button', { name: 'Run now' }).click();
  await expect(job.getByRole('status').first()).toContainText('This run:');

  await openSection(console, 'Scale units');
  const lastPush = cell(4).locator('time');
  await expect
    .poll(async () => Date.parse((await lastPush.getAttribute('datetime')) ?? ''))
    .toBeGreaterThanOrEqual(clickedAt);
  await expect(lastPush).toContainText(/^now/);
});
