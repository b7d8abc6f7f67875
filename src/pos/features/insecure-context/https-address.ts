import { apiPaths } from '../../../contract/api-paths.ts';
import { httpsInfoSchema } from '../../../contract/tablet-setup.ts';

/** The same page over https on the server's https port: `https://<hostname>:<port><path>`. */
export function httpsAddress(href: string, httpsPort: number): string {
  const url = new URL(href);
  url.protocol = 'https:';
  url.port = String(httpsPort);
  return url.href;
}

/**
 * The https address of the page at `href`, from the server's public `GET /tablet/https.json`;
 * null when the server does not say (an older server, or no answer): the screen then tells the
 * cashier to ask the store manager.
 */
export async function fetchHttpsAddress(
  href: string,
  fetcher: typeof fetch = fetch,
): Promise<string | null> {
  try {
    const response = await fetcher(new URL(apiPaths.tabletHttps, href), { cache: 'no-store' });
    if (!response.ok) return null;
    const info = httpsInfoSchema.safeParse(await response.json());
    return info.success ? httpsAddress(href, info.data.httpsPort) : null;
  } catch {
    return null;
  }
}
