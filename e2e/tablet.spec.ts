import { test } from './fixtures.ts';
import { expectTouchLayout } from './layout.ts';
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
