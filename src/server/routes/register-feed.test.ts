import { afterEach, describe, expect, it } from 'vitest';
import { apiPaths } from '../../contract/api-paths.ts';
import { feedResponseSchema } from '../../contract/register.ts';
import { activate, auth, testServer, type TestServer } from '../test-support.ts';

let server: TestServer;
afterEach(async () => {
  await server.app.close();
});

describe('customer feed (B7)', () => {
  it('pages through channel customers by feed counter', async () => {
    server = testServer({ customers: 5 });
    await server.jobs.run('distribution-1010', 'manual');
    const token = await activate(server);
    const seen: string[] = [];
    let since = 0;
    for (let guard = 0; guard < 10; guard += 1) {
      const res = await server.app.inject({
        url: `${apiPaths.feed}?since=${since}&limit=3`,
        headers: auth(token),
      });
      const page = feedResponseSchema.parse(res.json());
      seen.push(...page.customers.map((c) => c.accountNumber));
      since = page.cursor;
      if (!page.hasMore) break;
    }
    expect(seen).toEqual([
      'C000001',
      'C000002',
      'C000003',
      'C000004',
      'C000005',
      'C000006',
      'C000007',
    ]);
    const empty = await server.app.inject({
      url: `${apiPaths.feed}?since=${since}`,
      headers: auth(token),
    });
    expect(empty.json()).toEqual({ customers: [], cursor: since, hasMore: false });
  });

  it.each(['since=-1', 'since=abc', 'limit=0', 'limit=2001', 'limit=1.5', 'since=1&since=2'])(
    'answers 400 on a bad query (%s)',
    async (query) => {
      server = testServer({ customers: 0 });
      const token = await activate(server);
      const res = await server.app.inject({
        url: `${apiPaths.feed}?${query}`,
        headers: auth(token),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ error: 'validation' });
    },
  );
});
