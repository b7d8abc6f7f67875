import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { customerId, uniqueName } from './register.ts';
import { hqAdminPassword } from './test-server.ts';

test.use({ asyncStores: ['S001'] });

interface Focused {
  /** Role-ish kind: the tag name, or the input's type. */
  kind: string;
  /** What a screen reader would call it, near enough: aria-label, label, or text. */
  name: string;
  outline: string;
}

async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) {
      return { kind: 'body', name: '', outline: 'none' };
    }
    const label = element instanceof HTMLInputElement ? element.labels?.[0]?.innerText : null;
    const style = getComputedStyle(element);
    return {
      kind: element instanceof HTMLInputElement ? element.type : element.tagName.toLowerCase(),
      name: (element.getAttribute('aria-label') ?? label ?? element.innerText).trim(),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
    };
  });
}

/** Expects the focused element to show a focus ring: an outline of at least 2 px. */
async function expectVisibleFocus(page: Page): Promise<Focused> {
  const now = await focused(page);
  const [style = 'none', width = '0px'] = now.outline.split(' ');
  expect(style, `focus ring on ${now.kind} "${now.name}"`).not.toBe('none');
  expect(parseFloat(width), `focus ring width on ${now.kind} "${now.name}"`).toBeGreaterThanOrEqual(
    2,
  );
  return now;
}

/**
 * Presses Tab (or Shift+Tab) until the element named `name` has focus, checking on the way that
 * every element Tab reaches shows its focus.
 */
async function tabTo(page: Page, name: string | RegExp, key = 'Tab'): Promise<void> {
  const visited: string[] = [];
  for (let presses = 0; presses < 60; presses++) {
    await page.keyboard.press(key);
    const now = await focused(page);
    visited.push(`${now.kind} "${now.name}"`);
    expect(now.kind, `${key} left the page after ${visited.join(', ')}`).not.toBe('body');
    await expectVisibleFocus(page);
    if (typeof name === 'string' ? now.name === name : name.test(now.name)) return;
  }
  throw new Error(`Tab never reached "${String(name)}"; it went through ${visited.join(', ')}`);
}

test('a cashier activates the register, creates a customer and opens it with the keyboard only', async ({
  page,
  hq,
}) => {
  const lastName = uniqueName('Keys');
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Activate this register' })).toBeVisible();

  await tabTo(page, 'Activation code');
  await page.keyboard.type((await hq.activationCode('S001-R1')).code);
  await tabTo(page, 'Activate');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  // The new page has focus, so Tab goes on from there.
  await expect(page.getByRole('main')).toBeFocused();

  await tabTo(page, 'New customer');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();
  await tabTo(page, /^First name/);
  await page.keyboard.type('Kei');
  await tabTo(page, /^Last name/);
  await page.keyboard.type(lastName);
  await tabTo(page, 'Save');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Kei ${lastName}` })).toBeVisible();
  await expect(customerId(page)).toHaveText('Pending sync');

  // Back to the list from the details' first link, then the new customer by Shift+Tab from search.
  await tabTo(page, '← Customers');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  await tabTo(page, 'Search customers');
  await page.keyboard.type(lastName);
  await expect(page.getByRole('table')).toContainText(`Kei ${lastName}`);
  await tabTo(page, `Kei ${lastName}`);
  await tabTo(page, 'Search customers', 'Shift+Tab');
  await tabTo(page, `Kei ${lastName}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: `Kei ${lastName}` })).toBeVisible();
});

test('an administrator signs in, runs a job and opens and cancels a dialog with the keyboard only', async ({
  page,
}) => {
  await page.goto('/hq/');
  await expect(page.getByRole('heading', { name: 'Sign in to headquarters' })).toBeVisible();
  await expect(page.getByLabel('Password')).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.type(hqAdminPassword);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Batch jobs' })).toBeVisible();

  await tabTo(page, 'Run now');
  await page.keyboard.press('Space');
  const pJob = page.getByRole('region', { name: 'P-job' });
  await expect(pJob.getByRole('status').first()).toContainText('This run:');

  // The section navigation, then the revoke dialog: focus goes in, Escape brings it back.
  await tabTo(page, 'Registers', 'Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Registers' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  await expect(page.getByRole('button', { name: /^Revoke device — / }).first()).toBeVisible();
  await tabTo(page, /^Revoke device — /);
  const opener = (await focused(page)).name;
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Revoke device' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectVisibleFocus(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('button', { name: opener })).toBeFocused();
});
