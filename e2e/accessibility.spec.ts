import { expectNoAxeViolations } from './axe.ts';
import { test } from './fixtures.ts';
import {
  tourRegister,
  tourRegisterInJapanese,
  tourRegisterProblems,
  type ScreenCheck,
} from './screen-tour.ts';
import { tourConsole, tourConsoleInJapanese } from './console-tour.ts';

test.use({ asyncStores: ['S001'] });

/** Every screen, each in every state the tour reaches: axe-core must find nothing. */
const axe: ScreenCheck = (page, screen) =>
  test.step(`axe: ${screen}`, () => expectNoAxeViolations(page, screen));

test('every register screen has no axe violations', async ({ page, hq }) => {
  test.setTimeout(180_000);
  await tourRegister(page, hq, axe);
});

test('the register waiting for settings, Needs attention and the update prompt have no axe violations', async ({
  page,
  context,
}) => {
  await tourRegisterProblems(page, context, axe);
});

test('the HQ console sign-in, every section and its dialogs have no axe violations', async ({
  page,
  browser,
  hq,
}) => {
  // The console tour opens every section's forms and dialogs.
  test.setTimeout(240_000);
  await tourConsole(page, browser, hq, axe);
});

test('the register and the console in 日本語 have no axe violations', async ({ page, context }) => {
  await tourRegisterInJapanese(page, axe);
  await tourConsoleInJapanese(context, axe);
});
