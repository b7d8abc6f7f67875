import type { BrowserContext } from '@playwright/test';
import { z } from 'zod';

/** An upload batch as far as the no-op endpoint reads it: each record's GUID. */
const batchSchema = z.object({ records: z.array(z.object({ guid: z.string() })) });

/** Where the harness page posts the no-op drain's batches (same origin, as the POS's uploads). */
export const noopUploadPath = '/bench/noop-upload';

/**
 * The drain's limit's endpoint: it only answers. Every batch posted to `noopUploadPath` gets each
 * of its records back as accepted, in the shape of the scale unit's upload answer; nothing is
 * checked or stored. It is answered by the bench itself through Playwright's routing, on the
 * page's own origin (the served pages allow connections to their own origin only).
 */
export async function routeNoopUpload(context: BrowserContext): Promise<void> {
  await context.route(`**${noopUploadPath}`, async (route) => {
    const batch = batchSchema.parse(JSON.parse(route.request().postData() ?? ''));
    const results = batch.records.map(({ guid }) => ({ guid, outcome: 'accepted' }));
    await route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ results }),
    });
  });
}
