import { expect, test } from './fixtures.ts';
import { activateRegister, customerId } from './register.ts';

test('the form shows field errors before saving, and a hostile name renders as text', async ({
  page,
}) => {
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  await activateRegister(page, 'Shibuya Store');
  await page.getByRole('link', { name: 'New customer' }).click();

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert')).toHaveText('Please correct the highlighted fields.');
  await expect(page.getByText('First name is required.')).toBeVisible();
  await expect(page.getByText('Last name is required.')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveAttribute('aria-invalid', 'true');

  // A direction override would make the name read other than it is stored: refused before saving.
  await page.getByLabel('First name').fill('Ai\u202Eokw.exe');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByText(
      'Text may not contain control characters, unpaired surrogates or direction overrides.',
    ),
  ).toBeVisible();

  const hostile = '<img src=x onerror=alert(1)>';
  await page.getByLabel('First name').fill(hostile);
  await page.getByLabel('Last name').fill('Tester');
  await page.getByLabel('Email', { exact: true }).fill('not-an-email');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a valid e-mail address.')).toBeVisible();

  await page.getByLabel('Email', { exact: true }).fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: `${hostile} Tester` })).toBeVisible();
  await expect(customerId(page)).not.toHaveText('');
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  expect(dialogs).toBe(0);
});
