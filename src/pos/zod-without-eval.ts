import { config } from 'zod/v4/core';

// Issue 13: Zod compiles object parsers with `new Function` after probing whether eval is
// allowed. The register's Content-Security-Policy forbids eval, so the probe logs a CSP
// violation. The service worker is one bundle that imports this first, so it runs before any
// schema is built. (The page's chunks run before its entry's body: index.html loads
// public/zod-jitless.js first instead.)
config({ jitless: true });
