import { config } from 'zod/v4/core';

// Issue 13: Zod compiles object parsers with `new Function` after probing whether eval is
// allowed. The register's Content-Security-Policy forbids eval, so the probe logs a CSP
// violation (Lighthouse: "Issues were logged", best practices < 100). Imported first by the
// page and the service worker: Zod never tries eval there.
config({ jitless: true });
