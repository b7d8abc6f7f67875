import { expectNoAxeViolations } from './axe.ts';
import { expect, test } from './fixtures.ts';
import { expectTouchLayout } from './layout.ts';
import { activateRegister, createPerson, uniqueName, uniquePhone } from './register.ts';
import { tourRegister, tourRegisterProblems, type ScreenCheck } from './screen-tour.ts';
import { tourConsole } from './console-tour.ts';

test.use({ asyncStores: ['S001'] });

/** The register's touch targets are at least 44 px; the console's, used with a mouse too, 40. */
const registerTarget = 44;
const consoleTarget = 40;

const tablets = [
  { name: 'portrait tablet', viewport: { width: 768, height: 1024 } },
  { name: 'landscape tablet', viewport: { width: 1280, height: 800 } },
] as const;

for (const { name, viewport } of tablets) {
  test.describe(`${name} ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport, hasTouch: true });

    const check =
      (minSize: number): ScreenCheck =>
      (page, screen) =>
        test.step(`layout: ${screen}`, () => expectTouchLayout(page, screen, minSize));

    test('every register screen fits the width, with 44 px targets', async ({ page, hq }) => {
      test.setTimeout(180_000);
      await tourRegister(page, hq, check(registerTarget));
    });

    test('the register waiting for settings, Needs attention and the update prompt fit too', async ({
      page,
      context,
    }) => {
      await tourRegisterProblems(page, context, check(registerTarget));
    });

    test('every console section and dialog fits the width, with 40 px targets', async ({
      page,
      browser,
      hq,
    }) => {
      // The console tour opens every section's forms and dialogs.
      test.setTimeout(240_000);
      await tourConsole(page, browser, hq, check(consoleTarget));
    });
  });
}

test.describe('phone 412×823', () => {
  test.use({ viewport: { width: 412, height: 823 }, hasTouch: true });

  test('the customer list stacks each customer, every value readable beside its column name', async ({
    page,
  }) => {
    await activateRegister(page, 'Osaka Store');
    const lastName = uniqueName('Narrow');
    await createPerson(page, {
      firstName: 'Mio',
      lastName,
      email: `mio.${lastName.toLowerCase()}@example.com`,
      phone: uniquePhone().dashed,
    });
    await page
      .getByRole('banner')
      .getByRole('link', { name: /· Register \d/ })
      .click();
    await page.getByRole('searchbox', { name: 'Search customers' }).fill(lastName);
    const table = page.getByRole('table', { name: `Customers matching “${lastName}”` });
    const firstRow = table.getByRole('row').nth(1);
    await expect(firstRow).toContainText(lastName);
    await expectTouchLayout(page, 'customer list (phone)', registerTarget);
    await expectNoAxeViolations(page, 'customer list (phone)');
    // Read as a table still: the header cells name each cell of the row.
    await expect(table.getByRole('columnheader')).toHaveText([
      'Customer ID',
      'Name',
      'Email',
      'Phone',
      'Store',
    ]);
    const email = firstRow.getByRole('cell').nth(2);
    await expect(email).toContainText('@');
    // Each value on a line of its own (a long e-mail may take two), not a column a few letters wide.
    const lineHeight = await email.evaluate((cell) =>
      parseFloat(getComputedStyle(cell).lineHeight),
    );
    for (const cell of await firstRow.getByRole('cell').all()) {
      const box = await cell.boundingBox();
      expect(box?.width).toBeGreaterThan(300);
      expect(box?.height).toBeLessThan(3 * lineHeight);
    }
    await page.screenshot({ path: test.info().outputPath('customer-list-phone.png') });
  });
});
