import type { Page } from '@playwright/test';
import { expect } from './fixtures.ts';

/**
 * What is wrong with the page's layout for touch: a page wider than the viewport (horizontal
 * scroll) or a box that scrolls sideways inside it, and visible targets smaller than `minSize` CSS px — buttons, links, inputs and
 * selects in height, buttons in width too. A checkbox or radio button is measured with its
 * labels, which a finger may hit as well.
 */
function layoutProblems(page: Page, minSize: number): Promise<string[]> {
  return page.evaluate((min) => {
    /** A checkbox or radio button with its labels, which take the tap too. */
    const targetBox = (element: HTMLElement): DOMRect => {
      const box = element.getBoundingClientRect();
      if (!(element instanceof HTMLInputElement) || !['checkbox', 'radio'].includes(element.type))
        return box;
      const boxes = [box, ...[...(element.labels ?? [])].map((l) => l.getBoundingClientRect())];
      const left = Math.min(...boxes.map((b) => b.left));
      const top = Math.min(...boxes.map((b) => b.top));
      const right = Math.max(...boxes.map((b) => b.right));
      const bottom = Math.max(...boxes.map((b) => b.bottom));
      return new DOMRect(left, top, right - left, bottom - top);
    };
    const problems: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) {
      problems.push(
        `the page scrolls sideways: ${root.scrollWidth} px wide in ${root.clientWidth}`,
      );
    }
    // A wide table must wrap or stack, not hide columns behind a scroll of its own either.
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const overflow = getComputedStyle(element).overflowX;
      if (
        (overflow === 'auto' || overflow === 'scroll') &&
        element.scrollWidth > element.clientWidth + 1
      ) {
        problems.push(
          `.${element.className || element.tagName} scrolls sideways: ${element.scrollWidth} px in ${element.clientWidth}`,
        );
      }
    }
    const targets = document.querySelectorAll<HTMLElement>(
      'button, a[href], input:not([type="hidden"]), select, textarea',
    );
    for (const element of targets) {
      if (!element.checkVisibility({ visibilityProperty: true })) continue;
      const box = targetBox(element);
      // Visually hidden elements (1 px) are not targets anyone sees.
      if (box.width <= 1 && box.height <= 1) continue;
      const isButton = element.matches('button, .button');
      if (box.height < min - 0.5 || (isButton && box.width < min - 0.5)) {
        const text = (element.innerText || element.getAttribute('aria-label') || element.id).trim();
        problems.push(
          `<${element.tagName.toLowerCase()}> "${text.slice(0, 40)}" is ${Math.round(box.width)}×${Math.round(box.height)} px`,
        );
      }
    }
    return problems;
  }, minSize);
}

/** Expects no sideways scroll and no target under `minSize` px (soft: the tour goes on). */
export async function expectTouchLayout(page: Page, screen: string, minSize: number) {
  const problems = await layoutProblems(page, minSize);
  expect.soft(problems, `layout of "${screen}":\n  ${problems.join('\n  ')}`).toEqual([]);
}
