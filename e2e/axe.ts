import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/** One line per violation and per element: rule, impact, what to do, where and why. */
function describeViolations(screen: string, violations: AxeResults['violations']): string {
  const lines = violations.flatMap((v) => [
    `${v.id} (${v.impact ?? 'no impact given'}): ${v.help} — ${v.helpUrl}`,
    ...v.nodes.map(
      (node) =>
        `    ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`,
    ),
  ]);
  return `axe found ${violations.length} kind(s) of violation on "${screen}":\n${lines.join('\n')}`;
}

/**
 * Runs axe-core with every rule on the page as it is now and expects no violation. The check is
 * soft: the test goes on to the next screen, so one run reports every screen that fails.
 *
 * Legacy mode runs `axe.run()` in the page itself. The default mode runs each frame apart and
 * then opens a blank page to merge the results, which made every check about three times slower
 * (measured: the console tour's 22 checks took 2.8 min, 1.1 min in legacy mode). The one thing
 * legacy mode leaves out is cross-origin frames, and neither app has a frame of any origin.
 */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).setLegacyMode().analyze();
  expect.soft(results.violations, describeViolations(screen, results.violations)).toEqual([]);
}
