import { expect, test } from './fixtures.ts';
import {
  accountNumberPattern,
  activateRegister,
  createPerson,
  customerId,
  syncNow,
  uniqueName,
} from './register.ts';

/** Four random digits, so this run's phone numbers are on no other customer. */
const fourDigits = () => String(1000 + Math.floor(Math.random() * 9000));

test('X2: a phone or e-mail already on the register is flagged while typing, synced or pending; Save still works', async ({
  page,
  hq,
}) => {
  const [a, b] = [fourDigits(), fourDigits()];
  const taro = { firstName: 'Taro', lastName: uniqueName('Dup'), phone: `090-${a}-${b}` };
  const sakura = {
    firstName: 'Sakura',
    lastName: uniqueName('Dup'),
    email: `${uniqueName('sakura').toLowerCase()}@example.jp`,
  };
  const taroName = `${taro.firstName} ${taro.lastName}`;
  const sakuraName = `${sakura.firstName} ${sakura.lastName}`;
  await activateRegister(page, 'Shibuya Store');

  // Taro is created at HQ in real time (synced); Sakura on the register in async mode (pending).
  await createPerson(page, taro);
  await expect(customerId(page)).toHaveText(accountNumberPattern);
  const account = (await customerId(page).textContent()) ?? '';
  await hq.setAsyncMode('S001', true);
  await syncNow(page);
  await expect(page.getByText('Async customer mode')).toBeVisible();
  await page.getByRole('link', { name: '← Customers' }).click();
  await createPerson(page, sakura);
  await expect(customerId(page)).toHaveText('Pending sync');
  await page.getByRole('link', { name: '← Customers' }).click();

  await page.getByRole('link', { name: 'New customer' }).click();
  const warning = page.getByRole('status', { name: 'Possible duplicates' });
  await expect(warning).toHaveText('');
  const jiro = { firstName: 'Jiro', lastName: uniqueName('Dup') };
  await page.getByLabel('First name').fill(jiro.firstName);
  await page.getByLabel('Last name').fill(jiro.lastName);

  // Taro's phone typed in another format.
  const phone = page.getByLabel('Phone', { exact: true });
  await phone.fill(`090${a}${b}`);
  await expect(warning).toHaveText(
    `Possible duplicate: ${taroName} (${account}) has the same phone number. Open ${taroName}`,
  );
  await expect(warning.getByRole('link', { name: `Open ${taroName}` })).toBeVisible();

  // An unrelated phone: the warning goes.
  await phone.fill(`070-${b}-${a}`);
  await expect(warning).toHaveText('');

  // Sakura's e-mail in other case: she is pending, so Pending sync stands for her account.
  await page.getByLabel('Email', { exact: true }).fill(sakura.email.toUpperCase());
  await expect(warning).toHaveText(
    `Possible duplicate: ${sakuraName} (Pending sync) has the same e-mail address. Open ${sakuraName}`,
  );

  // A warning never blocks Save.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('heading', { name: `${jiro.firstName} ${jiro.lastName}` }),
  ).toBeVisible();
  await expect(customerId(page)).toHaveText('Pending sync');

  // The link opens the customer who has the phone.
  await page.getByRole('link', { name: '← Customers' }).click();
  await page.getByRole('link', { name: 'New customer' }).click();
  await page.getByLabel('Phone', { exact: true }).fill(`(090) ${a} ${b}`);
  await warning.getByRole('link', { name: `Open ${taroName}` }).click();
  await expect(page.getByRole('heading', { name: taroName })).toBeVisible();
  await expect(customerId(page)).toHaveText(account);

  // Editing Taro: his own phone is no duplicate of himself; Sakura's e-mail is.
  await page.getByRole('button', { name: 'Edit customer' }).click();
  await page.getByLabel('Email', { exact: true }).fill(sakura.email);
  await expect(warning).toContainText(
    `Possible duplicate: ${sakuraName} (Pending sync) has the same e-mail address.`,
  );
  await expect(warning).not.toContainText(taroName);
});
