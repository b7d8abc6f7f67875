import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../e2e/chromium.ts';

/** Headless Chromium as the e2e suites launch it (Debian's, where installed). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions);
}

/** A device's browser: its context, and `close`, which also deletes its profile. */
export interface DeviceBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * A device's own Chromium with a profile on disk, as a tablet's browser keeps its site data.
 * Not `browser.newContext()`: that context is off the record, and Chromium keeps its IndexedDB
 * in memory (LevelDB on an in-memory file system), which here wrote 3–4× slower than the
 * on-disk store and slowed further as it grew (300/s at 30k customers against 1,200/s and
 * more on disk), so every IndexedDB figure and limit measured a store no register uses.
 */
export async function launchDevice(options: BrowserContextOptions): Promise<DeviceBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'pos-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions,
    ...options,
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
