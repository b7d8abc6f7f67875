// Issue 13: Zod compiles object parsers with `new Function`, after probing whether eval is
// allowed, as soon as the first object schema is built. The register's Content-Security-Policy
// forbids eval, so the probe logs a CSP violation (Lighthouse: "Issues were logged", best
// practices < 100). Zod reads its configuration from `globalThis.__zod_globalConfig`; this
// classic deferred script runs before the register's modules (index.html), so Zod never tries.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, {
  jitless: true,
});
