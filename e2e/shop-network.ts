import { join } from 'node:path';
import { readEnv } from '../src/server/platform/env.ts';
import { spkiSha256Base64 } from '../src/server/platform/tls/fingerprints.ts';
import { openTls } from '../src/server/platform/tls/tls-service.ts';

/**
 * A tablet on the shop network, in the e2e suite: Chromium reaches the server by a shop-network
 * name mapped to 127.0.0.1, over https with the server's key trusted (issue 11).
 */

/** The shop-network name the e2e server answers to (its TLS_NAMES). */
export const shopNetworkName = 'pos-store.test';

/** The e2e server's plain-http port (E2E_PORT, 8181 unless set). */
export const e2ePort = Number(process.env.E2E_PORT ?? 8181);

/** The e2e server's https port: the next port up. */
export const e2eHttpsPort = e2ePort + 1;

/** The register as a tablet opens it: https by the shop-network name. */
export const shopNetworkUrl = `https://${shopNetworkName}:${e2eHttpsPort}`;

/** The same name over plain http (redirected to `shopNetworkUrl`). */
export const shopNetworkHttpUrl = `http://${shopNetworkName}:${e2ePort}`;

/** The server by its loopback address, for test controls and HQ calls from the test itself. */
export const loopbackUrl = `http://127.0.0.1:${e2ePort}`;

/**
 * Makes (or reuses) the store CA and server certificate in the e2e data directory, as the
 * server will on start (same names, same files), and returns the Chromium flags that map the
 * name to 127.0.0.1 and trust the server's key. Playwright's ignoreHTTPSErrors would not let
 * the service worker register; `--ignore-certificate-errors-spki-list` does.
 */
export async function prepareShopNetwork(dataDir: string): Promise<string[]> {
  const env = readEnv({ DATA_DIR: dataDir, TLS_NAMES: shopNetworkName });
  const { service } = await openTls({ env, now: new Date() });
  if (service.dir !== join(dataDir, 'tls')) throw new Error('expected the store CA in DATA_DIR');
  return [
    `--host-resolver-rules=MAP ${shopNetworkName} 127.0.0.1`,
    `--ignore-certificate-errors-spki-list=${spkiSha256Base64(service.material().cert)}`,
  ];
}
