import type { BrowserContext, Page } from '@playwright/test';

/** What a probe measured: the time from its start event to the first frame showing its end. */
export interface ProbeResult {
  ms: number;
  /** The distinct values `sample` returned on the frames in between (in first-seen order). */
  samples: string[];
}

/**
 * The timing library the scenarios install in the POS page (`window.posBench`). Everything is
 * measured in the page with `performance.now()`, so Playwright's round trips never count.
 */
export interface PosBench {
  /**
   * Arms probe `key`: the first `type` event on `target` (capture phase, before the app sees it)
   * starts the clock; then, on every animation frame, `sample` is recorded and the probe ends at
   * the first frame on which `done()` holds — the DOM of that frame is what gets painted.
   */
  arm(
    key: string,
    target: EventTarget,
    type: string,
    done: () => boolean,
    sample?: () => string | null,
  ): void;
  /** The result of probe `key`; rejects if it has not ended within `timeoutMs` from now. */
  result(key: string, timeoutMs: number): Promise<ProbeResult>;
  /**
   * The first frame showing a level-one heading named `name`, in ms since this document's
   * navigation started (headings are watched on every frame of the document's first minute).
   */
  headingShown(name: string): Promise<number>;
  /** Durations of every User Timing measure named `name` since the page loaded or last `takeMeasures`. */
  takeMeasures(name: string): number[];
}

declare global {
  interface Window {
    posBench: PosBench;
  }
}

/** Runs in the page at document start (serialized by Playwright: it must use nothing outside). */
function installPosBench(): void {
  const probes = new Map<string, Promise<ProbeResult>>();
  const measures: PerformanceEntry[] = [];
  new PerformanceObserver((list) => measures.push(...list.getEntries())).observe({
    type: 'measure',
    buffered: true,
  });
  const headings = new Map<string, number>();
  const watchHeadings = () => {
    for (const h1 of document.querySelectorAll('h1')) {
      const name = h1.textContent ?? '';
      if (!headings.has(name)) headings.set(name, performance.now());
    }
    if (performance.now() < 60_000) requestAnimationFrame(watchHeadings);
  };
  requestAnimationFrame(watchHeadings);
  const firstFrame = (done: () => boolean, sample?: () => string | null) =>
    new Promise<{ at: number; samples: string[] }>((resolve) => {
      const seen = new Set<string>();
      const frame = () => {
        const value = sample?.();
        if (value !== null && value !== undefined) seen.add(value);
        if (done()) resolve({ at: performance.now(), samples: [...seen] });
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  window.posBench = {
    arm(key, target, type, done, sample) {
      const started = new Promise<number>((resolve) =>
        target.addEventListener(type, () => resolve(performance.now()), {
          capture: true,
          once: true,
        }),
      );
      const ended = started.then(async (start) => {
        const { at, samples } = await firstFrame(done, sample);
        return { ms: at - start, samples };
      });
      probes.set(key, ended);
    },
    async result(key, timeoutMs) {
      const probe = probes.get(key);
      if (!probe) throw new Error(`No probe "${key}" is armed.`);
      probes.delete(key);
      return Promise.race([
        probe,
        new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error(`Probe "${key}" did not end within ${timeoutMs} ms.`)),
            timeoutMs,
          ),
        ),
      ]);
    },
    async headingShown(name) {
      if (!headings.has(name)) await firstFrame(() => headings.has(name));
      return headings.get(name) ?? Number.NaN;
    },
    takeMeasures(name) {
      const taken = measures.filter((entry) => entry.name === name);
      measures.splice(0, measures.length, ...measures.filter((entry) => entry.name !== name));
      return taken.map((entry) => entry.duration);
    },
  };
}

/**
 * Installs `window.posBench` in every document of the context. tsx names nested functions with
 * an `__name` helper that a serialized function does not carry: the page gets a no-op one.
 */
export async function installPageProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await context.addInitScript(installPosBench);
}

/** Waits for probe `key` of the page to end (armed with `posBench.arm`, started by its event). */
export function probeResult(page: Page, key: string, timeoutMs = 30_000): Promise<ProbeResult> {
  return page.evaluate(({ key, timeoutMs }) => window.posBench.result(key, timeoutMs), {
    key,
    timeoutMs,
  });
}

/** User Timing durations named `name` since the last call (see `PosBench.takeMeasures`). */
export function takeMeasures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((name) => window.posBench.takeMeasures(name), name);
}
